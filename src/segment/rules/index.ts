// The heading rule chain: every marker style, tried in this order on the start of each line.
// To add a style, write a rule file beside these and list it here.
import type { HeadingRule, MarkerMatch } from "./types.js";
import { cnNumeral } from "./cn-numeral.js";
import { parenCnNumeral } from "./paren-cn-numeral.js";
import { arabicDot } from "./arabic-dot.js";
import { arabicComma } from "./arabic-comma.js";
import { parenArabic } from "./paren-arabic.js";
import { arabicParen } from "./arabic-paren.js";
import { circled } from "./circled.js";
import { labelledProblem } from "./labelled-problem.js";
import { part } from "./part.js";

export type { HeadingRule, MarkerMatch } from "./types.js";

export const HEADING_RULES: readonly HeadingRule[] = [
  cnNumeral,
  parenCnNumeral,
  parenArabic,
  arabicDot,
  arabicComma,
  arabicParen,
  circled,
  labelledProblem,
  part,
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

/** `一是` `二是` … `首先` enumerations: not headings, but they open a new entry of a list. */
export const ENUMERATION_RE = /^(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|此外)/;

/** Lines that open with a marker or an enumeration never continue the line before them. */
export function opensEntry(line: string): boolean {
  return ENUMERATION_RE.test(line) || matchMarker(line) !== null;
}
