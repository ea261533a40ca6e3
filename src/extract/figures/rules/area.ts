/** Areas: 22亩, 10.5万平方米, 13.4公顷, 3平方公里, 500平米. */
import type { MatchRule } from "../types.js";
import { AREA_UNITS } from "../units.js";
import { single } from "./_single.js";

export const area: MatchRule = {
  name: "area",
  kind: "match",
  family: "area",
  unitOnly: true,
  match: (state, tok) => single(state, tok, AREA_UNITS, "area"),
};
