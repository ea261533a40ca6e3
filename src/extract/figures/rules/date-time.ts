/**
 * Guard: dates, years and clock times (2024年, 7月17日, 8月份, 8:30, 17:30) are not figures.
 * Also numbers glued to Latin letters or # (G15, A3, #5), which are codes, and dotted numbers
 * (3.1.4, 2023.5.10).
 */
import { charSet, code, isDigitCode } from "../chars.js";
import type { GuardRule } from "../types.js";

const DATE_NEXT = charSet("年月日时:");
const HOUR = charSet("0123456789零〇一二两三四五六七八九十");
const CODE_PREFIX = charSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#№");
const COLON = code(":");
const SHI = code("时");
const DIAN = code("点");
const DOT = code(".");

export const dateTime: GuardRule = {
  name: "date-time",
  kind: "guard",
  test(state, tok) {
    const t = state.text;
    const next = t.charCodeAt(tok.end);
    if (DATE_NEXT(next)) return true;
    const prev = t.charCodeAt(tok.start - 1);
    if (prev === COLON && isDigitCode(t.charCodeAt(tok.start - 2))) return true;
    // 8时30分, 8点30分 (but not 风险点78个: the hour must be a number)
    if ((prev === SHI || prev === DIAN) && HOUR(t.charCodeAt(tok.start - 2))) return true;
    if (CODE_PREFIX(prev)) return true;
    if (next === DOT && isDigitCode(t.charCodeAt(tok.end + 1))) return true; // 3.1.4, 2023.5.10

    return false;
  },
};
