// The heading rule chain: every marker style, tried in this order on the start of each line.
// To add a style, write a rule file beside these and list it here.
import type { HeadingRule, MarkerMatch } from "./types.js";
import { cnNumeral, cnNumeralLoose } from "./cn-numeral.js";
import { arabicLoose } from "./arabic-loose.js";
import { cnCapital } from "./cn-capital.js";
import { parenCnNumeral } from "./paren-cn-numeral.js";
import { decimal2, decimal3, decimal4 } from "./decimal-outline.js";
import { arabicDot } from "./arabic-dot.js";
import { arabicComma } from "./arabic-comma.js";
import { parenArabic } from "./paren-arabic.js";
import { arabicParen } from "./arabic-paren.js";
import { cnCloseParen } from "./cn-close-paren.js";
import { circled, circledDark } from "./circled.js";
import { roman } from "./roman.js";
import { latinUpper, latinLower } from "./latin-letter.js";
import { labelledProblem } from "./labelled-problem.js";
import { bracketTitle } from "./bracket-title.js";
import { quotedProblem } from "./quoted-problem.js";
import { part } from "./part.js";
import { chapter, subchapter } from "./chapter.js";
import { bracketCn, bracketArabic } from "./bracketed.js";
import { article } from "./article.js";
import { cnOrdinal } from "./cn-ordinal.js";
import { paddedNumber } from "./padded-number.js";

export type { HeadingRule, MarkerMatch } from "./types.js";

export const HEADING_RULES: readonly HeadingRule[] = [
  cnNumeral,
  cnCapital,
  parenCnNumeral,
  parenArabic,
  decimal2,
  decimal3,
  decimal4,
  arabicDot,
  arabicComma,
  arabicParen,
  cnCloseParen,
  circled,
  circledDark,
  bracketCn,
  bracketArabic,
  roman,
  latinUpper,
  latinLower,
  labelledProblem,
  bracketTitle,
  quotedProblem,
  part,
  chapter,
  subchapter,
  article,
  cnOrdinal,
  cnNumeralLoose,
  arabicLoose,
  paddedNumber,
];

export interface RuleMatch extends MarkerMatch {
  rule: HeadingRule;
}

/** The first rule whose marker opens the line, or null. */
export function matchMarker(line: string): RuleMatch | null {
  for (const rule of HEADING_RULES) {
    const m = rule.match(line);
    if (m) {
      // Rules return a fresh object: tag it rather than copy it (an object spread per matched
      // line showed in profiles).
      const r = m as RuleMatch;
      r.rule = rule;
      return r;
    }
  }
  return null;
}

const LIST_ONLY = HEADING_RULES.filter((r) => r.listOnly);

/**
 * The lists that list-only markers (第一， 1）) number: runs of lines, each a line index, whose
 * markers of one style count on by one (第一， … 第二， … 第三，). Lists may nest (1） an item,
 * 1） 2） its measures, 2） the next item): a marker that does not go on with the innermost open
 * list opens a list inside it, and one that goes on with a list further out closes the lists
 * inside that one. A marker on no run of two or more is prose, not a marker.
 */
export function listMarkerRuns(texts: readonly string[]): number[][] {
  const runs: number[][] = [];
  // Only lines that open with 第 (其), a digit, a letter or a numeral can hold one: the rest are skipped.
  const lines: number[] = [];
  for (let i = 0; i < texts.length; i++) if (mayOpenList(texts[i].charCodeAt(0))) lines.push(i);
  if (!lines.length) return runs;
  for (const rule of LIST_ONLY) {
    const open: Array<{ run: number[]; last: number; scope?: string }> = [];
    const found = runs.length;
    const firsts: number[] = [];
    for (const i of lines) {
      const m = rule.match(texts[i]);
      if (!m) continue;
      if (m.number === 1) firsts.push(i);
      let k = open.length - 1;
      while (k >= 0 && (open[k].last + 1 !== m.number || open[k].scope !== m.scope)) k--;
      if (k >= 0) {
        for (const closed of open.splice(k + 1)) if (closed.run.length >= 2) runs.push(closed.run);
        open[k].run.push(i);
        open[k].last = m.number;
      } else {
        // Lists nest a few deep at most: the outermost of too many is given up.
        if (open.length >= MAX_NESTED_LISTS) {
          const lost = open.shift()!;
          if (lost.run.length >= 2) runs.push(lost.run);
        }
        open.push({ run: [i], last: m.number, scope: m.scope });
      }
    }
    for (const r of open) if (r.run.length >= 2) runs.push(r.run);
    // A list of one (a section with a single item, 1）) where the style numbers lists elsewhere.
    if (rule.listOfOne && runs.length > found) {
      const listed = new Set(runs.slice(found).flat());
      for (const i of firsts) if (!listed.has(i)) runs.push([i]);
    }
  }
  return runs.sort((a, b) => a[0] - b[0]);
}

const MAX_NESTED_LISTS = 6;

const LIST_NUMERALS = new Set([..."第其一二三四五六七八九十百〇零两"].map((c) => c.charCodeAt(0)));
/** Whether a line's first code unit may open a list-only marker (第一， 1） 一） 1.1 A.). */
const mayOpenList = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || LIST_NUMERALS.has(c);

/** Indices of the lines whose list-only marker numbers a list (see listMarkerRuns). */
export function listMarkerLines(texts: readonly string[]): Set<number> {
  return new Set(listMarkerRuns(texts).flat());
}

/** `一是` `二是` … `首先` enumerations: not headings, but they open a new entry of a list. */
export const ENUMERATION_RE = /^(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|此外)/;

/**
 * Lines that open with a marker or an enumeration never continue the line before them. `listed`
 * says whether a list-only marker (第一，) on the line numbers a list (see listMarkerLines).
 */
export function opensEntry(line: string, listed = true): boolean {
  return ENUMERATION_RE.test(line) || isMarker(matchMarker(line), listed);
}

/** Whether a match is a marker: any but a list-only one outside a list. */
export function isMarker(m: RuleMatch | null, listed: boolean): boolean {
  return m !== null && (listed || !m.rule.listOnly);
}
