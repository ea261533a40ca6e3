// A table copied out of a PDF comes one cell per line: 序号 / 问题 / 整改措施 / 完成时限 on lines of
// their own, then each row's number and cells the same way. Such a run is set back into rows, one
// line each with a space between cells (the shape the segmenter reads tables in), so the row
// number on a line of its own is not lost as a page number. Only a run that fits the header
// exactly (the number, then one line for each other column, numbered 1, 2, 3 …) is set back.
import type { CleanLine } from "./index.js";
import { labelField } from "../segment/fields.js";
import { opensEntry } from "../segment/rules/index.js";

const NUMBER_COLUMN = /^(?:序号|编号)$/;
const CELL_NAME = /^[\u4e00-\u9fa5]{1,8}$/;

/**
 * Rows set back into lines. `numbers` are the bare-number lines normalize dropped as page
 * numbers (a row's number looks like one), in file order; those a row takes are its numbers.
 * `rows` receives every line made, which no page-break join may extend.
 */
export function joinTableCells(lines: CleanLine[], numbers: CleanLine[], rows: Set<CleanLine>): CleanLine[] {
  if (!lines.some((l) => l.text.length <= 2 && NUMBER_COLUMN.test(l.text))) return lines;
  const out: CleanLine[] = [];
  let nx = 0; // next unused entry of numbers
  for (let i = 0; i < lines.length; i++) {
    const made = NUMBER_COLUMN.test(lines[i].text) ? tableAt(lines, i, numbers, nx) : null;
    if (!made) {
      out.push(lines[i]);
      continue;
    }
    for (const l of made.lines) {
      rows.add(l);
      out.push(l);
    }
    i = made.next - 1;
    nx = made.nx;
  }
  return out;
}

function tableAt(lines: CleanLine[], h: number, numbers: CleanLine[], nx: number): { lines: CleanLine[]; next: number; nx: number } | null {
  let n = 1;
  while (h + n < lines.length && n < 10 && CELL_NAME.test(lines[h + n].text) && labelField(lines[h + n].text) !== null) n++;
  const names = lines.slice(h, h + n).map((l) => l.text);
  if (n < 3 || !names.some((t) => labelField(t) === "problem")) return null;
  const made = [merge(lines.slice(h, h + n))];
  let at = h + n;
  for (let expected = 1; ; expected++) {
    // The row's number: a line of its own (dropped as a page number, or kept) right before its cells.
    while (nx < numbers.length && numbers[nx].line < lines[at - 1].line) nx++;
    let cells: CleanLine[];
    if (at < lines.length && lines[at].text === String(expected)) cells = lines.slice(at, at + n);
    else if (nx < numbers.length && numbers[nx].text === String(expected) && at < lines.length && numbers[nx].line < lines[at].line) cells = [numbers[nx], ...lines.slice(at, at + n - 1)];
    else break;
    const own = cells[0] === lines[at] ? n : n - 1;
    if (cells.length < n || cells.slice(1).some((c) => opensEntry(c.text) || c.text === String(expected + 1))) break;
    if (own === n - 1) nx++;
    made.push(merge(cells));
    at += own;
  }
  return made.length > 1 ? { lines: made, next: at, nx } : null;
}

/** Cells joined into one line, a space between them (standing for the line break after each cell). */
function merge(cells: CleanLine[]): CleanLine {
  const text = cells.map((c) => c.text).join(" ");
  const offsets = new Int32Array(text.length);
  let k = 0;
  cells.forEach((c, i) => {
    offsets.set(c.offsets, k);
    k += c.offsets.length;
    if (i < cells.length - 1) offsets[k++] = c.offsets[c.offsets.length - 1] + 1;
  });
  return { text, offsets, line: cells[0].line, joined: cells.reduce((s, c) => s + c.joined, 0), blankBefore: cells[0].blankBefore, junkBefore: cells[0].junkBefore };
}
