// Stage 3, segment: clean lines → the notice's own outline. Which line is a heading comes from
// the rule chain in ./rules; which level a marker style stands at is inferred per document
// (see inferLevel). Text between headings is the body of the heading above it.
import type { Diagnostic } from "../schema/index.js";
import type { CleanLine } from "../normalize/index.js";
import { matchMarker, listMarkerRuns, ENUMERATION_RE, HEADING_RULES, type RuleMatch } from "./rules/index.js";
import { matchFieldLabel, type FieldName } from "./fields.js";
import { splitHeading } from "./split.js";
import { closingStart, attachmentStart } from "./closing.js";
import { ATTACHMENT_HEAD } from "../normalize/index.js";
import { splitLabelledItems, preambleItems } from "./labelled.js";
import { splitTableRows, splitPreambleRows, tableHeader, tableRow, headerlessAt, type Column } from "./table.js";
import type { Span } from "../normalize/span.js";
import { parseChineseNumber } from "../numerals/index.js";
import { ACTION_START, MEASURE_START, DEFICIENCY, roleOf, statusOf } from "../extract/roles.js";

// A clean line whole, as a span.
const whole0 = (line: CleanLine): Span => ({ line, start: 0, end: line.text.length });

export { matchFieldLabel, opensLabel, FIELD_LABELS, type FieldName } from "./fields.js";
export { HEADING_RULES, matchMarker } from "./rules/index.js";

export interface HeadingNode {
  level: number;
  style: string;
  number: number;
  /** Marker span (as written it is read back from the original). */
  marker: Span;
  /** Heading text span, cut before any body text sharing its line. */
  title: Span;
  children: HeadingNode[];
  parent: HeadingNode | null;
  /** Body text: the rest of the heading's line, then every line up to the next heading. */
  body: Span[];
  /** A table row's cells, each filling the field its column names (rows only). */
  cells?: TableCell[];
}

export interface TableCell {
  field: FieldName;
  /** The column's name. */
  label: string;
  span: Span;
}

export interface Outline {
  /** Lines before the first heading (title, preamble). */
  preamble: Span[];
  /** The closing block after the last section: invitation to comment, contacts, sign-off. */
  closing: Span[];
  roots: HeadingNode[];
  /** Every heading in document order. */
  headings: HeadingNode[];
  /**
   * Index (in the clean lines) of the first attachment after the sign-off that holds matter of its
   * own; the number of lines when there is none. Each such attachment is a root of style
   * `attachment`; the closing block stands before them.
   */
  attachmentsFrom: number;
  diagnostics: Diagnostic[];
}

interface OpenLevel {
  style: string;
  last: number;
  /** The marker's scope (a label word: 问题 or 建议), whose numbers count apart. */
  scope?: string;
  node: HeadingNode;
}

