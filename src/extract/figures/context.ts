/**
 * Words around a figure: approximation and bound words before and after it, and the metric
 * (the noun phrase the figure measures). All look-arounds are bounded.
 */
import { charSet, isDigitCode, isHanCode, isLatinCode, isSpaceCode } from "./chars.js";

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
  /** only after a span of time (3个月内, 15个工作日内; not 县内, 园区内) */
  spanOnly?: boolean;
}

/** Words written right after the unit; they become part of the figure's text (500亩以上). */
export const SUFFIXES: Suffix[] = [
  { w: "以上", approx: true, qualifier: true },
  { w: "以下", approx: false, qualifier: true },
  { w: "以内", approx: false, qualifier: true },
  { w: "之内", approx: false, qualifier: true },
  // 3个月内 is 3个月以内 with 以 left out (not 3天内部, 内容, 内蒙古, 内江)
  { w: "内", approx: false, qualifier: true, spanOnly: true, notBefore: "部容涵外在存核控审务勤设置蒙江心陆资需网" },
  { w: "左右", approx: true, qualifier: false },
  { w: "上下", approx: true, qualifier: false, notBefore: "游级班联协功结贯一同齐" },
  { w: "许", approx: true, qualifier: false, notBefore: "可多" },
];

/** Position of the first character of the spaces run that ends at pos (at most 3 spaces). */
function backOverSpaces(t: string, pos: number, floor: number): number {
  let p = pos;
  while (p > floor && pos - p < 3 && isSpaceCode(t.charCodeAt(p - 1))) p--;
  return p;
}

/** Words by the code of their last character, in list order: only those can end right before a number. */
function byLastChar(words: Word[]): Map<number, Word[]> {
  const m = new Map<number, Word[]>();
  for (const word of words) {
    const k = word.w.charCodeAt(word.w.length - 1);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(word);
  }
  return m;
}
const APPROX_BY_LAST = byLastChar(APPROX_PREFIXES);
const QUALIFIER_BY_LAST = byLastChar(QUALIFIER_PREFIXES);

function wordBefore(t: string, pos: number, floor: number, index: Map<number, Word[]>): { w: string; start: number } | null {
  const p = backOverSpaces(t, pos, floor);
  if (p <= floor) return null;
  const words = index.get(t.charCodeAt(p - 1));
  if (words === undefined) return null;
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
  return wordBefore(t, pos, floor, APPROX_BY_LAST);
}

export function qualifierPrefix(t: string, pos: number, floor: number): { w: string; start: number } | null {
  return wordBefore(t, pos, floor, QUALIFIER_BY_LAST);
}

/** First characters of the suffix words (以 左 上 许 之): most figures are followed by none. */
const SUFFIX_FIRST = charSet(SUFFIXES.map((s) => s.w[0]).join(""));

export function suffixWord(t: string, pos: number, span = false): (Suffix & { end: number }) | null {
  let p = pos;
  while (p < t.length && p - pos < 2 && isSpaceCode(t.charCodeAt(p))) p++;
  if (!SUFFIX_FIRST(t.charCodeAt(p))) return null;
  for (const s of SUFFIXES) {
    if (!t.startsWith(s.w, p) || (s.spanOnly && !span)) continue;
    const next = t[p + s.w.length];
    if (s.notBefore && next !== undefined && s.notBefore.includes(next)) continue;
    return { ...s, end: p + s.w.length };
  }
  return null;
}

const CLAUSE_BREAK = charSet("，。；;：:、,（）()“”\"‘’《》！？!?【】[] \t\u3000\u00a0");

/* The words dropped at the start (LEAD) and at the end (TRAIL) of a clause. Each regex runs only
 * when the clause starts (ends) with a character that can begin (end) one of its words: most
 * clauses do not, and the regex costs more than the rest of findMetric. */
