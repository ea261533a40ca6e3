// Two-column text: a PDF set in two columns, whose text extraction (pdftotext -layout) prints both
// columns side by side on each line (一、整改工作总体情况        二、反馈问题整改情况 / 局党组召开…巡
// 察反馈…      1.预算绩效管理不到位。…). Such a block is read as the page is: the left column top to
// bottom, then the right. Each piece keeps its own offsets, so positions still point into the file.
import type { CleanLine } from "./index.js";
import { displayColumns } from "./source.js";
import { HAS_HAN } from "../text/han.js";
import { matchFieldLabel } from "../segment/fields.js";

// The gutter between the columns: three or more spaces with text on both sides.
const GUTTER = /\S( {3,})(?=\S)/;
// How far a column's left edge may wander between lines (a full-width character is two columns).
const SLACK = 2;
// A block needs this many lines with both columns, at one gutter, to be read as columns.
const MIN_PAIRED = 3;
// The widest gutter of a justified column's line (spaces).
const NARROW = 8;

interface Cut {
  /** Index in the clean text where the right column starts (-1: no gutter on the line). */
  right: number;
  /** The printed column the right part (or, without a gutter, the line's text) starts at. */
  col: number;
  /** The printed column the line's text ends at. */
  endCol: number;
  /**
   * Both sides a run of prose and the left one filling its column up to a narrow gutter, as a
   * justified column does (a short left side, 改1个。, ends a paragraph; a table's cells, each as
   * long as its words, leave gutters of every width): only such lines make a block.
   */
  strong: boolean;
}

/**
 * Splits the lines of each two-column block into its columns, the left column's pieces first.
 * A block is a run of lines each with one gutter at the same printed column (a table's row has
 * more than one, and is left alone), lines of the right column alone (indented to it) and, between
 * them, short lines of the left column alone; both sides are prose (Chinese text, not one short
 * cell). Lines split are marked in `split` (their widths are measured piece by piece).
 * Returns the lines unchanged, and cheaply, when no line holds a gutter.
 */
export function splitColumns(raw: CleanLine[], text: string, lineStarts: readonly number[], split: Uint8Array): CleanLine[] {
  let candidates = 0;
  for (const l of raw) if (l.text.length >= 12 && l.text.includes("   ")) candidates++;
  if (candidates < MIN_PAIRED) return raw;
  const cuts: Cut[] = raw.map((l) => (split[l.line - 1] ? NONE : cutOf(l, text, lineStarts)));
  let out: CleanLine[] | null = null;
  let i = 0;
  while (i < raw.length) {
    const c = cuts[i];
    if (c.right < 0) {
      out?.push(raw[i]);
      i++;
      continue;
    }
    // Extend a block from this gutter line while lines fit its gutter column.
    const gutter = c.col;
    let j = i;
    let paired = 0;
    let lastFit = i;
    for (; j < raw.length; j++) {
      const d = cuts[j];
      if (d.right >= 0) {
        if (Math.abs(d.col - gutter) > SLACK) break;
        if (d.strong) paired++;
        lastFit = j;
      } else if (Math.abs(d.col - gutter) <= SLACK) lastFit = j; // the right column alone
      else if (d.endCol < gutter - SLACK) continue; // the left column alone: kept only between fits
      else break;
    }
    // The left column's lines below the right column's last one go on to the block's end (a blank line).
    while (lastFit + 1 < raw.length && cuts[lastFit + 1].right < 0 && cuts[lastFit + 1].endCol < gutter - SLACK && raw[lastFit + 1].blankBefore === 0 && !raw[lastFit + 1].junkBefore) lastFit++;
    // A table's columns under a header row of field names (存在问题    整改措施) are read row by row.
    if (paired < MIN_PAIRED || headerRow(raw[i].text) || (i > 0 && raw[i].blankBefore === 0 && headerRow(raw[i - 1].text))) {
      out?.push(raw[i]);
      i++;
      continue;
    }
    out ??= raw.slice(0, i);
    const left: CleanLine[] = [];
    const right: CleanLine[] = [];
    for (let k = i; k <= lastFit; k++) {
      const l = raw[k];
      const d = cuts[k];
      if (d.right < 0) {
        (Math.abs(d.col - gutter) <= SLACK ? right : left).push(l);
        continue;
      }
      split[l.line - 1] = 1;
      const leftText = l.text.slice(0, d.right).trimEnd();
      left.push({ ...l, text: leftText, offsets: l.offsets.subarray(0, leftText.length) });
      right.push({ text: l.text.slice(d.right), offsets: l.offsets.subarray(d.right), line: l.line, joined: 1, blankBefore: 0, junkBefore: false });
    }
    // The column break stands for a blank line (a paragraph cut by it still joins, as across a page).
    if (right.length) right[0] = { ...right[0], blankBefore: Math.max(1, right[0].blankBefore) };
    out.push(...left, ...right);
    i = lastFit + 1;
  }
  return out ?? raw;
}

// A line that is a piece of a longer one (an HTML line's paragraphs, a flattened notice's lines)
// is in no column: measuring it from its line's start would read the long line once a piece.
const NONE: Cut = { right: -1, col: -1, endCol: Infinity, strong: false };
// A page is no wider than this (printed columns): a longer line is no layout.
const PAGE_WIDTH = 400;

/** Where a line's right column starts, if it has one gutter with prose on both sides. */
function cutOf(l: CleanLine, text: string, lineStarts: readonly number[]): Cut {
  const start = lineStarts[l.line - 1];
  if (l.offsets[l.offsets.length - 1] - start > PAGE_WIDTH) return NONE;
  const col = displayColumns(text, start, l.offsets[0]);
  const endCol = displayColumns(text, start, l.offsets[l.offsets.length - 1] + 1);
  const m = GUTTER.exec(l.text);
  if (!m) return { right: -1, col, endCol, strong: false };
  const right = m.index + 1 + m[1].length;
  const leftText = l.text.slice(0, m.index + 1);
  const rightText = l.text.slice(right);
  // (one gutter only: a table's row has more; each side prose, not a cell's word or a number)
  if (GUTTER.test(rightText) || !HAS_HAN.test(leftText) || !HAS_HAN.test(rightText)) return { right: -1, col, endCol, strong: false };
  return { right, col: displayColumns(text, start, l.offsets[right]), endCol, strong: leftText.length >= 6 && rightText.length >= 4 && m[1].length <= NARROW };
}

/** A table's header row: two or more cells that each name a field (存在问题, 整改措施) or 序号. */
function headerRow(t: string): boolean {
  let n = 0;
  for (const cell of t.split(/ {2,}/)) {
    const label = cell === "序号" ? null : matchFieldLabel(cell + ":");
    if (cell === "序号" || (label !== null && label.valueStart > cell.length)) n++;
  }
  return n >= 2;
}
