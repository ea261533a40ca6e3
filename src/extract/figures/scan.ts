/**
 * Line preparation and number tokenising. Everything here is a single forward pass with
 * bounded look-around, so a line of any length is processed in linear time. Characters are read
 * by code through lookup tables: `t[i]` makes a one-character string for every CJK character, and
 * these loops run over every character of every line.
 */
import { arabicValue, CN_DIGITS, CN_NUMERAL_CHARS, MAX_LEN, scaleFactor, scaleNumber, splitScale } from "../../numerals/index.js";
import type { NumberToken, Quotes } from "./types.js";
import { charSet, isDigitCode } from "./chars.js";
import { unitStartsAt } from "./units.js";

/** ASCII code foldWidth puts for a UTF-16 code from 0xFE00 up (index: code − 0xFE00); 0 for the rest. */
const FOLD = new Uint8Array(0x200);
for (let c = 0xff10; c <= 0xff19; c++) FOLD[c - 0xfe00] = c - 0xff10 + 48; // ０-９
for (const [from, to] of Object.entries({ "％": "%", "﹪": "%", "．": ".", "（": "(", "）": ")", "：": ":", "～": "~", "－": "-" })) {
  FOLD[from.charCodeAt(0) - 0xfe00] = to.charCodeAt(0);
}
const foldedCode = (c: number): number => (c >= 0xfe00 ? FOLD[c - 0xfe00] : 0);

/**
 * Fold full-width digits and ％﹪．（）：～－ to ASCII, one UTF-16 unit for one, so offsets stay valid.
 * Lines from src/normalize are already folded (all but ﹪): those are only scanned, not copied.
 */
export function foldWidth(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && foldedCode(s.charCodeAt(i)) === 0) i++;
  if (i === n) return s;
  let out = "";
  let last = 0;
  for (; i < n; i++) {
    const f = foldedCode(s.charCodeAt(i));
    if (f !== 0) {
      out += s.slice(last, i) + String.fromCharCode(f);
      last = i + 1;
    }
  }
  return out + s.slice(last);
}

/** Opening quote marks (see markQuotes). */
const OPENER_CHARS = "“‘「『《〈\"";

const MAX_NUMERAL = 40;
/** Longest mixed Arabic/Chinese numeral tried (1亿2000万, 3万5千, 12万3456): anything longer is split. */
const MAX_MIXED = 16;

const C_COMMA = 44;
const C_DOT = 46;
const C_DIAN = 0x70b9; // 点
const C_QIAN = 0x5343; // 千
const C_BAI = 0x767e; // 百

/** Character classes by UTF-16 code; 0 for the characters the scanner skips. */
const CN_NUMERAL = 1; // any Chinese numeral character
const CN_DIGIT = 2; // 零〇一二两三四五六七八九 and the formal forms
const CN_SCALE = 4; // 十百千万亿 and the formal forms
const ARABIC = 8; // 0-9
const UNFOLDED = 16; // a character foldWidth changes
const OPENER = 32; // an opening quote mark (see markQuotes)
const CLASS = new Uint8Array(0x10000);
for (const ch of CN_NUMERAL_CHARS) CLASS[ch.charCodeAt(0)] |= CN_NUMERAL;
for (const ch of Object.keys(CN_DIGITS)) CLASS[ch.charCodeAt(0)] |= CN_DIGIT;
for (const ch of "十百千万亿萬億拾佰仟") CLASS[ch.charCodeAt(0)] |= CN_SCALE;
for (let c = 48; c <= 57; c++) CLASS[c] |= ARABIC;
for (let c = 0xfe00; c <= 0xffff; c++) if (foldedCode(c) !== 0) CLASS[c] |= UNFOLDED;
for (const ch of OPENER_CHARS) CLASS[ch.charCodeAt(0)] |= OPENER;

/** Codes past the end of the string are NaN: every test below is false for them. */
const isCnNumeralCode = (c: number): boolean => (CLASS[c] & CN_NUMERAL) !== 0;
const isCnDigitCode = (c: number): boolean => (CLASS[c] & CN_DIGIT) !== 0;
const isScaleCode = (c: number): boolean => (CLASS[c] & CN_SCALE) !== 0;

