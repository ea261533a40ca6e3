// Splits an item's body into its labelled fields, and a field's text into list entries.
import { matchFieldLabel, isPartLabel, opensLabel, type FieldName } from "../segment/index.js";
import type { Span } from "../normalize/span.js";
import { isSpaceUnit } from "../normalize/fold.js";
import { circledCode } from "../segment/rules/numerals.js";
import { matchMarker, isMarker, listMarkerLines } from "../segment/rules/index.js";
import { statusOf } from "./roles.js";

export interface Field {
  field: FieldName | "unlabelled";
  /** The label as written (folded), "" for unlabelled text. */
  label: string;
  spans: Span[];
}

// Labels that report what was done: measures on their own, results after a 整改措施 field.
const REPORT_LABELS = new Set(["整改情况", "整改落实情况", "落实情况", "办理情况"]);

/** Where a label may open a field inside a line: at its start or after a sentence (。；; or a space, as /[。；;\s]/). */
const isLabelAt = (c: number): boolean => c === 0x3002 || c === 0xff1b || c === 0x3b || isSpaceUnit(c);

const ONE_LINE = new Set<Field["field"]>(["deadline", "status", "category", "responsible", "other"]);

const NOWHERE = 0, AT_START = 1, AFTER_COMMA = 2, IN_BRACKET = 3, IN_BRACKET_INLINE = 4;
/** The close of a bracket opened before `from`, before any other opens, or -1. */
function closeBracket(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff09 || c === 0x29) return k;
    if (c === 0xff08 || c === 0x28) return -1;
  }
  return -1;
}
const INLINE_AFTER_COMMA = new Set<Field["field"]>(["deadline", "status", "responsible"]);
/** A sentence's end: 。；; a space, ！？!? or an ASCII full stop after no digit (1.整改措施 is a marker). */
const endsSentence = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  if (isLabelAt(c) || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) return true;
  return c === 0x2e && k > 0 && !/\d/.test(text[k - 1]);
};
/**
 * Where a label at i would stand: at the start of the text or after a sentence, after a comma
 * (where only a one-line field may open), or in a bracket opened after a sentence ((完成时限：…)).
 */
function labelPlace(text: string, i: number, first: number): number {
  if (i === first || endsSentence(text, i - 1)) return AT_START;
  const c = text.charCodeAt(i - 1);
  if (c === 0xff0c || c === 0x2c) return AFTER_COMMA;
  if (c === 0xff08 || c === 0x28) return i - 1 === first || endsSentence(text, i - 2) ? IN_BRACKET : IN_BRACKET_INLINE;
  return NOWHERE;
}
/**
 * A marker alone on its line (1. / （1） / ①) right over a field label numbers the fields below it
 * (1.⏎整改措施：…⏎整改状态：…): it is no text of the item's, and opens no entry of its own.
 */
export function bareMarkerOverLabel(s: Span, next: Span): boolean {
  if (s.end - s.start > 8) return false;
  const t = s.line.text.slice(s.start, s.end).trim();
  const m = t === "" ? null : matchMarker(t);
  if (!m || t.slice(m.textStart).trim() !== "") return false;
  const n = next.line.text.slice(next.start, next.end).trimStart();
  return opensLabel(n.charCodeAt(0)) && matchFieldLabel(n.slice(0, 16)) !== null;
}
/** ①…, 一是…, 1. or （1） at the start of a line: the next entry of a list. */
const opensListEntry = (head: string): boolean => circledCode(head.charCodeAt(0)) !== null || /^[一二三四五六七八九十]{1,3}是/.test(head) || matchMarker(head) !== null;

/** A text that is nothing but a field's label (存在问题, 整改情况：), problem labels too: that label, else null. */
export function wholeLabel(text: string): { field: FieldName; label: string } | null {
  const t = text.trim().replace(/[:：]$/, "");
  if (t.length < 2 || t.length > 10) return null;
  const l = matchFieldLabel(`${t}:`);
  return l && l.valueStart >= t.length + 1 ? { field: l.field, label: l.label } : null;
}

