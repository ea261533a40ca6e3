/**
 * Words around a figure: approximation and bound words before and after it, and the metric
 * (the noun phrase the figure measures). All look-arounds are bounded.
 */
import { isSpace } from "./units.js";

interface Word {
  w: string;
  /** the word does not count when the character before it is one of these (节约, 最近) */
  notAfter?: string;
}

/** Approximation words written right before the number; they become part of the figure's text. */
export const APPROX_PREFIXES: Word[] = [
  { w: "大约" },
  { w: "将近" },
  { w: "接近" },
  { w: "约", notAfter: "节签合制履违预公契特集简邀相条和缔毁践守大隐" },
  { w: "近", notAfter: "最附临靠邻就贴亲接将" },
  { w: "逾" },
];

/** Bounds written before the number; reported as qualifier, not part of the text (as in the gold). */
export const QUALIFIER_PREFIXES: Word[] = [
  { w: "不低于" }, { w: "不少于" }, { w: "不高于" }, { w: "不多于" }, { w: "不超过" }, { w: "不大于" },
  { w: "不小于" }, { w: "不足" }, { w: "不到" }, { w: "超过" }, { w: "高达" }, { w: "多达" },
  { w: "达到" }, { w: "至少" }, { w: "最多" }, { w: "最少" }, { w: "最高" }, { w: "最低" },
  { w: "低于" }, { w: "高于" }, { w: "少于" }, { w: "多于" }, { w: "大于" }, { w: "小于" },
  { w: "突破" }, { w: "仅", notAfter: "不" }, { w: "超", notAfter: "赶" },
  { w: "达", notAfter: "下传表送转抵通发直到下雷" },
].sort((a, b) => b.w.length - a.w.length);

interface Suffix {
  w: string;
  approx: boolean;
  qualifier: boolean;
  notBefore?: string;
}

/** Words written right after the unit; they become part of the figure's text (500亩以上). */
export const SUFFIXES: Suffix[] = [
  { w: "以上", approx: true, qualifier: true },
  { w: "以下", approx: false, qualifier: true },
  { w: "以内", approx: false, qualifier: true },
  { w: "之内", approx: false, qualifier: true },
  { w: "左右", approx: true, qualifier: false },
  { w: "上下", approx: true, qualifier: false, notBefore: "游级班联协功结贯一同齐" },
  { w: "许", approx: true, qualifier: false, notBefore: "可多" },
];

/** Position of the first character of the spaces run that ends at pos (at most 3 spaces). */
function backOverSpaces(t: string, pos: number, floor: number): number {
  let p = pos;
  while (p > floor && pos - p < 3 && isSpace(t[p - 1])) p--;
  return p;
}

function wordBefore(t: string, pos: number, floor: number, words: Word[]): { w: string; start: number } | null {
  const p = backOverSpaces(t, pos, floor);
  for (const { w, notAfter } of words) {
    const s = p - w.length;
    if (s < floor) continue;
    if (!t.startsWith(w, s)) continue;
    if (notAfter && s > 0 && notAfter.includes(t[s - 1])) continue;
    return { w, start: s };
  }
  return null;
}

export function approxPrefix(t: string, pos: number, floor: number): { w: string; start: number } | null {
  return wordBefore(t, pos, floor, APPROX_PREFIXES);
}

export function qualifierPrefix(t: string, pos: number, floor: number): { w: string; start: number } | null {
  return wordBefore(t, pos, floor, QUALIFIER_PREFIXES);
}

export function suffixWord(t: string, pos: number): (Suffix & { end: number }) | null {
  let p = pos;
  while (p < t.length && p - pos < 2 && isSpace(t[p])) p++;
  for (const s of SUFFIXES) {
    if (!t.startsWith(s.w, p)) continue;
    const next = t[p + s.w.length];
    if (s.notBefore && next !== undefined && s.notBefore.includes(next)) continue;
    return { ...s, end: p + s.w.length };
  }
  return null;
}

const CLAUSE_BREAK = new Set("，。；;：:、,（）()“”\"‘’《》！？!?【】[] \t\u3000\u00a0");
const LEAD = /^(?:(?:\d{4}年(?:底|初|末|度|前|内|以来)?|截至目前|截止目前|截至|截止|目前|当前|现已|其中|同时|此外|另外|今年|去年|全年|共|总共|自巡察以来|巡察以来|巡察整改以来|整改以来|以来)[，,]?)+/u;
const TRAIL = /(?:(?:压缩|缩短|缩减|减少|增加|提高|提升|降低|下降|上升|增长|扩大|调整|上调|下调)(?:至|到)|为期|最多|最少|提高至|提高到|提升至|提升到|增长至|增长到|增加至|增加到|增至|降至|降低至|降低到|减少至|减少到|下降至|下降到|上升至|上升到|达到|完成|实现|合计|共计|累计|总计|分别为|分别|约为|约|为|达|至|到|共|计|是|了|已|的|有|由|从)+$/u;
const PREPOSITION_START = /^[较比从由对向与在把将给按据]/u;

/**
 * The noun phrase right before the figure within its clause: "一般公共预算收入完成1.393亿元" →
 * 一般公共预算收入; "同比增长26.9%" → 同比增长. Null when the clause gives nothing plain.
 * `followedByNoun` is true when a noun follows the figure (配备2名专职项目管家): then the measured
 * thing is after it, and the metric is null.
 */
export function findMetric(t: string, start: number, floor: number, followedByNoun: boolean): string | null {
  if (followedByNoun) return null;
  const from = Math.max(floor, start - 40);
  let e = start;
  while (e > from && isSpace(t[e - 1])) e--; // 调整为 19 亿元
  start = e;
  let i = start;
  while (i > from && !CLAUSE_BREAK.has(t[i - 1])) i--;
  let clause = t.slice(i, start);
  clause = clause.replace(LEAD, "");
  let prev: string;
  do {
    prev = clause;
    clause = clause.replace(TRAIL, "");
  } while (clause !== prev && clause.length > 0);
  if (clause.length < 2 || clause.length > 20) return null;
  if (/[0-9０-９]/.test(clause)) return null;
  if (PREPOSITION_START.test(clause)) return null;
  if (!/^[\u4e00-\u9fffA-Za-z]/.test(clause)) return null;
  return clause;
}
