// Ⅰ、 Ⅱ. Ⅲ — Roman numerals: the single characters Ⅰ … Ⅻ (ⅰ … ⅻ), with or without a pause after
// them, and Roman numerals in Latin capitals (II、 IV.) before a pause.
import type { HeadingRule } from "./types.js";

const CHAR = /^[\u2160-\u216b\u2170-\u217b]\s*(?:[、.]\s*)?/;
const LETTERS = /^([IVX]{1,5})\s{0,2}[、.](?![A-Za-z0-9.])\s*/;
const VALUE: Record<string, number> = { I: 1, V: 5, X: 10 };

/** A Roman numeral in capitals, written the standard way (IV, not IIII), or null. */
function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUE[s[i]];
    const next = i + 1 < s.length ? VALUE[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 39 && toRoman(total) === s ? total : null;
}

function toRoman(n: number): string {
  const tens = "X".repeat(Math.floor(n / 10));
  const ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10];
  return tens + ones;
}

export const roman: HeadingRule = {
  name: "roman",
  family: "roman",
  match(line) {
    const c = line.charCodeAt(0);
    if (c >= 0x2160 && c <= 0x217b) {
      const m = CHAR.exec(line);
      if (!m) return null;
      return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: c - (c >= 0x2170 ? 0x2170 : 0x2160) + 1 };
    }
    if (c !== 73 && c !== 86 && c !== 88) return null; // I V X
    const m = LETTERS.exec(line);
    if (!m) return null;
    const number = romanValue(m[1]);
    if (number === null) return null;
    return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
  },
};
