/**
 * Line preparation and number tokenising. Everything here is a single forward pass with
 * bounded look-around, so a line of any length is processed in linear time.
 */
import { CN_DIGITS, CN_NUMERAL_CHARS, scaleFactor, scaleNumber, splitScale } from "../../numerals/index.js";
import type { NumberToken } from "./types.js";
import { unitStartsAt } from "./units.js";

const FOLD: Record<string, string> = { "％": "%", "﹪": "%", "．": ".", "（": "(", "）": ")", "：": ":", "～": "~", "－": "-" };

/** Fold full-width digits and ％．（）：～－ to ASCII, one UTF-16 unit for one, so offsets stay valid. */
export function foldWidth(s: string): string {
  let changed = false;
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let r: string | undefined;
    if (c >= 0xff10 && c <= 0xff19) r = String.fromCharCode(c - 0xff10 + 48);
    else if (c >= 0xfe00) r = FOLD[s[i]];
    if (r !== undefined) {
      parts.push(s.slice(last, i), r);
      last = i + 1;
      changed = true;
    }
  }
  if (!changed) return s;
  parts.push(s.slice(last));
  return parts.join("");
}

const MAX_NUMERAL = 40;
/** Longest mixed Arabic/Chinese numeral tried (1亿2000万, 3万5千, 12万3456): anything longer is split. */
const MAX_MIXED = 16;

export const isAsciiDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
const CN_NUMERAL_SET = new Set(CN_NUMERAL_CHARS);
/** 1 for every Chinese numeral character, by UTF-16 code. */
const CN_TABLE = new Uint8Array(0x10000);
for (const ch of CN_NUMERAL_CHARS) CN_TABLE[ch.charCodeAt(0)] = 1;
const SCALE_SET = new Set("十百千万亿萬億拾佰仟");
export const isCnNumeral = (ch: string | undefined): boolean => ch !== undefined && CN_NUMERAL_SET.has(ch);
export const isCnDigit = (ch: string | undefined): boolean => ch !== undefined && ch in CN_DIGITS;
const isScaleChar = (ch: string | undefined): boolean => ch !== undefined && SCALE_SET.has(ch);

/** End of an Arabic literal starting at i: 6000, 1,234, 948.191724. */
function readArabic(t: string, i: number): number {
  let j = i;
  while (j < t.length && isAsciiDigit(t[j])) j++;
  // thousands groups: exactly three digits after each comma
  while (t[j] === "," && isAsciiDigit(t[j + 1]) && isAsciiDigit(t[j + 2]) && isAsciiDigit(t[j + 3]) && !isAsciiDigit(t[j + 4])) {
    j += 4;
  }
  if (t[j] === "." && isAsciiDigit(t[j + 1])) {
    j++;
    while (j < t.length && isAsciiDigit(t[j])) j++;
  }
  return j;
}

/** A Chinese-only numeral with no unit characters is a digit-by-digit reading (二〇二四), not a quantity. */
function isDigitReading(raw: string): boolean {
  return raw.length >= 2 && [...raw].every((ch) => ch in CN_DIGITS);
}

function makeToken(t: string, start: number, end: number): NumberToken | null {
  const raw = t.slice(start, end);
  const split = splitScale(raw);
  if (!split || !Number.isFinite(split.coef)) return null;
  const value = split.scale === "" ? split.coef : scaleNumber(split.coef, scaleFactor(split.scale));
  if (!Number.isFinite(value)) return null;
  const hasCn = /[^0-9.,]/.test(raw);
  const hasAr = /[0-9]/.test(raw);
  return { start, end, raw, value, coef: split.coef, scale: split.scale, script: hasCn ? (hasAr ? "mixed" : "chinese") : "arabic" };
}

/** Drop a trailing 千/百 that begins a unit (5千米 → 5 + 千米; 两千克 → 两 + 千克). */
function trimUnitStart(t: string, start: number, end: number): number {
  const last = t[end - 1];
  if (end - 1 > start && (last === "千" || last === "百") && unitStartsAt(t, end - 1)) return end - 1;
  return end;
}

/** A bare 百/千/万 is a number only next to an approximation word (百余人, 近千人). */
const BARE_SCALE: Record<string, number> = { 百: 100, 千: 1000, 万: 10000 };
const BARE_BEFORE = "近逾约超";

