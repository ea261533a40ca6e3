/** Shared helper: a number followed by one unit of a lexicon. */
import type { Candidate, NumberToken, State, UnitDef } from "../types.js";
import { matchUnit } from "../units.js";

export function single(state: State, tok: NumberToken, units: UnitDef[], rule: string): Candidate | null {
  const hit = matchUnit(state, tok, units);
  if (!hit) return null;
  return {
    rule,
    start: tok.start,
    end: hit.end,
    value: tok.coef,
    unit: hit.unit,
    def: hit.def,
    scale: hit.scale,
    approx: hit.approx,
    range: false,
    tokens: [tok],
  };
}

/** space, tab, ideographic space (not the no-break space) */
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0x3000;

/** Index of the first non-space character before pos (or -1), looking back at most 3 spaces. */
export function prevCharIndex(t: string, pos: number): number {
  let p = pos - 1;
  while (p >= 0 && pos - p <= 3 && isBlank(t.charCodeAt(p))) p--;
  return p;
}
