// The totals a notice states about itself, each a small declared rule. They are read only from
// text outside the items (preamble, section introductions and the headings of such sections): a
// figure inside an item is about that item, not the notice.
import { Reported as ReportedShape, type Reported } from "../schema/index.js";
import { parseChineseNumber } from "../numerals/index.js";
import { statusOf, SUGGESTION, IMMEDIATE } from "./roles.js";
import { HAN } from "../text/han.js";

// Arabic (with thousands commas: 1,234.5) or Chinese numerals.
const NUM = "(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[零〇一二三四五六七八九十百千万两]+)";
// Space between a count's parts, never a line break: a count ends its line (…正在整改 2个 / 整改措施 45条
// in a table: not 2个整改措施).
const S = "[^\\S\\n]*";
// Words between a verb and its number: 共计, 累计, 约, 近 … (`挽回经济损失约二百三十万元`).
// (共有: 反馈的问题共有4个方面16个)
const ABOUT = "(?:共计|累计|合计|总计|共有|共|约|近|达|超过)?";
// A number must start where a number starts (not at the 3 of 23 when 23 was refused, nor at the
// 234 of 1,234); a comma after a word is punctuation (`截至10月底，127条…`).
const NUM_START = "(?<![\\d.零〇一二三四五六七八九十百千万两]|\\d[,，])";
// Words that mark a count as completed or left over, so not the total.
const NOT_TOTAL = /完成|到位|办结|销号|正在|剩余|其余|尚有|还有|推进/;

interface ReportedRule {
  key: keyof Reported;
  re: RegExp;
  /** Converts the matched number into the key's unit (the text given for counts that go on after the match). */
  scale?: (m: RegExpExecArray, text: string) => number;
  /** Refuses a match that reads like the rule but is about something else. */
  reject?: (m: RegExpExecArray, text: string) => boolean;
  /** Characters every match holds: a text without them is not searched. */
  cue?: string;
}

const num = (s: string): number | null => (/^\d/.test(s) ? Number(s.replace(/[,，]/g, "")) : parseChineseNumber(s));
const g = (src: string) => new RegExp(src, "g");
// A rule that opens with a number is tried only where a number starts (`numberStarts`): sticky,
// at each such place. Searched for across the text, a regex that opens with a lookbehind cannot
// skip ahead and was tried at every character, eight times over (8% of all parse time).
const y = (src: string) => new RegExp(src, "y");
const NUMBER = new RegExp(`${NUM_START}${NUM}`, "g");
/** Where numbers start in `text`, in order. One scan shared by every rule that opens with a number. */
function numberStarts(text: string): number[] {
  const out: number[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) out.push(m.index);
  return out;
}

// The ways of holding a person to account the 问责条例 names (Art. 8): a disciplinary sanction,
// 组织处理/组织调整 and 诫勉 (诫勉谈话). (谈话提醒, 批评教育 are not among them.)
// (a named kind of 党纪 or 政务 sanction is one too: 党内警告处分, 留党察看处分, 政务记过处分)
const SANCTION = "(?:党内严重警告|党内警告|撤销党内职务|留党察看|开除党籍|政务警告|政务记过|政务记大过|政务降级|政务撤职|政务开除)处分|党纪政务处分|党纪政纪处分|党纪处分|政务处分|纪律处分|组织处理|组织调整|诫勉谈话|诫勉";

// Which thing a clause counts: the last of these nouns up to the end of the match. A count with
// no noun of its own (`已完成22个`) is about problems only when its clause is.
// 完成整改/整改完成 counts problems (整改 is what is done to problems): a bare count after it
// (已完成整改18个，剩余1个正在推进) is about problems though measures were counted before it.
const SUBJECT = /问题|完成整改|整改(?:完成|到位|完毕)|措施|举措|建议|制度|线索|项目|任务|工单|信访/g;
const CLAUSE_END = new Set([..."。；;\n"].map((c) => c.charCodeAt(0)));
/** The last of the SUBJECT nouns in the match's clause up to its end, or null. */
function subjectOf(m: RegExpExecArray, text: string): string | null {
  const end = m.index + m[0].length;
  // The clause back to its start, but no further than 80 characters: on a long text without a
  // full stop, searching back to the start for every match would be quadratic.
  const floor = Math.max(0, m.index - 80);
  let from = m.index;
  while (from > floor && !CLAUSE_END.has(text.charCodeAt(from - 1))) from--;
  let last: string | null = null;
  for (const w of text.slice(from, end).matchAll(SUBJECT)) last = w[0];
  return last !== null && last.includes("整改") ? "问题" : last;
}
function aboutProblems(m: RegExpExecArray, text: string): boolean {
  const last = subjectOf(m, text);
  return last === null || last === "问题";
}
// (a bare count after a count of tasks is theirs: afterTasks)
const notProblems = (m: RegExpExecArray, text: string) => !aboutProblems(m, text) || afterTasks(m, text);
// 整改 is what is done to problems (measures are 完成/落实): `已完成整改14个` counts problems
// whatever other counts the sentence names before it (`制定整改措施76项，目前已完成整改14个`).
const notProblemsUnlessRectified = (m: RegExpExecArray, text: string) => afterTasks(m, text) || (!/整改/.test(m[0]) && !aboutProblems(m, text));
// 整改任务 are what the notice sets itself to do, as measures are (README: a rate of tasks is one
// of measures): a count done or in hand in the tasks' measure word after their total, in the same
// sentence with no other noun counted between, is theirs (明确整改任务27项，已完成整改25项，正在推进
// 2项: 25 tasks done, not problems).
const TASK_TOTAL = new RegExp(`整改任务${S}${ABOUT}${S}${NUM}${S}([条项个件])|${NUM}${S}([条项个件])${S}(?:具体)?整改任务`, "g");
function afterTasks(m: RegExpExecArray, text: string): boolean {
  const floor = Math.max(0, m.index - 80);
  let from = m.index;
  while (from > floor && !CLAUSE_END.has(text.charCodeAt(from - 1))) from--;
  // (a sentence that counts no noun of its own goes on from the one before: 明确整改任务27项。截至
  // 目前，已完成整改25项)
  // (a line break of a PDF's wrap too, a few at most)
  for (let k = 0; k < 3 && from > floor && !/问题|措施|举措|任务/.test(text.slice(from, m.index)); k++) {
    while (from > floor && CLAUSE_END.has(text.charCodeAt(from - 1))) from--;
    while (from > floor && !CLAUSE_END.has(text.charCodeAt(from - 1))) from--;
  }
  const before = text.slice(from, m.index);
  if (!before.includes("任务")) return false;
  let unit: string | null = null;
  let end = 0;
  for (const t of before.matchAll(TASK_TOTAL)) {
    unit = t[2] ?? t[4];
    end = t.index + t[0].length;
  }
  const own = /([条项个件])[^条项个件]*$/.exec(m[0]);
  return unit !== null && own !== null && own[1] === unit && !/问题|措施|举措/.test(before.slice(end));
}
// The verbs that hand problems over: the group's feedback, or what the inspection found
// (巡察中发现, 巡察共发现, 巡察组在巡察期间共发现: a total found, not 发现问题线索).
const GAVE = "反馈|指出|交办|巡[察视](?:组)?(?:中)?(?:共计|累计|一共|共)?发现|(?:共计|累计|一共|共)发现";
// The same, and the notice's own sorting of them (梳理问题16个, 梳理出…问题, 查摆问题16个) or its
// taking them on (认领问题26个, 认领的3个方面19个问题), which open a total written noun first.
// (梳理形成问题清单15条, 形成问题清单15条: the list the notice draws up is its count, as 梳理出 is)
const TOLD = `(?:${GAVE}|梳理出?|(?:梳理)?形成|查摆出?|认领)`;
// The areas a count of problems is split into, before that count: 3个方面, 4大类, 5个领域.
const AREAS = `(?:[\\d零〇一二三四五六七八九十两]{1,4}${S}(?:个|大)?(?:方面|类|领域)${S}[，,、]?${S})?`;
// The opinions a count of problems is given in, before it: 反馈意见4条、具体问题35个.
// (its number is no capture: the rules read the count of problems as their first)
const OPINIONS = `(?:(?:巡[察视])?意见${S}(?:${NUM.slice(1, -1)})${S}(?:条|个|项)${S}[，,、]${S})?`;
const IN_PROGRESS_REST = /^[^。；;\d零〇一二三四五六七八九十两]{0,40}?(?:正在|仍在|还在|持续推进|持续整改)[^。；;\d零〇一二三四五六七八九十两]{0,40}(?:[。；;]|$)/;
const IN_HAND_BEFORE = /(?:正在|仍在|还在|尚在|尚未|未完成|未能)[^，,。；;\n\d]{0,8}$/;
// A count of problems fixed on the spot (5个问题已立行立改) is the immediate fixes', not the total.
const fixedOnSpot = (m: RegExpExecArray, text: string): boolean => IMMEDIATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
function onlyInProgress(m: RegExpExecArray, text: string): boolean {
  const end = m.index + m[0].length;
  return IN_PROGRESS_REST.test(text.slice(end, end + 80));
}
// All of a count done: (已|均已|均)全部整改完成, 均已整改到位.
const ALL_DONE = "(?:(?:均已|已|均)?(?:经)?全部|均已)(?:整改完成|完成整改|整改到位|整改完毕|(?:整改)?办结|(?:整改)?销号)";
const ALL_MEASURES = "(?:(?:均已|已|均)?(?:经)?全部|均已)(?:完成|落实)";
// A word for now before a count's state (目前已全部落实, 现已全部完成, 截至目前，均已完成).
const NOW = "(?:目前|现在|现|当前|截至目前)?[，,]?";
// A plan, not a result: 确保…全部整改到位, 力争年底前全部完成.
const PLANNED = /确保|力争|争取|计划|预计|将|要/;
// Between 正在 and 推进: `正在按计划推进`, `正在有序推进`; or carried on as planned with no 正在
// (`其余2个按计划推进`, `按时序推进`).
// Problems kept up over time after a count (2个需长期坚持, 1个属常态化推进): in hand, not done.
const KEPT_UP = "(?:均)?(?:需要|需|属于|属|为|列为)?(?:长期坚持|常态化推进|持续推进)";
const PROGRESSING = "(?:(?:正在|仍在|还在|均在|持续|正|在)[^。；;，,\d]{0,5}?(?:推进|整改)|按[^。；;，,\d]{0,4}?推进)";

