// 1、 2、 — common in notices that do not follow the standard. Not a list of numbers (1、2号楼).
import type { HeadingRule } from "./types.js";

const RE = /^(\d{1,3})\s{0,2}、\s*/;

export const arabicComma: HeadingRule = {
  name: "arabic-comma",
  family: "arabic",
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    if (/^\d/.test(line.slice(m[0].length))) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1]) };
  },
};
