/**
 * Chinese numeral conversion.
 *
 * `parseChineseNumber` turns a written number into a JS number. It accepts
 *  - Chinese positional numerals: 十五, 一百二十, 一千零五, 两千万, 三万五千, 一万亿, 二十点五;
 *  - the financial forms 壹贰叁肆伍陆柒捌玖拾佰仟 (and traditional 萬 億 兩 貳);
 *  - Arabic numbers, with or without thousands separators: 6000, 1,234.5, 948.191724;
 *  - mixed forms: 3万5千, 1.393亿, 2万, 1亿2000万, 5千;
 *  - digit-by-digit readings: 二〇二四 (= 2024);
 *  - the colloquial abbreviation of a trailing digit: 三万五 (= 35000), 一百五 (= 150).
 * Anything else (empty, a bare scale word such as 万 or 千, misordered units, stray characters)
 * gives null. Full-width digits and the full-width point are accepted.
 */

/** Character class (for a RegExp) of every Chinese character that can occur in a numeral. */
export const CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳";
/** Character class of the Chinese digit characters (0-9 incl. 两 and formal forms). */
export const CN_DIGIT_CHARS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩貳";
/** RegExp source for one Chinese numeral character. */
export const CN_NUMERAL_CLASS = `[${CN_NUMERAL_CHARS}]`;
/** RegExp source for one Chinese digit character. */
export const CN_DIGIT_CLASS = `[${CN_DIGIT_CHARS}]`;

export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 兩: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
/** Small units inside a section (below 万). */
export const CN_SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
};

/** Longest string parseChineseNumber accepts. */
export const MAX_LEN = 64;

/** Multiply without the usual binary noise (1.393 * 1e8 → 139300000, not 139300000.00000003). */
export function scaleNumber(x: number, factor: number): number {
  if (Number.isInteger(x) && Number.isInteger(factor)) return x * factor;
  const p = x * factor;
  // Fast path, same result: toPrecision + Number cost ~4% of findFigures (26.9% → 0.269, 1.393亿).
  // When p lies within 3.5e-16·|p| of a decimal D = q·10^-k (k = 6 below 1e9, else 0 below 1e15),
  // D is on the 15-digit grid at p's magnitude and closer to p than half its spacing (> 5e-16·|p|,
  // allowing 1.2e-16 for rounding q/10^k), so p.toPrecision(15) spells D and Number() gives the double
  // nearest D, which is q/10^k (an exact integer over an exact power of ten, correctly rounded).
  const a = p < 0 ? -p : p;
  if (a < 1e9) {
    const q = Math.round(p * 1e6);
    if (q !== 0) {
      const d = q / 1e6;
      const diff = p - d;
      if ((diff < 0 ? -diff : diff) <= 3.5e-16 * a) return d;
    }
  } else if (a < 1e15) {
    const q = Math.round(p);
    const diff = p - q;
    if ((diff < 0 ? -diff : diff) <= 3.5e-16 * a) return q;
  }
  return Number(p.toPrecision(15));
}

/*
 * The parser below works on index ranges [a, b) of one string and reads characters by code
 * through lookup tables: it is called for every number of every line of a notice, so it makes no
 * substrings, regexes or token objects on the way (measured: bench/figures-speed.mjs).
 */

/** Value of every Chinese digit character by UTF-16 code (零〇 → 0, 两兩 → 2, 壹 → 1 …); -1 otherwise. */
const DIGIT = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(CN_DIGITS)) DIGIT[ch.charCodeAt(0)] = v;
/** 1 for the plain digits of a digit-by-digit reading: 零〇一二三四五六七八九 (not 两 or the formal forms). */
const PLAIN_DIGIT = new Uint8Array(0x10000);
for (const ch of "零〇一二三四五六七八九") PLAIN_DIGIT[ch.charCodeAt(0)] = 1;
/** Value of 十百千 (and 拾佰仟) by UTF-16 code; 0 otherwise. */
const SMALL_UNIT = new Uint16Array(0x10000);
for (const [ch, v] of Object.entries(CN_SMALL_UNITS)) SMALL_UNIT[ch.charCodeAt(0)] = v;

