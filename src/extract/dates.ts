// Dates as data: every date the parser emits is ISO, with the precision the notice gave.
// A year left out is inferred from a reference date in the same notice, never from today.
import { parseChineseNumber } from "../numerals/index.js";

/** A date part: Arabic digits, or Chinese numerals read by the shared converter (二〇二五, 二十一). */
function cnDatePart(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  // Zero is also typed as a circle or a letter O (二○二四, 二Ｏ二四): read them as 〇.
  const v = parseChineseNumber(s.replace(ZERO_LOOKALIKE, "〇"));
  return v !== null && Number.isInteger(v) && v > 0 ? v : null;
}

export interface DateMatch {
  year: number | null;
  month: number;
  day: number | null;
  index: number;
  length: number;
}

const ZERO_LOOKALIKE = /[○ＯO０]/g;
const N = "(\\d{1,4}|[〇○ＯO０零一二三四五六七八九十]{1,4})";
// 2024年4月12日, 4月12日, 2024 年 6 月 6 日, 二〇二五年七月二十一日, 2024-04-12, 2024.4.12, 2024/4/12
const CN_DATE = new RegExp(`(?:${N}\\s*年\\s*)?${N}\\s*月\\s*(?:${N}\\s*[日号])?`, "g");
const ISO_DATE = /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g;

/** Every date in a text, in order. Month-only dates (`2024年1月`) have day null. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  // Every Chinese date names a month: a text without 月 is not scanned (the regex's optional
  // leading year makes it try at every position).
  CN_DATE.lastIndex = text.includes("月") ? 0 : text.length;
  for (let m = CN_DATE.exec(text); m; m = CN_DATE.exec(text)) {
    const year = m[1] ? cnDatePart(m[1]) : null;
    const month = cnDatePart(m[2]);
    const day = m[3] ? cnDatePart(m[3]) : null;
    if (month === null || month < 1 || month > 12) continue;
    if (day !== null && (day < 1 || day > 31)) continue;
    if (year !== null && (year < 1949 || year > 2100)) continue;
    if (year === null && day === null) continue; // `3月` alone is too vague to be a date
    out.push({ year, month, day, index: m.index, length: m[0].length });
  }
  ISO_DATE.lastIndex = 0;
  for (let m = ISO_DATE.exec(text); m; m = ISO_DATE.exec(text)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    out.push({ year: y, month: mo, day: d, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO text of a date; a missing year is taken from `ref` (the first such date on or after it). */
export function isoDate(d: DateMatch, ref?: { year: number; month: number; day: number | null } | null): string | null {
  let year = d.year;
  if (year === null) {
    if (!ref) return null;
    year = ref.year;
    const before = d.month < ref.month || (d.month === ref.month && (d.day ?? 1) < (ref.day ?? 1));
    if (before) year++;
  }
  return d.day === null ? `${year}-${pad(d.month)}` : `${year}-${pad(d.month)}-${pad(d.day)}`;
}

export function parseIso(s: string | null): { year: number; month: number; day: number | null } | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null } : null;
}

/** A line that is nothing but a date (a sign-off date). */
export function standaloneDate(text: string): DateMatch | null {
  const t = text.replace(/\s+/g, "");
  const ds = findDates(t);
  if (ds.length === 1 && ds[0].index === 0 && ds[0].length === t.length && ds[0].year !== null) return ds[0];
  return null;
}

/**
 * A deadline as ISO with the precision written: `2024年12月31日` → 2024-12-31, `2024年底` →
 * 2024-12, `2025年6月底前` → 2025-06, `2024年上半年` → 2024-06, `2024年内` → 2024; for a
 * period (`2024年1-9月`, `…至2025年3月`) its end. Null for `长期坚持` and the like.
 */
export function parseDeadline(text: string | null): string | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, "");
  const span = /(\d{4})年(\d{1,2})[-—至到~](\d{1,2})月/.exec(t);
  if (span) return `${span[1]}-${pad(Number(span[3]))}`;
  const ds = findDates(t).filter((d) => d.year !== null);
  if (ds.length) return isoDate(ds[ds.length - 1]);
  const y = /(\d{4})年(年底|年末|底|末|上半年|下半年|前|内|年内)/.exec(t);
  if (!y) return null;
  if (/底|末|下半年/.test(y[2])) return `${y[1]}-12`;
  if (y[2] === "上半年") return `${y[1]}-06`;
  return y[1];
}

export interface Period {
  start: string;
  /** Null when the text leaves the end open (2021年以来, 2019年至今, 2022年起). */
  end: string | null;
  index: number;
  length: number;
  /** The base a figure is compared with (较2022年, 与2022年相比), not a period of its own. */
  base?: boolean;
}

/**
 * Whether the date at text[at, at+len) is the base of a comparison: after 较/比 (同比, 相比,
 * 较之), or 与/同/和/跟 … 相比. The figure that follows compares against it; it is not its period.
 */
export function isComparisonBase(text: string, at: number, len: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u3000")) i--;
  let c = text[i];
  if (c === "之") c = text[i - 1];
  if (c === "较" || c === "比") return true;
  if (c === "与" || c === "同" || c === "和" || c === "跟") return /^\s*(?:同期)?\s*(?:相比|比较|对比)/.test(text.slice(at + len, at + len + 12));
  return false;
}

