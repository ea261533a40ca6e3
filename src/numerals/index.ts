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
/** Section scales. */
export const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const MAX_LEN = 64;

/** Multiply without the usual binary noise (1.393 * 1e8 → 139300000, not 139300000.00000003). */
export function scaleNumber(x: number, factor: number): number {
  if (Number.isInteger(x) && Number.isInteger(factor)) return x * factor;
  return Number((x * factor).toPrecision(15));
}

/** Fold full-width digits and the full-width point/comma to ASCII. */
function foldWidth(s: string): string {
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

const ARABIC_RE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function isDigitChar(ch: string): boolean {
  return ch in CN_DIGITS;
}

/**
 * Parse a string that is entirely a number. See the module comment for what is accepted.
 */
export function parseChineseNumber(input: string): number | null {
  if (typeof input !== "string") return null;
  const s = foldWidth(input.trim());
  if (s.length === 0 || s.length > MAX_LEN) return null;
  if (ARABIC_RE.test(s)) return Number(s.replace(/,/g, ""));
  // digit-by-digit reading: 二〇二四, 一九九八 (two or more digits, no 两 and no units)
  if (s.length >= 2 && /^[零〇一二三四五六七八九]+$/.test(s) && !/^[零〇]/.test(s)) {
    let v = 0;
    for (const ch of s) v = v * 10 + CN_DIGITS[ch];
    return v;
  }
  const v = parseScaled(s);
  return v === null || !Number.isFinite(v) ? null : v;
}

/** Split at the last big scale (亿, then 万) and combine recursively. */
function parseScaled(s: string): number | null {
  for (const [chars, scale] of [["亿億", 1e8], ["万萬", 1e4]] as const) {
    let idx = -1;
    for (let i = s.length - 1; i >= 0; i--) {
      if (chars.includes(s[i])) { idx = i; break; }
    }
    if (idx < 0) continue;
    const left = s.slice(0, idx);
    const right = s.slice(idx + 1);
    if (left.length === 0) return null;
    // 5万亿 is fine (万 under 亿), but 1万1万 is not
    if (scale === 1e4 && /[万萬]/.test(left)) return null;
    const lv = parseScaled(left);
    if (lv === null || lv === 0) return null;
    let rv = 0;
    if (right.length > 0) {
      const abbreviated = right.length === 1 && (isDigitChar(right) || /^[1-9]$/.test(right)) && right !== "零" && right !== "〇";
      if (abbreviated) {
        // 三万五 = 35000, 一亿五 = 150000000: the digit stands for the next unit down
        const d = /^[0-9]$/.test(right) ? Number(right) : CN_DIGITS[right];
        rv = d * (scale / 10);
      } else {
        const r = /^[零〇]/.test(right) ? right.replace(/^[零〇]+/, "") : right;
        if (r.length === 0) return null;
        const parsed = parseScaled(r);
        if (parsed === null) return null;
        rv = parsed;
      }
      if (rv >= scale) return null;
    }
    return scaleNumber(lv, scale) + rv;
  }
  return parseSection(s);
}

/**
 * A section below 万: digits with 十百千 units, optional 零, an optional Chinese decimal part
 * (点 + digits), or an Arabic literal (which may itself carry small units: 5千, 3千5百).
 */
function parseSection(s: string): number | null {
  if (s.length === 0) return null;
  if (ARABIC_RE.test(s)) return Number(s.replace(/,/g, ""));
  // Chinese decimal: 三点五, 十二点零五
  const dot = s.indexOf("点");
  if (dot >= 0) {
    const intPart = s.slice(0, dot);
    const frac = s.slice(dot + 1);
    if (frac.length === 0 || !/^[零〇一二三四五六七八九]+$/.test(frac)) return null;
    const iv = parseSection(intPart);
    if (iv === null) return null;
    let f = "";
    for (const ch of frac) f += String(CN_DIGITS[ch]);
    return Number(`${iv}.${f}`);
  }
  // tokenise
  type Tok = { kind: "num"; v: number; arabic: boolean; zero: boolean } | { kind: "unit"; v: number };
  const toks: Tok[] = [];
  for (let i = 0; i < s.length; ) {
    const ch = s[i];
    if (/[0-9]/.test(ch)) {
      let j = i;
      while (j < s.length && /[0-9.]/.test(s[j])) j++;
      const lit = s.slice(i, j);
      if (!ARABIC_RE.test(lit)) return null;
      toks.push({ kind: "num", v: Number(lit), arabic: true, zero: Number(lit) === 0 });
      i = j;
    } else if (ch in CN_DIGITS) {
      toks.push({ kind: "num", v: CN_DIGITS[ch], arabic: false, zero: CN_DIGITS[ch] === 0 });
      i++;
    } else if (ch in CN_SMALL_UNITS) {
      toks.push({ kind: "unit", v: CN_SMALL_UNITS[ch] });
      i++;
    } else return null;
  }
  let total = 0;
  let pending: { v: number; arabic: boolean } | null = null;
  let lastUnit = Infinity;
  let sawZero = false;
  let sawNonZeroDigit = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === "num") {
      if (pending !== null) return null; // two digits in a row
      if (t.zero && !t.arabic) {
        // 零 is a placeholder between groups only: 一千零五, not 零五 on its own unless alone
        if (toks.length === 1) return 0;
        if (k === 0 || k === toks.length - 1) return null;
        if (sawZero) return null;
        sawZero = true;
        continue;
      }
      pending = { v: t.v, arabic: t.arabic };
    } else {
      if (t.v >= lastUnit) return null; // units must decrease: 一千一百, not 一百一千
      let coef: number;
      if (pending === null) {
        // only 十 may stand without a digit, and only at the start (十五) or after 零/百 (一百十五)
        if (t.v !== 10) return null;
        coef = 1;
      } else {
        if (!pending.arabic && pending.v === 0) return null;
        coef = pending.v;
      }
      if (coef === 0) return null;
      total += coef * t.v;
      lastUnit = t.v;
      pending = null;
      sawZero = false;
      sawNonZeroDigit = true;
    }
  }
  if (pending !== null) {
    if (lastUnit === Infinity) {
      total += pending.v; // a lone digit or Arabic literal
    } else if (sawZero || lastUnit === 10) {
      if (pending.v >= (sawZero ? lastUnit : 10)) return null;
      total += pending.v; // 一千零五, 二十五
    } else {
      // 一百五 = 150, 两千三 = 2300: abbreviated trailing digit
      if (pending.v >= 10 || !Number.isInteger(pending.v)) return null;
      total += (pending.v * lastUnit) / 10;
    }
  } else if (sawZero) {
    return null; // trailing 零
  }
  if (!sawNonZeroDigit && pending === null && total === 0) return null;
  return total;
}

