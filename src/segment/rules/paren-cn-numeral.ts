// （一） (一) ㈠ — the standard's second level, also written （一）、 (the 、 is part of the marker).
// Parentheses are folded to ASCII before rules run.
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

const RE = /^\(\s*([一二三四五六七八九十百〇零两]{1,4})\s*\)\s*(?:、\s*)?/;
const ENCLOSED = /^([\u3220-\u3229])\s*(?:、\s*)?/; // ㈠ … ㈩

export const parenCnNumeral: HeadingRule = {
  name: "paren-cn-numeral",
  family: "cn",
  match(line) {
    const e = ENCLOSED.exec(line);
    if (e) return { markerLength: e[0].trimEnd().length, textStart: e[0].length, number: line.charCodeAt(0) - 0x3220 + 1 };
    const m = RE.exec(line);
    if (!m) return null;
    const number = cnHeadingNumber(m[1]);
    if (number === null) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
  },
};
