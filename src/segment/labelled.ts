// Items that carry no number, only a label: a section whose body holds two or more lines that
// open with `问题：` (or `问题表现：`…; `存在问题：` when the body opens with it) lists one item
// per such line. One `问题：` line under a numbered heading is that item's own problem field, so a single one is left alone.
// Nor does an item led by its problem (`针对…的问题，<what was done>`, a paragraph of its own): a
// section with two or more such paragraphs, and no labelled lines, lists one item per paragraph.
import { matchFieldLabel } from "./fields.js";
import { splitHeading } from "./split.js";
import type { Span } from "../normalize/span.js";
import type { HeadingNode } from "./index.js";
import { DEFICIENCY, ACTION_START, pointsBack, LED_BY_NUMBER, subjectBefore } from "../extract/roles.js";

/** Where an item that opens a body line stands in it: its marker ends, its title, its body. */
interface Opening {
  style: "labelled-problem" | "led-problem";
  markerEnd: number;
  titleStart: number;
  titleEnd: number;
  bodyStart: number;
  /** Led by a quoted problem (关于“…”问题。). */
  quoted?: boolean;
  /** An entry numbered 一是, 二是… (enumeratedOpenings). */
  enumerated?: boolean;
  /** Such an entry whose first sentence its own measures field follows (一是…不力。整改措施：…). */
  fielded?: boolean;
}

/** `plain`: the label is one that only names a problem; `existing`: it is 存在问题. */
const problemLabel = (s: Span): { valueStart: number; existing: boolean } | null => {
  if (s.start !== 0) return null;
  const label = matchFieldLabel(s.line.text);
  return label && label.field === "problem" ? { valueStart: label.valueStart, existing: label.label === "存在问题" } : null;
};

/**
 * The lines of a body that open items. 存在问题： is also what is left to do after the measures, so
 * only the plain labels open items, unless the body has none and opens with 存在问题：, then has
 * more of them (（一）党的建设方面 / 存在问题：… 整改措施：… 存在问题：… 整改措施：…).
 */
function problemLines(body: Span[]): { lines: Map<Span, Opening>; body: Span[] } {
  const plain = new Map<Span, Opening>();
  const existing = new Map<Span, Opening>();
  let first: boolean | null = null;
  // Each 存在问题： must have measures of its own before the next: one after the measures and
  // nothing more is what is left to do.
  let ok = true;
  let pending = false;
  for (const s of body) {
    const l = problemLabel(s);
    const label = s.start === 0 ? matchFieldLabel(s.line.text) : null;
    if (first === null && label) first = l?.existing === true;
    if (l?.existing) {
      if (pending) ok = false;
      pending = !holdsMeasures(s.line.text, l.valueStart);
    } else if (label?.field === "measures") pending = false;
    if (l) (l.existing ? existing : plain).set(s, labelledOpening(s.line.text, l.valueStart));
  }
  if (plain.size === 0 && first === true && existing.size >= 2 && ok && !pending) return { lines: existing, body };
  if (plain.size || existing.size) return { lines: plain, body };
  const led = new Map<Span, Opening>();
  for (const s of body) {
    const o = ledOpening(s);
    if (o) led.set(s, o);
  }
  // Or numbered as an enumeration: 一是关于…的问题。… 二是…
  return led.size ? { lines: led, body } : enumeratedOpenings(body) ?? { lines: led, body };
}

function labelledOpening(text: string, valueStart: number): Opening {
  const { titleEnd, bodyStart } = splitHeading(text, valueStart);
  return { style: "labelled-problem", markerEnd: valueStart, titleStart: valueStart, titleEnd, bodyStart };
}

// 针对/关于/对于 …问题， at the start of a line, the problem in between (quoted or not).
// (or set as a question, 关于…的问题？ then what was done: the question mark ends it as the comma does)
const LED = /^(?:针对|关于|对于)\s*([^。；;，,:？?]{4,60}?)(?:的)?问题\s*[，,？?]\s*/;