/** End of an Arabic literal starting at i: 6000, 1,234, 948.191724. */
function readArabic(t: string, i: number): number {
  let j = i;
  while (isDigitCode(t.charCodeAt(j))) j++;
  // thousands groups: exactly three digits after each comma
  while (
    t.charCodeAt(j) === C_COMMA && isDigitCode(t.charCodeAt(j + 1)) && isDigitCode(t.charCodeAt(j + 2)) &&
    isDigitCode(t.charCodeAt(j + 3)) && !isDigitCode(t.charCodeAt(j + 4))
  ) {
    j += 4;
  }
  if (t.charCodeAt(j) === C_FULL_COMMA && j - i <= 3) j = fullWidthGroups(t, i, j);
  if (t.charCodeAt(j) === C_DOT && isDigitCode(t.charCodeAt(j + 1))) {
    j++;
    while (isDigitCode(t.charCodeAt(j))) j++;
  }
  return j;
}

const C_FULL_COMMA = 0xff0c; // ，
/** Exactly three digits after t[p] (and no fourth). */
const threeDigits = (t: string, p: number): boolean =>
  isDigitCode(t.charCodeAt(p + 1)) && isDigitCode(t.charCodeAt(p + 2)) && isDigitCode(t.charCodeAt(p + 3)) && !isDigitCode(t.charCodeAt(p + 4));
const FENBIE = "分别";
const C_DUN = 0x3001; // 、

/**
 * End of the thousands groups written with a full-width comma (1，234.5万元, 12，345，678元) after
 * the 1–3 digits t[i, j), or j when the comma may be a clause break. ， is the usual clause break,
 * so a group counts only when the number plainly goes on after it: a decimal point, another
 * group, or a 万/亿 or unit straight after the three digits — and then not in a list (分别为3，234人
 * and 3、5，234人 are two numbers).
 */
function fullWidthGroups(t: string, i: number, j: number): number {
  let k = j;
  while (t.charCodeAt(k) === C_FULL_COMMA && threeDigits(t, k)) k += 4;
  if (k === j) return j;
  if (k - j > 4) return k; // two groups or more: 12，345，678
  const c = t.charCodeAt(k);
  if (c === C_DOT && isDigitCode(t.charCodeAt(k + 1))) return k;
  if (!(isScaleCode(c) || unitStartsAt(t, k))) return j;
  const before = t.charCodeAt(i - 1);
  if (before === C_DUN || before === C_FULL_COMMA || before === C_COMMA) return j;
  for (let p = Math.max(0, i - 4); p <= i - 2; p++) if (t.startsWith(FENBIE, p)) return j; // 分别为3，234人
  return k;
}

/** A Chinese-only numeral with no unit characters is a digit-by-digit reading (二〇二四), not a quantity. */
function isDigitReading(t: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) if (!isCnDigitCode(t.charCodeAt(k))) return false;
  return true;
}

function makeToken(t: string, start: number, end: number): NumberToken | null {
  const raw = t.slice(start, end);
  const split = splitScale(raw);
  if (!split || !Number.isFinite(split.coef)) return null;
  const value = split.scale === "" ? split.coef : scaleNumber(split.coef, scaleFactor(split.scale));
  if (!Number.isFinite(value)) return null;
  let hasCn = false;
  let hasAr = false;
  for (let k = start; k < end; k++) {
    const c = t.charCodeAt(k);
    if (isDigitCode(c)) hasAr = true;
    else if (c !== C_DOT && c !== C_COMMA) hasCn = true;
  }
  return { start, end, raw, value, coef: split.coef, scale: split.scale, script: hasCn ? (hasAr ? "mixed" : "chinese") : "arabic", probe: undefined };
}

/**
 * A plain Arabic literal t[start, end) (as readArabic ends it): read in place. Half of all numbers
 * are these, and going through splitScale and parseChineseNumber (substring, trim, fold) was most
 * of makeToken's time. Anything arabicValue refuses (1234,567) takes the general path.
 */
function makeArabicToken(t: string, start: number, end: number): NumberToken | null {
  if (end - start <= MAX_LEN) {
    const v = arabicValue(t, start, end);
    if (v === v) return { start, end, raw: t.slice(start, end), value: v, coef: v, scale: "", script: "arabic", probe: undefined };
  }
  return makeToken(t, start, end);
}