const LEAD_WORDS = [
  "截至目前", "截止目前", "截至", "截止", "目前", "当前", "现已", "其中", "同时", "此外", "另外", "今年", "去年", "全年",
  // (longer words first: the alternation takes the first that matches, and 共 would leave 计 of 共计)
  "共计", "合计", "总计", "共有", "总共", "共", "自巡察以来", "巡察以来", "巡察整改以来", "整改以来", "以来", "累计",
  // 通过化解存量债务3.2亿元: "by" leads the measured act (通过率 is a metric of its own)
  "通过(?!率)",
];
/** Part of a year: 2024年前三季度营业收入 → 营业收入, 上半年 → the rest (and spans of years: 2023年至2024年, 2022—2023年). */
const YEAR_PART = "(?:前|第)?[一二三四1-4]季度|上半年|下半年";
/** Months, or a span of them: 8月份, 8月底, 1-6月, 1月至8月 (截至2024年8月底完成投资 → 完成投资). */
const MONTHS = "(?:\\d{1,2}月?[至到—–~-])?\\d{1,2}月(?:份)?(?:底|末|初|上旬|中旬|下旬)?";
/** A span of time back to now: 五年来, 近三年来, 近两个月以来, 近年来, 多年来 (五年来累计投入资金 → 投入资金). */
const SINCE = "(?:(?:近|最近)?[一二三四五六七八九十两\\d]{1,3}(?:个月|年)|(?:近|最近)些?年|多年)(?:来|以来)";
const LEAD = new RegExp(`^(?:(?:\\d{4}年?[至到—–-]\\d{4}年|\\d{4}年(?:${YEAR_PART}|底|初|末|度|前|内|以来)?|${MONTHS}|${YEAR_PART}|${SINCE}|${LEAD_WORDS.join("|")})[，,]?)+`, "u");
/** An enumeration marker opening the clause (一是, 1., ③, ⑶): the list's, not the metric's. */
// (1.2024年… is the marker 1. and a year: no decimal is followed by 年)
const MARKER = /^(?:[一二三四五六七八九十]{1,2}是|\d{1,2}[.．](?:(?!\d)|(?=\d{4}年))|[\u2460-\u249b\u2776-\u277f])\s*/u;
const MARKER_FIRST = charSet("一二三四五六七八九十0123456789");
const isCircled = (c: number) => (c >= 0x2460 && c <= 0x249b) || (c >= 0x2776 && c <= 0x277f);
const CURRENCY_SIGN = charSet("￥¥$＄");
const LEAD_FIRST = charSet("0123456789前第一二三四五六七八九十两近最多上下" + LEAD_WORDS.map((w) => w[0]).join(""));
const TRAIL_VERBS = ["压缩", "缩短", "缩减", "减少", "增加", "提高", "提升", "降低", "下降", "上升", "增长", "扩大", "调整", "上调", "下调"];
const TRAIL_WORDS = [
  "为期", "最多", "最少", "提高至", "提高到", "提升至", "提升到", "增长至", "增长到", "增加至", "增加到", "增至", "降至", "降低至",
  "降低到", "减少至", "减少到", "下降至", "下降到", "上升至", "上升到", "达到", "完成", "实现", "合计", "共计", "累计", "总计", "分别为",
  "分别", "约为", "约", "为", "达", "至", "到", "共", "计", "是", "了", "已", "的", "有", "由", "从",
  // 收入均达到10万元: 均 ("each") only before such a verb; 人均 is a metric
  "均达到", "均达", "均为", "均已", "均超过", "均在",
];
// A one-character word that ends a word of the metric is no verb: 审计, 统计 (开展审计2次), 行为,
// 迟到 (迟到3次).
const WORD_END: Record<string, string> = { 计: "审统会设估核预", 为: "行作", 到: "迟报签" };
const trailWord = (w: string) => (WORD_END[w] ? `(?<![${WORD_END[w]}])${w}` : w);
const TRAIL = new RegExp(`(?:(?:${TRAIL_VERBS.join("|")})(?:至|到)|${TRAIL_WORDS.map(trailWord).join("|")})+$`, "u");
const TRAIL_LAST = charSet("至到" + TRAIL_WORDS.map((w) => w[w.length - 1]).join(""));
// 请 and 于 too: 请在5个工作日内 is an instruction, not a noun phrase
const JUN = 0x5747; // 均
// 人均, 亩均, 平均 (average), 生均, 床均: "per", part of the metric.
const PER = charSet("人户年日月亩村季周次平生床");
const PREPOSITION_START = charSet("较比从由对向与在把将给按据请于");
// Nouns that open with such a character: 比例, 在岗职工, 从业人员; and 给予 ("impose", a verb like
// 开展 that opens a metric: 给予党纪处分2人), not the preposition 给.
const NOT_PREPOSITION = /^(?:比例|比重|比率|从业|在岗|在职|在编|在册|在校|在建|在线|在库|对象|给予)/;