// Between a count of problems and 全部整改完成: no count done or left, no plan, not a count of measures.
// Counts listed under one verb (已完成整改措施68条、整改问题19个): each count before the one a rule
// reads, with its noun, set off by 、 or 和; the verb is the list's. (The number a rule reads is
// its last group.)
const LISTED_BEFORE = `(?:[^。；;，,、]{1,12}?${NUM}${S}(?:个|项|条|件)${S}[、和及]${S}){1,3}`;
const DONE_VERB = "已(?:经)?(?:全部)?(?:完成|落实|办结)";
const lastCount = (m: RegExpExecArray) => num(m[m.length - 1])!;
// A count in a breakdown (其中退缴12.3万元, 注：其中个人退缴0.8万元, 其中，收回…) is a part of a
// total: 其中 earlier in its clause, a few words back.
const BREAKDOWN_BEFORE = /其中[，,：:]?[^。；;\n，,]{0,12}$/;
const inBreakdown = (m: RegExpExecArray, text: string): boolean => BREAKDOWN_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
// A count of persons after 其中 is a breakdown of persons handled, stated or not (处理5人，其中问责3人;
// 其中问责3人), never the total held accountable, as a sum after 其中 is never the sum recovered; so is
// each further count of persons listed after it in its sentence (其中党纪处分2人，诫勉谈话1人).
// (a count of persons ends the clause before: 其中党纪处分2人，诫勉谈话1人)
const PERSONS_END = /[\d零〇一二三四五六七八九十两]{1,4}[^\S\n]*[人名]$/;
const CLAUSE_START = /[，,、][^，,、。；;\n]*$/;
function personsInBreakdown(m: RegExpExecArray, text: string): boolean {
  let end = m.index;
  for (let k = 0; k < 4; k++) {
    const from = Math.max(0, end - 24);
    const before = text.slice(from, end);
    if (BREAKDOWN_BEFORE.test(before)) return true;
    // (back to the clause before, when it is a count of persons listed with this one)
    const c = CLAUSE_START.exec(before);
    if (c === null || !PERSONS_END.test(before.slice(0, c.index))) return false;
    end = from + c.index;
  }
  return false;
}

const notAllDone = (m: RegExpExecArray) => NOT_TOTAL.test(m[2]) || PLANNED.test(m[2]) || /(?:措施|举措|建议|制度)$/.test(m[2]);

// 挽回经济损失约二百三十万元, 收回资金两千余万元, 追缴挽回经济损失共计3.26亿元, 挽回和避免经济损失2360万元
// The money may be named by a few words before its noun (收回集体资金, 追回违规发放补贴资金), but
// not across a word that starts another act (收回闲置土地后投入建设资金). (The sum's number and unit
// are groups 1 and 2.)
const RECOVERED = `(?:挽回|追缴|追回|收回|退还|退回|返还|清退|退缴|退赔)(?:了)?(?:[和及、](?:避免|减少|挽回|追回))?(?:(?:(?![后并及和再用投拨支])[${HAN}]){0,8}?(?:损失|资金|款项|资产|费用|补贴|补助|津贴|工资|薪酬|绩效|奖金|所得|税款|税费|租金|欠款|款|费)(?:[及和、](?:其)?(?:利息|孳息|滞纳金|违约金|罚款|罚金))?)?(?:金额)?${S}${ABOUT}${ABOUT}${S}${NUM}${S}(?:余|多)?(亿元|万元|元)`;

