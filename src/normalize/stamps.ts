// A PDF's stamp or watermark (内部资料 注意保存, 仅供参考, a site's name printed across each page):
// text extraction prints it on every page, on a line of its own or run into a line of the text
// (…整改措施落实到位某某县人民政府网…). Found by recurrence, never by its words: a short phrase that
// stands alone on its line twice or more, or at a page's edge (or ends the last line of pages, or
// starts the first, and stands nowhere else), printed once a page on three pages or more. Every
// copy goes: a line that is only the stamp, and the stamp cut out of a line. What a notice's own
// lines hold alone and often (a field's or a column's name, a deadline, a status, an
// organisation, the title) is never one.
import type { CleanLine } from "./index.js";
import { opensEntry } from "../segment/rules/index.js";
import { matchFieldLabel } from "../segment/fields.js";
import { isSignoffDate, isSignoffOrg } from "./signoff.js";
import { isDocNumber, isRedHeader } from "./letterhead.js";
import { statusOf } from "../extract/roles.js";
import { HAN } from "../text/han.js";
import { offsetCopy } from "./offsets.js";
import { TITLE_END } from "./unbroken.js";
import { DEADLINE_CELL, STATUS_CELL, columnOf } from "../segment/table.js";
import { lastAtOrBefore } from "../text/search.js";

// A stamp's shape: 4–24 letters of words, spaces between them, no pause, no figure (a table's
// repeated cells, 已完成 or 2025年底, hold a status or a date; a sentence ends or pauses).
const STAMP = new RegExp(`^[${HAN}A-Za-z][${HAN}A-Za-z ·]{2,22}[${HAN}A-Za-z]$`);
const MIN_COPIES = 3;
// Affixes at a page's edge: the longest a stamp run in may be, and the shortest.
const EDGE_MAX = 24;
const EDGE_MIN = 5;
const TOP = 5;
const SENTENCE_END = /[。！？；!?;]/;

/** A line's text that may be a stamp: its shape, and nothing a notice's own lines are. */
function stampLike(t: string): boolean {
  if (t.length < 4 || t.length > 24 || !STAMP.test(t)) return false;
  // (nor what a table's cell or a field holds: a column's or a label's name, 存在问题, a deadline, 立行立改, a status's words)
  return !TITLE_END.test(t) && !DEADLINE_CELL.test(t) && !STATUS_CELL.test(t) && columnOf(t) === null && !opensEntry(t) && !matchFieldLabel(t) && !isSignoffOrg(t) && !isSignoffDate(t) && !isDocNumber(t) && !isRedHeader(t) && statusOf(t) === null;
}

/**
 * The lines with every copy of a recurring stamp removed, and how many copies went. `afterPageBreak`:
 * original line numbers of lines right after a page break (nothing is done with fewer than two).
 */
