// 第一， 第二、 第三： — paragraphs numbered with an ordinal and a pause, used the way 1. or 一是
// are; 其一、 其二， (the same ordinals in a written style) too. An ordinal at the start of a line is often prose (第一时间, 第一书记, 第一巡察组 — no pause
// after them, so no match here), and a lone 第一， may be a line that a page cut inside a sentence
// (…位列全市 / 第一，…), so such a line counts as a marker only in a list: see ordinalListLines.
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

// After folding, ： is :. The pause is part of the marker.
const RE = /^[第其]\s*([一二三四五六七八九十]{1,3})\s*[，,、:]\s*/;

// Another ordinal that goes on the list: a numeral (with or without 第) before a pause, 和/至, or
// the word the ordinals count. A word that opens with a numeral (三重一大, 一把手) does not.
const LIST_OF_ORDINALS = /^第?\s*[一二三四五六七八九十]{1,3}\s*(?:[、，,和及与至到]|[批轮届季次期名项个类级章节条款部段])/;

export const cnOrdinal: HeadingRule = {
  name: "cn-ordinal",
  family: "cn",
  listOnly: true,
  mayIntroduce: true,
  match(line) {
    const m = RE.exec(line);
    if (!m) return null;
    // 第一、二批 and 第一、第二季度 are lists of ordinals, not a marker (but 第二、第一时间… is one).
    if (LIST_OF_ORDINALS.test(line.slice(m[0].length))) return null;
    const number = cnHeadingNumber(m[1]);
    if (number === null) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
  },
};