export function segment(lines: CleanLine[]): Outline {
  const diagnostics: Diagnostic[] = [];
  const roots: HeadingNode[] = [];
  const headings: HeadingNode[] = [];
  const preamble: Span[] = [];
  const stack: OpenLevel[] = [];
  const styleLevel = new Map<string, number>();
  // The style of the heading each style was first seen under (null: at the top).
  const parentStyle = new Map<string, string | null>();
  // Styles of headings that do not read as a measure (a problem, a category).
  const problemStyles = new Set<string>();
  const lastOfStyle = new Map<string, number>();
  let inField = false;
  let prevInlineCircled = false;
  // A body line since the last heading opened an enumeration entry (一是…): ① lines below it may be
  // points inside that entry.
  let enumOpen = false;
  // Inside a field, the number each marker style's list expects next (a field's own 1. 2. 3.).
  let fieldNext = new Map<string, number>();

  const attachmentsFrom = attachmentStart(lines);
  const closingAt = closingStart(lines.slice(0, attachmentsFrom));
  const closing: Span[] = lines.slice(closingAt, attachmentsFrom).map((line) => ({ line, start: 0, end: line.text.length }));
  // Lines read for the outline: the notice's up to its closing block, then its attachments.
  const order: number[] = [];
  for (let i = 0; i < closingAt; i++) order.push(i);
  for (let i = attachmentsFrom; i < lines.length; i++) order.push(i);
  const marks: Array<RuleMatch | null> = lines.map((l, i) => (i < closingAt || i >= attachmentsFrom ? matchMarker(l.text) : null));
  const enumAfter = enumerationAfter(lines, marks);
  // 第一， counts only in a list (第一，… 第二，…); alone it opens prose. So does a list that
  // introduces the headings after it. The notice's lists and its attachments' are apart.
  const runAt = new Map<number, number[]>();
  for (const run of listMarkerRuns(lines.slice(0, closingAt).map((l) => l.text))) for (const i of run) runAt.set(i, run);
  for (const run of listMarkerRuns(lines.slice(attachmentsFrom).map((l) => l.text))) for (const i of run) runAt.set(i + attachmentsFrom, run.map((k) => k + attachmentsFrom));
  const prose = new Set<number>();
  const points = new Set<number>();
  let prevText: string | null = null;
  let nextStop: ((from: number) => number) | null = null;
  // The columns of a table open in the current body: its numbered rows (1. 1、) are rows, not headings.
  let tableCols: Column[] | null = null;
  for (const li of order) {
    const line = lines[li];
    const before = prevText;
    prevText = line.text;
    const head = li >= attachmentsFrom ? ATTACHMENT_HEAD.exec(line.text) : null;
    if (head) {
      // An attachment starts an outline of its own: its headings nest under it, whatever level
      // their styles stood at in the notice.
      const node: HeadingNode = {
        level: 1,
        style: "attachment",
        number: parseChineseNumber(head[1]) ?? 1,
        marker: { line, start: 0, end: head[0].length },
        title: { line, start: head[0].length, end: line.text.length },
        children: [],
        parent: null,
        body: [],
      };
      roots.push(node);
      headings.push(node);
      stack.length = 0;
      stack.push({ style: "attachment", last: node.number, node });
      styleLevel.clear();
      lastOfStyle.clear();
      inField = false;
      fieldNext = new Map();
      prevInlineCircled = false;
      enumOpen = false;
      prevText = null;
      continue;
    }
    let m = marks[li];
    if (m?.rule.listOnly) {
      const run = runAt.get(li);
      if (run && run[0] === li && m.rule.mayIntroduce && introduces(run, marks, lines, (nextStop ??= stopFinder(marks, lines)), stack)) for (const i of run) prose.add(i);
      if (!run || prose.has(li)) m = null;
    }
    // A heading with no number (【…方面】) goes on from the open one of its style, else starts at 1.
    if (m?.rule.unnumbered) m.number = (stack.find((s) => s.style === m!.rule.name)?.last ?? 0) + 1;
    const top = stack[stack.length - 1];
    // ① under an entry of 一是…二是… is a point of that entry, when the entry leads in to it
    // (一是清理往来款项：) or the enumeration goes on after the points (二是…).
    const subPoint = m !== null && enumOpen && !inField && m.rule.family === "circled" && (fieldNext.has("circled") || LEADS_IN.test(before ?? "") || enumAfter[li]) && !PROBLEM_PHRASED.test(line.text.slice(m.textStart));
    // ①②… right under a heading that read as measures (①补齐台账。②建立制度。) are its points.
    if (m !== null && m.number === 1 && m.rule.family === "circled" && !inField && top && top.node.body.length === 0 && top.style !== m.rule.name) {
      for (const j of measurePoints(lines, marks, li, stack)) points.add(j);
    }
    // (1)精简会议。 (2)压减文件。 right under an item: its measures, not headings below it.
    if (m !== null && m.number === 1 && LONE_STYLES.has(m.rule.name) && !inField && top && top.node.body.length === 0 && !problemStyles.has(m.rule.name)) {
      for (const j of measureRun(lines, marks, li, m, stack, styleLevel, parentStyle, li < closingAt ? closingAt : lines.length)) points.add(j);
    }
    const fieldEntry =
      m !== null && (inField || subPoint || points.has(li)) && m.rule.name !== "labelled-problem" && (fieldNext.get(m.rule.name) ?? 1) === m.number &&
      !(top && top.style === m.rule.name && resembles(line.text.slice(m.textStart), top.node.title.line.text.slice(top.node.title.start, top.node.title.end)));
    if (fieldEntry) fieldNext.set(m!.rule.name, m!.number + 1);
    const whole: Span = { line, start: 0, end: line.text.length };
    // (a table with no header row: its first numbered row sets its columns, and its rows are no headings)
    if (m !== null && (tableCols === null || tableRow(whole0(line), tableCols) === null)) tableCols = headerlessAt((j) => (j < lines.length ? whole0(lines[j]) : undefined), li)?.cols ?? tableCols;
    const row = m !== null && tableCols !== null && tableRow(whole, tableCols) !== null;
    // （1）整改措施：… under a heading below the top level numbers the item's parts, not headings of
    // their own (under a top section, （一）整改进展情况：… may be a section of the notice), and so
    // under a top heading that names one problem (（一）关于…不到位的问题 / 1.整改措施：…).
    const part = m !== null && (stack.length >= 2 || (stack.length === 1 && namesOneProblem(top.node))) && isPartLabel(line.text.slice(m.textStart, m.textStart + 16));
    const accept = m !== null && !fieldEntry && !row && !part && isHeading(m, line, stack, styleLevel, inField, prevInlineCircled, fieldNext.has("circled"), lines[li + 1]?.text ?? "") && !(before !== null && continuesInlineList(m!, before, stack));
    if (!m || !accept) {
      const target = stack.length ? stack[stack.length - 1].node.body : preamble;
      target.push(whole);
      tableCols = tableHeader(whole) ?? tableCols;
      // (a bare label's words alone on a line of the preamble, 整改落实情况 between a title's lines
      // 关于…意见 / 整改落实情况 / 的通报, are the title's: they open no field, or every heading after is refused)
      const label = part ? null : matchFieldLabel(line.text);
      if (part || (label && !(label.bare && stack.length === 0))) {
        inField = true;
        fieldNext = new Map();
      }
      prevInlineCircled = /[①-⑳]/.test(line.text.slice(1));
      // So does a sentence that leads in to measures (局党组采取以下措施：): ① below are its points.
      if (MEASURES_LEAD_IN.test(line.text)) enumOpen = true;
      if (ENUMERATION_RE.test(line.text)) {
        enumOpen = true;
        // The next entry (二是…：) has ①② points of its own, counting from 1 again.
        if (!inField) fieldNext.delete("circled");
      }
      continue;
    }
    // (a category row inside a table, its cells set apart, keeps the table's columns)
    if (!line.text.includes("\t")) tableCols = null;
    const level = inferLevel(m, stack, styleLevel, lastOfStyle, diagnostics, line.line);
    const split = splitHeading(line.text, m.textStart);
    const { bodyStart } = split;
    const titleEnd = m.textEnd ?? split.titleEnd;
    const node: HeadingNode = {
      level,
      style: m.rule.name,
      number: m.number,
      marker: { line, start: 0, end: m.markerLength },
      title: { line, start: m.textStart, end: titleEnd },
      children: [],
      parent: level > 1 ? stack[level - 2].node : null,
      body: bodyStart < line.text.length ? [{ line, start: bodyStart, end: line.text.length }] : [],
    };
    if (node.parent) node.parent.children.push(node);
    else roots.push(node);
    if (!parentStyle.has(node.style)) parentStyle.set(node.style, node.parent?.style ?? null);
    if (!readsAsMeasure(line.text.slice(m.textStart, titleEnd))) problemStyles.add(node.style);
    headings.push(node);
    stack.length = level - 1;
    stack.push({ style: m.rule.name, last: m.number, scope: m.scope, node });
    inField = node.body.some((s) => matchFieldLabel(s.line.text.slice(s.start)) !== null);
    fieldNext = new Map();
    prevInlineCircled = false;
    enumOpen = false;
  }
  // A table before the first heading (a notice that is a preamble and its ledger): its rows head the outline.
  const { rows, all, kept, end } = splitPreambleRows(preamble);
  // No numbered heading and no table at all: the notice may still label its items (【问题】…) or
  // list them as 一是… 二是… paragraphs.
  const found = headings.length === 0 && rows.length === 0 ? preambleItems(kept) : null;
  if (found) return { preamble: found.preamble, roots: found.roots, headings: found.items, diagnostics, closing, attachmentsFrom };
  const tops = [...rows, ...roots];
  return { preamble: kept, roots: tops, headings: [...all, ...splitTableRows(splitLabelledItems(headings), end, tops)], diagnostics, closing, attachmentsFrom };
}

