/**
 * Guard: dates, years and clock times (2024年, 7月17日, 8月份, 8:30, 17:30) are not figures.
 * Also numbers glued to Latin letters or # (G15, A3, #5), which are codes, and dotted numbers
 * (3.1.4, 2023.5.10).
 */
import type { GuardRule } from "../types.js";

export const dateTime: GuardRule = {
  name: "date-time",
  kind: "guard",
  test(state, tok) {
    const t = state.text;
    const next = t[tok.end];
    if (next !== undefined && "年月日时:".includes(next)) return true;
    const prev = t[tok.start - 1];
    if (prev === ":" && /[0-9]/.test(t[tok.start - 2] ?? "")) return true;
    // 8时30分, 8点30分 (but not 风险点78个: the hour must be a number)
    if ((prev === "时" || prev === "点") && /[0-9零〇一二两三四五六七八九十]/.test(t[tok.start - 2] ?? "")) return true;
    if (prev !== undefined && /[A-Za-z#№]/.test(prev)) return true;
    if (next === "." && /[0-9]/.test(t[tok.end + 1] ?? "")) return true; // 3.1.4, 2023.5.10

    return false;
  },
};