export function splitFields(body: Span[]): Field[] {
  if (body.some((s, k) => k + 1 < body.length && bareMarkerOverLabel(s, body[k + 1]))) body = body.filter((s, k) => !(k + 1 < body.length && bareMarkerOverLabel(s, body[k + 1])));
  const fields: Field[] = [];
  let cur: Field = { field: "unlabelled", label: "", spans: [] };
  const flush = () => {
    if (cur.spans.length) fields.push(cur);
  };
  let bracketed = false;
  for (const span of body) {
    let start = span.start;
    const text = span.line.text;
    let i = span.start;
    // A note beneath a paragraph (注：其中退缴违纪资金12.3万元。) tells more of a figure above: no entry of
    // the field it stands under, nor a status of it.
    // (注 or a space first: cheap before the regex)
    const c0 = text.charCodeAt(span.start);
    const note = c0 === 0x6ce8 || isSpaceUnit(c0) ? NOTE.exec(text.slice(span.start, span.start + 6)) : null;
    // (a line of its own: the text below it goes on with the field above)
    const resume = note ? cur : null;
    if (note) {
      flush();
      cur = { field: "other", label: "注", spans: [] };
      start = i = span.start + note[0].length;
    }
    // （1）整改措施：… — a numbered part of the item: its label opens the field, the number goes.
    const mk = matchMarker(text.slice(span.start, span.start + 12));
    if (mk && isPartLabel(text.slice(span.start + mk.textStart, span.start + mk.textStart + 16))) start = i = span.start + mk.textStart;
    // 1.存在问题 / 2.整改情况 alone on their line: numbered parts whose text is on the lines below; and a
    // problem's label alone without a number (存在问题 over its text), as 整改措施 alone opens its field.
    else if (span.end - span.start <= 16) {
      const from = span.start + (mk ? mk.textStart : 0);
      const whole = span.end - from <= 12 ? wholeLabel(text.slice(from, span.end)) : null;
      if (whole && (mk || whole.field === "problem")) {
        flush();
        // (存在问题 after the measures is what is still left, as with its colon)
        const left = whole.label === "存在问题" && fields.some((f) => f.field === "measures" && !REPORT_LABELS.has(f.label));
        cur = { field: left ? "difficulties" : whole.field, label: whole.label, spans: [] };
        continue;
      }
    }
    const first = i;
    // A one-line field (整改时限：2023年底) under one entry of a list, then the next entry (②…):
    // the list goes on; the entry is not part of the deadline.
    if (ONE_LINE.has(cur.field) && cur.spans.length && opensListEntry(text.slice(span.start, span.start + 4))) {
      const list = [...fields].reverse().find((f) => f.field === "measures" || f.field === "outcomes");
      if (list) {
        flush();
        cur = { field: list.field, label: list.label, spans: [] };
      }
    }
    while (i < span.end) {
      const at = labelPlace(text, i, first);
      let label = at !== NOWHERE && opensLabel(text.charCodeAt(i)) ? matchFieldLabel(text.slice(i, Math.min(span.end, i + 16))) : null;
      // After a comma, only a one-line field with its colon opens (2024年底前，责任单位：办公室).
      if (label && at === AFTER_COMMA && (label.bare || !INLINE_AFTER_COMMA.has(label.field))) label = null;
      // In brackets after a sentence ((整改时限：3个月内)), only a label with its colon; after other
      // words (…4.2万元（整改时限：立行立改）), only a one-line field's.
      if (label && at === IN_BRACKET && label.bare) label = null;
      if (label && at === IN_BRACKET_INLINE && (label.bare || !INLINE_AFTER_COMMA.has(label.field))) label = null;
      // 存在问题：… after the measures is what is still left: a difficulty, inside a line too.
      const afterMeasures = label !== null && (cur.spans.length > 0 || i > start ? [...fields, cur] : fields).some((f) => f.field === "measures" && !REPORT_LABELS.has(f.label));
      if (label && !(label.field === "problem" && i > first && !(afterMeasures && label.label === "存在问题"))) {
        // The comma or bracket before the label belongs to neither field.
        const cut = at === IN_BRACKET || at === AFTER_COMMA || at === IN_BRACKET_INLINE ? i - 1 : i;
        if (cut > start) cur.spans.push({ line: span.line, start, end: cut });
        // A bracket inside a field holds a field of its own up to its close; the field goes on after it.
        const close = at === IN_BRACKET_INLINE ? closeBracket(text, i + label.valueStart, span.end) : -1;
        if (close >= 0) {
          fields.push({ field: label.field, label: label.label, spans: [{ line: span.line, start: i + label.valueStart, end: close }] });
          start = i = close + 1;
          // Nothing but a stop after the bracket: the line ends there.
          if (/^[\s。；;，,.]*$/.test(text.slice(start, span.end))) start = i = span.end;
          continue;
        }
        flush();
        // 整改措施：… then 整改情况：… — the second tells the results.
        const field = afterMeasures && REPORT_LABELS.has(label.label) ? "outcomes" : afterMeasures && label.label === "存在问题" ? "difficulties" : label.field;
        cur = { field, label: label.label, spans: [] };
        start = i + label.valueStart;
        i = start;
        bracketed = at === IN_BRACKET;
        continue;
      }
      i++;
    }
    // The bracket that held the field closes it.
    let end = span.end;
    if (bracketed) {
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (/[)）]/.test(text[end - 1] ?? "") && !/[(（]/.test(text.slice(start, end - 1))) end--;
      bracketed = false;
    }
    if (end > start) cur.spans.push({ line: span.line, start, end });
    if (resume && cur.label === "注") {
      flush();
      cur = { field: resume.field, label: resume.label, spans: [] };
    }
  }
  flush();
  // …and so is a breakdown on a line of its own under a field's text (追缴违规资金15万元。/ 其中退缴违纪资金
  // 12.3万元。): it parts a figure above, no further measure or result. (Inside a list it runs on into
  // the entry above: linesAsEntries.)
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k];
    const last = f.spans[f.spans.length - 1];
    if (f.spans.length > 1 && TEXT_FIELDS.has(f.field) && breakdownLine(last)) fields.splice(k + 1, 0, { field: "other", label: "其中", spans: [f.spans.pop()!] });
  }
  return fields;
}
// 注：/ 注: / 注 ： at a line's start (not 注重, 注意: a colon after it).
const NOTE = /^\s*注\s*[：:]\s*/;
const TEXT_FIELDS = new Set<Field["field"]>(["measures", "outcomes", "unlabelled"]);
/** A line that opens with 其中 (其中退缴…12.3万元): a breakdown of what the line above counts. */
const breakdownLine = (s: Span): boolean => {
  const t = s.line.text;
  let i = s.start;
  while (i < s.end && isSpaceUnit(t.charCodeAt(i))) i++;
  return t.startsWith("其中", i) && (i === 0 || endsSentence(t, i - 1) || t.slice(0, i).trim() === "");
};

