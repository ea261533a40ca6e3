// 1， 2, 3： — a number with a comma or a colon in place of its 、 or full stop, as a hastily typed
// or converted notice sets them. A number and a comma also open prose (a sentence a page cut: …共
// / 3，其中…), so it counts only where a run of them numbers a list (1， … 2， …). Not a
// thousands separator or a clock time (1,200 / 8:30).
import type { HeadingRule } from "./types.js";

// After folding, ： is :.
const RE = /^(\d{1,3})\s{0,2}[，,:](?!\s*\d)\s*/;

export const arabicLoose: HeadingRule = {
  name: "arabic-loose",
  family: "arabic",
  listOnly: true,
  listOfOne: true,
  match(line) {
    const m = RE.exec(line);
    if (!m || m[0].length >= line.length) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1]) };
  },
};
