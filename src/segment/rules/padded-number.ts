// 01 02 03, 01丨党的建设方面, PART 01 (PART.01) — how WeChat and web articles number their sections, a
// two-digit number set in large type (as an image caption, or a line of its own that normalize
// joins to the heading below it). A number with a leading zero at the start of a line may also
// be a figure (05年, 08个) or a page number, so it counts only where a run of them numbers a list
// (01 … 02 …), and never before a unit.
import type { HeadingRule } from "./types.js";

// After folding, full-width digits and Latin letters are ASCII. 丨 (a CJK stroke) and bars are
// the separators such articles print between the number and the heading.
const RE = /^(?:PART\s*(?:[.#-]\s*)?0?([1-9]\d?)|0([1-9]))(?![\d.%])\s*(?:[丨|｜│/·•:、]\s*)?/i;
// What follows a number that is a figure: a unit or a measure word.
const UNIT = /^[年月日号个项条名人次件户元万亿千百天位家处批期轮届季度时分秒]/;

export const paddedNumber: HeadingRule = {
  name: "padded-number",
  family: "arabic",
  listOnly: true,
  match(line) {
    const c = line.charCodeAt(0);
    if (c !== 48 && (c | 32) !== 112) return null; // cheap pre-check: 0 or P
    const m = RE.exec(line);
    if (!m) return null;
    const rest = line.slice(m[0].length);
    // PART 01 needs no separator; 01 needs one, a space, or the heading's first character (not a unit).
    if (/^\d/.test(rest) || (m[2] !== undefined && m[0].length === 2 && UNIT.test(rest))) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1] ?? m[2]) };
  },
};
