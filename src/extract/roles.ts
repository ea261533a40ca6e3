// What each section of the outline is for, from its heading's words. A role is inherited by
// everything under an organisation or plan section; status sections say how far their items are.
import type { SectionNode } from "../schema/index.js";
import { parseChineseNumber } from "../numerals/index.js";

export type Role = SectionNode["role"];
export type Status = "completed" | "in_progress" | "unknown";

// The words that plan when the work will be done (计划于2024年底前完成, 预计6月完成整改, 力争年内办结,
// 争取, 拟于…, 确保…, 将于…): one list for every rule that reads a plan (a status, a plan sentence or clause,
// the time it names), so they agree. 按计划/原计划 is no plan (已按计划完成 is done); 拟 only as a word
// of its own (模拟, 拟定, 拟任, 拟稿 are others). PLAN_VERB is the words alone (what the totals read as a
// promise before 全部/均); a status is read from PLANS, the words with a time.
export const PLAN_VERBS: readonly string[] = [
  "(?<![按照原])计划",
  "预计",
  "力争",
  "争取",
  "(?<!模)拟(?![定订任稿写提聘])",
  "确保",
  // 将 plans only before when (将于2025年6月底前完成, 将在年底前办结); 将…纳入 is no plan.
  "将(?=于|在)",
];
export const PLAN_VERB = `(?:${PLAN_VERBS.join("|")})`;
// Every plan word plans only when it names a time before the finish (确保年底前完成, 力争6月办结,
// 预计近期完成, 计划按期完成): without one (确保整改到位, 力争全部办结, 计划完成整改) it is a promise, and
// states no status, whichever word makes it.
const PLAN_TIME_WORD = "(?:前|底|末|内|月|年|季度|旬|\\d|近期|按期|如期|按时|限期)";
export const PLANS = `${PLAN_VERB}(?=(?:于|在|到)?(?:(?!完成|办结|到位|销号)[^，,。；;已]){0,14}?${PLAN_TIME_WORD})`;
/** How a plan says the work will be finished: 完成, 全部办结, 整改到位, 销号. */
export const FINISH = "(?:全部|全面)?(?:完成|办结|到位|销号)";
// In-progress words first: 未完成 contains 完成, 基本整改到位, 阶段性完成 and 部分完成 are not done yet
// (正在办理, 实施中, 尚在整改, 未整改 neither), and
// 常态化推进 / 长期坚持 (the schema has no long-term status) go on.
// One vocabulary of done for every place a status is read (a status section's title, a status
// sentence, a field, a note after a heading): 已 with any adverbs (全部 均 经 按期) before a word of
// done (完成 到位 办结 销号 完毕), 均已… / 全部办结 without 已 — not after 确保/力争 (a promise).
// A plan to finish (计划于2024年底前完成, 预计6月完成整改, 力争年内办结) is not done yet; 已按计划完成 and
// 整改计划已全部完成 are.
const IN_PROGRESS = new RegExp(`${PLANS}(?:于|在|到)?[^，,。；;已]{0,16}?${FINISH}|正在推进|正在整改|正在落实|正在办理|正在实施|推进中|整改中|落实中|进行中|办理中|实施中|尚在(?:整改|推进|办理)|部分(?:整改|完成|办结)|未整改|持续推进|持续整改|序时推进|按期推进|按序推进|尚未完成|未完成|未(?:全部)?(?:整改|办理)?(?:到位|办结|销号|完毕)|基本完成|基本整改|需长期坚持|长期坚持|逐步推进|阶段性完成|阶段性(?:成效|进展|目标|任务)|(?:按计划|按时序|有序|稳步)推进|初步(?:整改|完成)|基本(?:整改)?(?:完成|到位|办结)|常态化(?:推进|整改|开展)`);
export const DONE_WORD = /完成|到位|办结|销号|完毕|完结/;
// Money or goods given back or recovered (退回 清退 追缴 收缴…): done when the whole of it is (已全部退回,
// 已全额收缴, 已追缴到位, 全部清退到位), not when some is (已追回12万元, 尚未全部追缴到位).
export const RECOVERY_VERBS: readonly string[] = ["退回", "清退", "退还", "返还", "退缴", "收缴", "追缴", "追回", "收回", "缴回", "上缴", "补缴", "缴入", "缴纳"];
const RECOVERY = `(?:${RECOVERY_VERBS.join("|")})`;
const RECOVERED = `已(?:经)?(?:全部|全额|足额|如数)${RECOVERY}(?:到位|完毕)?|已(?:经)?${RECOVERY}(?:到位|完毕)|(?<![未没保争取将要需])(?:全部|全额|足额)${RECOVERY}(?:到位|完毕)`;
// A whole sentence that only says the work is done, without 已 (整改完成。 / 完成整改 / 整改到位。);
// anchored, since inside a sentence the same words may be promised (确保整改到位).
const DONE_SENTENCE = "^(?:整改|办理)(?:完成|到位|完毕|办结)[。.！!]?$|^完成整改[。.！!]?$";
// The words of a fix made at once (IMMEDIATE): after 已 they say it was made (已立行立改的问题, 整改状态：已即知即改),
// a status the text states; alone (立行立改问题, 整改时限：立行立改) they name the kind and state none.
const IMMEDIATE_WORDS = "立行立改|立查立改|即知即改|边巡边改|立知立改";
const COMPLETED = new RegExp(`已(?:经)?(?:全部|均|都)?(?:${IMMEDIATE_WORDS})|已(?:经|全部|全面|均|都|按期|按时|如期|按计划)*(?:整改|办理|完成整改)?(?:完成|到位|办结|销号|完毕|完结|落实|解决)|已(?:经|全部|全面|均|都)?整改|(?:整改|办理)(?:完成|完毕)的|完成整改的|整改完毕|办理完毕|(?<![保争取将要需])(?:全部|均|都)(?:整改|办理)?(?:完成|到位|办结|销号|完毕)|${RECOVERED}|${DONE_SENTENCE}`);
// A clause of a longer sentence that states the item's status with more words besides (…，已全额收回
// 违规发放的助学金 / …，目前已整改完毕并通过验收 / …，该问题已于2024年10月整改完毕). Declared one shape at a
// time, since most 已… clauses are a piece of work done and state no status (已完成档案整理, 已追回12万元):
// done and closed off (整改完成并销号); done with its time (2025年10月已办结, 已于2025年9月销号); the whole of
// a sum given back, whatever it names; done and then what sealed it (并通过验收). `whole`: the clause is
// nothing but the status (and its time), so it leaves the measure as a status sentence does; else it stays
// the measure's words and only sets the status.
const CLAUSE_LEAD = "(?:目前|当前|现|截至目前|截止目前|该问题|此问题|该项(?:工作|问题)?|此项(?:工作)?|相关问题)?[，,]?";
// (a time written before or after the status: 2025年10月已办结, 已于2025年9月销号)
const CLAUSE_TIME = "[\\d〇○零一二三四五六七八九十今本上下去明当年月日号底季度旬初末前]{2,14}";
export const STATUS_CLAUSES: ReadonlyArray<{ re: RegExp; whole: boolean }> = [
  // done, then closed off (整改完成并销号, 已整改到位并办结): a status alone
  { re: new RegExp(`^${CLAUSE_LEAD}(?:已(?:经)?(?:全部)?)?(?:整改|办理)(?:完成|完毕|到位)并(?:已)?(?:销号|办结)$`), whole: true },
  { re: new RegExp(`^${CLAUSE_LEAD}(?:于)?${CLAUSE_TIME}[，,]?(?:已(?:经)?(?:全部)?)(?:整改|办理)?(?:完成|完毕|到位|办结|销号)(?:整改)?$`), whole: true },
  { re: new RegExp(`^${CLAUSE_LEAD}已(?:经)?(?:全部|全额|足额|如数)${RECOVERY}`), whole: false },
  { re: new RegExp(`^${CLAUSE_LEAD}已(?:经)?(?:全部|全面)?(?:(?:整改|办理)(?:完成|完毕|到位)|办结|销号)并`), whole: false },
  { re: new RegExp(`^${CLAUSE_LEAD}已(?:经)?(?:于|在)[^，,。；;已]{0,12}?[年月日号底季旬]前?(?:全部|全面)?(?:整改)?(?:完成|完毕|到位|办结|销号)(?:整改)?$`), whole: true },
];
/** The status a clause of that kind states (and whether it is nothing else), or null. */
export function statusClause(clause: string): { status: Status; whole: boolean } | null {
  // (cheap: each shape holds 已 or 并)
  if (clause.indexOf("已") < 0 && clause.indexOf("并") < 0) return null;
  for (const c of STATUS_CLAUSES) if (c.re.test(clause)) return { status: "completed", whole: c.whole };
  return null;
}
// The unit that acted, named before the problem it acted on (院党支部针对…的问题，… / 局党组针对… / 公司针对… /
// 我局针对…): a short subject with no pause, ending on a word for a unit or its leading body. Read before
// 针对 wherever a lead-in is (a heading's problem and measure here; segment/labelled.ts's paragraphs), so
// such a heading or paragraph is led by its problem too.
// (中学/小学/大学/幼儿园 for schools, whose names end on no other unit word)
const UNIT_END = "党组|党委|党工委|党总支|党支部|支部|领导班子|班子|领导小组|公司|集团|单位|部门|局|院|校|学校|中学|小学|大学|幼儿园|中心|街道|街道办|社区|村|镇|乡|支行|分行|银行|委|办|厅|所|站|队|处|科|室|馆|会";
// (a bank or an institute names itself by one word, 我行, 该行, 本所: 行 alone ends no other unit's name)
export const UNIT_SUBJECT = `(?:(?:我|本|该)(?:行|所|站)|(?:我|本|该)?[^，,。；;：:、\\s“”"‘’「」()（）]{0,10}?(?:${UNIT_END}))`;
/** Where 针对 stands after a unit subject at a text's start (院党支部针对…: 4), else -1. */
const SUBJECT_LED = new RegExp(`^\\s*${UNIT_SUBJECT}(?=针对)`);
export function subjectBefore(text: string): number {
  // (cheap: 针对 within a short subject's reach)
  const k = text.indexOf("针对");
  if (k <= 0 || k > 16) return -1;
  const m = SUBJECT_LED.exec(text);
  return m ? m[0].length : -1;
}
export const PLAN = /下一步|下步|今后|工作打算|工作计划|推进计划|努力方向|深化整改计划|持续深化/;
const ORGANISATION = /(?:总体|基本|整体)(?:情况|进展)$|高度重视|统筹部署|强化组织|加强组织|整改工作(?:的)?(?:开展|推进|部署)?情况$|组织(?:落实|领导|开展|实施)?情况|组织领导|主体责任(?:履行|落实)?情况|履行.{0,6}责任情况|整改工作(?:组织|开展|推进)情况|领导班子履行|压实整改责任|整改工作的?(?:主要)?做法/;
// Words of how the unit organised the work (提高政治站位，扛牢巡视整改政治责任 / 细化整改方案 /
// 成立整改领导小组): read only at the top and where no fault is found, since an item may name the
// same things (整改方案针对性不强, 关于领导小组作用发挥的问题).
const ORGANISING = /政治站位|政治责任|政治自觉|思想认识|领导小组|工作专班|整改方案|组织领导|加强领导|强化领导|压实.{0,4}责任|(?:安排|研究|动员|统筹)部署|部署推进|统筹推进/;
const RECTIFICATION = /整改(?:落实|进展|完成|工作)?(?:进展)?情况|落实情况|问题整改|反馈(?:意见|问题)|集中整改|整改进展|意见建议|立行立改|立查立改|即知即改|边巡边改|立知立改|整改事项/;

