// Stage 4, extract: outline → document facts, items and figures. Each kind of fact has its own
// module; this file only composes them and decides which text each one reads.
import type { Notice, Diagnostic, Figure } from "../schema/index.js";
import { foldString } from "../normalize/fold.js";
import type { Normalized } from "../normalize/index.js";
import type { Outline, HeadingNode } from "../segment/index.js";
import { writtenText, originalEnd, squeeze, cleanText, type Span } from "../normalize/span.js";
import { findTitle, findHeader, findSignoff, findPageDate, issuerFromTitle, findInspector, findTarget, SELF, findRound, findKind, findInspectionDates, findCommentPeriod, partedAt, type TextLine } from "./facts.js";
import { findContacts } from "./contact.js";
import { findReported, countsFromStatusTitles, inSchemaOrder } from "./reported.js";
import { PLAN_VERB } from "./roles.js";
import { assignRoles, findItemNodes, buildItem, findSectionLines, type ItemRecord } from "./items.js";
import { attachReferred } from "./referred.js";
import { findFigures } from "./figures/index.js";
import { findPeriods, isComparisonBase, type Period } from "./dates.js";

// A plan or a promise to finish all (计划均于年底前完成, 确保全部整改到位, 将全部…, 计划于年底前全部整改完成)
// says nothing is done yet. (将 and 要 only right before: 已将问题全部整改到位 is done.)
const PROMISED_ALL = new RegExp(`(?:${PLAN_VERB}|确保|将|要)(?:全部|均)|${PLAN_VERB}[^，,。；;！!？?]{1,12}?(?:全部|均)`, "g");
// "All done", said of every problem: 已全部整改完成, 均已办结, 全部销号…
const ALL_DONE = /(?:全部|均已|均)(?:已)?(?:整改完成|完成整改|整改到位|(?:整改)?办结|办理完毕|落实完毕|整改完毕|(?:整改)?销号)/;

/** Whether a section's introduction says all its problems are done, and states none still open. */
function sectionAllDone(intro: string): boolean {
  if (!ALL_DONE.test(intro.replace(PROMISED_ALL, ""))) return false;
  const r = findReported(intro);
  return !r.issues_in_progress && (r.issues_total === undefined || r.issues_completed === undefined || r.issues_completed === r.issues_total);
}

export type Extracted = Omit<Notice, "schema_version" | "source">;

