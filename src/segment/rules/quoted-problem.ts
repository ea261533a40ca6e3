// 关于“森林防火责任落实不到位”的问题 — a problem's heading on a line of its own with no number, as a
// notice written with a word processor's automatic numbering reads once copied as text (the numbers
// were never characters). Only the whole line, and only the quoted shape: a line that opens with
// 关于, quotes the problem and ends as a heading does (的问题, 问题的整改情况, a colon or full stop
// at most), so a sentence that runs on after it (关于“…”问题，局党组…) is body text. Numbered by its
// place among its siblings, as 【…方面】 is.
import type { HeadingRule } from "./types.js";

const RE = /^关于\s*(?:巡[察视]组?(?:反馈|指出|发现)的?|反馈的?|反映的?|指出的?)?\s*[“"「『][^“”"「」『』\n]{2,80}[”"」』]\s*(?:等)?(?:的)?(?:问题|方面)(?:的)?(?:整改(?:落实|进展)?(?:情况)?)?\s*[。.:：]?\s*$/;

export const quotedProblem: HeadingRule = {
  name: "quoted-problem",
  family: "cn",
  unnumbered: true,
  match(line) {
    // 关: a cheap pre-check before the regex
    if (line.charCodeAt(0) !== 0x5173) return null;
    return RE.test(line) ? { markerLength: 0, textStart: 0, number: 1 } : null;
  },
};
