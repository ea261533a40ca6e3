// Where a heading's own words end when its body shares the line:
// `1.在学习贯彻不深入方面。一是…` → heading `在学习贯彻不深入方面`, body from `一是`.
// The heading ends at the first 。！？ outside quotes and brackets, or where `一是` or a field
// label (`整改措施：`) begins. A 。 inside “…” belongs to the quoted problem, not the end.
import { ENUMERATION_RE } from "./rules/index.js";
import { matchFieldLabel } from "./fields.js";

const OPEN = "“‘《(「『【";
const CLOSE = "”’》)」』】";

export function splitHeading(line: string, textStart: number): { titleEnd: number; bodyStart: number } {
  let depth = 0;
  for (let i = textStart; i < line.length; i++) {
    const ch = line[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === "。" || ch === "！" || ch === "？" || ch === "；")) {
      let j = i + 1;
      while (line[j] === " ") j++;
      return { titleEnd: i, bodyStart: j };
    } else if (depth === 0 && i > textStart && startsBody(line, i)) {
      let e = i;
      while (e > textStart && /[\s，,：:]/.test(line[e - 1])) e--;
      return { titleEnd: e, bodyStart: i };
    }
  }
  return { titleEnd: line.length, bodyStart: line.length };
}

function startsBody(line: string, i: number): boolean {
  const rest = line.slice(i, i + 12);
  // `一是` opens a body only after a pause, not inside words such as 统一是.
  if (ENUMERATION_RE.test(rest) && /[\s，,：:]/.test(line[i - 1])) return true;
  return /[\s，,。]/.test(line[i - 1]) && matchFieldLabel(rest) !== null && /^[^:：]{2,6}[:：]/.test(rest);
}
