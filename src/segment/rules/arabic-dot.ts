// 1. 1． and `1. ` with a space — the standard's third level. Not a decimal (1.393亿元).
import type { HeadingRule } from "./types.js";

const RE = /^(\d{1,3})\s{0,2}\.(?!\d)\s*/;

export const arabicDot: HeadingRule = {
  name: "arabic-dot",
  family: "arabic",
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    // `1.` followed by nothing but a unit or a % is a quantity, not a heading.
    if (/^[%％]/.test(line.slice(m[0].length))) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1]) };
  },
};
