// Small numeral readers for heading numbers (一 … 九十九, ① … ⑳). Quantities use src/numerals.
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a heading number written in Chinese numerals below 1000 (一, 十二, 二十三, 一百零五). */
export function cnHeadingNumber(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      if (digit >= 0 && digit !== 0) return null; // 一二 is a list, not a number
      digit = CN_DIGIT[ch];
    } else if (ch === "十" || ch === "百") {
      const unit = ch === "十" ? 10 : 100;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else return null;
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : null;
}

export const CN_NUM_CLASS = "[一二三四五六七八九十百〇零两]";

/** ① … ⑳ and ㉑ … ㊿ as numbers; null for anything else. */
export function circledNumber(ch: string): number | null {
  return circledCode(ch.codePointAt(0) ?? 0);
}

/**
 * circledNumber by character code (scanning a text without a one-character string per position).
 * Also the dingbats and the double and dark circles a Word or WeChat list sets (➀ ⓵ ❶ ➊ ⓫).
 */
export function circledCode(c: number): number | null {
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  if (c >= 0x2776 && c <= 0x2793) return ((c - 0x2776) % 10) + 1; // ❶…❿ ➀…➉ ➊…➓
  if (c >= 0x24f5 && c <= 0x24fe) return c - 0x24f5 + 1; // ⓵…⓾
  if (c >= 0x24eb && c <= 0x24f4) return c - 0x24eb + 11; // ⓫…⓴
  return null;
}

/** A dark (negative) circled number, ❶ ➊ ⓫: a style apart from ①, which a list may set below it. */
export const isDarkCircled = (c: number): boolean => (c >= 0x2776 && c <= 0x277f) || (c >= 0x278a && c <= 0x2793) || (c >= 0x24eb && c <= 0x24f4);