// The rate of problems or measures rectified: 整改完成率92.5%, 完成率达100%, 整改率为85%, 问题整改
// 到位率, 措施落实率, 百分之百, 百分之九十五, 约85.7%, 达九成 (the value as stated); a ratio, as figures
// normalise a percentage. A bare 完成率 after a noun must be after one that names what is rectified
// (问题, 措施, 整改任务): 项目完成率, 信访件办结率 are other rates; 满意度, 知晓率 name no rectifying
// at all; over 100% is none. (The number is group 1, group 2 after 百分之, or group 3 before 成.)
// (each optional word brings its own space after it: runs of space side by side backtrack
// polynomially on a long run of spaces)
// The word for the rate, in the text and as a table's label.
const RATE_WORD = "(?:整改(?:完成|到位|落实|办结|销号|完结)?|完成|到位|落实|办结|销号)率";
const RATE = `${RATE_WORD}${S}(?:[:：]${S})?(?:(?:[为是]|已?达到?了?|已经达到了?|高达)${S})?(?:(?:约|近|超过)${S})?(?:(\\d{1,3}(?:\\.\\d+)?)${S}[%％]|百分之([零〇一二三四五六七八九十百点]{1,6})|(十|10|[一二三四五六七八九1-9])${S}成(?![员立本果绩效功就]))`;
const RATE_OWNER = new RegExp(`(?:[^${HAN}]|整改|问题|措施|举措|整改任务|总体|整体|综合|目前|当前|现|已|按期|按时|如期)$`);
// (百分之百 is the whole; 百分之九十二点五 a Chinese numeral)
// (九成, 8成: tenths, as figures read them; only after the rate's word, so a name that holds them,
// 高九成, 李八成同志, is never one)
const rateOf = (m: RegExpExecArray): number => {
  const v = m[1] !== undefined ? Number(m[1]) : m[3] !== undefined ? (/\d/.test(m[3]) ? Number(m[3]) : parseChineseNumber(m[3])!) * 10 : m[2] === "百" ? 100 : (parseChineseNumber(m[2]) ?? NaN);
  return Math.round(v * 1e4) / 1e6;
};
// A rate aimed at is no rate reached (确保年底前整改完成率达到100%, 目标整改完成率95%): the words of
// a plan in the clause before it.
const RATE_PLANNED = /(?:确保|力争|争取|计划|预计|目标|要求)[^，,。；;\n]{0,12}$/;
const notRectifyingRate = (m: RegExpExecArray, text: string): boolean =>
  (m.index > 0 && !RATE_OWNER.test(text.slice(Math.max(0, m.index - 4), m.index))) || !(rateOf(m) <= 1) || RATE_PLANNED.test(text.slice(Math.max(0, m.index - 16), m.index));

// A rate whose owner is the tasks or the measures (整改任务完成率, 措施落实率, 整改举措完成率).
const TASK_OWNER = /(?:任务|措施|举措)$/;
const ofTasks = (m: RegExpExecArray, text: string): boolean => TASK_OWNER.test(text.slice(Math.max(0, m.index - 4), m.index));

// Words of problems still in hand before their count (正在整改3个, 阶段性完成2个): one list for the
// rule that reads the count and for the sum of several kinds (inProgressSum).
const IN_HAND = "正在推进整改|正在整改|正在推进|持续推进整改|持续整改|未完成整改|尚未完成整改|整改中|推进中|阶段性完成(?:整改)?|阶段性整改|基本完成(?:整改)?|基本整改到位|部分完成(?:整改)?";