export function extract(norm: Normalized, outline: Outline): Extracted {
  const { source, lines } = norm;
  const diagnostics: Diagnostic[] = [...norm.diagnostics, ...outline.diagnostics];
  // Titles and sign-offs stand in the first and last lines: only those are read back as written.
  const asText = (l: (typeof lines)[number]): TextLine => ({ text: l.text, written: writtenText(source, { line: l, start: 0, end: l.text.length }), line: l.line, junkBefore: l.junkBefore, blankBefore: l.blankBefore });
  // (a head line joined across a blank line may hold a letterhead over the title)
  const headLine = (l: (typeof lines)[number]): TextLine => ({ ...asText(l), parted: l.joined > 1 && l.text.length <= 200 ? partedAt(l.text, l.offsets, source.text) : undefined });
  const headLines = lines.slice(0, 20).map(headLine);

  const headingTitle = (h: HeadingNode) => squeeze(cleanText(h.title));

  const { title, index: titleIndex, letterhead, masthead } = findTitle(headLines);
  const header = findHeader(headLines, titleIndex);
  // The sign-off is looked for below the title block: a short notice's last lines may reach it.
  // Attachments after it (a table of items) are not its tail.
  const bodyEnd = outline.attachmentsFrom;
  // Contacts are read in the closing block, however many lines it has, or the last lines.
  const closingFrom = outline.closing.length ? lines.indexOf(outline.closing[0].line) : bodyEnd;
  const tailLines = lines.slice(Math.max(header.end, bodyEnd - 10), bodyEnd).map(asText);
  // The preamble starts after the title and the issuer and date printed under it.
  const titleLine = titleIndex >= 0 ? lines[header.end - 1] : null;
  const afterTitle = titleLine ? outline.preamble.findIndex((s) => s.line === titleLine) + 1 : 0;
  // (loops, not .slice().map().join(): an empty preamble's array has a shape of its own, and meeting
  // it after warm-up threw extract's optimised code away; bench/RESULTS-scale.md, tenth round)
  let preambleText = "";
  for (let i = afterTitle; i < outline.preamble.length; i++) preambleText += (i > afterTitle ? "\n" : "") + cleanText(outline.preamble[i]);
  let fullText = "";
  for (let i = 0; i < lines.length; i++) fullText += (i ? "\n" : "") + lines[i].text;
  // The same text as written, offset for offset (folding keeps lengths), up to `max` units: a
  // fact matched in the folded text is returned as the source has it.
  const writtenOf = (spans: readonly Span[], max: number): string => {
    const parts: string[] = [];
    let n = 0;
    for (const s of spans) {
      if (n >= max) break;
      const w = writtenText(source, s);
      parts.push(w);
      n += w.length + 1;
    }
    return parts.join("\n").slice(0, max);
  };

  const roles = assignRoles(outline.headings, headingTitle);
  const itemNodes = findItemNodes(outline.headings, roles, headingTitle);
  const itemSet = new Set(itemNodes);
  const insideItem = (h: HeadingNode) => {
    for (let p: HeadingNode | null = h; p; p = p.parent) if (itemSet.has(p)) return true;
    return false;
  };
  // Summary text: preamble and the introductions of sections that are not items, each after its
  // heading when that states totals of its own (一、整改情况（共反馈问题8个，已全部整改完成）);
  // a status heading's count is read by countsFromStatusTitles, which adds up several.
  const summaryParts = (h: HeadingNode): Span[] => (roles.get(h) !== "status" && /\d|[一二三四五六七八九十两]个/.test(cleanText(h.title)) ? [h.title, ...h.body] : h.body);
  const summaryBody = outline.headings.filter((h) => !insideItem(h)).flatMap(summaryParts);
  const summaryText = joinLines(preambleText, summaryBody);
  // Totals are read in the closing block too, last: a sentence after the last item that sums up
  // (截至目前，巡察反馈的4个问题已完成整改2个) stands there.
  const totalsText = joinLines(summaryText, outline.closing);
  // A notice organised by themes (巡视) has items for its top sections only: its totals stand
  // inside them, so their own introductions (not their sub-items) are read after the summary.
  // Read only when the summary states nothing, so a notice with a summary keeps its own.
  // (a summary that states only its completion rate states no counts: they are read from the items'
  // introductions, the rate kept)
  let reported = findReported(totalsText);
  if (Object.keys(reported).every((k) => k === "completion_rate") && itemNodes.length > 0 && itemNodes.every((n) => !n.parent)) {
    reported = { ...findReported(itemNodes.flatMap((h) => h.body.map(cleanText)).join("\n")), ...reported };
  }
  // Status headings (`已完成整改的问题（2个）`) count what the text itself does not state.
  const headed = countsFromStatusTitles(outline.headings.filter((h) => roles.get(h) === "status").map(headingTitle));
  if (reported.issues_completed === undefined && headed.issues_completed !== undefined) reported.issues_completed = headed.issues_completed;
  if (reported.issues_in_progress === undefined && headed.issues_in_progress !== undefined) reported.issues_in_progress = headed.issues_in_progress;
  // All done: said in words, or by the counts (反馈问题12项，已整改完成12项).
  const countedDone = reported.issues_total !== undefined && reported.issues_total > 0 && reported.issues_completed === reported.issues_total;
  const allDone = !reported.issues_in_progress && (countedDone || ALL_DONE.test(totalsText.replace(PROMISED_ALL, "")));
  // …or said of one section's problems, in its own introduction (二、市人社局党组 / 反馈问题15个，已全部
  //完成整改。 / 1.…): the items below it are done, not those of its siblings.
  const doneSections = new Set<HeadingNode>();
  if (!allDone) for (const h of outline.headings) if (!insideItem(h) && h.body.length && roles.get(h) !== "status" && sectionAllDone(h.body.map(cleanText).join("\n"))) doneSections.add(h);
  const doneAbove = (n: HeadingNode): boolean => {
    for (let p = n.parent; p; p = p.parent) if (doneSections.has(p)) return true;
    return false;
  };

  const sectionLines = findSectionLines(outline.headings);
  // Reports that name their problem by number (针对第1个问题，…) join the problem listed before them.
  const built = itemNodes.map((n, i) => buildItem(n, i, { source, roles, allDone: allDone || (doneSections.size > 0 && doneAbove(n)), sectionLines }));
  const records: ItemRecord[] = attachReferred(built, outline.headings, outline.preamble, source);
  // A heading whose report joined the problem it names is no item of its own.
  if (records.length < built.length) for (const r of built) if (!records.includes(r)) roles.set(r.node, "other");
  // A notice that sets its table out before signing (附件：整改台账, the rows, then the sign-off)
  // signs at its very end.
  let signoff = findSignoff(tailLines);
  if (signoff.issuer === null && signoff.published === null && bodyEnd < lines.length) signoff = findSignoff(lines.slice(Math.max(bodyEnd + 1, lines.length - 10)).map(asText));
  // The title as written may hold traditional characters (第一輪): facts are matched in it folded.
  const inspectionText = [title ? foldString(title) : "", preambleText || fullText.slice(0, 2000)].join("\n");
  const headSpans = preambleText ? outline.preamble.slice(afterTitle) : lines.slice(0, 2000).map((l) => ({ line: l, start: 0, end: l.text.length }));
  const inspectionWritten = [title ?? "", writtenOf(headSpans, preambleText ? preambleText.length : 2000)].join("\n");
  // `published` is the date the notice signs with, and null without one (GUIDE.md). A date under
  // the title or a page's 发布时间 is not its signature, but it still dates the notice: it gives a
  // year to dates that leave it out and a start to a comment period that names only its end.
  // normalize drops a page's 发布时间 line, so that is read in the original text of the head lines.
  const headEnd = headLines.length ? source.lineStarts[headLines[headLines.length - 1].line] ?? source.text.length : 0;
  const published = signoff.published;
  // (so does a bulletin's masthead date above the title: 中共某某县委巡察办  2025年6月10日)
  const dated = published ?? header.published ?? masthead ?? findPageDate(source.text.slice(0, headEnd));
  let dates = findInspectionDates(preambleText || fullText.slice(0, 3000), dated);
  // A notice that tells the inspection in its first section (一、巡察反馈及整改总体情况), not in
  // the lines above it: the facts the preamble lacks are read from the summary, as written.
  const summarySpans = preambleText ? [...outline.preamble.slice(afterTitle), ...summaryBody] : [];
  const summaryHead = preambleText ? summaryText.slice(0, 3000) : "";
  let summaryWritten: string | null = null;
  const summaryWrittenText = () => (summaryWritten ??= writtenOf(summarySpans, summaryHead.length));
  if (summaryHead.length > preambleText.length && !dates.start) {
    const more = findInspectionDates(summaryHead, dated);
    if (more.start) dates = more;
  }
  let target = findTarget(inspectionText, inspectionWritten);
  if (!target && summaryHead.length > preambleText.length) target = findTarget(summaryHead, summaryWrittenText());
  // As written: 村（社区）巡察 keeps its brackets.
  let kind = asWritten(findKind(inspectionText), inspectionText, inspectionWritten);
  if ((kind === "巡察" || kind === "巡视" || kind === null) && summaryHead.length > preambleText.length) {
    const more = findKind([title ?? "", summaryHead].join("\n"));
    if (more && more !== "巡察" && more !== "巡视") kind = more;
  }

  // A letterhead above the title names the body that issues it, unless the title opens with an
  // issuer of its own (某某局党组关于…).
  const named = issuerFromTitle(title);
  const issuer = signoff.issuer ?? header.issuer ?? (named !== null && title!.startsWith(named) ? named : (letterhead ?? named));
  // 对我镇开展了巡察: the notice's issuer speaks of itself; 我镇 names no unit, the issuer does.
  if (target && SELF.test(target)) target = issuer;

  const notice: Extracted = {
    title,
    issuer,
    inspection: {
      inspector: asWritten(findInspector(inspectionText, fullText), inspectionText, inspectionWritten),
      target,
      ...dates,
      round: asWritten(findRound(inspectionText), inspectionText, inspectionWritten) ?? (summaryHead.length > preambleText.length ? asWritten(findRound(summaryHead), summaryHead, summaryWrittenText()) : null),
      kind,
    },
    published,
    comment_period: findCommentPeriod(fullText, dated),
    // (with each line as written: a phone is given as the notice writes it)
    contact: findContacts(lines.slice(Math.max(0, Math.min(bodyEnd - 12, closingFrom)), bodyEnd).map((l) => ({ text: l.text, written: writtenText(source, { line: l, start: 0, end: l.text.length }) }))),
    // (in the schema's key order: the passes above add keys after the ones first found)
    reported: inSchemaOrder(reported),
    sections: outline.roots.map((h) => toSection(h)),
    items: records.map((r) => r.item),
    figures: figuresOf(norm, records, outline.headings),
    diagnostics,
  };

  /** A fact matched in folded text, as the source writes it (縣委第二巡察組) where it can be found. */
  function asWritten(found: string | null, text: string, written: string): string | null {
    if (found === null || written.length !== text.length) return found;
    const at = text.indexOf(found);
    return at < 0 ? found : written.slice(at, at + found.length);
  }

  function toSection(h: HeadingNode): Notice["sections"][number] {
    const pos = source.position(h.marker.line.offsets[h.marker.start]);
    return {
      level: h.level,
      marker: writtenText(source, h.marker).replace(/\s+/g, ""),
      style: h.style,
      number: h.number,
      title: squeeze(writtenText(source, h.title)),
      role: roles.get(h) ?? "other",
      line: pos.line,
      column: pos.column,
      // A paragraph led by its problem (针对…的问题，…) is an item, but no heading: the notice numbers it nowhere.
      children: h.children.filter((c) => c.style !== "led-problem").map(toSection),
    };
  }

  if (!title) diagnostics.push({ level: "warning", code: "no-title", message: "no title found in the first lines", line: null });
  if (!outline.headings.length) diagnostics.push({ level: "warning", code: "no-headings", message: "no numbered headings found: is this a rectification notice?", line: null });
  else if (!records.length) diagnostics.push({ level: "warning", code: "no-items", message: "headings found, but none reports on a problem", line: null });
  if (!notice.inspection.inspector) diagnostics.push({ level: "info", code: "no-inspector", message: "no inspection group (第N巡察组) named", line: null });
  for (const r of records) {
    // (an item that reports only what came of it, 整改进展：…, has said what was done)
    if (!r.item.measures.length && !r.item.outcomes.length) diagnostics.push({ level: "warning", code: "item-without-measures", message: `item ${r.item.number} (${r.item.problem.slice(0, 20)}) lists no measures or results`, line: r.item.line });
  }
  return notice;
}


