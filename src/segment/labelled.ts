// Items that carry no number, only a label: a section whose body holds two or more lines that
// open with `问题：` (or `存在问题：`…) lists one item per such line. One `问题：` line under a
// numbered heading is that item's own problem field, so a single one is left alone.
import { matchFieldLabel } from "./fields.js";
import { splitHeading } from "./split.js";
import type { Span } from "../normalize/span.js";
import type { HeadingNode } from "./index.js";

const opensProblem = (s: Span): number | null => {
  if (s.start !== 0) return null;
  const label = matchFieldLabel(s.line.text);
  // 存在问题： is also what is left to do after the measures; only the plain labels open items.
  return label && label.field === "problem" && label.label !== "存在问题" ? label.valueStart : null;
};

/** Splits such bodies into `labelled-problem` headings, numbered 1, 2, 3… in each section. */
export function splitLabelledItems(headings: HeadingNode[]): HeadingNode[] {
  const counts = new Map<HeadingNode, number>();
  for (const node of headings) {
    let count = 0;
    for (const s of node.body) if (opensProblem(s) !== null) count++;
    if (count) counts.set(node, count);
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
    for (const s of node.body) {
      const valueStart = opensProblem(s);
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
