// 第一部分 第二部分 — the parts some enterprise and university notices are divided into, above 一、.
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

const RE = /^第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*部分\s*(?:[:、.]\s*)?/;

export const part: HeadingRule = {
  name: "part",
  family: "cn",
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    // 第一部分工作已完成，第二部分正在推进。 is a sentence: a part's title has no comma.
    const rest = line.slice(m[0].length);
    const stop = rest.search(/[。；;]/);
    if (/[，,]/.test(stop < 0 ? rest : rest.slice(0, stop))) return null;
    const number = /\d/.test(m[1]) ? Number(m[1]) : cnHeadingNumber(m[1]);
    if (number === null) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
  },
};
