// Where a heading's own words end when its body shares the line:
// `1.在学习贯彻不深入方面。一是…` → heading `在学习贯彻不深入方面`, body from `一是`.
// The heading ends at the first 。！？； (or an ASCII full stop) outside quotes and brackets, or where `一是` or a field
// label (`整改措施：`, also after a dash: `——整改措施：`) begins. A 。 inside “…” belongs to the quoted problem, not the end.
import { ENUMERATION_RE } from "./rules/index.js";
import { matchFieldLabel } from "./fields.js";
import { isSpaceUnit } from "../normalize/fold.js";
import { ACTION_START, MEASURE_START } from "../extract/roles.js";

// Char codes, not one-character strings: this runs over every character of every heading line.
const OPEN = [..."“‘《(「『【"].map((c) => c.charCodeAt(0));
const CLOSE = [..."”’》)」』】"].map((c) => c.charCodeAt(0));
const SENTENCE_STOP = [..."。！？；"].map((c) => c.charCodeAt(0));
const COMMA = 0xff0c; // ，
const LENTICULAR_CLOSE = 0x3011; // 】
const COLON = 0xff1a; // ：

export function splitHeading(line: string, textStart: number): { titleEnd: number; bodyStart: number } {
  let depth = 0;
  for (let i = textStart; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (OPEN.includes(c)) depth++;
    else if (c === LENTICULAR_CLOSE && depth === 0) {
      // The close of a heading set whole in 【】, whose opening bracket normalize cut: the end.
      let j = i + 1;
      while (line.charCodeAt(j) === 0x20) j++;
      return { titleEnd: i, bodyStart: j };
    } else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (SENTENCE_STOP.includes(c) || (c === 0x2e && fullStop(line, i)))) {
      let j = i + 1;
      while (line.charCodeAt(j) === 0x20) j++;
      return { titleEnd: i, bodyStart: j };
    } else if (depth === 0 && i > textStart && startsBody(line, i, textStart)) {
      let e = i;
      while (e > textStart && (isPause(line.charCodeAt(e - 1), true) || isDash(line.charCodeAt(e - 1)))) e--;
      return { titleEnd: e, bodyStart: i };
    }
  }
  // A colon that ends the line leads in to what is below (二、具体整改情况：): no word of the heading.
  let e = line.length;
  while (e > textStart + 1 && (line.charCodeAt(e - 1) === COLON || line.charCodeAt(e - 1) === 0x3a || isSpaceUnit(line.charCodeAt(e - 1)))) e--;
  return { titleEnd: e, bodyStart: line.length };
}

const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/**
 * An ASCII `.` that ends a sentence (关于…的问题.整改措施：… / ….1)建立…), not one inside a
 * number (3.5亿元) or a name (www.gov.cn).
 */
function fullStop(line: string, i: number): boolean {
  const next = line.charCodeAt(i + 1);
  if (!isAlnum(next)) return true;
  return isDigit(next) && !isAlnum(line.charCodeAt(i - 1));
}

/** /[\s，,：:]/ (colon = true) or /[\s，,。]/ (colon = false) on one code unit. */
function isPause(c: number, colon: boolean): boolean {
  if (isSpaceUnit(c) || c === COMMA || c === 0x2c) return true;
  return colon ? c === COLON || c === 0x3a : c === 0x3002;
}

const QUESTION = [0x95ee /* 问 */, 0x9898 /* 题 */];
const DENG = 0x7b49; // 等
const DE = 0x7684; // 的
/** Whether the words before `at` end on 等问题 or 的问题. */
function namesProblemBefore(line: string, at: number): boolean {
  const c = line.charCodeAt(at - 3);
  return line.charCodeAt(at - 1) === QUESTION[1] && line.charCodeAt(at - 2) === QUESTION[0] && (c === DENG || c === DE);
}
const ANSWERS = /^(?:针对|对于|对照|围绕|就|对)/;
// What was done, told after the problem: a status's or a time's word before the verb.
const DONE_START = /^(?:已|均已|现已|目前|当前|截至目前|正在|经|通过|对此|为此|立即|及时|迅速|先后|累计)/;

/** — ― ⸺ - : a dash that sets a heading's field apart (…不严格——整改措施：…). */
const isDash = (c: number) => c === 0x2014 || c === 0x2015 || c === 0x2e3a || c === 0x2d;

function startsBody(line: string, i: number, textStart: number): boolean {
  const before = line.charCodeAt(i - 1);
  const afterPause = isPause(before, true);
  // (a field label after a dash opens the body as after a full stop: 1、台账不全——整改措施：…; an
  // ASCII hyphen only doubled, --)
  const afterSentence = isPause(before, false) || (isDash(before) && (before !== 0x2d || line.charCodeAt(i - 2) === 0x2d));
  if (!afterPause && !afterSentence) return false;
  const rest = line.slice(i, i + 12);
  // `一是` opens a body only after a pause, not inside words such as 统一是.
  if (afterPause && ENUMERATION_RE.test(rest)) return true;
  // A heading that states its problem (…等问题，/…的问题，) ends at the comma when what was done
  // follows it (已开展整顿…, 目前已退回…, 建立台账…): the rest is its body. Not one that opens
  // with what it answers (针对…的问题，开展…): the whole is a measure.
  if ((before === COMMA || before === 0x2c) && namesProblemBefore(line, i - 1) && !ANSWERS.test(line.slice(textStart, textStart + 4)) && (DONE_START.test(rest) || ACTION_START.test(rest) || MEASURE_START.test(rest))) return true;
  return afterSentence && matchFieldLabel(rest) !== null && /^[^:：]{2,6}[:：]/.test(rest);
}
