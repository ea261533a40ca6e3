/**
 * Figure recogniser: finds every quantity in one line of a notice — a number (Arabic or Chinese
 * numerals) with a unit, a measure word or % — and returns it with its value, unit, bounds and a
 * normalized value. Pure and synchronous; linear in the length of the line.
 *
 *   findFigures("开发区一般公共预算收入完成1.393亿元，同比增长26.9%")
 *   → [{ text: "1.393亿元", value: 1.393, unit: "亿元", normalized: { value: 139300000, unit: "CNY" }, … },
 *      { text: "26.9%", value: 26.9, unit: "%", normalized: { value: 0.269, unit: "ratio" }, … }]
 *
 * The rules are declared in ./rules (one file each) and listed in order in ./rules/index.ts.
 */
import { scaleFactor, scaleNumber } from "../../numerals/index.js";
import { charSet, isHanCode, isLatinCode } from "./chars.js";
import { approxPrefix, cumulativeBefore, findMetric, progressMetric, qualifierPrefix, suffixWord } from "./context.js";
import { FILTERS, GUARDS, MATCHERS } from "./rules/index.js";
import { markQuotes, scanLine } from "./scan.js";
import { familyBit, unitFamiliesAfter } from "./units.js";
import type { Candidate, FigureMatch, FigureValue, NumberToken, State } from "./types.js";

export type { FigureMatch, FigureValue, Family, UnitDef, Rule, GuardRule, MatchRule, FilterRule } from "./types.js";
export { RULES } from "./rules/index.js";
export { foldWidth } from "./scan.js";

/** For each matcher, its family's bit when it declares `unitOnly`, else 0. */
const UNIT_ONLY = MATCHERS.map((m) => {
  if (!m.unitOnly) return 0;
  if (!m.family) throw new Error(`rule ${m.name}: unitOnly needs a family`);
  return familyBit(m.family);
});

function guarded(state: State, tok: NumberToken): boolean {
  for (const g of GUARDS) if (g.test(state, tok)) return true;
  return false;
}

function accept(state: State, cand: Candidate): boolean {
  for (let k = 1; k < cand.tokens.length; k++) if (guarded(state, cand.tokens[k])) return false;
  for (const f of FILTERS) if (f.reject(state, cand)) return false;
  return true;
}

function normalize(cand: Candidate): FigureMatch["normalized"] {
  const f = scaleFactor(cand.scale) * cand.def.factor;
  const conv = (v: number) => scaleNumber(v, f);
  const value: FigureValue = Array.isArray(cand.value) ? [conv(cand.value[0]), conv(cand.value[1])] : conv(cand.value);
  return { value, unit: cand.def.base };
}

function finish(state: State, cand: Candidate, floor: number, floorNoun: boolean): FigureMatch {
  const t = state.text;
  let start = cand.start;
  let approx = cand.approx;
  let qualifier: string | null = null;
  const pre = approxPrefix(t, start, floor);
  if (pre) {
    start = pre.start;
    approx = true;
  }
  const q = qualifierPrefix(t, start, floor);
  if (q) qualifier = q.w;
  let end = cand.end;
  const suf = suffixWord(t, end, cand.def.family === "span");
  if (suf) {
    end = suf.end;
    if (suf.approx) approx = true;
    // the bound written after the figure wins over a verb before it (达到10万元以上 → 以上)
    if (suf.qualifier) qualifier = suf.w;
  }
  if (qualifier === null && cumulativeBefore(t, q ? q.start : start, floor)) qualifier = "累计";
  const followedByNoun = nounAfter(state, cand, end);
  const metric = findMetric(t, q ? q.start : start, floor, followedByNoun, floorNoun) ?? (followedByNoun && cand.def.family === "count" ? progressMetric(t, start, floor, end, floorNoun) : null);
  return {
    text: state.src.slice(start, end),
    start,
    end,
    value: cand.value,
    unit: cand.unit,
    approx,
    range: cand.range,
    qualifier,
    normalized: normalize(cand),
    metric,
  };
}

/**
 * A count followed by a noun (配备2名专职人员), or tenths (近九成群众): the thing it measures is
 * written after it.
 */
function nounAfter(state: State, cand: Candidate, end: number): boolean {
  const next = state.text.charCodeAt(end);
  if (cand.rule === "tenths") return isHanCode(next) && next !== DE;
  return cand.def.family === "count" && (isHanCode(next) || isLatinCode(next)) && !joinsNext(state.text, end);
}
const DE = 0x7684; // 的
// A word that joins a second figure of the same thing (腾退办公用房3间共计56平方米, 清退3笔合计1.2万元):
// no noun after the first, and the second measures what the first does.
const JOIN = /^(?:共计|合计|总计|折合|共)\s*(?=[\d０-９一二三四五六七八九十两百千万])/;
const JOIN_FIRST = charSet("共合总折");
const joinsNext = (t: string, end: number): boolean => JOIN_FIRST(t.charCodeAt(end)) && JOIN.test(t.slice(end, end + 6));

/** Every figure in one logical line of a notice, in order, non-overlapping. */
export function findFigures(text: string): FigureMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const { text: folded, tokens, openers } = scanLine(text);
  if (tokens.length === 0) return [];
  const state: State = {
    src: text,
    text: folded,
    tokens,
    quoted: markQuotes(folded, openers),
  };
  const out: FigureMatch[] = [];
  let consumed = 0;
  // whether the figure that ends at `consumed` was followed by a noun
  let floorNoun = false;
  for (const tok of tokens) {
    if (tok.start < consumed) continue;
    // The guards run when the first candidate comes up, not before the matchers: they only decide
    // whether a number that would start a figure may, and most numbers start none (guards for
    // every number were an eighth of findFigures). Matchers only read the line, so the outcome is
    // the same as guards first.
    let checked = false;
    // the families with a unit after the number, read when the first unitOnly rule comes up:
    // most numbers have none, and then those rules need not run at all
    let families = -1;
    for (let k = 0; k < MATCHERS.length; k++) {
      const bit = UNIT_ONLY[k];
      if (bit !== 0) {
        if (families < 0) families = unitFamiliesAfter(state, tok);
        if ((families & bit) === 0) continue;
      }
      const cand = MATCHERS[k].match(state, tok);
      if (!cand) continue;
      if (!checked) {
        if (guarded(state, tok)) break;
        checked = true;
      }
      if (!accept(state, cand)) continue;
      const fig = finish(state, cand, consumed, floorNoun);
      // (the second of two joined figures, 3间共计56平方米: the first's metric)
      const prev = out[out.length - 1];
      if (fig.metric === null && prev && prev.end === consumed && prev.metric !== null && joinsNext(folded, prev.end) && JOIN.exec(folded.slice(prev.end, fig.start + 1))?.[0].length === fig.start - prev.end) fig.metric = prev.metric;
      out.push(fig);
      consumed = fig.end;
      floorNoun = nounAfter(state, cand, fig.end);
      break;
    }
  }
  return out;
}