/**
 * The noun phrase right before the figure within its clause: "一般公共预算收入完成1.393亿元" →
 * 一般公共预算收入; "同比增长26.9%" → 同比增长. Null when the clause gives nothing plain.
 * `followedByNoun` is true when a noun follows the figure (配备2名专职项目管家): then the measured
 * thing is after it, and the metric is null. `floorNoun` is true when the figure that ends at
 * `floor` was followed by a noun: words running on from it are that figure's noun, not this one's
 * metric (反馈问题4个方面21个: 方面 is what 4 counts).
 */
export function findMetric(t: string, start: number, floor: number, followedByNoun: boolean, floorNoun = false): string | null {
  if (followedByNoun) return null;
  const from = Math.max(floor, start - 40);
  let e = start;
  while (e > from && isSpaceCode(t.charCodeAt(e - 1))) e--; // 调整为 19 亿元
  start = e;
  const i = clauseStart(t, start, from);
  if (start - i < 2) return null; // too short, even before dropping words
  if (floorNoun && i === floor) return null;
  let clause = t.slice(i, start);
  // 开展了为期两个月的巡察: the span is the event's, named after the figure; the verb before is no metric.
  if (clause.endsWith("为期")) return null;
  if (MARKER_FIRST(clause.charCodeAt(0)) || isCircled(clause.charCodeAt(0))) clause = clause.replace(MARKER, "");
  if (LEAD_FIRST(clause.charCodeAt(0))) clause = clause.replace(LEAD, "");
  // A currency sign before the number (发放补贴￥5000元) is the figure's, not the metric's.
  if (clause.length > 0 && CURRENCY_SIGN(clause.charCodeAt(clause.length - 1))) clause = clause.slice(0, -1);
  while (clause.length > 0 && TRAIL_LAST(clause.charCodeAt(clause.length - 1))) {
    const rest = clause.replace(TRAIL, "");
    if (rest === clause) break;
    clause = rest;
  }
  // 收入均达到10万元 (the bound cut off before the call): 均 is "each", but 人均, 亩均 are "per"
  const n = clause.length;
  if (n > 2 && clause.charCodeAt(n - 1) === JUN && !PER(clause.charCodeAt(n - 2))) clause = clause.slice(0, n - 1);
  if (clause.length < 2 || clause.length > 20 || ADVERB_ONLY.test(clause)) return null;
  for (let k = 0; k < clause.length; k++) {
    const c = clause.charCodeAt(k);
    if (c >= 0xff10 && c <= 0xff19) return null; // ０-９
    if (!isDigitCode(c)) continue;
    // (a digit in a name of Latin letters and digits is the name's: 5G基站, PM2.5浓度, 110kV变电站)
    let a = k;
    while (a > 0 && (isDigitCode(clause.charCodeAt(a - 1)) || isLatinCode(clause.charCodeAt(a - 1)) || clause[a - 1] === ".")) a--;
    let b = k;
    while (b < clause.length && (isDigitCode(clause.charCodeAt(b)) || isLatinCode(clause.charCodeAt(b)) || clause[b] === ".")) b++;
    if (!/[A-Za-z]/.test(clause.slice(a, b))) return null; // 0-9
    k = b - 1;
  }
  const first = clause.charCodeAt(0);
  if (PREPOSITION_START(first) && !NOT_PREPOSITION.test(clause)) return null;
  if (!isHanCode(first) && !isLatinCode(first) && !OPEN_QUOTE(first)) return null;
  return clause;
}

