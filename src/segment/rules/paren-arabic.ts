// （1） (1) — the standard's fourth level; also ⑴ … ⒇, and （1）、 (the 、 is part of the marker).
import type { HeadingRule } from "./types.js";

const RE = /^\(\s*(\d{1,3})\s*\)\s*(?:、\s*)?/;
const ENCLOSED = /^([\u2474-\u2487])\s*(?:、\s*)?/; // ⑴ … ⒇

export const parenArabic: HeadingRule = {
  name: "paren-arabic",
  family: "arabic",
  match(line) {
    const e = ENCLOSED.exec(line);
    if (e) return { markerLength: e[0].trimEnd().length, textStart: e[0].length, number: line.charCodeAt(0) - 0x2474 + 1 };
    const m = RE.exec(line);
    if (!m) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1]) };
  },
};
