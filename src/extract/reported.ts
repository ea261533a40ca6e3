// The totals a notice states about itself, each a small declared rule. They are read only from
// text outside the items (preamble and section introductions): a figure inside an item is about
// that item, not the notice.
import type { Reported } from "../schema/index.js";
import { parseChineseNumber } from "../numerals/index.js";

const NUM = "(\\d+(?:\\.\\d+)?|[零〇一二三四五六七八九十百千万两]+)";
const S = "\\s*";

interface ReportedRule {
  key: keyof Reported;
  re: RegExp;
  /** Converts the matched number into the key's unit. */
  scale?: (m: RegExpExecArray) => number;
}

const num = (s: string): number | null => (/^\d/.test(s) ? Number(s) : parseChineseNumber(s));

export const REPORTED_RULES: readonly ReportedRule[] = [
  { key: "issues_total", re: new RegExp(`(?:反馈|指出|交办|移交|梳理出?)[^。；;]{0,24}?${NUM}${S}(?:个|项|条)${S}(?:具体)?问题`) },
  { key: "issues_total", re: new RegExp(`${NUM}${S}(?:个|项|条)${S}(?:具体)?问题[^。；;]{0,6}(?:中|已|，)`) },
  { key: "issues_completed", re: new RegExp(`已(?:经)?(?:整改完成|完成整改|整改到位|办结|销号)(?:的)?(?:问题)?${S}${NUM}${S}(?:个|项|条)`) },
  { key: "issues_completed", re: new RegExp(`${NUM}${S}(?:个|项|条)${S}问题[，,]?${S}(?:已|均已)(?:经)?(?:全部)?(?:整改完成|完成整改|整改到位|办结)`) },
  { key: "issues_in_progress", re: new RegExp(`(?:正在推进整改|正在整改|正在推进|持续推进整改|持续整改|未完成整改|尚未完成整改)(?:的)?(?:问题)?${S}${NUM}${S}(?:个|项|条)`) },
  { key: "issues_in_progress", re: new RegExp(`${NUM}${S}(?:个|项|条)${S}问题${S}(?:正在|仍在|持续)(?:推进)?整改`) },
  { key: "suggestions_total", re: new RegExp(`(?:意见建议|整改建议|建议)${S}${NUM}${S}(?:个|项|条)`) },
  { key: "suggestions_total", re: new RegExp(`${NUM}${S}(?:个|项|条)${S}(?:意见建议|整改建议)`) },
  { key: "measures_total", re: new RegExp(`(?:制定|细化|明确|提出)(?:了)?[^。；;，]{0,6}?(?:整改)?措施${S}${NUM}${S}(?:条|项|个)`) },
  { key: "measures_total", re: new RegExp(`${NUM}${S}(?:条|项|个)${S}(?:具体)?整改(?:措施|举措)`) },
  { key: "measures_completed", re: new RegExp(`(?:整改)?措施${S}${NUM}${S}(?:条|项|个)[，,]${S}已(?:经)?(?:完成|落实)${S}${NUM}${S}(?:条|项|个)`), scale: (m) => num(m[2])! },
  { key: "rules_made", re: new RegExp(`(?:制定|出台|建立|完善|修订|新建|建立健全)(?:了)?(?:[\\u4e00-\\u9fa5]{0,6})?制度${S}${NUM}${S}(?:个|项|份|件|条|部)`) },
  { key: "rules_made", re: new RegExp(`(?:建章立制|建立健全制度|完善制度)${S}${NUM}${S}(?:个|项|份|件|条)`) },
  { key: "recovered_wan_yuan", re: new RegExp(`(?:挽回|追缴|追回|收回|退还|清退)(?:了)?(?:经济)?(?:损失|资金|款项|违规资金)?${S}${NUM}${S}(亿元|万元|元)`), scale: (m) => toWan(num(m[1])!, m[2]) },
  { key: "people_held_accountable", re: new RegExp(`问责${S}${NUM}${S}(?:人|名)`) },
  { key: "people_held_accountable", re: new RegExp(`${NUM}${S}(?:人|名)(?:被)?(?:问责|追责)`) },
];

function toWan(v: number, unit: string): number {
  const r = unit === "亿元" ? v * 10000 : unit === "元" ? v / 10000 : v;
  return Math.round(r * 1e6) / 1e6;
}

/** Stated totals from the notice's own summary text; the first statement of each key wins. */
export function findReported(text: string): Reported {
  const out: Reported = {};
  for (const rule of REPORTED_RULES) {
    if (out[rule.key] !== undefined) continue;
    const m = rule.re.exec(text);
    if (!m) continue;
    const v = rule.scale ? rule.scale(m) : num(m[1]);
    if (v !== null && Number.isFinite(v)) out[rule.key] = v;
  }
  return out;
}
