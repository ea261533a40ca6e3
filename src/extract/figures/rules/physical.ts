/** Weights, lengths, volumes, power: 5000吨, 12公里, 300立方米, 2万千瓦. */
import type { MatchRule } from "../types.js";
import { PHYSICAL_UNITS } from "../units.js";
import { single } from "./_single.js";

export const physical: MatchRule = {
  name: "physical",
  kind: "match",
  family: "physical",
  unitOnly: true,
  match: (state, tok) => single(state, tok, PHYSICAL_UNITS, "physical"),
};