// A name in quotes is part of its clause (开展“三会一课”48次 → 开展“三会一课”, 查处“四风”问题12起): the scan
// back from the figure passes over a quoted span with no pause of a sentence in it, as far as `from`.
const OPEN_QUOTE = charSet("“「『‘");
const CLOSE_QUOTE: Record<number, number> = { 0x201d: 0x201c, 0x300d: 0x300c, 0x300f: 0x300e, 0x2019: 0x2018 };
const SENTENCE_PAUSE = charSet("，。；;,！？!?\n");
function clauseStart(t: string, start: number, from: number): number {
  let i = start;
  for (;;) {
    while (i > from && !CLAUSE_BREAK(t.charCodeAt(i - 1))) i--;
    const open = i > from ? CLOSE_QUOTE[t.charCodeAt(i - 1)] : undefined;
    if (open === undefined) return i;
    let k = i - 2;
    while (k >= from && t.charCodeAt(k) !== open && !SENTENCE_PAUSE(t.charCodeAt(k))) k--;
    if (k < from || t.charCodeAt(k) !== open) return i;
    i = k;
  }
}

// A count between a word of progress and the noun it counts (正在推进2项整改任务, 正在整改3个问题,
// 已完成12项整改任务) measures what the same count written after its noun does (正在推进整改任务2项):
// the work in that state, not the things found. Its metric is the words before and the noun after.
const PROGRESS = /^(?:目前|当前|现|尚有|还有|仍有)?[，,]?(?:正在|仍在|尚在|尚未|未|已经|已|均已|已全部|基本)(?:推进|整改|落实|办理|实施|完成|办结|销号)(?:整改)?$/;
const PROGRESS_LAST = charSet("进改实理施成结号");

/**
 * The metric of a count followed by its noun when a word of progress stands before it (正在推进2项
 * 整改任务 → 正在推进整改任务), or null: the noun runs to the clause's end, a few Han characters.
 */
export function progressMetric(t: string, start: number, floor: number, end: number, floorNoun = false): string | null {
  return (PROGRESS_LAST(t.charCodeAt(start - 1)) ? stateMetric(t, start, floor, end) : remainingMetric(t, start, floor, end)) ?? verbNounMetric(t, start, floor, end, floorNoun);
}
function stateMetric(t: string, start: number, floor: number, end: number): string | null {
  let i = start;
  while (i > floor && start - i <= 12 && !CLAUSE_BREAK(t.charCodeAt(i - 1))) i--;
  const before = t.slice(i, start);
  if (!PROGRESS.test(before)) return null;
  let j = end;
  while (j < t.length && j - end <= 8 && isHanCode(t.charCodeAt(j))) j++;
  if (j === end || j - end > 8 || (j < t.length && !CLAUSE_BREAK(t.charCodeAt(j)))) return null;
  return before.replace(/^(?:目前|当前|现)[，,]?/, "") + t.slice(end, j);
}