/**
 * One-character numerals (一, 两, 十 …), most of the Chinese numbers in a notice, with the token
 * makeToken gives for each (null for 百, 万 … alone), computed once: parsing them cost most of
 * makeToken's time. Indexed from 1 by ONE_INDEX[code].
 */
const ONE_INDEX = new Uint8Array(0x10000);
const ONE_RAW: string[] = [""];
const ONE_TOKEN: Array<NumberToken | null> = [null];
for (const ch of CN_NUMERAL_CHARS) {
  ONE_INDEX[ch.charCodeAt(0)] = ONE_RAW.length;
  ONE_RAW.push(ch);
  ONE_TOKEN.push(makeToken(ch, 0, 1));
}

/** Drop a trailing 千/百 that begins a unit (5千米 → 5 + 千米; 两千克 → 两 + 千克). */
function trimUnitStart(t: string, start: number, end: number): number {
  const last = t.charCodeAt(end - 1);
  if (end - 1 > start && (last === C_QIAN || last === C_BAI) && unitStartsAt(t, end - 1)) return end - 1;
  return end;
}

/** A bare 百/千/万 is a number only next to an approximation word (百余人, 近千人). By code: a keyed
 * lookup with the one-character substring had to intern it first. */
const C_WAN = 0x4e07; // 万
const bareScale = (c: number): number => (c === C_BAI ? 100 : c === C_QIAN ? 1000 : c === C_WAN ? 10000 : 0);
const C_YU = 0x4f59; // 余
const C_DUO = 0x591a; // 多
const BARE_BEFORE = charSet("近逾约超");
const BIG = charSet("万亿");

/**
 * The line with widths folded (see foldWidth), and its numbers. Lines from src/normalize need no
 * folding: for them this is a single pass that skips from number to number. A line with a
 * character to fold is folded when the scan meets that character, and scanned again.
 */
export function scanLine(src: string): { text: string; tokens: NumberToken[]; openers: number[] } {
  const openers: number[] = [];
  const tokens = scan(src, true, openers);
  if (tokens !== null) return { text: src, tokens, openers };
  const text = foldWidth(src);
  openers.length = 0;
  return { text, tokens: scan(text, false, openers)!, openers };
}

/**
 * The numbers of t; null when `stopAtUnfolded` and t has a character that foldWidth changes.
 * The offsets of the opening quote marks go to `openers` on the way (for markQuotes): this loop
 * reads every character anyway, and a separate regex search for them cost 6% of findFigures.
 */