// Done, and then kept up (已完成并长期坚持, 已整改到位并常态化推进): the work asked for is done; what is kept up
// after it is no part still to do, so it is done, though 长期坚持 alone goes on.
// (a comma alone may join them: 该问题已整改完成，将持续巩固整改成果, 已整改，需长期坚持; or a note, 已完成（长期坚持）;
// 已整改 is done as 已整改完成 is)
const DONE_THEN_KEPT = /已(?:经|全部|全面)?(?:整改|(?:整改)?(?:完成|到位|办结|销号)(?:整改)?)(?:[，,]?(?:并|且|同时)|[，,（(])(?:将|需要?)?(?:长期坚持|常态化|持续(?:巩固|坚持|推进))/;
/** Status a heading's words state, or null when they state none. */
export function statusOf(text: string): Status | null {
  if (DONE_THEN_KEPT.test(text)) return "completed";
  if (IN_PROGRESS.test(text)) return "in_progress";
  if (COMPLETED.test(text)) return "completed";
  return null;
}

// A status section opens with the status (已完成整改的问题, 尚未完成的事项, 需长期坚持的问题);
// 部分整改任务未完成 names a problem.
const STATUS_START = /^(?:已|正在|尚未|未|基本|需|持续|长期|常态化|逐步|阶段性|序时|按期|整改完成|完成整改|整改完毕|完成|(?:全部|均|都)(?:已|整改|办理|完成|到位|办结|销号|完毕))/;
/**
 * Words that find fault: a heading below a rectification section that uses them states a
 * problem (组织领导不力, 工作计划执行不严格, 服务不优, 决策不审慎, 审批随意, 管理粗放), whatever
 * section words it also holds. (不 + a quality: 不断 不忘 are none, so each quality is listed.)
 */
// …or after the time it speaks of: 集中整改期间已完成的整改事项, 目前尚未完成的问题.
const STATUS_AFTER_TIME = /^.{0,8}(?:期间|阶段|以来|目前)[，,]?(?:已|正在|尚未|需)/;
export const DEFICIENCY = /不(?:到位|够|力|严|实|足|强|高|优|规范|彻底|深入|充分|严格|及时|完善|健全|明显|明确|明晰|扎实|精准|全面|细|准|落地|畅|当|合理|科学|清|审慎|严谨|严肃|积极|主动|透明|完整|统一|一致|对应|匹配|平衡)|(?:问题|现象|矛盾)(?:较为|比较|十分)?突出|存在[^，,。；;]{1,12}现象|未(?:能|按|及时|严格|有效|落实|建立|完成|执行|到位|整改)|缺位|缺失|缺乏|缺少|欠缺|粗放|粗糙|形同虚设|差距|滞后|滞缓|缓慢|迟缓|(?:过|偏)(?:多|少|高|低|慢|大|弱)|薄弱|弱化|虚化|淡化|偏差|漏洞|隐患|风险|违规|违纪|超标|混乱|随意|松散|松懈|偏松|偏软|偏宽|流于形式|走过场|屡禁不止/;

// How measures set out as headings open (建立…, 针对…不到位的问题，…): they find no fault of their own.
export const ACTION_START = /^(?:建立|制定|开展|加强|完善|健全|召开|强化|深化|提升|修订|出台|针对|对照|围绕|坚持|持续|进一步|切实|着力|聚焦|抓好|做好|狠抓|印发|梳理|排查|整治|清理|实行|实施|压实|明确)/;
// More verbs that open a measure, beyond ACTION_START (which also guards problem headings, so it
// leaves out words a problem may open with).
export const MEASURE_START = /^(?:对|完成|落实|全面|认真|严格|规范|组织|推进|召开|加大|推动|深入|细化|优化|督促|约谈|清退|追回|收回|退还|调整|配齐|配备|补齐|加快|举办|开设|引进|选派|招聘|新建|建成|实现|提高|抓实|夯实|筑牢|树立|健全|整合|理顺|落细|跟踪|定期|每月|每季度|每年)/;

/**
 * The role a heading's own words give it (before inheritance and item detection). `nested`: the
 * heading stands below a rectification, status or category section, where a heading that finds
 * fault or opens with 关于 is a problem (or its category), not a section of the notice.
 */
export function roleOf(title: string, nested = false): Role {
  const t = title.replace(/\s+/g, "");
  if (t.length <= 30 && statusOf(t) && (STATUS_START.test(t) || STATUS_AFTER_TIME.test(t)) && /问题|事项|任务|整改|情况|\d+个/.test(t) && !/^关于/.test(t) && !KIND_LABEL.test(t)) return "status";
  // 关于…情况 (关于意见建议落实情况) names a section, not a problem.
  if (nested && (DEFICIENCY.test(t) || (/^关于/.test(t) && !/情况$/.test(t)))) return "other";
  if (PLAN.test(t)) return "plan";
  // (关于组织领导方面的问题 names the problems found in how the unit is led: a theme of items, not the
  // section on how the rectification was organised)
  if (ORGANISATION.test(t) && !/^关于.{2,}问题$/.test(t)) return "organisation";
  if (RECTIFICATION.test(t)) return "rectification";
  if (!nested && ORGANISING.test(t) && !DEFICIENCY.test(t) && !/^关于|问题$/.test(t)) return "organisation";
  return "other";
}

/**
 * A label of the kind of rectification (长期坚持类, 立行立改类问题, 限期整改类（3个）): a category,
 * even when its words also name a status.
 */
export const KIND_LABEL = /类(?:问题|事项|任务)?(?:[(（][^()（）]*[)）])?$/;

// Words that only point back to problems named elsewhere (上述, 巡察反馈的, 以上几个).
const POINTER = /^(?:上述|以上|前述|这些|这类|此类|该|这|此|相关|有关|存在|巡[察视]组?|反馈|指出|发现|提出|检查|的|等|各项|几个|[一二三四五六七八九十两\d]{1,3}[个类项])+$/;
/** Whether the words before 问题 point back rather than name one: 针对上述问题， / 针对巡察反馈的问题，. */
export const pointsBack = (words: string): boolean => words.length <= 16 && POINTER.test(words);

// A problem named by its number, to refer to one listed before (see referred.ts):
// 针对第1个问题 / 关于第二项问题 / 针对问题一 / 问题（三） / 第四个问题的整改情况, what may follow the
// reference (a comma and the measure, or nothing). Not 第一方面的问题 (a category), nor 上述问题.
const NUM = "[一二三四五六七八九十\\d]{1,3}";
const REFERENCE = `(?:巡[察视]组?(?:反馈|指出)的?)?(?:第(${NUM})(?:个|项|条)?(?:反馈)?问题|问题[(（]?(${NUM})[)）]?(?![\\d一二三四五六七八九十]))(?:的)?`;
export const REFERS = new RegExp(`^(针对|关于|对于|就)?${REFERENCE}(整改(?:落实)?(?:情况)?)?`);
/** A paragraph that opens with a reference (针对第1个问题，… / 关于问题二：…): lead word, reference, pause. */
export const LED_BY_NUMBER = new RegExp(`^(?:针对|关于|对于)\\s*${REFERENCE}(?:整改(?:落实)?(?:情况)?)?\\s*[，,：:]\\s*`);

/** The number of the problem a heading or a paragraph's lead refers to (针对第2个问题 → 2), or null. */
export function referredNumber(text: string): number | null {
  // Cheap prefilter: every reference names 问题 within its first dozen characters.
  const at = text.indexOf("问题");
  if (at < 0 || at > 14) return null;
  const t = text.replace(/\s+/g, "");
  const m = REFERS.exec(t);
  // It refers with a word (针对…) or reports on it (…的整改情况), and ends the title or its clause:
  // 问题一：公车使用不规范 labels a problem of its own.
  if (!m || !(m[1] || m[4]) || !/^(?:$|[，,：:。；;])/.test(t.slice(m[0].length))) return null;
  const n = m[2] ?? m[3];
  const v = /^\d+$/.test(n) ? Number(n) : parseChineseNumber(n);
  return v !== null && v >= 1 ? v : null;
}

// …and sections of the inspectors' suggestions however named: 巡察建议, 所提3条建议的办理情况.
export const SUGGESTION = /意见建议|建议落实|建议事项|整改建议|巡[察视]组?建议|所提(?:出的)?(?:\d+条)?建议|建议的?(?:落实|办理|采纳)/;
export const IMMEDIATE = new RegExp(IMMEDIATE_WORDS);
// A fix made at once and then kept up (立行立改，长期坚持 / 立行立改并常态化推进) is no immediate fix:
// the work goes on, as an item that must be kept up long-term does.
export const KEPT_UP = /长期|常态化|久久为功|持续(?:推进|整改|坚持|深化)/;
/** Whether words name an immediate fix and nothing to keep up after it. */
export const immediateOnly = (t: string): boolean => IMMEDIATE.test(t) && !KEPT_UP.test(t);
