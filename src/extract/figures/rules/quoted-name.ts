/**
 * Guard: numerals inside names. Chinese numerals inside “…” ‘…’ 「…」 are names and slogans
 * (“十五五”, “三重一大”, “两个维护”); any number inside 《…》 belongs to a title.
 */
import { quoteKind } from "../scan.js";
import type { GuardRule } from "../types.js";

export const quotedName: GuardRule = {
  name: "quoted-name",
  kind: "guard",
  test(state, tok) {
    const q = quoteKind(state.quoted, tok.start);
    if (q === 2) return true;
    return q === 1 && tok.script !== "arabic";
  },
};