function scan(t: string, stopAtUnfolded: boolean, openers: number[]): NumberToken[] | null {
  const out: NumberToken[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    // the common case: not part of a number (every character that is not passes through here)
    while (i < n && CLASS[t.charCodeAt(i)] === 0) i++;
    if (i === n) break;
    const c = t.charCodeAt(i);
    if (isDigitCode(c)) {
      const j = readArabic(t, i);
      let tok: NumberToken | null = null;
      if (isScaleCode(t.charCodeAt(j)) && !unitStartsAt(t, j)) {
        // mixed forms: 3万5千, 1.393亿, 1亿2000万, 3万五千
        let e = j;
        for (; e < n && e - i < MAX_MIXED; e++) {
          const d = t.charCodeAt(e);
          if (!(isCnNumeralCode(d) || isDigitCode(d) || (d === C_DOT && isDigitCode(t.charCodeAt(e + 1)) && isDigitCode(t.charCodeAt(e - 1))))) break;
        }
        e = trimUnitStart(t, i, e);
        if (e - i < MAX_MIXED) tok = makeToken(t, i, e);
        if (!tok) {
          // only the scale characters right after the literal: 2万 in 2万美元
          let s = j;
          while (s < n && s - j < 3 && isScaleCode(t.charCodeAt(s))) s++;
          s = trimUnitStart(t, i, s);
          tok = makeToken(t, i, s);
        }
      }
      if (!tok) tok = makeArabicToken(t, i, j);
      if (tok) {
        out.push(tok);
        i = tok.end;
      } else {
        i = j; // e.g. a number too long to be finite
      }
      continue;
    }
    if (!isCnNumeralCode(c)) {
      if ((CLASS[c] & OPENER) !== 0) openers.push(i);
      else if (stopAtUnfolded) return null; // the only other class: a character to fold
      i++;
      continue;
    }
    let e = i;
    for (;;) {
      const d = t.charCodeAt(e);
      if (!(isCnNumeralCode(d) || (d === C_DIAN && e > i && isCnDigitCode(t.charCodeAt(e + 1))))) break;
      e++;
      if (e - i > MAX_NUMERAL) break;
    }
    if (e - i > MAX_NUMERAL) {
      // a run far too long to be a numeral: skip all of it
      while (isCnNumeralCode(t.charCodeAt(e))) e++;
      i = e;
      continue;
    }
    let tok: NumberToken | null = null;
    const end = trimUnitStart(t, i, e);
    const one = end - i === 1 ? ONE_INDEX[c] : 0;
    const raw = one !== 0 ? ONE_RAW[one] : t.slice(i, end);
    const bare = end - i === 1 ? bareScale(t.charCodeAt(i)) : 0;
    if (bare === 100 && i >= 3 && t.startsWith("百分之", i - 3)) {
      tok = { start: i, end: i + 1, raw, value: 100, coef: 100, scale: "", script: "chinese", probe: undefined };
    } else if (bare !== 0 && (t.charCodeAt(end) === C_YU || t.charCodeAt(end) === C_DUO || BARE_BEFORE(t.charCodeAt(i - 1)))) {
      // 百余人, 千余家, 近千人, 万余元: a bare 百/千/万 stands for one of it
      const v = bare;
      tok = v === 10000
        ? { start: i, end: end, raw, value: v, coef: 1, scale: "万", script: "chinese", probe: undefined }
        : { start: i, end: end, raw, value: v, coef: v, scale: "", script: "chinese", probe: undefined };
    } else if (end - i === 2 && bareScale(c) !== 0 && bareScale(c) !== 10000 && BIG(t.charCodeAt(i + 1)) && BARE_BEFORE(t.charCodeAt(i - 1))) {
      // 近千万元, 超百亿元: a bare 百/千 before 万/亿 stands for one of it, as above
      const v = bareScale(c);
      const sc = t[i + 1];
      tok = { start: i, end, raw, value: v * (sc === "万" ? 1e4 : 1e8), coef: v, scale: sc, script: "chinese", probe: undefined };
    } else if (end - i >= 2 && end - i <= 4 && pairTokens(t, i, end, out)) {
      // 两三个, 三五家, 二三十人: two numerals side by side, a range (see pairTokens)
      i = end;
      continue;
    } else if (one !== 0) {
      const o = ONE_TOKEN[one];
      if (o !== null) tok = { start: i, end, raw, value: o.value, coef: o.coef, scale: o.scale, script: o.script, probe: undefined };
    } else if (!isDigitReading(t, i, end)) {
      tok = makeToken(t, i, end);
      const dot = raw.indexOf("点");
      if (!tok && dot >= 0) tok = makeToken(t, i, i + dot);
    }
    if (tok) {
      out.push(tok);
      i = tok.end;
    } else {
      i = e;
    }
  }
  return out;
}

/** Value of the digits that open an approximate pair (一两, 两三, 三五 …), by code; 0 for the rest. */
const PAIR_DIGIT = new Uint8Array(0x10000);
for (const [ch, v] of Object.entries({ 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 })) PAIR_DIGIT[ch.charCodeAt(0)] = v;
const PAIR_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Two numerals side by side that name an approximate range: the second one more than the first
 * (一两, 两三, 七八) or 三五, and a scale after both (二三十 = 20–30, 三四百, 五六万). Pushes the two
 * numbers as tokens that touch (the range rule reads them as a range); false for anything else.
 */
function pairTokens(t: string, i: number, end: number, out: NumberToken[]): boolean {
  const v1 = PAIR_DIGIT[t.charCodeAt(i)];
  const v2 = PAIR_DIGIT[t.charCodeAt(i + 1)];
  if (v1 === 0 || v2 === 0 || !(v2 === v1 + 1 || (v1 === 3 && v2 === 5))) return false;
  // a scale after both: 十 百 千, or 万, or 十万 百万 千万 (三四百万)
  const sc = end - i >= 3 ? t[i + 2] : "";
  const wan = end - i === 4 ? t[i + 3] === "万" : sc === "万";
  const f = sc === "" || sc === "万" ? 1 : PAIR_SCALE[sc];
  if (f === undefined || (end - i === 4 && (!wan || sc === "万"))) return false;
  const scale = wan ? "万" : "";
  const mk = (start: number, e: number, v: number): NumberToken => ({
    start, end: e, raw: t.slice(start, e), value: wan ? v * 1e4 : v * f, coef: v * f, scale, script: "chinese", probe: undefined,
  });
  const a = mk(i, i + 1, v1);
  PAIRS_OF.set(a, mk(i + 1, end, v2));
  out.push(a);
  return true;
}