/**
 * Split a numeral into its coefficient and trailing big scale, the way figures are written:
 * 两千万 → { coef: 2000, scale: "万" }, 1.393亿 → { coef: 1.393, scale: "亿" },
 * 5万亿 → { coef: 5, scale: "万亿" }, 3万5千 → { coef: 35000, scale: "" }.
 */
export function splitScale(s: string): { coef: number; scale: string } | null {
  let k = s.length;
  while (k > 0 && s[k - 1] in CN_BIG_UNITS) k--;
  if (k > 0 && k < s.length) {
    const coef = parseChineseNumber(s.slice(0, k));
    const scaleStr = s.slice(k);
    let scale = 1;
    for (const ch of scaleStr) scale *= CN_BIG_UNITS[ch];
    if (coef !== null && scale <= 1e12) {
      return { coef, scale: scaleStr.replace(/萬/g, "万").replace(/億/g, "亿") };
    }
  }
  const v = parseChineseNumber(s);
  return v === null ? null : { coef: v, scale: "" };
}

/** Numeric factor of a scale string from `splitScale` ("" → 1, 万 → 1e4, 万亿 → 1e12). */
export function scaleFactor(scale: string): number {
  let f = 1;
  for (const ch of scale) f *= CN_BIG_UNITS[ch] ?? 1;
  return f;
}
