// 一） 二） — a Chinese numeral with only a closing bracket (full-width or ASCII), used where the
// standard has （一）. A numeral and a bracket at the start of a line can also be a sentence cut by
// a page break, so it counts only where a run of them numbers a list (一） … 二） …),
// or as a 1 that stands alone where such runs number lists elsewhere in the notice.
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

// After folding, ） is ). Not (一): that is paren-cn-numeral.
const RE = /^([一二三四五六七八九十百〇零两]{1,4})\s*\)\s*/;

export const cnCloseParen: HeadingRule = {
  name: "cn-close-paren",
  family: "cn",
  listOnly: true,
  listOfOne: true,
  match(line) {
    // Cheap pre-check before the regex: a closing bracket within the first six units.
    const close = line.indexOf(")");
    if (close < 1 || close > 6) return null;
    const m = RE.exec(line);
    if (!m) return null;
    const number = cnHeadingNumber(m[1]);
    if (number === null) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
  },
};