// …or a count between a short verb that opens its clause and the noun it counts (选派6名机关干部到社区
// 任职, 配备2名专职人员): nothing but a verb of two characters precedes it, so the metric is the verb and the noun, as
// for the same count written after its noun (选派机关干部6名 → 选派机关干部). The noun runs over Han
// characters to the clause's end or to a word that goes on with the sentence (到, 在, 进行…); one that runs on with 的 (2项整改任务的验收工作) is none.
const TIMES = charSet("次回遍趟");
// Verbs a noun after a count runs into (督促2个支部补齐记录, 选派3人挂职锻炼): the noun ends there.
const ACT_START = /^(?:补齐|补充|完成|开展|建立|制定|落实|整改|清理|清退|退还|追回|收回|缴纳|参加|学习|挂职|锻炼|任职|换届|签订|接受|办理)/;
const PLACE_END = charSet("省市县区镇乡村州旗局院所委办校司组队");
const NOT_VERB_FIRST = charSet("已均共仅并又再还正曾都也首每各全本该此其");
const NOT_VERB_LAST = charSet("对向与为给把将从在于和同");
const NOUN_STOP = /到|在|于|对|向|赴|前往|进行|参加|参与|担任|开展|从事|了|和|与|及|并|等|中|已|均|全部|正在/;
function verbNounMetric(t: string, start: number, floor: number, end: number, floorNoun: boolean): string | null {
  let i = start;
  while (i > floor && start - i <= 10 && !CLAUSE_BREAK(t.charCodeAt(i - 1))) i--;
  if (i > floor && !CLAUSE_BREAK(t.charCodeAt(i - 1))) return null;
  if (floorNoun && i === floor) return null;
  let verb = t.slice(i, start);
  if (verb.length > 0 && (MARKER_FIRST(verb.charCodeAt(0)) || isCircled(verb.charCodeAt(0)))) verb = verb.replace(MARKER, "");
  if (verb.length > 0 && LEAD_FIRST(verb.charCodeAt(0))) verb = verb.replace(LEAD, "");
  // (a place or a body before the count is no verb: 全县12个乡镇, 本局3名干部)
  // (a verb of two characters, as most are: 专题会议9次研究部署 has a noun there; and a count of times, 一次,
  // 9次, counts the act, not the noun after it)
  if (verb.length !== 2 || ADVERB_ONLY.test(verb) || TRAIL.test(verb) || PLACE_END(verb.charCodeAt(1)) || TIMES(t.charCodeAt(end - 1))) return null;
  for (let k = 0; k < verb.length; k++) if (!isHanCode(verb.charCodeAt(k))) return null;
  if (PREPOSITION_START(verb.charCodeAt(0)) && !NOT_PREPOSITION.test(verb)) return null;
  // (nor an adverb or a determiner and a word (已对46家企业, 首批4个事项), a word ending in a
  // preposition (已对, 再向), or the last of a list of nouns (拨付、记账2个职责))
  if (NOT_VERB_FIRST(verb.charCodeAt(0)) || NOT_VERB_LAST(verb.charCodeAt(1)) || (i > 0 && t.charCodeAt(i - 1) === 0x3001)) return null;
  let j = end;
  while (j < t.length && j - end < 12 && isHanCode(t.charCodeAt(j))) j++;
  let noun = t.slice(end, j);
  const stop = noun.search(NOUN_STOP);
  if (stop >= 0) noun = noun.slice(0, stop);
  else if (j < t.length && !CLAUSE_BREAK(t.charCodeAt(j))) return null;
  // (…or to a measure's verb after the noun: 督促2个支部补齐记录 → 督促支部)
  for (let k = 2; k < noun.length - 1; k++) {
    if (ACT_START.test(noun.slice(k))) {
      noun = noun.slice(0, k);
      break;
    }
  }
  return noun.length >= 2 && noun.length <= 8 && noun.indexOf("的") < 0 ? verb + noun : null;
}

// …or the rest, its state after its noun (尚有2项整改任务正在推进, 剩余3个问题尚未完成): the noun and
// the state.
const REMAINING = /^(?:目前|当前)?[，,]?(?:尚有|还有|仍有|剩余|其余|另有)$/;
const REMAINING_STATE = /^[^，。；;：:、,\s]{1,8}?(?:正在|仍在|尚在|尚未|未)(?:推进|整改|落实|办理|实施|完成|办结|销号)(?:整改)?中?$/;
function remainingMetric(t: string, start: number, floor: number, end: number): string | null {
  const c = t.charCodeAt(start - 1);
  // (有 of 尚有/还有/仍有/另有, 余 of 剩余/其余)
  if (c !== 0x6709 && c !== 0x4f59) return null;
  let i = start;
  while (i > floor && start - i <= 6 && !CLAUSE_BREAK(t.charCodeAt(i - 1))) i--;
  if (!REMAINING.test(t.slice(i, start))) return null;
  let j = end;
  while (j < t.length && j - end <= 16 && !CLAUSE_BREAK(t.charCodeAt(j))) j++;
  const rest = t.slice(end, j);
  return j - end <= 16 && REMAINING_STATE.test(rest) ? rest : null;
}

// What is left of 基本完成2个, 阶段性完成1个, 已经完成3个, 其余2个 once the verb is dropped: an adverb or a
// word of reference, which measures nothing.
const ADVERB_ONLY = /^(?:基本|阶段性|部分|全部|全面|已经|均已|正在|仍在|目前|其余|剩余|剩下|其他|另有|其中|分别|各)$/;

const LEIJI = "累计";

/**
 * True when the figure's clause (from `floor`, at most 40 characters back) says 累计: 累计投入资金
 * 3.45亿元 is a running total, reported as qualifier 累计 (the metric drops the word).
 */
export function cumulativeBefore(t: string, start: number, floor: number): boolean {
  const from = Math.max(floor, start - 40);
  let i = start;
  while (i > from && !CLAUSE_BREAK(t.charCodeAt(i - 1))) i--;
  // Only within the clause (at most 40 characters): a search over the rest of a long line for
  // every figure would be quadratic.
  return t.slice(i, start).includes(LEIJI);
}