/** The second number of a side-by-side pair, by its first (kept out of the token list, so it is
 * never read as a figure of its own: 第二三批, 两三天). */
const PAIRS_OF = new WeakMap<NumberToken, NumberToken>();
export const pairOf = (a: NumberToken): NumberToken | undefined => PAIRS_OF.get(a);

/** The number that starts at `pos`, if any (binary search: tokens are in order). */
export function tokenAt(tokens: readonly NumberToken[], pos: number): NumberToken | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo].start === pos ? tokens[lo] : undefined;
}

// Quoted stretches: 1 inside “…” ‘…’ 「…」 『…』 "…", 2 inside 《…》 〈…〉. Kept as a list of
// (from, to, kind) triples, flat, in order of `from` (characters from..to-1 are inside): most
// lines have a few quotes or none (then null), and a list costs less than a mark per character.
// A quote counts only when it closes within a short distance (names and slogans are short), so
// an unbalanced mark cannot swallow the rest of the line.

/** Longest quote of any kind. */
const MAX_QUOTE = 80;
/** Opening mark → closing mark, kind, longest quote. */
const PAIRS = new Map<number, [close: number, kind: number, max: number]>(
  ([["“", "”", 1, 40], ["‘", "’", 1, 40], ["「", "」", 1, 40], ["『", "』", 1, 40], ["《", "》", 2, MAX_QUOTE], ["〈", "〉", 2, MAX_QUOTE]] as const)
    .map(([open, close, kind, max]) => [open.charCodeAt(0), [close.charCodeAt(0), kind, max]]),
);
const C_DQUOTE = 0x22;

/** Offsets of the opening marks of t (scanLine collects them while it looks for numbers). */
function openersOf(t: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) if ((CLASS[t.charCodeAt(i)] & OPENER) !== 0) out.push(i);
  return out;
}

/** The quoted stretches of t, given the offsets of its opening marks (found here when not given). */
export function markQuotes(t: string, openers: readonly number[] = openersOf(t)): Quotes | null {
  if (openers.length === 0) return null;
  const quotes: Quotes = [];
  let from = 0; // marks before this offset lie inside a "…" quote, closing mark included: they open nothing
  for (let o = 0; o < openers.length; o++) {
    const i = openers[o];
    if (i < from) continue;
    const c = t.charCodeAt(i);
    if (c === C_DQUOTE) {
      const close = t.indexOf('"', i + 1);
      if (close > 0 && close - i <= 40) {
        quotes.push(i + 1, close, 1);
        from = close + 1;
      }
      continue;
    }
    const [closeCode, kind, max] = PAIRS.get(c)!;
    const lim = Math.min(t.length, i + max + 1);
    for (let k = i + 1; k < lim; k++) {
      const d = t.charCodeAt(k);
      if (d === closeCode) {
        quotes.push(i + 1, k, kind);
        break;
      }
      if (d === c) break; // a new opener before the close: unbalanced
    }
  }
  return quotes;
}

/** 0 when `pos` is outside every quote, else the highest kind of the quotes around it. */
export function quoteKind(quotes: Quotes | null, pos: number): number {
  if (quotes === null) return 0;
  // binary search for the last quote that opens at or before pos ...
  let lo = 0;
  let hi = quotes.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid * 3] <= pos) lo = mid + 1;
    else hi = mid;
  }
  // ... then back over the quotes that open close enough to reach pos (bounded: quotes are short)
  let kind = 0;
  for (let k = (lo - 1) * 3; k >= 0 && quotes[k] > pos - MAX_QUOTE; k -= 3) {
    if (pos < quotes[k + 1] && quotes[k + 2] > kind) kind = quotes[k + 2];
  }
  return kind;
}