export const REPORTED_RULES: readonly ReportedRule[] = [
  // 巡察反馈问题23个 / 共反馈问题23个 / 反馈问题共计31条 / 反馈了问题7个 / 巡察发现问题7个; the
  // areas the problems fall in may stand before their count (反馈问题共3个方面12条: 12, not 3)
  // or before the noun (梳理出3个方面问题16个).
  { key: "issues_total", re: g(`${TOLD}(?:了)?(?:的)?${S}${AREAS}${OPINIONS}(?:具体)?问题(?:清单)?${S}${ABOUT}${S}${AREAS}${NUM}${S}(?:个|项|条)(?!${S}(?:大)?(?:方面|类|领域)|问题线索|线索)`) },
  // 反馈的3个方面15个问题; a count after 完成/剩余 in the gap is not the total, 问题线索 are case leads.
  { key: "issues_total", re: g(`(?:${GAVE}|移交|梳理出?|认领)([^。；;]{0,24}?)${NUM_START}${NUM}${S}(?:个|项|条)${S}(?:具体)?问题(?!线索)`), scale: (m) => num(m[2])!, reject: (m, text) => NOT_TOTAL.test(m[1]) || fixedOnSpot(m, text) },
  // A count whose sentence goes on to say only that they are in progress (2个问题需长期坚持，正在
  //持续推进) is what is left, not the total; a total's sentence counts its parts.
  // (正在推进整改的3个问题中: one still in hand, however many words stand between)
  { key: "issues_total", re: y(`(?<!完成|整改|到位|办结|销号|剩余|其余|还有|尚有|正在|推进|另有|${IMMEDIATE.source})${NUM}${S}(?:个|项|条)${S}(?:具体)?问题(?!线索)[^。；;]{0,6}(?:中|已|，)`), reject: (m, text) => onlyInProgress(m, text) || fixedOnSpot(m, text) || IN_HAND_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) },
  // 整改问题35个 / 需整改问题35个 where a clause starts: the problems to rectify, stated noun
  // first (not 已整改问题30个 or 正在整改问题5个, which do not open a clause).
  { key: "issues_total", re: g(`(?:^|[，,；;。：:\n])${S}(?:共有|共需|共|需要|需|涉及)?整改(?:的)?问题(?:清单)?${S}${ABOUT}${S}${AREAS}${NUM}${S}(?:个|项|条)(?!${S}(?:大)?(?:方面|类|领域)|问题线索|线索)`) },
  // 共计问题32个、措施96条 where a clause starts: the notice's own count of its problems, as in a
  // list of its ledgers (形成问题清单、任务清单，共计问题32个).
  { key: "issues_total", re: g(`(?:^|[，,；;。：:\n])${S}(?:共计|合计|总计|共有|一共)${S}(?:具体)?问题${S}${NUM}${S}(?:个|项|条)(?!${S}(?:大)?(?:方面|类|领域)|问题线索|线索)`) },
  // 我局共整改问题186个 (整改完成率92.5%): what the notice rectifies in all, wherever the clause
  // starts; not what is done (已共整改) or still in hand (正在).
  { key: "issues_total", re: g(`(?<![已在])(?:共计|合计|总计|总共|一共|共)整改(?:的)?问题${S}${NUM}${S}(?:个|项|条)(?!${S}(?:大)?(?:方面|类|领域)|问题线索|线索)`) },
  // 共需整改问题12项, 需整改问题共12个, 应整改问题12个: what must be rectified is the total
  // wherever the clause starts; not what is still to do (尚需, 还需, 仍需) nor 对应/相应 (matching).
  { key: "issues_total", re: g(`(?<![尚还仍另再对相响适])(?:共有|共计|合计|总共|一共|共)?(?:需要|需|应当|应)整改(?:的)?问题(?:清单)?${S}${ABOUT}${S}${AREAS}${ABOUT}${S}${NUM}${S}(?:个|项|条)(?!${S}(?:大)?(?:方面|类|领域)|问题线索|线索)`) },
  // A heading's count of problems in brackets: 二、反馈问题整改情况（共35个）, …（共35个问题）; not
  // a count done or left (已完成整改的问题（共30个）), nor of immediate fixes or case leads.
  { key: "issues_total", re: g(`(?:^|\n)([^\n]{0,30}?)问题([^\n（()）]{0,16}?)[（(]${S}(?:共|共计|合计|计)${S}${NUM}${S}(?:个|项|条)(?:问题)?${S}[)）]`), scale: (m) => num(m[3])!, reject: (m) => NOT_TOTAL.test(m[1] + m[2]) || /立行立改|建议|线索|已|未/.test(m[1] + m[2]) },
  // 已整改完成12个, 已整改十八个, 已完成22个 (in a clause about problems)
  { key: "issues_completed", re: g(`已(?:经)?(?:全部)?(?:整改完成|完成整改|整改到位|整改完毕|整改|完成|办结|销号)(?:的)?(?:问题)?${S}${ABOUT}${NUM}${S}(?:个|项|条)`), reject: notProblemsUnlessRectified },
  // The same without 已, where a clause starts (反馈问题21个，整改完成19个 / 截至目前，完成整改19个);
  // not a plan (确保整改完成19个), which opens no clause.
  // (a running total may open it: 累计完成整改问题31个, 共整改到位19个)
  { key: "issues_completed", re: g(`(?:^|[，,；;。：:\n])${S}(?:目前|截至目前|现)?[，,]?${S}(?:累计|共计|合计|共)?${S}(?:整改完成|完成整改|整改到位|整改完毕)(?:的)?(?:问题)?${S}${ABOUT}${NUM}${S}(?:个|项|条)`), reject: notProblemsUnlessRectified },
  // 整改问题32个，完成30个 / 反馈问题21个，办结19个: a bare 完成 where a clause starts, in a
  // clause whose last counted noun is problems (not 整改措施96条，完成90条: measures_completed's);
  // the count ends its clause (完成15个村的整治 counts villages).
  { key: "issues_completed", re: g(`(?:^|[，,；;：:\n])${S}(?:目前|截至目前|现)?[，,]?${S}(?:已)?(?:完成|办结|销号)(?:的)?${S}${ABOUT}${NUM}${S}(?:个|项|条)(?:问题)?(?=${S}(?:[，,。；;、)）]|$))`), reject: notProblems },
  // (a number after the verb is the count done, 18个问题已整改完成16个, and not all of them)
  { key: "issues_completed", re: y(`${NUM}${S}(?:个|项|条)${S}问题[，,]?${S}(?:已|均已)(?:经)?(?:全部)?(?:整改完成|完成整改|整改到位|办结)(?!\\s*[\\d零〇一二三四五六七八九十两])`) },
  // 已有25个问题整改完成, 已有25个整改到位: the count after 已有, its state after it.
  { key: "issues_completed", re: g(`已有${S}${NUM}${S}(?:个|项|条)${S}(?:问题${S}(?:已|均已)?(?:整改完成|完成整改|整改到位|整改完毕|办结|销号)|(?:整改完成|完成整改|整改到位|整改完毕))`), reject: notProblemsUnlessRectified },
  // 反馈的10个具体问题，制定整改措施35条，目前已全部整改完成: all of them, whatever the sentence
  // says in between, unless the gap counts some as done or left (then those counts are read).
  // 12个问题全部整改到位 with no 已; a plan (确保/力争…全部整改到位) is not a result.
  { key: "issues_completed", re: y(`(?<!确保|力争|争取|推动|督促)${NUM}${S}(?:个|项|条)${S}(?:具体)?问题(?!线索)([^。；;]{0,40}?)${ALL_DONE}`), reject: notAllDone },
  // 反馈问题12个，已全部整改完成: the total written noun first, then all of it done.
  { key: "issues_completed", re: g(`${TOLD}(?:了)?(?:的)?${S}${AREAS}(?:具体)?问题${S}${ABOUT}${S}${AREAS}${NUM}${S}(?:个|项|条)(?!问题线索|线索)([^。；;]{0,40}?)${ALL_DONE}`), reject: notAllDone },
  // The same over two sentences: 共认领问题15个。截至2025年11月，已全部完成整改 (the next sentence
  // opens with its date or now, then says all are done, with no count of its own).
  { key: "issues_completed", re: g(`${TOLD}(?:了)?(?:的)?${S}${AREAS}(?:具体)?问题${S}${ABOUT}${S}${AREAS}${NUM}${S}(?:个|项|条)(?!问题线索|线索)[。；;]${S}(?:(?:截至|截止)[^。；;，,]{0,14}[，,]|目前[，,]?|现)?${S}${ALL_DONE}(?!${S}[\\d零〇一二三四五六七八九十两])`) },
  // 已完成整改措施68条、整改问题19个: the count of problems after others under one verb.
  { key: "issues_completed", re: g(`${DONE_VERB}${LISTED_BEFORE}(?:整改)?(?:的)?问题${S}${NUM}${S}(?:个|项|条)`), scale: lastCount },
  // 19个已整改到位 with no noun (in a clause about problems); a number after the verb is the
  // count (问题20个已完成19个), read by the rules above.
  { key: "issues_completed", re: y(`${NUM}${S}(?:个|项|条)${S}(?:均已|已)(?:经)?(?:全部)?(?:整改完成|完成整改|整改到位|整改完毕|整改|完成|办结|销号)(?!${S}(?:的)?(?:问题)?${S}[\\d零〇一二三四五六七八九十两])`), reject: notProblemsUnlessRectified },
  // 正在推进整改2个 counts problems even after a count of measures, as 已完成整改19个 does
  // (整改中2个, 推进中2个: the same said after the verb).
  // (阶段性完成2个: done in part, in progress, as the status words read it)
  { key: "issues_in_progress", re: g(`(?:${IN_HAND})(?:的)?(?:问题)?${S}${NUM}${S}(?:个|项|条)`), reject: notProblemsUnlessRectified },
  // 已办结25个，未办结3个: what is not yet done is in hand, as a table's 未完成 column is; after a
  // clause break only (not 因…未完成, 确保…), in a clause about problems.
  { key: "issues_in_progress", re: g(`(?:^|[，,；;。：:、\n])${S}(?:尚|仍|还)?未(?:完成|办结|销号|整改到位|整改完成|整改)(?:的)?(?:问题)?${S}${NUM}${S}(?:个|项|条)`), reject: notProblemsUnlessRectified },
  // 持续推进2个 / 长期坚持2个 as a count of its own beside one done (已完成整改13个，持续推进2个): the
  // count ends its clause (持续推进3个专项行动 counts no problems).
  { key: "issues_in_progress", re: g(`(?:持续推进|常态化推进|长期坚持)(?:的)?(?:问题)?${S}${NUM}${S}(?:个|项|条)(?:问题)?(?=[。；;，,、]|$)`), reject: notProblems },
  // 剩余3个正在推进, 其余3个问题正在持续整改中, 剩余3个问题正在按计划推进
  { key: "issues_in_progress", re: g(`(?:剩余|其余|剩下|另有|还有|尚有)(?:的)?${S}${NUM}${S}(?:个|项|条)(?:问题)?${S}${PROGRESSING}`), reject: notProblems },
  // 剩余1个为长期坚持类，正在持续推进 / 其余1个正在按照时间节点有序推进: words between the
  // left-over count and its progress (nothing done, no other noun counted).
  { key: "issues_in_progress", re: g(`(?:剩余|其余|剩下|另有|还有|尚有)(?:的)?${S}${NUM}${S}(?:个|项|条)(?:问题)?([^。；;\d]{0,20}?)(?:正在|仍在|还在|均在|持续)[^。；;，,\d]{0,10}?(?:推进|整改)`), reject: (m, text) => notProblems(m, text) || /已|完成|到位|办结|销号/.test(m[2]) },
  // 剩余5个已取得阶段性成效 / 其余3个问题取得阶段性进展: the ones left are under way, not done
  { key: "issues_in_progress", re: g(`(?:剩余|其余|剩下|另有|还有|尚有)(?:的)?${S}${NUM}${S}(?:个|项|条)(?:问题)?${S}(?:均|也)?(?:已)?(?:取得|初见)(?:了)?阶段性(?:成效|进展|成果)`), reject: notProblems },
  { key: "issues_in_progress", re: y(`${NUM}${S}(?:个|项|条)${S}问题${S}${PROGRESSING}`) },
  // 1个正在推进 with no noun, in a clause about problems
  { key: "issues_in_progress", re: y(`${NUM}${S}(?:个|项|条)${S}${PROGRESSING}`), reject: notProblems },
  // 剩余2个需长期坚持, 1个需长期坚持, 其余1个属于常态化推进: work kept up is in hand (README: long-term
  // problems are in progress), said after the count left over or a bare count.
  { key: "issues_in_progress", re: g(`(?:剩余|其余|剩下|另有|还有|尚有)(?:的)?${S}${NUM}${S}(?:个|项|条)(?:问题)?${S}${KEPT_UP}`), reject: notProblems },
  { key: "issues_in_progress", re: y(`${NUM}${S}(?:个|项|条)(?:问题)?${S}${KEPT_UP}`), reject: (m, text) => notProblems(m, text) || /(?:剩余|其余|剩下|另有|还有|尚有)(?:的)?\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) },
  // 2个问题因涉及历史遗留，正在持续推进: words between (no count, nothing done); not the total
  // the notice works on (反馈的12个问题，…正在推进整改).
  { key: "issues_in_progress", re: y(`(?<!反馈的|指出的|交办的|发现的|移交的|反馈|指出|交办|发现|共|计|对|针对|围绕|就)${NUM}${S}(?:个|项|条)${S}问题(?!线索)([^。；;\\d]{1,24}?)(?:正在|仍在|还在|均在|持续)[^。；;，,\\d]{0,5}?(?:推进|整改)`), scale: (m) => num(m[1])!, reject: (m) => /已|完成|到位|办结|销号|全部|均|[，,][^，,]*[，,]/.test(m[2]) },
  { key: "suggestions_total", re: g(`(?:意见建议|整改建议|建议)${S}${NUM}${S}(?:个|项|条)`) },
  { key: "suggestions_total", re: y(`${NUM}${S}(?:个|项|条)${S}(?:意见建议|整改建议)`) },
  // 巡察组提出3条建议, 对巡察组提出的4项建议: a count of plain 建议 after 提出
  { key: "suggestions_total", re: g(`提出(?:了)?(?:的)?${S}${NUM}${S}(?:个|项|条)${S}(?:工作|巡察|整改|意见)?建议`) },
  // 立行立改问题8个, 立行立改12项, 即知即改类问题3个, 立行立改事项5件: the problems fixed on the
  // spot, as the items' kind immediate names them (roles.ts IMMEDIATE); not a count of their
  // measures (立行立改措施12条), which names another noun before its number.
  { key: "immediate_total", re: g(`(?:${IMMEDIATE.source})(?:类)?(?:的)?(?:问题|事项)?${S}${ABOUT}${S}${NUM}${S}(?:个|项|条|件)(?!${S}(?:措施|举措|制度|(?:大)?(?:方面|类|领域)))`), cue: "改" },
  // A heading's count in brackets: （一）立行立改问题（3个）, 立行立改事项（共5项）.
  { key: "immediate_total", re: g(`(?:${IMMEDIATE.source})(?:类)?(?:的)?(?:问题|事项)?${S}[（(]${S}(?:共|共计|计)?${S}${NUM}${S}(?:个|项|条|件)(?:问题|事项)?${S}[)）]`), cue: "改" },
  // 3个问题立行立改, 5个问题已立行立改, 8项即知即改: the count before the words.
  { key: "immediate_total", re: y(`${NUM}${S}(?:个|项|条|件)${S}(?:问题|事项)?${S}(?:已|均已|实行|予以|做到)?(?:${IMMEDIATE.source})`) },
  // (the total may be said so: 制定整改措施共96条, 细化整改举措计42项)
  { key: "measures_total", re: g(`(?:制定|细化|明确|提出|形成|拟定|列出|确定)(?:了)?[^。；;，]{0,6}?(?:整改)?(?:措施|举措)${S}${ABOUT}${S}${NUM}${S}(?:条|项|个)`) },
  // 68条整改措施, 68条具体措施
  { key: "measures_total", re: y(`${NUM}${S}(?:条|项|个)${S}(?:具体)?整改(?:措施|举措)|${NUM}${S}(?:条|项|个)${S}具体(?:措施|举措)`), scale: (m) => num(m[1] ?? m[2])! },
  // 整改措施56项 written noun first, where a clause starts (not 已完成整改措施41条).
  { key: "measures_total", re: g(`(?:^|[，,。；;：:\n])${S}(?:共有|形成|梳理)?${S}整改(?:措施|举措)${S}${ABOUT}${NUM}${S}(?:条|项|个)`) },
  // 整改任务 as measures (a rate of tasks is one of measures): 明确整改任务27项, 整改任务30项 where a
  // clause starts, 27项整改任务; after the rules for 措施, so a notice that counts both
  // (21项整改任务、68条具体措施) has the finer count. Not a count done or in hand (完成15个整改任务).
  { key: "measures_total", re: g(`(?:(?:制定|细化|明确|提出|形成|拟定|列出|确定|梳理)(?:了)?[^。；;，]{0,6}?|(?:^|[，,。；;：:\n])${S}(?:共有)?${S})整改任务${S}${ABOUT}${NUM}${S}(?:条|项|个)`) },
  { key: "measures_total", re: y(`${NUM}${S}(?:条|项|个)${S}(?:具体)?整改任务`), reject: (m, text) => NOT_TOTAL.test(text.slice(Math.max(0, m.index - 3), m.index)) },
  // A list of tasks drawn up beside the list of problems (问题清单15条、任务清单48项, 制定整改任务清单48项)
  // lists the tasks, as 整改任务 counts them.
  { key: "measures_total", re: g(`(?:(?:制定|细化|明确|形成|列出|梳理|建立)(?:出|了)?[^。；;，,]{0,12}?|(?:^|[，,。；;：:、\n])${S})(?:整改)?任务清单${S}${ABOUT}${NUM}${S}(?:条|项|个)`), cue: "任务清单" },
  // 整改措施45条，已完成40条; 整改措施45条中，已落实42条 (措施65项，已完成19个问题: a count of
  // problems, read as such)
  { key: "measures_completed", re: g(`(?:整改)?措施${S}${NUM}${S}(?:条|项|个)(?:中)?[，,]?${S}已(?:经)?(?:完成|落实)${S}${NUM}${S}(?:条|项|个)(?!${S}(?:的)?(?:具体)?问题)`), scale: (m) => num(m[2])! },
  // 76项整改措施已完成68项, 127条整改措施已落实119条, 45条整改措施中已完成40条
  // (54项整改措施，已完成整改18个: rectified in another measure word than the measures' own
  // counts problems, read as such)
  { key: "measures_completed", re: y(`${NUM}${S}(条|项|个)${S}(?:具体)?(?:整改)?(?:措施|举措)(?:中)?[，,]?${S}(?:目前)?(?:均)?已(?:经)?(?:完成|落实)(整改)?${S}${NUM}${S}(条|项|个)`), scale: (m) => num(m[4])!, reject: (m) => m[3] !== undefined && m[2] !== m[5] },
  // 45条整改措施已全部落实, 整改措施45条，均已完成: all of them
  // (制定了21条整改措施，现已全部落实)
  { key: "measures_completed", re: y(`${NUM}${S}(?:条|项|个)${S}(?:具体)?(?:整改)?(?:措施|举措)[，,]?${S}${NOW}${ALL_MEASURES}`) },
  { key: "measures_completed", re: g(`(?:整改)?(?:措施|举措)${S}${ABOUT}${NUM}${S}(?:条|项|个)[，,]?${S}${NOW}${ALL_MEASURES}`) },
  // 已完成整改措施58条; 完成整改措施58条 without 已, unless a plan (确保完成…)
  // (整改任务 are measures, as for measures_total: 已完成整改任务58项)
  { key: "measures_completed", re: g(`已(?:经)?(?:全部)?(?:完成|落实)(?:(?:整改)?(?:措施|举措)|整改任务)${S}${ABOUT}${NUM}${S}(?:条|项|个)`) },
  { key: "measures_completed", re: g(`完成(?:整改)?(?:措施|举措)${S}${ABOUT}${NUM}${S}(?:条|项|个)`), reject: (m, text) => PLANNED.test(text.slice(Math.max(0, m.index - 6), m.index)) },
  // 制定整改措施65项，截至目前已完成60项 / 整改措施已落实96条 / …65项，完成60项: a count done with
  // no noun, in a clause whose last counted noun is measures, after 已 or a clause break.
  { key: "measures_completed", re: g(`(?:完成|落实)${S}${ABOUT}${NUM}${S}(?:条|项|个)(?!${S}(?:的)?(?:具体)?问题)`), reject: (m, text) => !/(?:已|已经|全部|[，,、])$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || !/措施|举措/.test(subjectOf(m, text) ?? "") },
  // 整改任务30项，已完成27项 / 明确整改任务27项，已完成整改25项: a count done after the tasks' total
  // (afterTasks); not a plan (确保完成…).
  { key: "measures_completed", re: g(`(?:完成|落实)(?:整改)?${S}${ABOUT}${NUM}${S}(?:条|项|个|件)(?!${S}(?:的)?(?:具体)?问题)`), reject: (m, text) => !afterTasks(m, text) || PLANNED.test(text.slice(Math.max(0, m.index - 6), m.index)) },
  // 已完成整改问题19个、整改措施68条: the count of measures after others under one verb.
  { key: "measures_completed", re: g(`${DONE_VERB}${LISTED_BEFORE}(?:整改)?(?:措施|举措)${S}${NUM}${S}(?:条|项|个)`), scale: lastCount },
  // 建立健全制度机制27项, 出台制度规定7项; rules made in parts add up (新建制度8项，修订制度12项: 20)
  { key: "rules_made", re: g(`(?:制定|出台|建立|完善|修订|新建|建立健全)(?:了)?(?:[${HAN}]{0,6})?制度(?:机制|规定|办法|规范|文件)?${S}${ABOUT}${NUM}${S}(?:个|项|份|件|条|部)`), scale: (m, text) => num(m[1])! + partsAfter(RULES_PART, text, m.index + m[0].length) },
  { key: "rules_made", re: g(`(?:建章立制|建立健全制度|完善制度)(?:机制)?${S}${ABOUT}${NUM}${S}(?:个|项|份|件|条)`) },
  // Sums recovered in parts add up, as rules made do (收回资金36.25万元，清退多发补贴1.2万元: 37.45).
  // A sum after 其中 is a breakdown of a total, stated or not, never the total (其中退缴违纪资金12.3万元).
  { key: "recovered_wan_yuan", re: g(RECOVERED), scale: (m, text) => recoveredWithParts(m, text), reject: inBreakdown },
  // 违规资金35.6万元已全部追回: the sum written before the verb
  { key: "recovered_wan_yuan", re: g(`(?:损失|资金|款项|费用|补贴)${S}${ABOUT}${NUM}${S}(?:余|多)?(亿元|万元|元)${S}(?:已|均已)(?:经)?(?:全部)?(?:追回|收回|追缴|退还|退回|返还|清退|退缴|退赔|挽回)`), scale: (m) => toWan(num(m[1])!, m[2]), reject: inBreakdown },
  // A notice may state the rate of its problems and of its tasks (问题整改率93.3%, 整改任务完成率
  // 86.7%): the problems' is completion_rate, in whichever order they stand, as the other totals
  // count problems; a rate of tasks or measures only when no problems' rate is stated.
  { key: "completion_rate", re: g(RATE), scale: rateOf, reject: (m, text) => notRectifyingRate(m, text) || ofTasks(m, text), cue: "率" },
  { key: "completion_rate", re: g(RATE), scale: rateOf, reject: notRectifyingRate, cue: "率" },
  // 问责7人, 问责干部6人, 问责处理干部4名
  // (追责 is the same: 追责问责12人, 问责追责12人, 追责8人)
  // (追究责任 is 追责 spelled out: 追究相关人员责任5人)
  // (12人次 counts times, one person perhaps more than once: no count of persons)
  { key: "people_held_accountable", re: g(`(?:问责|追责|追究(?:相关)?(?:人员)?责任)(?:问责|追责)?(?:处理)?(?:了)?(?:党员干部|干部|党员|相关责任人|责任人|人员)?${S}${ABOUT}${NUM}${S}(?:人|名)(?!次)`), reject: personsInBreakdown },
  { key: "people_held_accountable", re: y(`${NUM}${S}(?:人|名)(?:被)?(?:问责|追责)`), reject: personsInBreakdown },
  // 对12名相关责任人进行了问责 (or a sanction: 对3名干部进行诫勉谈话)
  { key: "people_held_accountable", re: g(`对${S}${NUM}${S}(?:名|人)[^。；;，,]{0,12}?(?:问责|追责|处分|${SANCTION})`), reject: personsInBreakdown },
  // 问责张某、李八成等2人, 对高九成等3名责任人进行了问责, 给予张某等2人诫勉谈话: the persons named,
  // then counted after 等 (a name may hold a numeral: the count is the one after 等).
  { key: "people_held_accountable", re: g(`(?:问责|追责)(?:了)?[^。；;，,\\d\\n]{1,24}?等${S}${NUM}${S}(?:人|名)`), reject: personsInBreakdown },
  { key: "people_held_accountable", re: g(`(?:对|给予)[^。；;，,\\d\\n]{1,24}?等${S}${NUM}${S}(?:名|人)[^。；;，,]{0,12}?(?:问责|追责|处分|${SANCTION})`), reject: personsInBreakdown },
  // 给予2人党纪处分, 给予3名干部政务处分, 给予2人诫勉谈话: the persons before the sanction
  { key: "people_held_accountable", re: g(`给予${S}${NUM}${S}(?:人|名)[${HAN}]{0,8}?(?:处分|问责|${SANCTION})`), reject: personsInBreakdown },
  // 给予党纪政务处分4人; 党纪政务处分7人, 组织处理2人, 诫勉谈话3人 without 给予 (a bare 处分 only
  // after 给予). A list of sanctions in one sentence adds up (党纪处分2人，诫勉谈话3人: 5).
  { key: "people_held_accountable", re: g(`(?:给予(?:${SANCTION}|处分)|${SANCTION})${S}${ABOUT}${NUM}${S}(?:人|名)(?!次)`), scale: (m, text) => num(m[1])! + partsAfter(SANCTION_PART, text, m.index + m[0].length), reject: personsInBreakdown },
];