/**
 * The lines of a ①②… run from line `at` when every one reads as a measure — it opens with a verb
 * of action and does not end on a fault, and is no problem with fields of its own (①关于…问题,
 * ①台账不全。整改情况：…) — else none: such a run right under a heading is the heading's points,
 * not headings below it. Each line is read once per run.
 */
function measurePoints(lines: CleanLine[], marks: Array<RuleMatch | null>, at: number, stack: OpenLevel[]): number[] {
  const out: number[] = [];
  for (let j = at, n = 1; j < lines.length; j++, n++) {
    const mk = marks[j];
    if (!mk || mk.rule.family !== "circled" || mk.number !== n) {
      // A list of its own opening below the run (①每月集中学习 / 1) 每月学习一次): the ① lines
      // head their own points, a level of the outline.
      if (mk && mk.number === 1 && !stack.some((s) => s.style === mk.rule.name)) return [];
      break;
    }
    const rest = lines[j].text.slice(mk.textStart);
    // A problem ends its statement on the fault (推动乡村振兴措施不实); a measure may name one on
    // the way (对进度滞后的项目开展约谈).
    const sentence = firstSentence(rest);
    const measure = ACTION_START.test(rest) || (MEASURE_START.test(rest) && !DEFICIENCY.test(sentence.slice(-5)));
    if (!measure || PROBLEM_PHRASED.test(rest) || headsFields(rest)) return [];
    out.push(j);
  }
  return out;
}

