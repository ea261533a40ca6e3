// 壹、 贰、 叁、 — the financial capitals (大写数字, also in their traditional forms 貳 參 陸) that some
// notices number their top level with, the way 一、 does. A style of its own, so that a notice
// that numbers its parts 壹、 and the sections inside them 一、 is given two levels.
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

const RE = /^([壹贰貳叁參叄肆伍陆陸柒捌玖拾佰零〇]{1,4})\s*([、.])\s*/;

/** Each capital as the common numeral cnHeadingNumber reads. */
const COMMON: Record<string, string> = {
  壹: "一", 贰: "二", 貳: "二", 叁: "三", 參: "三", 叄: "三", 肆: "四", 伍: "五", 陆: "六", 陸: "六",
  柒: "七", 捌: "八", 玖: "九", 拾: "十", 佰: "百", 零: "零", 〇: "〇",
};

const FIRST = new Set(Object.keys(COMMON).map((c) => c.charCodeAt(0)));

export const cnCapital: HeadingRule = {
  name: "cn-capital",
  family: "cn",
  match(line) {
    if (!FIRST.has(line.charCodeAt(0))) return null; // cheap pre-check before the regex
    const m = RE.exec(line);
    if (!m) return null;
    let common = "";
    for (const ch of m[1]) common += COMMON[ch];
    const number = cnHeadingNumber(common);
    if (number === null) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
  },
};
