/** Time spans: 10天, 7个工作日, 3个月, 一个多月, 2周, 24小时, 30分钟. (Years are left out: 三年 is too often a name.) */
import type { MatchRule } from "../types.js";
import { SPAN_UNITS } from "../units.js";
import { single } from "./_single.js";

export const span: MatchRule = {
  name: "span",
  kind: "match",
  family: "span",
  unitOnly: true,
  match: (state, tok) => (tok.scale === "" ? single(state, tok, SPAN_UNITS, "span") : null),
};
