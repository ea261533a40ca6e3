/**
 * Character tests by UTF-16 code, for the rules that run at every number of a line. Reading
 * `t[i]` makes a new one-character string for every CJK character and `"…".includes(ch)` then
 * searches a string; `t.charCodeAt(i)` and a set of codes do neither. A position past either end
 * of the string reads as NaN, which no test below accepts.
 */

/*
 * Every set gets one bit in a table indexed by code (32 sets to a table), so that a test is one
 * typed-array read: a Set<number> lookup showed up in profiles.
 */
const tables: Uint32Array[] = [];
let used = 32;

/** A membership test for the characters of `s`: `const DATE_NEXT = charSet("年月日")`, then `DATE_NEXT(t.charCodeAt(i))`. */
export function charSet(s: string): (c: number) => boolean {
  if (used === 32) {
    tables.push(new Uint32Array(0x10000));
    used = 0;
  }
  const table = tables[tables.length - 1];
  const bit = 1 << used++;
  for (let i = 0; i < s.length; i++) table[s.charCodeAt(i)] |= bit;
  return (c) => (table[c] & bit) !== 0;
}

/** Code of a single character, for comparisons: `t.charCodeAt(i) === code("第")`. */
export const code = (ch: string): number => ch.charCodeAt(0);

/** 0-9 */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** A Han character of the BMP, as the shared class HAN (src/text/han.ts). */
export { isHanCode } from "../../text/han.js";
/** A-Z, a-z */
export const isLatinCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Space, tab, ideographic space, no-break space. */
export const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