// Numbered lines that may be an item's measures: （1） 1. 1、 1）.
const LONE_STYLES = new Set(["paren-arabic", "arabic-dot", "arabic-comma", "arabic-paren"]);
// Verbs that open a measure, beyond ACTION_START and MEASURE_START (which also read headings).
const MORE_MEASURE_VERBS = /^(?:将|推行|推广|成立|设置|分类|上线|启用|精简|压减|压缩|减少|取消|撤销|停止|叫停|合并|统一|更新|补充|补录|补办|改进|改造|设立|增设|公开|公示|核减|调减|追缴|收缴|退回|清退|纠正|废止|重建|重新)/;
// A heading that is a section of the notice or a category over items, not one item.
const NOT_ONE_PROBLEM = /方面[。.]?$|(?:情况|工作)$/;

/**
 * The lines of a run numbered 1, 2, 3 … in one of LONE_STYLES from line `at`, right under a
 * heading, when they are that heading's measures rather than headings below it ((1)精简会议。
 * (2)压减文件。 under 1.会议过多…), else none. Each is a short sentence that acts and does not end
 * on a fault, ended by 。 or ；, and nothing stands under them: the line after the run is the
 * next heading of an open level, or the text (`end`: the notice's, or its attachments') ends.
 * The heading above is one problem (not an area, nor a section of the notice), and the style
 * was not first seen under another style (where it numbers the items themselves).
 */
function measureRun(lines: CleanLine[], marks: Array<RuleMatch | null>, at: number, m: RuleMatch, stack: OpenLevel[], styleLevel: Map<string, number>, parentStyle: Map<string, string | null>, end: number): number[] {
  const top = stack[stack.length - 1];
  if (stack.some((s) => s.style === m.rule.name)) return [];
  const seenUnder = parentStyle.get(m.rule.name);
  if (seenUnder !== undefined && seenUnder !== top.style) return [];
  const title = top.node.title.line.text.slice(top.node.title.start, top.node.title.end).replace(/\s+/g, "");
  if (NOT_ONE_PROBLEM.test(title) || roleOf(title, true) !== "other") return [];
  const run: number[] = [];
  let j = at;
  for (; j < end && marks[j]?.rule === m.rule && marks[j]!.number === run.length + 1; j++) {
    const rest = lines[j].text.slice(marks[j]!.textStart);
    if (rest.length < 2 || rest.length > 60 || !/[。；;]$/.test(rest) || /[。；;]./.test(rest) || !readsAsMeasure(rest)) return [];
    run.push(j);
  }
  // (the item's closing status or its deadline may stand below its measures: 目前已整改完成。)
  while (j < end && !marks[j] && closesItem(lines[j].text)) j++;
  if (j >= end) return run;
  const next = marks[j];
  if (!next || next.rule.listOnly) return [];
  const known = styleLevel.get(next.rule.name);
  return stack.some((s) => s.style === next.rule.name) || (known !== undefined && known <= stack.length) ? run : [];
}

