// Measures that refer to a problem by its number. Some notices first list the problems the
// inspectors found (一、巡察反馈的问题 / 1.…2.…, or 一是…二是… in a paragraph) and then report on
// each by number (针对第1个问题，… / （二）关于问题二的整改情况 / 关于第三个问题，…). Such a report is
// the measures of the problem it names, not an item of its own.
import type { HeadingNode } from "../segment/index.js";
import type { SourceText } from "../normalize/index.js";
import { writtenText, cleanText, squeeze, type Span } from "../normalize/span.js";
import { splitEntries } from "./fields.js";
import { stripEntryMarker, sentenceProblem, type ItemRecord } from "./items.js";
import { referredNumber } from "./roles.js";

/**
 * Attaches each referring item to the problem it names: its measures, outcomes and unset fields
 * go to that item, and it is dropped. The problem is the item of that number listed before the
 * first reference (one without measures of its own when there are several). Where the problems
 * were listed in a paragraph (一是…；二是…) and made no items, the referring item keeps its place
 * and takes the listed problem as its statement; the item the list stood in, if any, goes.
 * Ids are given again in document order.
 */
export function attachReferred(records: ItemRecord[], headings: readonly HeadingNode[], preamble: readonly Span[], source: SourceText): ItemRecord[] {
  const refs = new Map<ItemRecord, number>();
  for (const r of records) {
    const n = referredNumber(cleanText(r.node.title));
    if (n !== null) refs.set(r, n);
  }
  if (!refs.size) return records;
  const firstRef = records.findIndex((r) => refs.has(r));
  const listed = records.slice(0, firstRef).filter((r) => !refs.has(r));
  const dropped = new Set<ItemRecord>();
  // The problems listed as items: the last of each number before the first reference, preferring one without measures.
  const byNumber = new Map<number, ItemRecord>();
  for (const r of listed) {
    const n = r.node.number;
    if (n === null) continue;
    const had = byNumber.get(n);
    if (!had || !(had.item.measures.length === 0 && r.item.measures.length > 0)) byNumber.set(n, r);
  }
  // Items listed before are the problems when they are a list (two or more) or hold every number
  // referred to; one heading before (巡察反馈的问题) may instead hold the list in its text.
  const wanted = [...refs.values()];
  const asItems = byNumber.size >= 2 || wanted.every((n) => byNumber.has(n));
  let list: { texts: string[]; holder: ItemRecord | null } | null | undefined;
  for (const [r, n] of refs) {
    const target = asItems ? byNumber.get(n) : undefined;
    if (target && !dropped.has(target)) {
      merge(target, r);
      dropped.add(r);
      continue;
    }
    if (asItems) continue;
    list ??= listedInText(records[firstRef].node, headings, preamble, source, Math.max(...wanted), records);
    if (!list) break;
    // (一是干部作风不实等问题 → 干部作风不实, as a heading's problem reads)
    r.item.problem = sentenceProblem(list.texts[n - 1]);
    if (list.holder) dropped.add(list.holder);
  }
  if (!dropped.size) return records;
  const out = records.filter((r) => !dropped.has(r));
  out.forEach((r, i) => (r.item.id = `i${i + 1}`));
  return out;
}

/** A referring item's report added to the problem it names. */
function merge(target: ItemRecord, ref: ItemRecord): void {
  const t = target.item;
  const r = ref.item;
  t.measures.push(...r.measures);
  t.outcomes.push(...r.outcomes);
  if (t.status === "unknown") t.status = r.status;
  t.deadline ??= r.deadline;
  t.deadline_date ??= r.deadline_date;
  t.difficulties ??= r.difficulties;
  t.responsible ??= r.responsible;
  target.spans.push(...ref.spans);
}

/**
 * The problems listed in a paragraph before the first reference (巡察反馈的问题主要有：一是…；二是…),
 * in the nearest body above it that lists at least as many entries as the highest number referred
 * to; with the item that body made, if any (a 巡察反馈的问题 heading read as an item).
 */
function listedInText(first: HeadingNode, headings: readonly HeadingNode[], preamble: readonly Span[], source: SourceText, needed: number, records: ItemRecord[]): { texts: string[]; holder: ItemRecord | null } | null {
  const at = first.marker.line.line;
  const bodies: Array<{ node: HeadingNode | null; body: Span[] }> = [];
  for (const h of headings) if (h.marker.line.line < at && h !== first) bodies.push({ node: h, body: h.body.filter((s) => s.line.line < at) });
  bodies.reverse().push({ node: null, body: [...preamble] });
  for (const { node, body } of bodies) {
    if (!body.length) continue;
    const entries = splitEntries(body);
    if (entries.length < Math.max(2, needed)) continue;
    const texts = entries.map((e) => stripEntryMarker(squeeze(e.spans.map((s) => writtenText(source, s)).join(""))).replace(/[。；;，,.]+$/, ""));
    // A list of problems: its first entry follows a colon or names 问题 before it (主要有：一是…).
    const first = entries[0].span;
    const lead = first.line.text.slice(0, first.start);
    if (!/[：:]\s*$/.test(lead) && !/问题/.test(node ? cleanText(node.title) : lead)) continue;
    return { texts, holder: node ? records.find((r) => r.node === node) ?? null : null };
  }
  return null;
}