/** All numbers of the line, in order, non-overlapping. */
export function scanNumbers(t: string): NumberToken[] {
  const out: NumberToken[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (!(c >= 48 && c <= 57) && CN_TABLE[c] === 0) {
      i++; // the common case: not part of a number
      continue;
    }
    const ch = t[i];
    if (isAsciiDigit(ch)) {
      const j = readArabic(t, i);
      let tok: NumberToken | null = null;
      if (isScaleChar(t[j]) && !unitStartsAt(t, j)) {
        // mixed forms: 3万5千, 1.393亿, 1亿2000万, 3万五千
        let e = j;
        while (e < n && e - i < MAX_MIXED && (isCnNumeral(t[e]) || isAsciiDigit(t[e]) || (t[e] === "." && isAsciiDigit(t[e + 1]) && isAsciiDigit(t[e - 1])))) e++;
        e = trimUnitStart(t, i, e);
        if (e - i < MAX_MIXED) tok = makeToken(t, i, e);
        if (!tok) {
          // only the scale characters right after the literal: 2万 in 2万美元
          let s = j;
          while (s < n && s - j < 3 && isScaleChar(t[s])) s++;
          s = trimUnitStart(t, i, s);
          tok = makeToken(t, i, s);
        }
      }
      if (!tok) tok = makeToken(t, i, j);
      if (tok) {
        out.push(tok);
        i = tok.end;
      } else {
        i = j; // e.g. a number too long to be finite
      }
      continue;
    }
    if (isCnNumeral(ch)) {
      let e = i;
      while (e < n && (isCnNumeral(t[e]) || (t[e] === "点" && e > i && isCnDigit(t[e + 1])))) {
        e++;
        if (e - i > MAX_NUMERAL) break;
      }
      if (e - i > MAX_NUMERAL) {
        // a run far too long to be a numeral: skip all of it
        while (e < n && isCnNumeral(t[e])) e++;
        i = e;
        continue;
      }
      let tok: NumberToken | null = null;
      const end = trimUnitStart(t, i, e);
      const raw = t.slice(i, end);
      if (raw === "百" && t.slice(Math.max(0, i - 3), i) === "百分之") {
        tok = { start: i, end: i + 1, raw, value: 100, coef: 100, scale: "", script: "chinese" };
      } else if (BARE_SCALE[raw] !== undefined && (t[end] === "余" || t[end] === "多" || BARE_BEFORE.includes(t[i - 1] ?? "\0"))) {
        // 百余人, 千余家, 近千人, 万余元: a bare 百/千/万 stands for one of it
        const v = BARE_SCALE[raw];
        tok = raw === "万"
          ? { start: i, end: end, raw, value: v, coef: 1, scale: "万", script: "chinese" }
          : { start: i, end: end, raw, value: v, coef: v, scale: "", script: "chinese" };
      } else if (!isDigitReading(raw)) {
        tok = makeToken(t, i, end);
        if (!tok && raw.includes("点")) tok = makeToken(t, i, i + raw.indexOf("点"));
      }
      if (tok) {
        out.push(tok);
        i = tok.end;
      } else {
        i = e;
      }
      continue;
    }
    i++;
  }
  return out;
}

/**
 * Mark quoted stretches: 1 inside “…” ‘…’ 「…」 『…』 "…", 2 inside 《…》 〈…〉.
 * A quote counts only when it closes within a short distance (names and slogans are short), so
 * an unbalanced mark cannot swallow the rest of the line.
 */
/** “ ‘ 「 『 《 〈 " */
const isOpener = (c: number): boolean =>
  c === 0x201c || c === 0x2018 || c === 0x300c || c === 0x300e || c === 0x300a || c === 0x3008 || c === 0x22;

export function markQuotes(t: string): Uint8Array {
  const q = new Uint8Array(t.length);
  const pairs: Array<[string, string, number, number]> = [
    ["“", "”", 1, 40],
    ["‘", "’", 1, 40],
    ["「", "」", 1, 40],
    ["『", "』", 1, 40],
    ["《", "》", 2, 80],
    ["〈", "〉", 2, 80],
  ];
  for (let i = 0; i < t.length; i++) {
    if (!isOpener(t.charCodeAt(i))) continue;
    const ch = t[i];
    if (ch === '"') {
      const close = t.indexOf('"', i + 1);
      if (close > 0 && close - i <= 40) {
        for (let k = i + 1; k < close; k++) q[k] = Math.max(q[k], 1);
        i = close;
      }
      continue;
    }
    for (const [open, closeCh, kind, max] of pairs) {
      if (ch !== open) continue;
      const lim = Math.min(t.length, i + max + 1);
      for (let k = i + 1; k < lim; k++) {
        if (t[k] === closeCh) {
          for (let m = i + 1; m < k; m++) q[m] = Math.max(q[m], kind);
          break;
        }
        if (t[k] === open) break; // a new opener before the close: unbalanced
      }
    }
  }
  return q;
}
