// 1) 2) — a half-parenthesis style some units use for the fourth level.
import type { HeadingRule } from "./types.js";

const RE = /^(\d{1,3})\)\s*/;

export const arabicParen: HeadingRule = {
  name: "arabic-paren",
  family: "arabic",
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1]) };
  },
};
