/** Counts with a measure word: 15户, 2名, 4次, 600余份, 943 家次, 两期, 1627人次, 1.2万人. */
import type { MatchRule } from "../types.js";
import { COUNT_UNITS } from "../units.js";
import { single } from "./_single.js";

export const count: MatchRule = {
  name: "count",
  kind: "match",
  family: "count",
  unitOnly: true,
  match: (state, tok) => single(state, tok, COUNT_UNITS, "count"),
};
