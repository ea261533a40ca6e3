// 1) 1） 2) — a number with only a closing bracket, which some units use for the fourth level. A
// number and a bracket at the start of a line can also be a sentence cut by a page break (…其中
// 常委会 / 3）次）, so it counts only where a run of them numbers a list (1) … 2) …),
// or as a 1 that stands alone where such runs number lists elsewhere in the notice.
import type { HeadingRule } from "./types.js";

// After folding, ） is ).
const RE = /^(\d{1,3})\s{0,2}\)\s*/;

export const arabicParen: HeadingRule = {
  name: "arabic-paren",
  family: "arabic",
  listOnly: true,
  listOfOne: true,
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1]) };
  },
};
