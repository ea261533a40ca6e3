// 问题1： 问题一、 问题 3. — notices that label each item instead of numbering it.
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

const RE = /^问题\s*(\d{1,3}|[一二三四五六七八九十百两]{1,4})\s*[:、.]\s*/;

export const labelledProblem: HeadingRule = {
  name: "labelled-problem",
  family: "arabic",
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    const number = /\d/.test(m[1]) ? Number(m[1]) : cnHeadingNumber(m[1]);
    if (number === null) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
  },
};