/**
 * A short line that closes an item below its measures: its status (目前已整改完成。 该问题正在推进。)
 * or a one-line field that says when, who or how far (整改时限：2024年底 / 责任单位：办公室).
 */
function closesItem(t: string): boolean {
  if (t.length > 40) return false;
  const label = matchFieldLabel(t);
  if (label) return label.field === "status" || label.field === "deadline" || label.field === "responsible";
  return STATUS_LINE.test(t) && statusOf(t) !== null && !/[。；;]./.test(t);
}
const STATUS_LINE = /^(?:目前|现已|截至目前|截至\d+年\d+月底?)?[，,]?(?:该问题|此问题|以上问题)?(?:已|正在|尚未|仍在|持续|基本|整改中)/;

/**
 * Words that act and do not end on a fault: a measure, not a problem (精简会议。 not 会议过多。,
 * 加强学习不够。). A measure may name a fault on the way (落实隐患点巡查制度).
 */
function readsAsMeasure(t: string): boolean {
  return (ACTION_START.test(t) || MEASURE_START.test(t) || MORE_MEASURE_VERBS.test(t)) && !ENDS_ON_FAULT.test(t.slice(-24)) && !PROBLEM_PHRASED.test(t) && !headsFields(t);
}
const ENDS_ON_FAULT = new RegExp(`(?:${DEFICIENCY.source})[的等]?(?:问题|现象|情况)?[。；;]?$`);