/**
 * A table row's cells as fields. As in a body, a column that reports what was done (整改情况,
 * 落实情况) after a 整改措施 column holds the results. A cell of one value written on two lines
 * (two deadlines, two units) gives a field for each, kept apart when read.
 */
export function cellFields(cells: ReadonlyArray<{ field: FieldName; label: string; span: Span }>): Field[] {
  let measured = false;
  return cells.map((c) => {
    const report = REPORT_LABELS.has(c.label);
    const field = measured && report ? "outcomes" : c.field;
    if (c.field === "measures" && !report) measured = true;
    return { field, label: c.label, spans: cellLines(c.span) };
  }).flatMap((f) => (ONE_LINE.has(f.field) && f.spans.length > 1 ? oneEach(f) : [f]));
}

/** A field for each line of a one-value cell, a value the cell repeats (a merged sub-row's same 牵头领导) once. */
function oneEach(f: Field): Field[] {
  const seen = new Set<string>();
  return f.spans.filter((s) => {
    const t = s.line.text.slice(s.start, s.end).trim();
    if (seen.has(t)) return false;
    seen.add(t);
    return true;
  }).map((s) => ({ ...f, spans: [s] }));
}

/** A cell's text, one span for each line written inside the cell (one entry a line, as in a body). */
function cellLines(span: Span): Span[] {
  const breaks = span.line.cellBreaks;
  if (!breaks) return [span];
  const out: Span[] = [];
  let from = span.start;
  for (const b of breaks) {
    if (b <= from || b >= span.end) continue;
    out.push({ ...span, start: from, end: b });
    from = b;
  }
  out.push({ ...span, start: from, end: span.end });
  return out;
}