const RELATIVE_YEAR = /[今去上本前明近]年/g;

/**
 * The last period named before a figure in its own sentence (no 。；between them). A comparison
 * base (较2022年) is skipped: the figure is measured against it, not in it. Figures are asked for
 * in the order they stand, and the cursor only moves forward: a long line with many figures and
 * periods is read once, not once per figure.
 */
class PeriodCursor {
  #next = 0;
  #best: Period | null = null;
  #scanned = 0;
  #lastBreak = -1;
  constructor(private readonly text: string, private readonly periods: Period[]) {}

  before(at: number): Figure["period"] {
    const { text, periods } = this;
    while (this.#next < periods.length && periods[this.#next].index + periods[this.#next].length <= at) {
      if (!periods[this.#next].base) this.#best = periods[this.#next];
      this.#next++;
    }
    for (; this.#scanned < at; this.#scanned++) if (isSentenceBreak(text.charCodeAt(this.#scanned))) this.#lastBreak = this.#scanned;
    const best = this.#best;
    if (!best) return null;
    let from = best.index + best.length;
    // (a match may take the space after it: a tab there still ends its cell)
    while (from > best.index && text.charCodeAt(from - 1) === 9) from--;
    if (this.#lastBreak >= from) return null;
    // A year named only relative to the notice (今年以来, 去年) starts a period of its own, which
    // has no year to write: the earlier one is not the figure's. As a comparison base (较上年) it
    // is not. Looked for in the 200 characters before the figure.
    const near = Math.max(from, at - 200);
    const gap = text.slice(near, at);
    if (gap.includes("年")) {
      RELATIVE_YEAR.lastIndex = 0;
      for (let m = RELATIVE_YEAR.exec(gap); m; m = RELATIVE_YEAR.exec(gap)) {
        if (!isComparisonBase(text, near + m.index, m[0].length)) return null;
      }
    }
    // An open period (2021年以来) has no end the schema could hold; none is invented from the
    // notice's date, and the earlier period it replaces is not the figure's either.
    if (best.end === null) return null;
    return { start: best.start, end: best.end };
  }
}
// 。；;!?！？ — a comparison chain, not a Set: this runs on every character before a figure. A tab
// in a clean line sets a table row's cells apart (folding made every other tab a space): a cell is
// a sentence of its own, so a deadline cell names no period for the results cell after it.
const isSentenceBreak = (c: number) => c === 9 || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;

/**
 * Every figure in the notice, placed in the original file and tied to the item that holds it. A
 * heading's number is none, though a unit may follow it (a table row's `2 人居环境…`).
 */
function figuresOf(norm: Normalized, records: ItemRecord[], headings: readonly HeadingNode[]): Figure[] {
  const { source, lines } = norm;
  const markers = new Map<object, number[]>();
  for (const h of headings) {
    const list = markers.get(h.marker.line) ?? [];
    list.push(h.marker.start);
    markers.set(h.marker.line, list);
  }
  const owner = new Map<object, Array<{ start: number; end: number; id: string }>>();
  for (const r of records) {
    for (const s of r.spans) {
      const list = owner.get(s.line) ?? [];
      list.push({ start: s.start, end: s.end, id: r.item.id });
      owner.set(s.line, list);
    }
  }
  const out: Figure[] = [];
  for (const line of lines) {
    const found = findFigures(line.text);
    const periods = new PeriodCursor(line.text, found.length ? findPeriods(line.text) : []);
    for (const f of found) {
      if (markers.get(line)?.includes(f.start)) continue;
      const a = line.offsets[f.start];
      const b = originalEnd(source.text, line, f.end - 1); // (past an entity, &#37;, the figure ends on)
      const p = source.position(a);
      const endCp = p.offset + source.codePointsBetween(a, b - 1) + 1;
      const span: Span = { line, start: f.start, end: f.end };
      const id = owner.get(line)?.find((o) => span.start >= o.start && span.start < o.end)?.id ?? null;
      out.push({
        text: source.text.slice(a, b),
        value: f.value,
        unit: f.unit,
        approx: f.approx,
        range: f.range,
        normalized: f.normalized,
        qualifier: f.qualifier,
        metric: f.metric,
        period: periods.before(f.start),
        item_id: id,
        line: p.line,
        column: p.column,
        start: p.offset,
        end: endCp,
      });
    }
  }
  return out;
}

/**
 * `head` and the spans' clean text, a line each. A loop, not `[head, ...spans.map(cleanText)].join()`:
 * each such builtin site that met an array shape not seen in warm-up (an empty one) threw
 * extract's optimised code away (bench/RESULTS-scale.md, tenth round).
 */
function joinLines(head: string, spans: readonly Span[]): string {
  let out = head;
  for (let i = 0; i < spans.length; i++) out += "\n" + cleanText(spans[i]);
  return out;
}