// A further sum right after one, in the same sentence, opened by its own verb (，清退多发补贴1.2万元;
// 督促/责令 before it). 挽回 (losses retrieved) is the umbrella word: a sum said with it may hold the
// others (挽回经济损失120万元，追回资金80万元), so then no parts are added. 其中 opens a breakdown.
const RECOVERED_PART = y(`[，,、；;]${S}(?:并|和|及|同时)?${S}(?:督促|责令)?(${RECOVERED})`);
function recoveredWithParts(m: RegExpExecArray, text: string): number {
  let sum = toWan(num(m[1])!, m[2]);
  if (m[0].includes("挽回")) return sum;
  let at = m.index + m[0].length;
  for (let k = 0; k < 6; k++) {
    RECOVERED_PART.lastIndex = at;
    const p = RECOVERED_PART.exec(text);
    const v = p ? num(p[2]) : null;
    if (!p || v === null || p[1].includes("挽回")) break;
    sum = Math.round((sum + toWan(v, p[3])) * 1e6) / 1e6;
    at = p.index + p[0].length;
  }
  return sum;
}

// Further sanctions right after one, in the same sentence (，组织处理2人、诫勉谈话3人); 其中 opens a
// breakdown of the count before it, which is no further part.
const SANCTION_PART = y(`[，,、；;]${S}(?:并|和|及|同时)?${S}(?:给予|予以)?(?:${SANCTION})${S}${ABOUT}${NUM}${S}(?:人|名)(?!次)`);