export function dropStamps(raw: CleanLine[], afterPageBreak: ReadonlySet<number>): { lines: CleanLine[]; cut: number } {
  if (afterPageBreak.size < 2) return { lines: raw, cut: 0 };
  const page = new Int32Array(raw.length);
  let p = 0;
  for (let k = 0; k < raw.length; k++) {
    if (afterPageBreak.has(raw[k].line)) p++;
    page[k] = p;
  }
  // Candidates: short lines alone twice or more, or at a page's edge; and affixes shared by three
  // page edges or more (a stamp run into the page's last or first line).
  const alone = new Map<string, number>();
  const candidates = new Set<string>();
  const atEdge = new Set<string>();
  const tails = new Map<string, number>();
  const heads = new Map<string, number>();
  const affix = (m: Map<string, number>, t: string, tail: boolean) => {
    for (let n = EDGE_MIN; n <= Math.min(EDGE_MAX, t.length - 1); n++) {
      const a = tail ? t.slice(t.length - n) : t.slice(0, n);
      if (STAMP.test(a)) m.set(a, (m.get(a) ?? 0) + 1);
    }
  };
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k].text;
    const first = afterPageBreak.has(raw[k].line);
    const last = k + 1 < raw.length && afterPageBreak.has(raw[k + 1].line);
    // (the shape only, here: what else a stamp may not be is asked once a text, below)
    if (t.length >= 4 && t.length <= 24 && STAMP.test(t)) {
      alone.set(t, (alone.get(t) ?? 0) + 1);
      if (first || last) atEdge.add(t);
    } else {
      // (a page of one line is both)
      if (first) affix(heads, t, false);
      if (last) affix(tails, t, true);
    }
  }
  for (const [t, n] of alone) if ((n >= 2 || atEdge.has(t)) && stampLike(t)) candidates.add(t);
  // (of affixes shared alike, the longest: 某某县人民政府网, not 县人民政府网)
  for (const m of [tails, heads]) {
    const shared = [...m].filter(([, n]) => n >= MIN_COPIES).sort((a, b) => b[0].length - a[0].length);
    for (const [a, n] of shared) if (![...candidates].some((c) => c.length > a.length && c.includes(a) && (m.get(c) ?? 0) >= n) && stampLike(a)) candidates.add(a);
  }
  if (!candidates.size) return { lines: raw, cut: 0 };
  // The lines' texts as one, a line break between them (a candidate has none), and where each starts.
  const starts = new Int32Array(raw.length);
  let size = 0;
  for (let k = 0; k < raw.length; k++) {
    starts[k] = size;
    size += raw[k].text.length + 1;
  }
  const all = raw.map((l) => l.text).join("\n");
  const stamps: string[] = [];
  const edgeOf = (k: number) => (afterPageBreak.has(raw[k].line) ? 1 : 0) | (k + 1 < raw.length && afterPageBreak.has(raw[k + 1].line) ? 2 : 0);
  for (const c of candidates) {
    let copies = 0;
    const pages = new Set<number>();
    // (printed once a page: words that recur twice on a page, 存在问题 over each item, are the notice's)
    let twice = false;
    // (an affix stands only where page chrome does: a line of its own, or a page's edge; the
    // same words inside the text are the notice's own, 的整改情况)
    const byEdge = !alone.has(c);
    let inText = false;
    // (one search of the whole text a candidate, its hits placed on their lines: not a search a line)
    for (let at = all.indexOf(c); at >= 0 && !twice && !inText; at = all.indexOf(c, at + c.length)) {
      const k = lastAtOrBefore(starts, at);
      const i = at - starts[k];
      const t = raw[k].text;
      copies++;
      if (pages.has(page[k])) twice = true;
      pages.add(page[k]);
      if (byEdge && t.length !== c.length && !((edgeOf(k) & 1 && i === 0) || (edgeOf(k) & 2 && i + c.length === t.length))) inText = true;
    }
    if (copies >= MIN_COPIES && pages.size >= MIN_COPIES && !twice && !inText) stamps.push(c);
  }
  if (!stamps.length) return { lines: raw, cut: 0 };
  // (a longer stamp first: one that holds another is cut whole)
  stamps.sort((a, b) => b.length - a.length);
  // (the title's lines and the letterhead over them are the notice's, whatever recurs: 巡察工作简报)
  let top = 0;
  while (top < TOP && top < raw.length && page[top] === 0 && !SENTENCE_END.test(raw[top].text) && raw[top].text.length <= 40) top++;
  while (top > 0 && !TITLE_END.test(raw[top - 1].text)) top--;
  const out: CleanLine[] = [];
  let cut = 0;
  let carry = false;
  for (let k = 0; k < raw.length; k++) {
    const l = raw[k];
    if (k < top && stamps.includes(l.text)) {
      out.push(l);
      continue;
    }
    let line = l;
    for (const s of stamps) {
      for (let i = line.text.indexOf(s); i >= 0; i = line.text.indexOf(s)) {
        line = without(line, i, i + s.length);
        cut++;
      }
    }
    if (!line.text) {
      carry = true;
      continue;
    }
    out.push(carry && !line.junkBefore ? { ...line, junkBefore: true } : line);
    carry = false;
  }
  return { lines: out, cut };
}

/** The line with text[a, b) cut out, the spaces around the cut with it. */
function without(l: CleanLine, a: number, b: number): CleanLine {
  const t = l.text;
  while (a > 0 && t.charCodeAt(a - 1) === 32) a--;
  while (b < t.length && t.charCodeAt(b) === 32) b++;
  // (a space between words on either side stays one: 内部资料 run in between two words of Latin script is rare; Chinese needs none)
  const offs = new Int32Array(t.length - (b - a));
  offs.set(l.offsets.subarray(0, a), 0);
  offs.set(l.offsets.subarray(b), a);
  return { ...l, text: t.slice(0, a) + t.slice(b), offsets: offsetCopy(offs) };
}
