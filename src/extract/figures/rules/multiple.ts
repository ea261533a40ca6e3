/** Multiples: 增长2倍, 1.5倍. */
import type { MatchRule } from "../types.js";
import { MULTIPLE_UNITS } from "../units.js";
import { single } from "./_single.js";

export const multiple: MatchRule = {
  name: "multiple",
  kind: "match",
  family: "multiple",
  unitOnly: true,
  match: (state, tok) => (tok.scale === "" ? single(state, tok, MULTIPLE_UNITS, "multiple") : null),
};