// A status column that asks (是否完成, 是否办结) is answered yes or no: done, or not yet.
const ASKS = /^是否/;
const YES = /^(?:是|√|✓|✔|已完成)$/;
const NO = /^(?:否|×|✗|✘|未完成)$/;

// A tick or a cross alone in a status or progress cell (完成情况 √, 整改状态 ×) answers as 是/否 does,
// whatever the column asks: a mark says nothing else.
// (✅ ❌, a web page's emoji, too)
export const MARK_ONLY = /^\s*[√✓✔☑✅×✗✘☒❌❎]\s*[。.]?\s*$/;
const TICK = /^[√✓✔☑✅]$/;
const CROSS = /^[×✗✘☒❌❎]$/;

/** The status a table row answers under a 是否完成 column, or with a mark in a status or progress cell, or null. */
export function answeredStatus(fields: Field[]): "completed" | "in_progress" | null {
  for (const f of fields) {
    if (f.field !== "status" && f.field !== "outcomes") continue;
    const t = f.spans.map((s) => s.line.text.slice(s.start, s.end)).join("").replace(/[\s。.]/g, "");
    // (a column named by a status, 已完成 | 正在推进, is ticked in the one that holds)
    if (TICK.test(t)) return statusOf(f.label) === "in_progress" ? "in_progress" : "completed";
    if (CROSS.test(t)) return "in_progress";
    if (f.field !== "status" || !ASKS.test(f.label)) continue;
    if (YES.test(t)) return "completed";
    if (NO.test(t)) return "in_progress";
  }
  return null;
}

export interface Entry {
  span: Span; // first span of the entry (for its position)
  spans: Span[];
}

// （1） after a pause; 1. 1、 1) after a sentence, ended by 。；; or an ASCII full stop that is no decimal point.
const INLINE_NUMBERED = /([。；;：:，,.\s]|^)\(\s*(\d{1,2})\s*\)|((?:[。；;]|(?<![\dA-Za-z])\.)\s*)(\d{1,2})[.、)](?!\d)/g;
const ENUM_AT = /([一二三四五六七八九十]{1,3})是/g;
// 第一，…；第二，… (or 其一，…；其二，…) inside a paragraph (an ordinal and a pause; 第一时间 is no entry).
const ORDINAL_AT = /[第其]([一二三四五六七八九十]{1,3})[，,、：:]/g;
// 措施1：…措施2：… (举措一：, 整改措施（2）：): measures numbered by a label, a line each or in one paragraph.
const LABELLED_AT = /(?:整改|具体|主要|工作|落实)?(?:措施|举措)\s*[（(]?([一二三四五六七八九十]{1,3}|\d{1,2})[)）]?\s*[：:]/g;
const CN_ORD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const cnOrd = (s: string) => (s.length === 1 ? CN_ORD[s] : s === "十一" ? 11 : s === "十二" ? 12 : s.startsWith("十") ? 10 + (CN_ORD[s[1]] ?? 0) : 0);

// The last character of a unit or of 我们 (局党组 学院党委 党总支 我局 公司 街道办 我们) before 一是.
const ACTOR_END = /[组委局院司部厅办处科室校会们支]/;

interface Cut {
  span: number; // index into spans
  at: number; // offset in the span's line where the entry begins (marker included)
}

