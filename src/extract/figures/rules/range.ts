/**
 * Ranges: 10%-15%, 10%至15%, 5-10亿元, 5亿-10亿元, 3~5个工作日, 两至三次.
 * The unit is written after the second number (and may be repeated after the first).
 */
import type { Candidate, Family, MatchRule, NumberToken, State, UnitHit } from "../types.js";
import { charSet, code } from "../chars.js";
import { pairOf, tokenAt } from "../scan.js";
import { familyBit, matchUnit, PERCENT_UNITS, probeAfter, skipSpaces, unitFamiliesAfter, UNITS_BY_FAMILY } from "../units.js";

/** Families tried for a range's unit, in the same order as the single-figure rules. */
const ORDER: Family[] = ["points", "span", "percent", "money", "area", "physical", "multiple", "count"];
const SEPARATOR = charSet("-~—–至到");

const ZHI = code("之");
const FEN = code("分");

/**
 * 百分之十至百分之十五, 千分之三到千分之五: the 百分之 (千分之) is written before each number. Only
 * that form: after 百分之十至十五 the second number may count something else.
 */
function perRange(state: State, a: NumberToken): Candidate | null {
  const t = state.text;
  const per = t.slice(a.start - 3, a.start);
  if (per !== "百分之" && per !== "千分之") return null;
  const q = skipSpaces(t, a.end, 1);
  if (!SEPARATOR(t.charCodeAt(q))) return null;
  const p = skipSpaces(t, q + 1, 1);
  if (!t.startsWith(per, p)) return null;
  const b = tokenAt(state.tokens, p + 3);
  if (!b || a.scale !== "" || b.scale !== "" || !(a.coef < b.coef)) return null;
  const def = PERCENT_UNITS.find((u) => u.text === (per === "百分之" ? "%" : "‰"))!;
  return {
    rule: "range", start: a.start - 3, end: b.end, value: [a.coef, b.coef], unit: def.text, def,
    scale: "", approx: false, range: true, tokens: [a, b],
  };
}

const LEXICONS = ORDER.map((f) => UNITS_BY_FAMILY[f]);
const BITS = ORDER.map(familyBit);

function unitAfter(state: State, tok: NumberToken): UnitHit | null {
  // only the families with a unit starting there (none for most numbers)
  const families = unitFamiliesAfter(state, tok);
  if (families === 0) return null;
  for (let k = 0; k < LEXICONS.length; k++) {
    if ((families & BITS[k]) === 0) continue;
    const hit = matchUnit(state, tok, LEXICONS[k]);
    if (hit) return hit;
  }
  return null;
}

/** Longest unit of the lexicons: a separator after a unit lies within this many characters (+1 space). */
const MAX_UNIT = Math.max(...LEXICONS.flat().map((u) => u.text.length));

/**
 * True when no separator can follow the number, whatever unit it has: the unit would start at the
 * probe position and end at most MAX_UNIT characters on. Matching the unit first cost most of
 * this rule's time, for numbers that are no range anyway.
 */
function noSeparatorAfterUnit(state: State, tok: NumberToken): boolean {
  const t = state.text;
  const p = probeAfter(state, tok).pos;
  for (let q = p + 1; q <= p + MAX_UNIT + 1; q++) if (SEPARATOR(t.charCodeAt(q))) return false;
  return true;
}

/** Families a side-by-side pair may count in: not 成 (三五成群) or points; spans, whose units hold no 年 (七八十年代). */
const PAIR_FAMILIES = new Set<Family>(["count", "money", "percent", "area", "physical", "span"]);

function adjacentPair(state: State, a: NumberToken, b: NumberToken): Candidate | null {
  const u = unitAfter(state, b);
  if (!u || !PAIR_FAMILIES.has(u.def.family) || u.approx) return null;
  if (a.scale !== u.scale && a.scale !== "") return null;
  return {
    rule: "range", start: a.start, end: u.end, value: [a.coef, b.coef], unit: u.unit, def: u.def,
    scale: u.scale, approx: true, range: true, tokens: [a, b],
  };
}

export const range: MatchRule = {
  name: "range",
  kind: "match",
  match(state, a): Candidate | null {
    const t = state.text;
    if (a.start >= 3 && t.charCodeAt(a.start - 1) === ZHI && t.charCodeAt(a.start - 2) === FEN) return perRange(state, a);
    // 两三个, 二三十人: the scanner gives the two numbers of such a pair touching
    if (a.script === "chinese" && a.end - a.start === 1) {
      const b = pairOf(a);
      if (b) return adjacentPair(state, a, b);
    }
    if (unitFamiliesAfter(state, a) !== 0 && noSeparatorAfterUnit(state, a)) return null;
    const u1 = unitAfter(state, a);
    if (u1?.approx) return null;
    const q = skipSpaces(t, u1 ? u1.end : a.end, 1);
    if (!SEPARATOR(t.charCodeAt(q))) return null;
    const b = tokenAt(state.tokens, skipSpaces(t, q + 1, 1));
    if (!b) return null;
    const u2 = unitAfter(state, b);
    if (!u2) return null;
    if (u1 && u1.unit !== u2.unit) return null;
    if (a.scale !== "" && a.scale !== u2.scale) return null;
    if (!(a.coef < b.coef)) return null;
    return {
      rule: "range",
      start: a.start,
      end: u2.end,
      value: [a.coef, b.coef],
      unit: u2.unit,
      def: u2.def,
      scale: u2.scale,
      approx: u2.approx,
      range: true,
      tokens: [a, b],
    };
  },
};
