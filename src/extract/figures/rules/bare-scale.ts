/**
 * A number written with 万 or 亿 and no unit after it, at the end of a clause: 总产值 480 亿，
 * 人口 3.2万。 The scale word is the unit as written; the normalized value is the plain number.
 * Only Arabic or mixed numerals (480亿, 3.2万): a Chinese 万 or 亿 on its own is too often part of a
 * word (万众一心, 亿万).
 */
import type { MatchRule, UnitDef } from "../types.js";
import { probeAfter } from "../units.js";

const SCALE_UNIT: UnitDef = { text: "", family: "scale", base: "number", factor: 1 };
const CLAUSE_END = /^(?:[，。；;、,.!！?？)）]|$)/u;

export const bareScale: MatchRule = {
  name: "bare-scale",
  kind: "match",
  family: "scale",
  match(state, tok) {
    if (tok.script === "chinese") return null;
    const pr = probeAfter(state, tok);
    const scale = tok.scale + pr.infixScale;
    if (scale === "" || !CLAUSE_END.test(state.text.slice(pr.pos, pr.pos + 1))) return null;
    // end after the scale word, not after spaces before the punctuation
    let end = pr.pos;
    while (end > tok.end && /\s/.test(state.text[end - 1])) end--;
    return {
      rule: "bare-scale", start: tok.start, end, value: tok.coef, unit: scale, def: SCALE_UNIT,
      scale, approx: pr.approx, range: false, tokens: [tok],
    };
  },
};