/**
 * Entries of a field, counted as the guide says: ①②… wherever they stand; else 一是/二是…;
 * else numbered lines (1. （1）); else one entry per line; a single paragraph is one entry.
 * Text before the first numbered entry is a lead-in, not an entry.
 */
export function splitEntries(spans: Span[]): Entry[] {
  const nonEmpty = spans.filter((s) => s.line.text.slice(s.start, s.end).trim() !== "");
  if (!nonEmpty.length) return [];
  let listed: Set<number> | undefined;
  const circledCuts = sequenceCuts(nonEmpty, (text, from, to) => {
    const out: Array<[number, number]> = [];
    for (let i = from; i < to; i++) {
      const n = circledCode(text.charCodeAt(i));
      if (n !== null) out.push([i, n]);
    }
    return out;
  });
  const enumCuts = sequenceCuts(nonEmpty, (text, from, to) => {
      const out: Array<[number, number]> = [];
      ENUM_AT.lastIndex = from;
      for (let m = ENUM_AT.exec(text); m && m.index < to; m = ENUM_AT.exec(text)) {
        const before = m.index === from ? "" : text[m.index - 1];
        // 一是 opens an entry after a pause or at the start, not inside a word (统一是); or right after
        // the one who acts (局党组一是…, 我们一是…: a unit's or a person's last character).
        if (m.index === from || /[。；;，,：:.\s)]/.test(before) || ACTOR_END.test(before)) out.push([m.index, cnOrd(m[1])]);
      }
      return out;
    });
  const ordinalCuts = sequenceCuts(nonEmpty, (text, from, to) => {
      const out: Array<[number, number]> = [];
      ORDINAL_AT.lastIndex = from;
      for (let m = ORDINAL_AT.exec(text); m && m.index < to; m = ORDINAL_AT.exec(text)) {
        // It opens an entry at the start or after a sentence, not inside one (排名第二，).
        if (m.index === from || /[。；;.\s]/.test(text[m.index - 1])) out.push([m.index, cnOrd(m[1])]);
      }
      return out;
    });
  const labelledCuts = sequenceCuts(nonEmpty, (text, from, to) => {
      const out: Array<[number, number]> = [];
      // (cheap: most fields hold neither word)
      const at = text.indexOf("措", from);
      if (at < 0 || at >= to) return out;
      LABELLED_AT.lastIndex = from;
      for (let m = LABELLED_AT.exec(text); m && m.index < to; m = LABELLED_AT.exec(text)) {
        if (m.index === from || /[。；;.\s]/.test(text[m.index - 1])) out.push([m.index, /\d/.test(m[1]) ? Number(m[1]) : cnOrd(m[1])]);
      }
      return out;
    });
  const numberedCuts = sequenceCuts(nonEmpty, (text, from, to, si, next) => {
      const m = matchMarker(text.slice(from));
      // 第一， numbers entries only in a list of them (第一，… 第二，…).
      listed ??= listMarkerLines(nonEmpty.map((s) => s.line.text.slice(s.start, s.end)));
      // Numbered entries inside a paragraph: （1） anywhere after a pause; 1. 1、 and 1） only after
      // a sentence, since inside one they are decimals and lists of numbers.
      const inline: Array<[number, number]> = [];
      INLINE_NUMBERED.lastIndex = from + 1;
      for (let x = INLINE_NUMBERED.exec(text); x && x.index < to; x = INLINE_NUMBERED.exec(text)) {
        const lead = x[1] ?? x[3];
        inline.push([x.index + lead.length, Number(x[2] ?? x[4])]);
      }
      // A list-only 1） opens a list that goes on inside its paragraph (1）…；2）…) too, and a 2）
      // goes on with one begun inside the paragraph before it (…。1）…；/ 2）…).
      const opens = m !== null && m.rule.family !== "circled" && (isMarker(m, listed.has(si)) || (m.number === 1 && inline.some((x) => x[1] === 2)) || (m.number > 1 && m.number === next));
      return opens ? [[from, m!.number] as [number, number], ...inline] : inline;
    });
  const cuts = outerList([circledCuts, enumCuts, ordinalCuts, labelledCuts, numberedCuts]);
  if (cuts) return entriesFromCuts(nonEmpty, cuts);
  if (nonEmpty.length > 1) return linesAsEntries(nonEmpty);
  return [{ span: nonEmpty[0], spans: nonEmpty }];
}