// rules_made counts the rules a notice made or revised, as its verbs say (制定, 修订, 完善…). A
// notice that states them in parts, one verb each, in one sentence (新建制度8项，修订完善制度12项、
// 修订5项) states their sum; a part must name 制度 or nothing between verb and number (not 完善台账
// 12本). A breakdown of a stated total (…20项，其中新建8项) is no further part, nor is a count of
// rules abolished (废止制度2项), which ends the parts.
const RULES_PART = y(`[，,、；;]${S}(?:并|和|及|同时)?${S}(?:新制定|新建立|新建|制定|出台|建立|修订完善|修改完善|修订|修改|完善)(?:了)?(?:[${HAN}]{0,6}?制度(?:机制|规定|办法|规范|文件)?)?${S}${ABOUT}${NUM}${S}(?:个|项|份|件|条|部)`);

/**
 * The sum of the further parts `part` (a sticky regex, its count in group 1) finds one after
 * another from `at`, each where the last ended: at most a handful, each tried once.
 */
function partsAfter(part: RegExp, text: string, at: number): number {
  let sum = 0;
  for (let k = 0; k < 6; k++) {
    part.lastIndex = at;
    const m = part.exec(text);
    const v = m ? num(m[1]) : null;
    if (!m || v === null) break;
    sum += v;
    at = m.index + m[0].length;
  }
  return sum;
}