const C_0 = 48;
const C_9 = 57;
const C_COMMA = 44;
const C_DOT = 46;
const C_WAN = 0x4e07; // 万
const C_WAN_T = 0x842c; // 萬
const C_YI = 0x4ebf; // 亿
const C_YI_T = 0x5104; // 億
const C_LING = 0x96f6; // 零
const C_LING_O = 0x3007; // 〇

const isAsciiDigit = (c: number): boolean => c >= C_0 && c <= C_9;
const isZeroChar = (c: number): boolean => c === C_LING || c === C_LING_O;

/** Fold full-width digits and the full-width point/comma to ASCII. */
function foldWidth(s: string): string {
  let i = 0;
  // ，(U+FF0C) is the lowest code folded: most strings have none and come back as they are
  while (i < s.length && s.charCodeAt(i) < 0xff0c) i++;
  if (i === s.length) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (ch === "．") out += ".";
    else if (ch === "，") out += ",";
    else out += ch;
  }
  return out;
}

/**
 * The value of s[a, b) when it is an Arabic literal — /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
 * i.e. 6000, 1,234, 948.191724 — and NaN otherwise. Exported for the figure scanner, which reads
 * plain Arabic numbers in place instead of through splitScale (same value: parseChineseNumber
 * tries this first).
 */
export function arabicValue(s: string, a: number, b: number): number {
  let i = a;
  while (i < b && isAsciiDigit(s.charCodeAt(i))) i++;
  if (i === a) return NaN;
  let commas = false;
  if (i < b && s.charCodeAt(i) === C_COMMA) {
    if (i - a > 3) return NaN;
    // thousands groups: a comma and exactly three digits, at least once
    while (i < b && s.charCodeAt(i) === C_COMMA) {
      if (i + 4 > b) return NaN;
      if (!isAsciiDigit(s.charCodeAt(i + 1)) || !isAsciiDigit(s.charCodeAt(i + 2)) || !isAsciiDigit(s.charCodeAt(i + 3))) return NaN;
      i += 4;
    }
    commas = true;
  }
  let integer = true;
  if (i < b) {
    if (s.charCodeAt(i) !== C_DOT) return NaN;
    const f = ++i;
    while (i < b && isAsciiDigit(s.charCodeAt(i))) i++;
    if (i === f || i < b) return NaN;
    integer = false;
  }
  if (integer && !commas && b - a <= 15) {
    // short integers (the common case) are read digit by digit: exact below 2^53
    let v = 0;
    for (let k = a; k < b; k++) v = v * 10 + (s.charCodeAt(k) - C_0);
    return v;
  }
  const lit = s.slice(a, b);
  return Number(commas ? lit.replace(/,/g, "") : lit);
}

/**
 * Parse a string that is entirely a number. See the module comment for what is accepted.
 */
export function parseChineseNumber(input: string): number | null {
  if (typeof input !== "string") return null;
  const s = foldWidth(input.trim());
  const n = s.length;
  if (n === 0 || n > MAX_LEN) return null;
  const arabic = arabicValue(s, 0, n);
  if (arabic === arabic) return arabic; // not NaN
  // digit-by-digit reading: 二〇二四, 一九九八 (two or more digits, no 两 and no units)
  if (n >= 2 && !isZeroChar(s.charCodeAt(0))) {
    let v = 0;
    let k = 0;
    for (; k < n; k++) {
      const c = s.charCodeAt(k);
      if (PLAIN_DIGIT[c] === 0) break;
      v = v * 10 + DIGIT[c];
    }
    if (k === n) return v;
  }
  const v = parseScaled(s, 0, n);
  return v === null || !Number.isFinite(v) ? null : v;
}

/** Index of the last character in s[a, b) with code c1 or c2, or -1. */
function lastOf(s: string, a: number, b: number, c1: number, c2: number): number {
  for (let i = b - 1; i >= a; i--) {
    const c = s.charCodeAt(i);
    if (c === c1 || c === c2) return i;
  }
  return -1;
}

