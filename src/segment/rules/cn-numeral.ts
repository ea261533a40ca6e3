// 一、 二、 … the national standard's first level. Also 一. and 一． (folded to 一.).
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

const RE = /^([一二三四五六七八九十百〇零两]{1,4})\s*([、.])\s*/;

export const cnNumeral: HeadingRule = {
  name: "cn-numeral",
  family: "cn",
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    const number = cnHeadingNumber(m[1]);
    if (number === null) return null;
    const rest = line.slice(m[0].length);
    // 一、二级… and 一、二、三 are lists of numbers, not headings.
    if (/^[一二三四五六七八九十两\d]/.test(rest) && /^.{1,3}[、级类等]/.test(rest)) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
  },
};
