// 1.1 1.1.1 2.3、 — decimal outline numbers (as in reports converted from PDF or Word), one style
// per depth so that 1.1.1 nests below 1.1. A number like this at the start of a line may also be
// a figure (3.5万元, or 8.71 亿元 cut from its sentence by a page break), so the number must be
// followed by a title, not a unit, and it counts only where a run of them numbers a list
// (1.1 … 1.2, or a 2.1 alone where other runs number lists).
import type { HeadingRule, MarkerMatch } from "./types.js";

// After folding, ． is . and full-width digits are ASCII. A 4-digit first part is a date (2024.6).
const RE = /^\d{1,2}((?:\.\d{1,2}){1,3})(?![\d.])\s{0,2}(?:、\s*)?|^\d{1,2}((?:\.\d{1,2}){1,3})\.(?![\d.])\s*/;

// What follows the number of a figure: a digit, %, or a unit that takes a fraction (万 元 倍 吨 米…).
// Counts do not (1.2项 is no quantity), so a measure word opens a title: 1.2项目建设, 3.1个别单位.
// A title may open with a year (1.1 2024年工作计划).
const NOT_A_TITLE = /^(?:(?!(?:19|20)\d\d年)\d|[%‰万亿千元倍吨米亩克日]|百[万亿元]|个百分点|平方|平米|公[里顷斤]|小时|年(?!度)|$)/;

function decimalRule(depth: number): HeadingRule {
  return {
    name: `decimal-${depth}`,
    family: "arabic",
    listOnly: true,
    listOfOne: true,
    match(line): MarkerMatch | null {
      const c = line.charCodeAt(1) === 46 ? 1 : line.charCodeAt(2) === 46 ? 2 : 0;
      if (c === 0) return null; // cheap pre-check: a dot after one or two digits
      const m = RE.exec(line);
      if (!m) return null;
      const parts = m[1] ?? m[2];
      let dots = 0;
      for (let i = 0; i < parts.length; i++) if (parts.charCodeAt(i) === 46) dots++;
      if (dots + 1 !== depth) return null;
      if (NOT_A_TITLE.test(line.slice(m[0].length))) return null;
      const head = m[0].trimEnd();
      const last = head.replace(/[、.]$/, "").lastIndexOf(".");
      return {
        markerLength: head.length,
        textStart: m[0].length,
        number: Number(/^\d+/.exec(head.slice(last + 1))![0]),
        scope: head.slice(0, last),
      };
    },
  };
}

export const decimal2 = decimalRule(2);
export const decimal3 = decimalRule(3);
export const decimal4 = decimalRule(4);
