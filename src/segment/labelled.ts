// Items that carry no number, only a label: a section whose body holds two or more lines that
// open with `问题：` (or `问题表现：`…; `存在问题：` when the body opens with it) lists one item
// per such line. One `问题：` line under a numbered heading is that item's own problem field, so a single one is left alone.
import { matchFieldLabel } from "./fields.js";
import { splitHeading } from "./split.js";
import type { Span } from "../normalize/span.js";
import type { HeadingNode } from "./index.js";

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
function problemLines(body: Span[]): Map<Span, number> {
  const plain = new Map<Span, number>();
  const existing = new Map<Span, number>();
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
    if (l) (l.existing ? existing : plain).set(s, l.valueStart);
  }
  return plain.size === 0 && first === true && existing.size >= 2 && ok && !pending ? existing : plain;
}

/** Whether a measures label follows a sentence in the rest of a line (存在问题：…。整改措施：…). */
function holdsMeasures(text: string, from: number): boolean {
  for (let i = text.indexOf("。", from); i >= 0; i = text.indexOf("。", i + 1)) {
    if (matchFieldLabel(text.slice(i + 1, i + 17))?.field === "measures") return true;
  }
  return false;
}
const opensProblem = (lines: Map<Span, number>, s: Span): number | null => lines.get(s) ?? null;

/** Splits such bodies into `labelled-problem` headings, numbered 1, 2, 3… in each section. */
export function splitLabelledItems(headings: HeadingNode[]): HeadingNode[] {
  const counts = new Map<HeadingNode, number>();
  const opening = new Map<HeadingNode, Map<Span, number>>();
  for (const node of headings) {
    const lines = problemLines(node.body);
    if (lines.size) {
      counts.set(node, lines.size);
      opening.set(node, lines);
    }
  }
  if (!counts.size) return headings;
  // A section with one such line is split too when a sibling section lists several
  // (（一）已完成的问题 with two, （二）正在整改的问题 with one).
  const listing = new Set<HeadingNode | null>();
  for (const [node, n] of counts) if (n >= 2) listing.add(node.parent);
  const out: HeadingNode[] = [];
  for (const node of headings) {
    out.push(node);
    const count = counts.get(node) ?? 0;
    if (count < 2 && !(count === 1 && listing.has(node.parent))) continue;
    const kept: Span[] = [];
    const made: HeadingNode[] = [];
    const lines = opening.get(node)!;
    for (const s of node.body) {
      const valueStart = opensProblem(lines, s);
      if (valueStart === null) {
        (made.length ? made[made.length - 1].body : kept).push(s);
        continue;
      }
      const { titleEnd, bodyStart } = splitHeading(s.line.text, valueStart);
      made.push({
        level: node.level + 1,
        style: "labelled-problem",
        number: made.length + 1,
        marker: { line: s.line, start: 0, end: valueStart },
        title: { line: s.line, start: valueStart, end: titleEnd },
        children: [],
        parent: node,
        body: bodyStart < s.line.text.length ? [{ line: s.line, start: bodyStart, end: s.line.text.length }] : [],
      });
    }
    node.body = kept;
    // Body text comes before the headings under it.
    node.children = [...made, ...node.children];
    out.push(...made);
  }
  return out;
}
