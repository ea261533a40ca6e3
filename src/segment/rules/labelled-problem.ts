// 问题1： 问题一、 问题 3. 问题（4）： 【问题5】 意见建议1： 建议2： 反馈问题6： 存在问题7： 反馈意见8： 第九个问题：
// 问题编号：9 — notices that label each item instead of numbering it.
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

// After folding （ ） ： are ( ) :. The number may stand in brackets; the label in 【】 or []. The label
// may say where the problem came from (巡察反馈问题, 存在问题). It may stand alone on its line, the
// problem on the next (问题1 / 党组理论学习不深入。). A ledger copied out as lines names the number
// (问题编号：1 / 问题序号：2, its fields on the lines below).
const RE = /^[【[]?(?:巡[察视]组?)?(?:反馈|指出|发现|存在|具体)?(?:问题|意见建议|建议|反馈意见)(?:[编序]号\s*:?)?\s*\(?\s*(\d{1,3}|[一二三四五六七八九十百两]{1,4})\s*\)?\s*(?:[】\]]\s*[:、.]?|[:、.]|$)\s*/;
// 第一个问题： 第2个问题: — an ordinal and the label.
const ORDINAL = /^第(\d{1,3}|[一二三四五六七八九十百两]{1,4})个?(?:问题|意见建议|建议)\s*[:、.]\s*/;

export const labelledProblem: HeadingRule = {
  name: "labelled-problem",
  family: "arabic",
  match(line) {
    const m = RE.exec(line) ?? ORDINAL.exec(line);
    if (!m) return null;
    // 【问题3 without its 】 is not a label.
    if ((line[0] === "【" && !m[0].includes("】")) || (line[0] === "[" && !m[0].includes("]"))) return null;
    const number = /\d/.test(m[1]) ? Number(m[1]) : cnHeadingNumber(m[1]);
    if (number === null) return null;
    // Each label word counts on its own: 意见建议1： after 问题2： starts a new list, not a repeat.
    const scope = m[0].includes("建议") ? "建议" : "问题";
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number, scope };
  },
};