/** A paragraph led by the problem it acts on (针对…的问题，…), with something after the comma. */
function ledOpening(s: Span): Opening | null {
  const t = s.line.text;
  // Cheap tests first: this runs on every body line of a section without labelled lines.
  const c = t.charCodeAt(0);
  if (s.start !== 0 || t.indexOf("问题") < 0) return null;
  // (or the unit that acted before 针对: 院党支部针对…的问题，… / 局党组针对…, roles.ts subjectBefore)
  const subject = c !== 0x9488 && c !== 0x5173 && c !== 0x5bf9 ? subjectBefore(t) : 0; // 针 关 对
  if (subject < 0) return null;
  const m = LED.exec(subject ? t.slice(subject) : t);
  // (a question alone on its line heads the paragraph under it: 关于…的问题？ / 针对…，制定…)
  if (m && (subject + m[0].length < t.length || /[？?]$/.test(m[0])) && !pointsBack(m[1])) {
    const comma = subject + m[0].search(/[，,？?]/);
    return { style: "led-problem", markerEnd: 0, titleStart: 0, titleEnd: comma, bodyStart: subject + m[0].length };
  }
  if (subject) return null;
  // 针对第1个问题，… / 关于问题二，…: a report on a problem listed before, named by its number.
  const r = m ? null : LED_BY_NUMBER.exec(t);
  if (r && r[0].length < t.length) return { style: "led-problem", markerEnd: 0, titleStart: 0, titleEnd: r[0].search(/\s*[，,：:]/), bodyStart: r[0].length };
  const q = c === 0x5173 ? LED_QUOTED.exec(t) : null;
  if (!q || q[0].length >= t.length || pointsBack(q[1])) return null;
  return { style: "led-problem", markerEnd: 0, titleStart: 0, titleEnd: q[0].search(/[。，,；;]/), bodyStart: q[0].length, quoted: true };
}

// 关于“…”问题。 — the problem quoted from the feedback, then what was done: a full stop may end it,
// and one such paragraph is an item of its own (a 巡视 notice's （三）…方面 that lists one problem).
const LED_QUOTED = /^关于\s*[“"「『‘]([^”"」』’]{2,80})[”"」』’]\s*(?:的)?问题\s*[。，,；;]\s*/;

/**
 * A heading that names one problem itself (关于…的问题, …不严格): led paragraphs below are its
 * measures. 关于…方面的问题 names an area, as 关于…方面 does.
 */
const namesProblem = (node: HeadingNode): boolean => {
  const t = node.title.line.text.slice(node.title.start, node.title.end).replace(/\s+/g, "");
  return DEFICIENCY.test(t) || (/^关于/.test(t) && !/(?:情况|方面|方面的?问题)$/.test(t));
};

/** Whether a measures label follows a sentence in the rest of a line (存在问题：…。整改措施：…). */
function holdsMeasures(text: string, from: number): boolean {
  for (let i = text.indexOf("。", from); i >= 0; i = text.indexOf("。", i + 1)) {
    if (matchFieldLabel(text.slice(i + 1, i + 17))?.field === "measures") return true;
  }
  return false;
}

/** Two or more 一是… entries, each with its own measures field after its first sentence. */
const eachFielded = (lines: Map<Span, Opening>): boolean => {
  if (lines.size < 2) return false;
  for (const o of lines.values()) if (!o.fielded) return false;
  return true;
};

/** Splits such bodies into `labelled-problem` headings, numbered 1, 2, 3… in each section. */
export function splitLabelledItems(headings: HeadingNode[]): HeadingNode[] {
  const counts = new Map<HeadingNode, number>();
  const opening = new Map<HeadingNode, Map<Span, Opening>>();
  const bodies = new Map<HeadingNode, Span[]>();
  // (headings that name a problem over one entry with its own measures: decided by their siblings)
  const single = new Map<HeadingNode, { lines: Map<Span, Opening>; body: Span[] }>();
  for (const node of headings) {
    const { lines, body } = problemLines(node.body);
    if (!lines.size) continue;
    // (under a heading that names a problem, 一是… entries are its items only when each has its own
    // measures: 一、医保基金监管不严的问题 / 一是…查处不力。整改措施：… 二是…覆盖不全。整改措施：…)
    if (lines.values().next().value!.style === "led-problem" && namesProblem(node) && !eachFielded(lines)) {
      if (lines.size === 1 && lines.values().next().value!.fielded) single.set(node, { lines, body });
      continue;
    }
    counts.set(node, lines.size);
    opening.set(node, lines);
    bodies.set(node, body);
  }
  // …and so is one such entry when a sibling heading's entries are items (二、医保经办服务不优的问题 /
  // 一是异地就医结算不便捷。整改措施：… beside the 一、 above): siblings list their problems alike.
  if (single.size) {
    const fieldedUnder = new Set<HeadingNode | null>();
    for (const [node, lines] of opening) if (namesProblem(node) && eachFielded(lines)) fieldedUnder.add(node.parent);
    for (const [node, r] of single) {
      if (!fieldedUnder.has(node.parent)) continue;
      counts.set(node, 1);
      opening.set(node, r.lines);
      bodies.set(node, r.body);
    }
  }
  if (!counts.size) return headings;
  // Sibling sections list their problems alike: where one section's 一是… entries are problems, a
  // sibling's entries are too when each states a sentence and then what was done, whatever words
  // state the fault (（二）作风方面 / 一是会风文风不正。已开展整顿。 beside （一）'s 一是…推进缓慢。…).
  const enumerating = new Set<HeadingNode | null>();
  for (const [node, lines] of opening) if (lines.values().next().value!.enumerated) enumerating.add(node.parent);
  for (const node of enumerating.size ? headings : []) {
    if (counts.has(node) || !enumerating.has(node.parent) || node.children.length || namesProblem(node)) continue;
    const r = enumeratedOpenings(node.body, true);
    if (!r) continue;
    counts.set(node, r.lines.size);
    opening.set(node, r.lines);
    bodies.set(node, r.body);
  }
  // A section with one such line is split too when a sibling section lists several
  // (（一）已完成的问题 with two, （二）正在整改的问题 with one).
  const listing = new Set<HeadingNode | null>();
  for (const [node, n] of counts) if (n >= 2) listing.add(node.parent);
  const out: HeadingNode[] = [];
  for (const node of headings) {
    out.push(node);
    const count = counts.get(node) ?? 0;
    if (count < 2 && !(count === 1 && (listing.has(node.parent) || opening.get(node)!.values().next().value!.quoted))) continue;
    const kept: Span[] = [];
    const made: HeadingNode[] = [];
    const lines = opening.get(node)!;
    // (the body as the openings split it: 一是…。二是… in one paragraph is two)
    for (const s of bodies.get(node)!) {
      const o = lines.get(s);
      if (!o) {
        (made.length ? made[made.length - 1].body : kept).push(s);
        continue;
      }
      made.push(ledNode(s, o, node, node.level + 1, made.length + 1));
    }
    node.body = kept;
    // Body text comes before the headings under it.
    node.children = [...made, ...node.children];
    out.push(...made);
  }
  return out;
}

// 一是关于…的问题。… — an enumeration entry that opens with the problem it reports on; or in words
// (首先，关于…的问题。… 其次，… 最后，…), which count 1, 2, 3 and, for 最后, whatever comes next.
const ENUMERATED = /^(?:([一二三四五六七八九十]{1,3})是|(首先|其次|再次|最后))[，,、：:\s]*/;
const ORDER_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };
/** The number of an entry's opening (ENUMERATED's match), given how many entries came before it. */
const entryNumber = (m: RegExpExecArray, before: number): number => (m[1] ? enumNumber(m[1]) : (ORDER_WORDS[m[2]] ?? before + 1));
/** The length of an entry's marker (一是, 首先). */
const entryMarker = (m: RegExpExecArray): number => (m[1] ? m[1].length + 1 : m[2].length);
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const enumNumber = (s: string): number => (s.length === 1 ? (CN_DIGIT[s] ?? 10) : s[0] === "十" ? 10 + (CN_DIGIT[s[1]] ?? 0) : (CN_DIGIT[s[0]] ?? 0) * 10 + (CN_DIGIT[s[2] ?? ""] ?? 0));