/**
 * The list that numbers a field's entries: the first kind found, in the guide's order (①… before
 * 一是… before 第一，… before 1.), unless a list of another kind with two or more entries begins
 * before it. Then that list is the outer one and the first kind numbers points inside its
 * entries (一是加强学习，①…；②…。二是…, or 1.…①…②… 2.…).
 */
function outerList(found: Array<Cut[] | null>): Cut[] | null {
  let best: Cut[] | null = null;
  for (const cuts of found) {
    if (!cuts) continue;
    if (!best) best = cuts;
    else if (cuts.length >= 2 && before(cuts[0], best[0])) best = cuts;
  }
  return best;
}
const before = (a: Cut, b: Cut): boolean => a.span < b.span || (a.span === b.span && a.at < b.at);

const ENDED = /[。；;！？!?…]["”’」』)）]*$/;
const CUT_AFTER = /[的和与及对在把将为从向被以并或、，,：:]$/;

/**
 * One entry per line, except that a line cut where it was wrapped runs on into the next: in a
 * field whose lines end their sentences, a line that does not is wrapped when it is as wide as a
 * page (18–50 characters) or ends on a word that cannot end one (的, 和, a comma). Short bare
 * lines are a list of phrases, and lines longer than a page are paragraphs.
 */
function linesAsEntries(spans: Span[]): Entry[] {
  const text = (s: Span) => s.line.text.slice(s.start, s.end).trimEnd();
  const punctuated = spans.some((s) => ENDED.test(text(s)));
  const entries: Entry[] = [];
  let runOn = false;
  let prev: Span | null = null;
  for (const s of spans) {
    // Two pieces of one line with a bracketed field cut out between them are one entry (a table
    // cell's lines, pieces that touch, are not).
    // (a breakdown, 其中…, parts a figure of the entry above: no entry of its own)
    if (runOn || (prev !== null && prev.line === s.line && s.start > prev.end) || (prev !== null && breakdownLine(s))) entries[entries.length - 1].spans.push(s);
    else entries.push({ span: s, spans: [s] });
    const t = text(s);
    // Length of the whole line: a label or heading before the span shortens the span, not the line.
    // Text wrapped to a page is 18–50 characters wide; a longer line is a paragraph of a web page
    // whose full stop was lost, and the next line starts a new entry.
    const width = s.line.text.trimEnd().length;
    runOn = punctuated && !ENDED.test(t) && ((width >= 18 && width <= 50) || CUT_AFTER.test(t));
    prev = s;
  }
  return entries;
}

/** Finds markers numbered 1, 2, 3… in order; null unless there are at least one starting at 1. */
function sequenceCuts(
  spans: Span[],
  find: (text: string, from: number, to: number, si: number, next: number) => Array<[number, number]>,
): Cut[] | null {
  const cuts: Cut[] = [];
  let next = 1;
  spans.forEach((s, si) => {
    for (const [at, n] of find(s.line.text, s.start, s.end, si, next)) {
      if (n === next) {
        cuts.push({ span: si, at });
        next++;
      }
    }
  });
  return cuts.length ? cuts : null;
}

function entriesFromCuts(spans: Span[], cuts: Cut[]): Entry[] {
  const entries: Entry[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const c = cuts[k];
    const end = cuts[k + 1];
    const parts: Span[] = [];
    for (let si = c.span; si < spans.length; si++) {
      const s = spans[si];
      const from = si === c.span ? c.at : s.start;
      if (end && si === end.span) {
        if (end.at > from) parts.push({ line: s.line, start: from, end: end.at });
        break;
      }
      parts.push({ line: s.line, start: from, end: s.end });
    }
    if (parts.length) entries.push({ span: parts[0], spans: parts });
  }
  return entries;
}