// 2024年1-9月, 2024年1月至9月, 2024年1月—2025年3月: a span of months.
const MONTH_SPAN = /(\d{4})\s*年\s*(\d{1,2})\s*(?:月\s*)?(?:-|—{1,2}|–|－|~|～|至|到)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?!\s*\d{0,2}\s*[日号])/g;
// 2023年至2024年, 2022—2023年, 2022至2023年: a span of whole years. The first 年 is often left
// out; a month after the second year is a month span's business, not this one's.
const YEAR_SPAN = /(?<!\d)(\d{4})\s*(?:年\s*)?(?:-|—{1,2}|–|－|~|～|至|到)\s*(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g;
// Between the two days of a span.
const DAY_SPAN_GAP = /^\s*(?:-|—{1,2}|–|－|~|～|至|到)\s*$/;
// After a date, words that leave its period open: 2021年以来, 2019年至今, 2022年起 (not 起草).
const OPEN_END = /^\s*(?:以来|至今|迄今|以后|之后|起(?![草诉]))/;
// 2024年 alone, 2024年上半年, 2024年底: a year or part of one.
const YEAR_PART = /(\d{4})\s*年\s*(上半年|下半年|一季度|第一季度|二季度|第二季度|三季度|第三季度|四季度|第四季度|底|末|年底|全年)?(?!\s*\d{1,2}\s*月)/g;
/** The months a part of a year spans: 上半年 → [1, 6], 第一季度 → [1, 3], 年底 → [12, 12]. */
export const PARTS: Record<string, [number, number]> = {
  上半年: [1, 6], 下半年: [7, 12], 一季度: [1, 3], 第一季度: [1, 3], 二季度: [4, 6], 第二季度: [4, 6],
  三季度: [7, 9], 第三季度: [7, 9], 四季度: [10, 12], 第四季度: [10, 12], 底: [12, 12], 末: [12, 12], 年底: [12, 12],
};

/**
 * Periods a text names, with the precision it gives: `2024年1-9月` → 2024-01…2024-09,
 * `2024年上半年` → 2024-01…2024-06, `2024年` → 2024…2024, `2023年至2024年` → 2023…2024,
 * `2024年3月5日` → that day.
 */
export function findPeriods(text: string): Period[] {
  const out: Period[] = [];
  // A match inside one an earlier pass found is skipped. Each pass finds its matches left to
  // right, so the earlier ones are sorted once per pass and swept along (the furthest end reached
  // so far): a line naming many dates stays linear, where a scan of them all per match did not.
  let prior: Period[] = [];
  let k = 0;
  let reach = -1;
  const pass = () => ((prior = [...out].sort((a, b) => a.index - b.index)), (k = 0), (reach = -1));
  const taken = (i: number) => {
    for (; k < prior.length && prior[k].index <= i; k++) reach = Math.max(reach, prior[k].index + prior[k].length);
    return i < reach;
  };
  // Spans and year parts all name a year with 年; only ISO dates (2024-04-12) do without.
  const hasYear = text.includes("年");
  MONTH_SPAN.lastIndex = hasYear ? 0 : text.length;
  for (let m = MONTH_SPAN.exec(text); m; m = MONTH_SPAN.exec(text)) {
    const [y1, m1, m2] = [Number(m[1]), Number(m[2]), Number(m[4])];
    const y2 = m[3] ? Number(m[3]) : y1;
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) continue;
    out.push({ start: `${y1}-${pad(m1)}`, end: `${y2}-${pad(m2)}`, index: m.index, length: m[0].length });
  }
  pass();
  const ds = findDates(text);
  // The last date named with its year: a day after it that leaves its year out (…，6月20日) is in
  // that year, or the next when it falls earlier, as isoDate infers it.
  let ref: ReturnType<typeof parseIso> = null;
  for (let k = 0; k < ds.length; k++) {
    const d = ds[k];
    if (d.year !== null) ref = { year: d.year, month: d.month, day: d.day };
    if (taken(d.index) || (d.year === null && (d.day === null || ref === null))) continue;
    const iso = isoDate(d, ref)!;
    // A span of days, the end's year left out or not: 2024年3月10日至5月10日, 2024.3.10-2024.5.10.
    const b = ds[k + 1];
    if (b !== undefined && d.day !== null && b.day !== null && DAY_SPAN_GAP.test(text.slice(d.index + d.length, b.index))) {
      const end = isoDate(b, parseIso(iso))!;
      if (b.year !== null) ref = { year: b.year, month: b.month, day: b.day };
      if (end >= iso) {
        out.push({ start: iso, end, index: d.index, length: b.index + b.length - d.index });
        k++;
        continue;
      }
    }
    out.push({ start: iso, end: iso, index: d.index, length: d.length });
  }
  pass();
  YEAR_SPAN.lastIndex = hasYear ? 0 : text.length;
  for (let m = YEAR_SPAN.exec(text); m; m = YEAR_SPAN.exec(text)) {
    const [y1, y2] = [Number(m[1]), Number(m[2])];
    if (taken(m.index) || y1 < 1949 || y2 > 2100 || y1 >= y2) continue;
    out.push({ start: String(y1), end: String(y2), index: m.index, length: m[0].length });
  }
  pass();
  YEAR_PART.lastIndex = hasYear ? 0 : text.length;
  for (let m = YEAR_PART.exec(text); m; m = YEAR_PART.exec(text)) {
    if (taken(m.index)) continue;
    const y = Number(m[1]);
    if (y < 1949 || y > 2100) continue;
    const part = m[2] && m[2] !== "全年" ? PARTS[m[2]] : null;
    out.push(part ? { start: `${y}-${pad(part[0])}`, end: `${y}-${pad(part[1])}`, index: m.index, length: m[0].length } : { start: String(y), end: String(y), index: m.index, length: m[0].length });
  }
  for (const p of out) {
    if (isComparisonBase(text, p.index, p.length)) p.base = true;
    else if (OPEN_END.test(text.slice(p.index + p.length, p.index + p.length + 6))) p.end = null;
  }
  return out.sort((a, b) => a.index - b.index);
}