/**
 * Paragraphs of a body numbered 一是… 二是… (counting 1, 2, 3…) that each open with a problem
 * (一是关于招标采购不规范的问题。修订…): each is an item led by its problem, its first sentence the
 * problem. Null unless every such paragraph opens with one (一是提高站位 is an enumeration), and
 * when the body has labelled fields (2.班子建设有短板 / 一是分工不合理。/ 二是… / 整改措施：…), where
 * the paragraphs spell out the one item's problem. A paragraph that opens with 一是 may go on with
 * the next entries after a sentence's end (一是…不到位。已约谈…。二是…松散。已建立…): the body is
 * split there, one piece an entry.
 */
function enumeratedOpenings(body: Span[], lenient = false): { lines: Map<Span, Opening>; body: Span[] } | null {
  const out = new Map<Span, Opening>();
  const pieces: Span[] = [];
  for (const s of body) {
    // With labelled fields (整改措施：) the paragraphs describe one item's problem, not items.
    if (s.start === 0 && matchFieldLabel(s.line.text)) return null;
    const m = s.start === 0 ? ENUMERATED.exec(s.line.text) : null;
    if (!m || entryNumber(m, out.size) !== out.size + 1) {
      pieces.push(s);
      continue;
    }
    const starts = [0, ...entriesInLine(s.line.text, s.end, out.size + 2)];
    for (let k = 0; k < starts.length; k++) {
      const piece: Span = { line: s.line, start: starts[k], end: k + 1 < starts.length ? starts[k + 1] : s.end };
      const e = ENUMERATED.exec(s.line.text.slice(piece.start, piece.start + 8))!;
      const titleStart = piece.start + e[0].length;
      // (an entry ends after a sentence's stop, so its title does not run into the next)
      const split = splitHeading(s.line.text, titleStart);
      const titleEnd = Math.min(split.titleEnd, piece.end);
      const bodyStart = Math.min(split.bodyStart, piece.end);
      const title = s.line.text.slice(titleStart, titleEnd);
      const fielded = fieldsAfter(s.line.text, titleStart, titleEnd, bodyStart);
      if (!opensProblem(title) && !fielded && !(lenient && statesThenActs(title, bodyStart, piece.end))) return null;
      out.set(piece, { style: "led-problem", markerEnd: piece.start + entryMarker(e), titleStart, titleEnd, bodyStart, enumerated: true, ...(fielded ? { fielded } : {}) });
      pieces.push(piece);
    }
  }
  return out.size ? { lines: out, body: pieces } : null;
}

