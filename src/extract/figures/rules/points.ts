/** Percentage points: 14.5个百分点, 3 个百分点, 两个百分点. */
import type { MatchRule } from "../types.js";
import { POINTS_UNITS } from "../units.js";
import { single } from "./_single.js";

export const points: MatchRule = {
  name: "points",
  kind: "match",
  family: "points",
  unitOnly: true,
  match: (state, tok) => (tok.scale === "" ? single(state, tok, POINTS_UNITS, "points") : null),
};
