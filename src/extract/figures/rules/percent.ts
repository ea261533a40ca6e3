/** Percentages: 26.9%, 100 %, 5‰, 百分之二十, 百分之百, 千分之三. */
import type { MatchRule } from "../types.js";
import { PERCENT_UNITS } from "../units.js";
import { single } from "./_single.js";

const PERCENT = PERCENT_UNITS.find((u) => u.text === "%")!;
const PERMILLE = PERCENT_UNITS.find((u) => u.text === "‰")!;

export const percent: MatchRule = {
  name: "percent",
  kind: "match",
  family: "percent",
  match(state, tok) {
    if (tok.scale !== "") return null;
    const t = state.text;
    const per100 = tok.start >= 3 && t.startsWith("百分之", tok.start - 3);
    if (per100 || (tok.start >= 3 && t.startsWith("千分之", tok.start - 3))) {
      const def = per100 ? PERCENT : PERMILLE;
      return {
        rule: "percent", start: tok.start - 3, end: tok.end, value: tok.coef, unit: def.text, def,
        scale: "", approx: false, range: false, tokens: [tok],
      };
    }
    return single(state, tok, PERCENT_UNITS, "percent");
  },
};