/**
 * Whether an entry's first sentence is followed by its own measures field (一是河长制工作推进滞缓。
 * 整改措施：…): the sentence is the problem those measures answer, whatever words state the fault.
 * Not a sentence that acts (一是压实责任。整改措施：… spells out one item's work).
 */
function fieldsAfter(text: string, titleStart: number, titleEnd: number, bodyStart: number): boolean {
  if (bodyStart <= titleEnd || titleEnd - titleStart > 50 || ACTION_START.test(text.slice(titleStart, titleEnd))) return false;
  const label = matchFieldLabel(text.slice(bodyStart, bodyStart + 16));
  return label !== null && !label.bare && label.field === "measures";
}

/** (lenient) A short first sentence that does not act, then more: the problem, then what was done. */
const statesThenActs = (title: string, bodyStart: number, end: number): boolean =>
  title.length >= 4 && title.length <= 50 && bodyStart < end && !ACTION_START.test(title) && !/^(?:已|正在)/.test(title);

/** Where the entries numbered on from `next` (二是, 三是…) open inside a line, each after a sentence's end. */
function entriesInLine(text: string, end: number, next: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf("是", 1); i >= 0 && i < end; i = text.indexOf("是", i + 1)) {
    // (a numeral or two before 是, right after 。；; and spaces)
    let j = i;
    while (j > 0 && CN_DIGIT_OR_TEN.test(text[j - 1]) && i - j < 3) j--;
    if (j === i) continue;
    let k = j;
    while (k > 0 && text[k - 1] === " ") k--;
    if (k === 0 || !"。；;".includes(text[k - 1]) || enumNumber(text.slice(j, i)) !== next) continue;
    out.push(j);
    next++;
  }
  return out;
}
const CN_DIGIT_OR_TEN = /[一二三四五六七八九十]/;

/**
 * A notice with no numbered headings at all (a scraped page that lost its bold headings) whose
 * items are labelled (【问题】… / 问题：…), led by their problem (针对…的问题，…) or numbered 一是…
 * 二是…: each such line opens an item, found as in a section's body. Lines before the first stay
 * the preamble; lines after one are its body, up to a short line of its own without punctuation
 * (下一步工作打算), which is an unnumbered heading: it and what follows go back to the preamble.
 * Labelled items are headings (roots of the outline); the others are not. Needs two or more.
 */
export function preambleItems(preamble: Span[]): { preamble: Span[]; roots: HeadingNode[]; items: HeadingNode[] } | null {
  const { lines: openings, body } = problemLines(preamble);
  if (openings.size < 2) return null;
  const items: HeadingNode[] = [];
  const kept: Span[] = [];
  let open = false;
  for (const s of body) {
    const o = openings.get(s);
    if (o) {
      items.push(ledNode(s, o, null, 1, items.length + 1));
      open = true;
    } else if (open && !unmarkedHeading(s.line.text)) items[items.length - 1].body.push(s);
    else {
      open = false;
      kept.push(s);
    }
  }
  return { preamble: kept, roots: items.filter((h) => h.style !== "led-problem"), items };
}

/** A short line of its own without punctuation, nor a field label: a heading that lost its marker. */
function unmarkedHeading(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 20 && !/[。；;，,：:！？!?、【】\[\]()（）]/.test(t) && matchFieldLabel(t) === null;
}

function ledNode(s: Span, o: Opening, parent: HeadingNode | null, level: number, number: number): HeadingNode {
  return {
    level,
    style: o.style,
    number,
    marker: { line: s.line, start: s.start, end: o.markerEnd },
    title: { line: s.line, start: o.titleStart, end: o.titleEnd },
    children: [],
    parent,
    body: o.bodyStart < s.end ? [{ line: s.line, start: o.bodyStart, end: s.end }] : [],
  };
}

/**
 * A sentence that names a problem: 关于…问题, or a short one in words that find fault and that does
 * not act (一是压实整改责任，补齐薄弱环节 is a measure).
 */
const opensProblem = (t: string): boolean => (/^(?:关于|针对|对于)/.test(t) && /问题/.test(t) && t.length <= 80) || (t.length <= 50 && DEFICIENCY.test(t) && !ACTION_START.test(t));
