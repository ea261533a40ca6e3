/** Percentages: 26.9%, 100 %, 5‰, 百分之二十, 百分之百, 千分之三. */
import { code } from "../chars.js";
import type { MatchRule } from "../types.js";
import { PERCENT_UNITS } from "../units.js";
import { single } from "./_single.js";

const PERCENT = PERCENT_UNITS.find((u) => u.text === "%")!;
const PERMILLE = PERCENT_UNITS.find((u) => u.text === "‰")!;
const BAI = code("百");
const QIAN = code("千");
const FEN = code("分");
const ZHI = code("之");

export const percent: MatchRule = {
  name: "percent",
  kind: "match",
  family: "percent",
  match(state, tok) {
    if (tok.scale !== "") return null;
    const t = state.text;
    // 百分之 / 千分之 by char code (a startsWith per number, twice, showed in profiles)
    const per = tok.start >= 3 && t.charCodeAt(tok.start - 1) === ZHI && t.charCodeAt(tok.start - 2) === FEN ? t.charCodeAt(tok.start - 3) : 0;
    const per100 = per === BAI;
    if (per100 || per === QIAN) {
      const def = per100 ? PERCENT : PERMILLE;
      return {
        rule: "percent", start: tok.start - 3, end: tok.end, value: tok.coef, unit: def.text, def,
        scale: "", approx: false, range: false, tokens: [tok],
      };
    }
    return single(state, tok, PERCENT_UNITS, "percent");
  },
};
