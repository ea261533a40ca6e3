// 1. 1． and `1. ` with a space — the standard's third level. Not a decimal (1.393亿元). Also ⒈ … ⒛,
// the number and its full stop in one character, as Word sets a list's numbers.
import type { HeadingRule } from "./types.js";

const RE = /^(\d{1,3})\s{0,2}\.(?!\d)\s*/;
const ENCLOSED = /^[\u2488-\u249b]\s*/; // ⒈ … ⒛

export const arabicDot: HeadingRule = {
  name: "arabic-dot",
  family: "arabic",
  match(line) {
    const e = ENCLOSED.exec(line);
    if (e) return { markerLength: 1, textStart: e[0].length, number: line.charCodeAt(0) - 0x2488 + 1 };
    const m = RE.exec(line);
    if (!m) return null;
    // `1.` followed by nothing but a unit or a % is a quantity, not a heading.
    if (/^[%％]/.test(line.slice(m[0].length))) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1]) };
  },
};