function toWan(v: number, unit: string): number {
  const r = unit === "亿元" ? v * 10000 : unit === "元" ? v / 10000 : v;
  return Math.round(r * 1e6) / 1e6;
}

/**
 * Totals a notice sets out in a table: a row of labels over a row of their counts (反馈问题数 已完成
 * 正在推进 整改措施 / 18 16 2 45), or a label and its count on each row (反馈问题 18 / 已完成整改
 * 16, two rows at least; 反馈问题（个）：18). Normalize sets a row's cells apart by one space. Each
 * label is read by the first of these that it names; a label that names none (序号, 满意率) is
 * skipped, and a rectifying rate (整改完成率 83.3%) is the completion rate. A count the text states
 * in words wins over the table's.
 */
const TABLE_LABELS: ReadonlyArray<{ key: keyof Reported; label: RegExp }> = [
  // (a rate's value is a percentage: 整改完成率 / 83.3%)
  { key: "completion_rate", label: new RegExp(`^(?:问题|措施|整改任务)?${RATE_WORD}$`) },
  { key: "measures_completed", label: /(?:措施|举措).*(?:完成|落实)|(?:完成|落实).*(?:措施|举措)/ },
  { key: "measures_total", label: /措施|举措/ },
  { key: "suggestions_total", label: /建议/ },
  { key: "immediate_total", label: IMMEDIATE },
  { key: "rules_made", label: /制度/ },
  { key: "people_held_accountable", label: /问责|追责|处分/ },
  { key: "recovered_wan_yuan", label: /(?:挽回|追回|收回|追缴|退还|清退).*万元/ },
  { key: "issues_in_progress", label: /正在|推进中|整改中|未完成|未整改|持续推进|阶段性/ },
  { key: "issues_completed", label: /已完成|已整改|完成整改|整改完成|办结|销号|整改到位|已到位/ },
  { key: "issues_total", label: /反馈|发现|指出|交办|问题总数|问题数|^问题$/ },
];
const TASK_LABEL = /^(?:措施|整改任务)/;
// (a rate is no count: 整改完成率 names 完成 but counts nothing)
const NOT_COUNT_LABEL = /率|比例|占比|序号|时间|日期|单位|时限/;
// (each starts with a line break, a literal: the search skips to line starts, not each character)
// (a cell may be a rate, 83.3%, beside the counts)
const COUNTS_ROW = /\n(\d{1,6}(?:\.\d+)?%?(?: \d{1,6}(?:\.\d+)?%?)+) ?(?=\n|$)/g;
const LABEL_ROW = new RegExp(`\\n([${HAN}（）()]{2,16}?)(?:\\s*[:：]\\s*| )(\\d{1,6}(?:\\.\\d+)?%?)(?:个|条|项|件|人|名|万元)?(?=\\n|$)`, "g");
function tableTotals(text: string): Reported {
  const out: Reported = {};
  let tasksRate = false;
  const put = (label: string, value: string) => {
    const l = label.replace(/[（(][^（()）]{1,4}[)）]$/, "");
    const percent = value.endsWith("%");
    if (TABLE_LABELS[0].label.test(l)) {
      const v = Number(value.replace("%", ""));
      // (a rate written 0.833 with no % sign is a ratio already; % sign or (%) in the label: a percentage)
      const ratio = percent || /[（(]%[)）]$/.test(label) ? v / 100 : v;
      // (a rate of tasks or measures gives way to the problems', wherever it stands in the table)
      if (ratio <= 1 && (out.completion_rate === undefined || (tasksRate && !TASK_LABEL.test(l)))) {
        out.completion_rate = Math.round(ratio * 1e6) / 1e6;
        tasksRate = TASK_LABEL.test(l);
      }
      return;
    }
    if (percent || NOT_COUNT_LABEL.test(l)) return;
    const rule = TABLE_LABELS.find((r) => r.label.test(l));
    if (rule && out[rule.key] === undefined) out[rule.key] = Number(value);
  };
  COUNTS_ROW.lastIndex = 0;
  for (let m = COUNTS_ROW.exec(text); m; m = COUNTS_ROW.exec(text)) {
    const values = m[1].split(" ");
    const head = text.lastIndexOf("\n", m.index - 1);
    const labels = text.slice(head + 1, m.index).trim().split(" ");
    // (a row under 序号 is one of a list's rows, not the totals)
    if (labels.length !== values.length || labels.some((l) => l.length > 16 || /\d|序号|编号/.test(l))) continue;
    labels.forEach((l, k) => put(l, values[k]));
    break;
  }
  LABEL_ROW.lastIndex = 0;
  let last = -1;
  let run: Array<[string, string]> = [];
  for (let m = LABEL_ROW.exec(text); m; m = LABEL_ROW.exec(text)) {
    // rows next to each other: this one starts where the last one ended
    if (m.index !== last) run = [];
    run.push([m[1], m[2]]);
    last = m.index + m[0].length;
    LABEL_ROW.lastIndex = last;
    if (run.length === 2) for (const [l, v] of run) put(l, v);
    else if (run.length > 2) put(m[1], m[2]);
  }
  return out;
}