/** Split s[a, b) at the last big scale (亿, then 万) and combine recursively. */
function parseScaled(s: string, a: number, b: number): number | null {
  let idx = lastOf(s, a, b, C_YI, C_YI_T);
  let scale = 1e8;
  if (idx < 0) {
    idx = lastOf(s, a, b, C_WAN, C_WAN_T);
    scale = 1e4;
    if (idx < 0) return parseSection(s, a, b);
    // 5万亿 is fine (万 under 亿), but 1万1万 is not
    if (lastOf(s, a, idx, C_WAN, C_WAN_T) >= 0) return null;
  }
  if (idx === a) return null;
  const lv = parseScaled(s, a, idx);
  if (lv === null || lv === 0) return null;
  let rv = 0;
  const r = idx + 1;
  if (r < b) {
    const c = s.charCodeAt(r);
    if (r + 1 === b && !isZeroChar(c) && (DIGIT[c] >= 0 || (c > C_0 && c <= C_9))) {
      // 三万五 = 35000, 一亿五 = 150000000: the digit stands for the next unit down
      const d = c <= C_9 ? c - C_0 : DIGIT[c];
      rv = d * (scale / 10);
    } else {
      let k = r;
      while (k < b && isZeroChar(s.charCodeAt(k))) k++; // 一万零五百
      if (k === b) return null;
      const parsed = parseScaled(s, k, b);
      if (parsed === null) return null;
      rv = parsed;
    }
    if (rv >= scale) return null;
  }
  return scaleNumber(lv, scale) + rv;
}

/* Token scratch for parseSection (not reentrant: it is filled and read without calls out). */
const T_DIGIT = 0; // a Chinese digit
const T_ARABIC = 1; // an Arabic literal
const T_UNIT = 2; // 十百千
const tokKind = new Uint8Array(MAX_LEN);
const tokVal = new Float64Array(MAX_LEN);

/**
 * A section below 万: digits with 十百千 units, optional 零, an optional Chinese decimal part
 * (点 + digits), or an Arabic literal (which may itself carry small units: 5千, 3千5百).
 */
function parseSection(s: string, a: number, b: number): number | null {
  if (a >= b) return null;
  const arabic = arabicValue(s, a, b);
  if (arabic === arabic) return arabic;
  // Chinese decimal: 三点五, 十二点零五
  const dot = s.indexOf("点", a);
  if (dot >= 0 && dot < b) {
    if (dot + 1 === b) return null;
    let f = "";
    for (let k = dot + 1; k < b; k++) {
      const c = s.charCodeAt(k);
      if (PLAIN_DIGIT[c] === 0) return null;
      f += String(DIGIT[c]);
    }
    const iv = parseSection(s, a, dot);
    if (iv === null) return null;
    return Number(`${iv}.${f}`);
  }
  // tokenise
  let count = 0;
  for (let i = a; i < b; ) {
    const c = s.charCodeAt(i);
    if (isAsciiDigit(c)) {
      let j = i;
      while (j < b && (isAsciiDigit(s.charCodeAt(j)) || s.charCodeAt(j) === C_DOT)) j++;
      const v = arabicValue(s, i, j);
      if (v !== v) return null;
      tokKind[count] = T_ARABIC;
      tokVal[count++] = v;
      i = j;
    } else if (DIGIT[c] >= 0) {
      tokKind[count] = T_DIGIT;
      tokVal[count++] = DIGIT[c];
      i++;
    } else if (SMALL_UNIT[c] !== 0) {
      tokKind[count] = T_UNIT;
      tokVal[count++] = SMALL_UNIT[c];
      i++;
    } else return null;
  }
  let total = 0;
  let pending = -1; // value of the digit waiting for its unit, -1 when none
  let pendingArabic = false;
  let lastUnit = Infinity;
  let sawZero = false;
  let sawNonZeroDigit = false;
  for (let k = 0; k < count; k++) {
    const kind = tokKind[k];
    const v = tokVal[k];
    if (kind !== T_UNIT) {
      if (pending >= 0) return null; // two digits in a row
      if (kind === T_DIGIT && v === 0) {
        // 零 is a placeholder between groups only: 一千零五, not 零五 on its own unless alone
        if (count === 1) return 0;
        if (k === 0 || k === count - 1) return null;
        if (sawZero) return null;
        sawZero = true;
        continue;
      }
      pending = v;
      pendingArabic = kind === T_ARABIC;
    } else {
      if (v >= lastUnit) return null; // units must decrease: 一千一百, not 一百一千
      let coef: number;
      if (pending < 0) {
        // only 十 may stand without a digit, and only at the start (十五) or after 零/百 (一百十五)
        if (v !== 10) return null;
        coef = 1;
      } else {
        if (!pendingArabic && pending === 0) return null;
        coef = pending;
      }
      if (coef === 0) return null;
      total += coef * v;
      lastUnit = v;
      pending = -1;
      sawZero = false;
      sawNonZeroDigit = true;
    }
  }
  if (pending >= 0) {
    if (lastUnit === Infinity) {
      total += pending; // a lone digit or Arabic literal
    } else if (sawZero || lastUnit === 10) {
      if (pending >= (sawZero ? lastUnit : 10)) return null;
      total += pending; // 一千零五, 二十五
    } else {
      // 一百五 = 150, 两千三 = 2300: abbreviated trailing digit
      if (pending >= 10 || !Number.isInteger(pending)) return null;
      total += (pending * lastUnit) / 10;
    }
  } else if (sawZero) {
    return null; // trailing 零
  }
  if (!sawNonZeroDigit && pending < 0 && total === 0) return null;
  return total;
}

