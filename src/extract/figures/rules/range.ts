/**
 * Ranges: 10%-15%, 10%至15%, 5-10亿元, 5亿-10亿元, 3~5个工作日, 两至三次.
 * The unit is written after the second number (and may be repeated after the first).
 */
import type { Candidate, Family, MatchRule, NumberToken, State, UnitHit } from "../types.js";
import { charSet } from "../chars.js";
import { tokenAt } from "../scan.js";
import { familyBit, matchUnit, probeAfter, skipSpaces, unitFamiliesAfter, UNITS_BY_FAMILY } from "../units.js";

/** Families tried for a range's unit, in the same order as the single-figure rules. */
const ORDER: Family[] = ["points", "span", "percent", "money", "area", "physical", "multiple", "count"];
const SEPARATOR = charSet("-~—–至到");

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

export const range: MatchRule = {
  name: "range",
  kind: "match",
  match(state, a): Candidate | null {
    const t = state.text;
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