// A count wrapped at a page's width between its number and its measure word (…已整改完成16 / 个，2个
// 正在推进): the number ends a line of 20 characters or more, the word opens the next. A table's
// row does not end so. (The break comes first and is asserted from behind: the search skips from
// line break to line break.)
const WRAPPED_COUNT = /\n(?<=[^\n]{19}\d\n)(?=[个项条件人名]|万元|亿元|元)/g;
// A count's noun ending a line, its count opening the next (巡察反馈问题 / 共计20个，…): read as one
// when the count runs on into the sentence (not a table's cell, a bare number or one set off by a
// space).
const WRAPPED_NOUN = /\n(?<=(?:问题|措施|举措|任务)\n)(?=(?:共计|累计|合计|总计|共有|共)?[^\S\n]*(?:\d{1,5}|[零〇一二三四五六七八九十百两]{1,5})[^\S\n]*[个项条](?![\s]|$))/g;

// The schema's own order of the keys: a document lists its totals so, whichever pass found each.
const KEY_ORDER = Object.keys(ReportedShape.shape) as Array<keyof Reported>;
/** The same totals with their keys in the schema's order. */
export function inSchemaOrder(r: Reported): Reported {
  const out: Reported = {};
  for (const k of KEY_ORDER) if (r[k] !== undefined) out[k] = r[k];
  return out;
}

/** Stated totals from the notice's own summary text; the first statement of each key wins. */
export function findReported(text: string): Reported {
  const out = readRules(text);
  // (read again with such breaks taken out, for what was not read line by line)
  if (text.includes("\n")) {
    WRAPPED_COUNT.lastIndex = 0;
    WRAPPED_NOUN.lastIndex = 0;
    if (WRAPPED_COUNT.test(text) || WRAPPED_NOUN.test(text)) {
      const more = readRules(text.replace(WRAPPED_COUNT, "").replace(WRAPPED_NOUN, ""));
      for (const k of Object.keys(more) as Array<keyof Reported>) out[k] ??= more[k];
    }
  }
  if (out.completion_rate === undefined) {
    const rate = wrappedRate(text);
    if (rate !== undefined) out.completion_rate = rate;
  }
  // (a table has rows; its searches skip from line break to line break)
  if (text.includes("\n")) {
    const table = tableTotals(text);
    for (const k of Object.keys(table) as Array<keyof Reported>) out[k] ??= table[k];
  }
  const summed = inProgressSum(text, out);
  if (summed !== undefined) out.issues_in_progress = summed;
  return inSchemaOrder(out);
}

// Problems in hand stated in two or more kinds in one sentence (已整改到位9个，阶段性完成2个，持续推进中1个):
// all of them are in progress. Added up only where the sum is what the total leaves after those
// done (9 + 2 + 1 = 12), so a breakdown (其中…) or a count of something else is never added twice.
const IN_PROGRESS_KIND = g(`(?:${IN_HAND}|持续推进中|持续推进|常态化推进|长期坚持)(?:的)?(?:问题)?${S}${NUM}${S}(?:个|项|条)`);
// The entries of the notice's own list of problems (共梳理出问题清单15条): the feedback's problems may be
// split into more entries, and the counts done and in hand then count those (反馈问题12个，…问题清单15条，
// 已完成整改13个，基本完成1个，需长期坚持1个).
const LIST_TOTAL = new RegExp(`问题清单${S}${ABOUT}${S}${NUM}${S}(?:个|项|条)`);
function inProgressSum(text: string, r: Reported): number | undefined {
  const done = r.issues_completed;
  const first = r.issues_in_progress;
  if (r.issues_total === undefined || done === undefined || first === undefined) return undefined;
  const listed = text.includes("清单") ? LIST_TOTAL.exec(text) : null;
  const totals = [r.issues_total, listed ? num(listed[1]) : null].filter((t): t is number => t !== null && done + first < t);
  if (!totals.length) return undefined;
  IN_PROGRESS_KIND.lastIndex = 0;
  let sentence = -1;
  let sum = 0;
  let kinds = 0;
  for (let m = IN_PROGRESS_KIND.exec(text); m; m = IN_PROGRESS_KIND.exec(text)) {
    const start = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("；", m.index), text.lastIndexOf("\n", m.index));
    const v = num(m[1]);
    if (v === null) continue;
    if (start !== sentence) {
      sentence = start;
      sum = 0;
      kinds = 0;
    }
    // (a breakdown of those in hand is no kind of its own)
    if (text.slice(start + 1, m.index).includes("其中")) continue;
    sum += v;
    kinds++;
    if (kinds >= 2 && totals.includes(done + sum)) return sum;
  }
  return undefined;
}

function readRules(text: string): Reported {
  const out: Reported = {};
  let starts: number[] | null = null;
  for (const rule of REPORTED_RULES) {
    if (out[rule.key] !== undefined || (rule.cue !== undefined && !text.includes(rule.cue))) continue;
    if (rule.re.sticky) {
      // Every place a match of the rule can start is a number start: a place inside a number
      // fails NUM_START, and the scan resumes right after each number it finds.
      starts ??= numberStarts(text);
      for (const at of starts) {
        rule.re.lastIndex = at;
        const m = rule.re.exec(text);
        if (!m || rule.reject?.(m, text)) continue;
        const v = rule.scale ? rule.scale(m, text) : num(m[1]);
        if (v !== null && Number.isFinite(v)) out[rule.key] = v;
        break;
      }
      continue;
    }
    const v = firstValue(rule, text);
    if (v !== undefined) out[rule.key] = v;
  }
  return out;
}

/** The value of a global rule's first match it does not refuse (undefined when that is no number). */
function firstValue(rule: ReportedRule, text: string): number | undefined {
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
    if (rule.reject?.(m, text)) {
      rule.re.lastIndex = m.index + 1; // a shorter match may start inside a refused one
      continue;
    }
    const v = rule.scale ? rule.scale(m, text) : num(m[1]);
    return v !== null && Number.isFinite(v) ? v : undefined;
  }
  return undefined;
}

// A rate's words wrapped at a page's width (整改完 / 成率91.7%): read again with the breaks inside
// a run of Han characters, or right after 率, taken out. Counts are never read across a break (a
// table's rows); a rate's word is no table cell's when it runs on into its number.
// (the problems' rate first, as in the text)
const RATE_RULES = REPORTED_RULES.filter((r) => r.key === "completion_rate");
// (not over a table's row of values, 80% 90%: the label above is one of its cells)
const WRAPPED = new RegExp(`(?<=[${HAN}])\\n(?=[${HAN}])|(?<=率)\\n(?=[\\d百])(?![\\d.]+[%％]? \\d)`, "g");
function wrappedRate(text: string): number | undefined {
  if (!text.includes("率") || !text.includes("\n")) return undefined;
  const unwrapped = text.replace(WRAPPED, "");
  for (const rule of RATE_RULES) {
    const v = firstValue(rule, unwrapped);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * Counts stated by status headings: `（一）已完成整改的问题（2个）`, `正在推进整改的问题1个`. Only
 * problem sections count (not suggestions or immediate fixes).
 */
const STATUS_COUNT = new RegExp(`${NUM}${S}(?:个|项|条)[)）]?$`);
export function countsFromStatusTitles(titles: string[]): Pick<Reported, "issues_completed" | "issues_in_progress"> {
  const out: Pick<Reported, "issues_completed" | "issues_in_progress"> = {};
  for (const t of titles) {
    if (SUGGESTION.test(t) || IMMEDIATE.test(t)) continue;
    const m = STATUS_COUNT.exec(t);
    if (!m) continue;
    const v = num(m[1]);
    const status = statusOf(t);
    if (v === null || !status || status === "unknown") continue;
    const key = status === "completed" ? "issues_completed" : "issues_in_progress";
    out[key] = (out[key] ?? 0) + v;
  }
  return out;
}