/**
 * Split a numeral into its coefficient and trailing big scale, the way figures are written:
 * 两千万 → { coef: 2000, scale: "万" }, 1.393亿 → { coef: 1.393, scale: "亿" },
 * 5万亿 → { coef: 5, scale: "万亿" }, 3万5千 → { coef: 35000, scale: "" }.
 */
export function splitScale(s: string): { coef: number; scale: string } | null {
  let k = s.length;
  while (k > 0 && bigUnit(s.charCodeAt(k - 1)) !== 0) k--;
  // A trailing 万 after a coefficient that holds 亿 ends the number itself (1亿2千万 is 1.2亿, not
  // 1亿2千 times 万): read whole.
  if (k > 0 && k < s.length && bigUnit(s.charCodeAt(k)) < 1e8 && (s.lastIndexOf("亿", k - 1) >= 0 || s.lastIndexOf("億", k - 1) >= 0)) {
    const whole = parseChineseNumber(s);
    if (whole !== null) return { coef: whole, scale: "" };
  }
  if (k > 0 && k < s.length) {
    const coef = parseChineseNumber(s.slice(0, k));
    let scale = 1;
    let traditional = false;
    for (let i = k; i < s.length; i++) {
      const c = s.charCodeAt(i);
      scale *= bigUnit(c);
      if (c === C_WAN_T || c === C_YI_T) traditional = true;
    }
    if (coef !== null && scale <= 1e12) {
      const scaleStr = s.slice(k);
      return { coef, scale: traditional ? scaleStr.replace(/萬/g, "万").replace(/億/g, "亿") : scaleStr };
    }
  }
  const v = parseChineseNumber(s);
  return v === null ? null : { coef: v, scale: "" };
}

/** 1e4 for 万萬, 1e8 for 亿億, 0 for any other UTF-16 code. */
function bigUnit(c: number): number {
  return c === C_WAN || c === C_WAN_T ? 1e4 : c === C_YI || c === C_YI_T ? 1e8 : 0;
}

/** Numeric factor of a scale string from `splitScale` ("" → 1, 万 → 1e4, 万亿 → 1e12). */
export function scaleFactor(scale: string): number {
  let f = 1;
  for (let i = 0; i < scale.length; i++) f *= bigUnit(scale.charCodeAt(i)) || 1;
  return f;
}
