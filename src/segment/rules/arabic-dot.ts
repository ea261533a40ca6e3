// 1. 1． and `1. ` with a space — the standard's third level. Not a decimal (1.393亿元).
// Also the one-character forms of it: ⒈ … ⒛ (digit full stop), and 🔟, the keycap ten that goes
// on after 1️⃣ … 9️⃣ (which fold to 1. … 9.) in WeChat's lists.
import type { HeadingRule } from "./types.js";

const RE = /^(\d{1,3})\s{0,2}\.(?!\d)\s*/;
const DIGIT_STOP = /^([\u2488-\u249b])\s*/; // ⒈ … ⒛
const KEYCAP_TEN = /^\u{1f51f}\ufe0f?\s*/u;

export const arabicDot: HeadingRule = {
  name: "arabic-dot",
  family: "arabic",
  match(line) {
    const c = line.charCodeAt(0);
    if (c >= 0x2488 && c <= 0x249b) {
      const d = DIGIT_STOP.exec(line)!;
      return { markerLength: 1, textStart: d[0].length, number: c - 0x2487 };
    }
    if (c === 0xd83d) {
      const k = KEYCAP_TEN.exec(line);
      return k ? { markerLength: k[0].trimEnd().length, textStart: k[0].length, number: 10 } : null;
    }
    const m = RE.exec(line);
    if (!m) return null;
    // `1.` followed by nothing but a unit or a % is a quantity, not a heading.
    if (/^[%％]/.test(line.slice(m[0].length))) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: Number(m[1]) };
  },
};
