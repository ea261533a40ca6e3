// 【关于贯彻落实党中央决策部署方面】 【党风廉政建设方面的问题】 — a heading with no number, set whole
// in lenticular brackets on a line of its own, as web pages and provincial notices set the areas
// their numbered items fall under. Numbered by its place among its siblings (the segmenter counts
// them: the rule cannot see the lines before). Only a heading's words: it opens with 关于/在 or ends
// as an area or a part of the notice does (方面, 问题, 情况, 工作); a field label in brackets
// (【整改措施】) is fields.ts's, a labelled problem (【问题1】) labelled-problem's, 【一】 bracket-cn's,
// and a done note (【已完成】) is no heading.
import type { HeadingRule } from "./types.js";

const RE = /^[【〖]\s*((?:关于|在)[^【】〖〗。；;，,：:]{2,40}|[^【】〖〗。；;，,：:]{2,40}(?:方面(?:的?问题)?|问题|情况|工作))\s*[】〗]\s*$/;

export const bracketTitle: HeadingRule = {
  name: "bracket-title",
  family: "cn",
  unnumbered: true,
  match(line) {
    const c = line.charCodeAt(0);
    if (c !== 0x3010 && c !== 0x3016) return null; // 【 〖: a cheap pre-check before the regex
    const m = RE.exec(line);
    if (!m || /^(?:已|正在|整改中|未)/.test(m[1])) return null;
    const textStart = line.indexOf(m[1]);
    return { markerLength: 1, textStart, textEnd: textStart + m[1].length, number: 1 };
  },
};