/** Whether a heading's title names one problem (关于…的问题, …不到位), not an area (…方面的问题) nor a section of the notice. */
function namesOneProblem(node: HeadingNode): boolean {
  const t = node.title.line.text.slice(node.title.start, node.title.end).replace(/\s+/g, "");
  return !NOT_ONE_PROBLEM.test(t) && !/方面的?问题$/.test(t) && roleOf(t) === "other" && (/问题[”"]?$/.test(t) || DEFICIENCY.test(t));
}

/** The text up to its first sentence's end (。；;), without it. */
const firstSentence = (t: string): string => {
  const stop = t.search(/[。；;]/);
  return stop < 0 ? t : t.slice(0, stop);
};

/** A line that leads in to a list below it. */
const LEADS_IN = /[：:，,；;]\s*$/;
/** A sentence that leads in to a list of measures: 采取以下措施： 整改举措如下： */
const MEASURES_LEAD_IN = /(?:措施|举措)[^。；;：:]{0,6}[：:]\s*$/;
/** A ① line phrased as a problem (①关于…的问题, ①在…方面) is an item, not a point of a list. */
const PROBLEM_PHRASED = /^(?:关于|在[^，,。]{2,20}方面)/;

/**
 * For each line, whether the first line from it on that does not open with ① opens an
 * enumeration entry (二是…): ① lines followed by 二是 are points inside the 一是 entry above them.
 * One backward pass, so the notice is read once.
 */
function enumerationAfter(lines: CleanLine[], marks: Array<RuleMatch | null>): boolean[] {
  const out = new Array<boolean>(lines.length + 1).fill(false);
  for (let i = lines.length - 1; i >= 0; i--) out[i] = marks[i]?.rule.family === "circled" ? out[i + 1] : ENUMERATION_RE.test(lines[i].text);
  return out;
}

/**
 * Whether a list of 第一， paragraphs introduces what follows rather than heading it (县委高度重视：
 * 第一，… 第二，… then 一、整改情况): no other marker stands among its paragraphs, and the next
 * marker after it (not one in a field under its last paragraph) is of a style that no open
 * heading has, so it would go below the list's last paragraph instead of closing the list.
 */
function introduces(run: number[], marks: Array<RuleMatch | null>, lines: CleanLine[], nextStop: (from: number) => number, stack: OpenLevel[]): boolean {
  const last = run[run.length - 1];
  for (let i = run[0] + 1; i < last; i++) if (marks[i] && !marks[i]!.rule.listOnly) return false;
  const at = nextStop(last + 1);
  if (at < 0 || matchFieldLabel(lines[at].text)) return false;
  const m = marks[at]!;
  return !stack.some((s) => s.style === m.rule.name);
}

/**
 * The first line at or after `from` that is a field label or carries a marker that is not
 * list-only (-1 if none). Each line is looked at once for the whole notice: a notice of thousands
 * of 第一， lists with no heading after them would otherwise re-read the rest of the notice for
 * every list.
 */
function stopFinder(marks: Array<RuleMatch | null>, lines: CleanLine[]): (from: number) => number {
  const UNKNOWN = -2;
  const memo = new Int32Array(marks.length).fill(UNKNOWN);
  return (from) => {
    let i = from;
    let stop = -1;
    for (; i < marks.length; i++) {
      if (memo[i] !== UNKNOWN) {
        stop = memo[i];
        break;
      }
      if (matchFieldLabel(lines[i].text) || (marks[i] && !marks[i]!.rule.listOnly)) {
        stop = i;
        memo[i] = i;
        break;
      }
    }
    for (let k = from; k < i && k < marks.length; k++) memo[k] = stop;
    return stop;
  };
}

/**
 * Whether a numbered line goes on with a list begun inside the line before it (…高度重视。1)建立台账；
 * then 2)开展清理。): the previous number stands there after a pause, in the same style, and no
 * open heading of that style counts up to this one.
 */
function continuesInlineList(m: RuleMatch, prev: string, stack: OpenLevel[]): boolean {
  if (m.number < 2 || m.rule.family === "circled") return false;
  if (stack.some((s) => s.style === m.rule.name && s.last + 1 === m.number)) return false;
  const want = String(m.number - 1);
  for (let i = prev.indexOf(want, 1); i > 0; i = prev.indexOf(want, i + 1)) {
    // The marker may open with a bracket: (1) after a pause.
    const at = prev[i - 1] === "(" ? i - 1 : i;
    if (at === 0 || !/[。；;.:：，,\s]/.test(prev[at - 1])) continue;
    const x = m.rule.match(prev.slice(at));
    if (x && x.number === m.number - 1) return true;
  }
  return false;
}

/** Two heading texts of the same phrasing: both 关于…, both 在…方面, both …问题. */
const ITEM_PHRASE = /^(?:关于|在)|(?:问题|方面)(?:的整改)?[”"]?(?:的整改)?$/;
function resembles(candidate: string, open: string): boolean {
  const a = candidate.replace(/\s+/g, "");
  const b = open.replace(/\s+/g, "");
  if (!ITEM_PHRASE.test(b)) return false;
  return (a.startsWith("关于") && b.startsWith("关于")) || (a.startsWith("在") && b.startsWith("在") && /方面/.test(a)) || (/问题/.test(a.slice(0, 60)) && /问题/.test(b) && /^关于/.test(a));
}

/** A label of one of an item's parts (整改措施：, 【整改成效】), not of its problem, nor a bare word (存在困难). */
export function isPartLabel(text: string): boolean {
  const l = matchFieldLabel(text);
  return l !== null && !l.bare && l.field !== "problem";
}

/**
 * Whether a line that opens with a marker is a heading. Inside a labelled field (after
 * `整改措施：` and before the next heading) numbered lines are the field's list entries, unless
 * the marker continues a heading level that is already open (the next item, or a section above).
 * ① lines are headings only when they are short and stand alone, not when they continue a
 * list begun inside a paragraph.
 */
function isHeading(
  m: RuleMatch,
  line: CleanLine,
  stack: OpenLevel[],
  styleLevel: Map<string, number>,
  inField: boolean,
  prevInlineCircled: boolean,
  fieldCircled: boolean,
  next: string,
): boolean {
  const rest = line.text.slice(m.textStart);
  if (rest.length === 0 && line.text.length === m.markerLength) return true;
  if (m.rule.family === "circled") {
    // ② on a short line of its own after a ① heading's fields is the next item, unless the
    // field has a ①② list of its own.
    const open = stack.find((s) => s.style === m.rule.name);
    const fields = headsFields(rest);
    if (open && m.number === open.last + 1 && !fieldCircled && !prevInlineCircled && ((rest.length <= 40 && !/[。；;]./.test(rest)) || fields)) return true;
    if (inField || prevInlineCircled) return false;
    // ①理论学习流于形式。整改情况：… — a short statement, then the item's own fields.
    if (fields) return true;
    // ①台账登记不全。已补齐台账56本。 — a short fault, then what was done about it: an item.
    // Once such ① lines were headings, one of that shape under the next section is too.
    if (statesFault(rest, styleLevel.has(m.rule.name))) return true;
    if (!stack.some((s) => s.style === m.rule.name) && (rest.length > 40 || /[。；;]./.test(rest))) return false;
  }
  // A label (问题1： 意见建议1：) numbers items, never a field's entries, and its count may start
  // again with another label word (问题2： then 意见建议1：).
  if (!inField || m.rule.name === "labelled-problem") return true;
  const d = stack.findIndex((s) => s.style === m.rule.name);
  // The next item may skip numbers (an item listed elsewhere); a field's own list restarts at 1.
  if (d >= 0) {
    if (d < stack.length - 1 || (m.number > stack[d].last && m.number <= stack[d].last + 5)) return true;
    // A repeated or out-of-order number is still the next item when the line is phrased like
    // the open one (关于“…”问题 after 关于“…”问题), not like a measure, or states a problem with
    // fields of its own (2.党费收缴不规范。整改措施：…, or 整改措施： on the next line): a field's
    // list holds no fields.
    const open = stack[d].node.title;
    return resembles(rest, open.line.text.slice(open.start, open.end)) || (!readsAsMeasure(firstSentence(rest)) && (headsFields(rest) || (rest.length <= 40 && !/[。；;]./.test(rest) && isPartLabel(next.slice(0, 16)))));
  }
  const known = styleLevel.get(m.rule.name);
  if (known !== undefined) return known <= stack.length;
  // A new style that goes on counting a level above in the same shape (`1、` `2、`, then `三、`),
  // or an open level of its numerals with another pause (`1．…` then `2、…`, one list mistyped):
  // a field's own list (`1、` `2、`) opens at 1, so it is read as the field's before this.
  const shape = SHAPE[m.rule.name];
  return m.number >= 2 && ((shape !== undefined && continuesAbove(stack, shape, m.number)) || continuesFamily(stack, m));
}

/** The numerals each heading style counts in (`arabic` for 1. and 1、), label styles left out. */
const FAMILY = new Map(HEADING_RULES.filter((r) => r.name !== "labelled-problem").map((r) => [r.name, r.family]));
/** Whether an open level counts in the marker's numerals and stands at number - 1. */
function continuesFamily(stack: OpenLevel[], m: RuleMatch): boolean {
  return m.rule.family !== "circled" && stack.some((s) => FAMILY.get(s.style) === m.rule.family && s.last + 1 === m.number);
}

/**
 * Whether a line opens with a short sentence that finds fault (台账登记不全。) and goes on after
 * it: a problem and its report. A point of a list opens with an action (①规范台账。) instead.
 * `seen`: ① lines were headings before (then any short statement that is no action will do).
 */
function statesFault(rest: string, seen: boolean): boolean {
  const stop = rest.indexOf("。");
  if (stop < 4 || stop > 30 || stop === rest.length - 1) return false;
  const first = rest.slice(0, stop);
  return (seen || DEFICIENCY.test(first)) && !ACTION_START.test(first) && !MEASURE_START.test(first) && !/^(?:已|\d)/.test(first);
}

/**
 * Whether a line's first sentence, a short one, is followed by a label of an item's part
 * (…流于形式。整改情况：…): the sentence states a problem and the line holds its fields.
 */
function headsFields(rest: string): boolean {
  const stop = rest.search(/[。；;]/);
  if (stop < 2 || stop > 40) return false;
  let i = stop + 1;
  while (rest.charCodeAt(i) === 0x20) i++;
  return isPartLabel(rest.slice(i, i + 16));
}

/** Whether a level above the current one, of the given shape, stands at number - 1. */
function continuesAbove(stack: OpenLevel[], shape: string, number: number): boolean {
  for (let i = 0; i < stack.length - 1; i++) if (SHAPE[stack[i].style] === shape && stack[i].last + 1 === number) return true;
  return false;
}

/** Styles of the same shape: a notice may switch numerals within one level (`2、` then `三、`). */
const SHAPE: Record<string, string> = {
  "cn-numeral": "comma", "cn-numeral-loose": "comma", "cn-capital": "comma", "arabic-comma": "comma", "arabic-loose": "comma", "paren-cn-numeral": "paren", "paren-arabic": "paren", "cn-close-paren": "close", "arabic-paren": "close",
};

/**
 * The level of a heading, decided per document:
 *   1. a style already open on the stack is a sibling at that level;
 *   2. a style seen before goes back to the level it was first seen at (unless its 1 would close,
 *      empty, the heading just opened at that level: then it nests below it);
 *   3. a new style whose number continues an open level (`1、` `2、` then `三、`) joins that level
 *      (the one most like it first, in numerals then shape: `一、` `（一）` then `二，` goes on with
 *      `一、`, `一、` `1．` then `2、` with `1．`);
 *   4. otherwise a new style nests one level below the current heading (first-seen order).
 * Numbering gaps and repeats are kept as written and reported.
 */
function inferLevel(m: RuleMatch, stack: OpenLevel[], styleLevel: Map<string, number>, lastOfStyle: Map<string, number>, diagnostics: Diagnostic[], line: number): number {
  const style = m.rule.name;
  let level: number;
  const d = stack.findIndex((s) => s.style === style);
  if (d >= 0) level = d + 1;
  // …unless it opens a list (1.) right under a heading of another style at that level, which it
  // would close with nothing under it: there it nests, as a problem's measures numbered like the
  // problems listed above (二、 1.… 2.… / 三、（一）针对第1个问题 / 1.…).
  else if (styleLevel.has(style) && styleLevel.get(style)! <= stack.length + 1 && !(m.number === 1 && styleLevel.get(style)! === stack.length && stack[stack.length - 1].style !== style)) level = styleLevel.get(style)!;
  else {
    let cont = -1;
    // (the open level most like it first, in its numerals and its shape: 一、 （一） then 二，
    // goes on with 一、, not with （一）; 一、 1． then 2、 goes on with 1．)
    const shape = SHAPE[style];
    const family = FAMILY.get(style);
    const likeness = (s: OpenLevel) => (FAMILY.get(s.style) === family ? 2 : 0) + (shape !== undefined && SHAPE[s.style] === shape ? 1 : 0);
    let best = -1;
    if (m.number >= 2) for (let i = stack.length - 1; i >= 0; i--) if (stack[i].last + 1 === m.number && likeness(stack[i]) > best) { cont = i; best = likeness(stack[i]); }
    level = cont >= 0 ? cont + 1 : stack.length + 1;
    if (!styleLevel.has(style)) styleLevel.set(style, level);
  }
  // A level's numbers count on within one scope: another label word (意见建议1： after 问题2：)
  // starts its own count at 1, and going back to the first word (问题3：) goes on with its count.
  const open = stack[level - 1];
  const otherScope = open !== undefined && open.style === style && open.scope !== m.scope;
  const prev = otherScope ? undefined : open;
  const expected = prev ? prev.last + 1 : 1;
  const key = m.scope === undefined ? style : `${style}#${m.scope}`;
  const runOn = lastOfStyle.get(key);
  lastOfStyle.set(key, m.number);
  if (otherScope && (m.number === 1 || m.number === (runOn ?? 0) + 1)) return level;
  if (!prev && runOn !== undefined && m.number === runOn + 1) {
    // Numbered straight through across sections (问题1 … 问题2 under the next category): as written.
    diagnostics.push({ level: "info", code: "numbering-continues", message: `heading number ${m.number} continues the numbering of the previous section`, line });
  } else if (m.number !== expected) {
    const code = prev && m.number <= prev.last ? "numbering-repeat" : prev ? "numbering-gap" : "numbering-start";
    const what = prev ? `follows ${prev.last}` : "opens its level";
    diagnostics.push({ level: "warning", code, message: `heading number ${m.number} ${what}; expected ${expected}`, line });
  }
  return level;
}
