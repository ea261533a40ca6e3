/** Money: 1.393亿元, 8984万元, 600余万元, 6000元, 2万美元, 两亿元, 3万5千元. */
import type { MatchRule } from "../types.js";
import { MONEY_UNITS } from "../units.js";
import { single } from "./_single.js";

export const money: MatchRule = {
  name: "money",
  kind: "match",
  family: "money",
  unitOnly: true,
  match: (state, tok) => single(state, tok, MONEY_UNITS, "money"),
};
