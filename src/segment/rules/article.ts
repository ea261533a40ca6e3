// 第一条 第二条, 第1项 第2项 — items numbered as articles or entries of a list (街道、社区 and
// enterprise notices). 第三条规定… and 第一项工作是… open prose too, so these count only in a list of
// two or more (or as the single 第一条 of a section where the style lists elsewhere).
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

// After folding, ： is :. The unit word is the scope: 第1项 does not go on with 第一条's list.
const RE = /^第\s*(\d{1,3}|[一二三四五六七八九十百两]{1,4})\s*([条项])\s*(?:[:、.，,]\s*)?/;

export const article: HeadingRule = {
  name: "article",
  family: "cn",
  listOnly: true,
  listOfOne: true,
  match(line) {
    const m = RE.exec(line);
    if (!m || m[0].length >= line.length) return null;
    const number = /\d/.test(m[1]) ? Number(m[1]) : cnHeadingNumber(m[1]);
    if (number === null) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number, scope: m[2] };
  },
};
