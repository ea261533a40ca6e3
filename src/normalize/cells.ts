// A table copied out of a PDF comes one cell per line: 序号 / 问题 / 整改措施 / 完成时限 on lines of
// their own, then each row's number and cells the same way. Such a run is set back into rows, one
// line each with a space between cells (the shape the segmenter reads tables in), so the row
// number on a line of its own is not lost as a page number. Only a run that fits the header
// exactly (the number, then one line for each other column, numbered 1, 2, 3 …) is set back.
import type { CleanLine } from "./index.js";
import { labelField } from "../segment/fields.js";
import { opensEntry } from "../segment/rules/index.js";
import { NUMBER_COLUMN } from "../segment/table.js";

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
  // Where row `e`'s number stands right before lines[a]: that line itself (kept), or a dropped
  // bare number between it and the line above. -1: it is a line of lines; an index of numbers; null: none.
  const numberAt = (a: number, e: number): number | null => {
    if (a < lines.length && lines[a].text === String(e)) return -1;
    let k = nx;
    while (k < numbers.length && numbers[k].line < lines[a - 1].line) k++;
    return k < numbers.length && numbers[k].text === String(e) && (a >= lines.length || numbers[k].line < lines[a].line) ? k : null;
  };
  const made = [merge(lines.slice(h, h + n))];
  let at = h + n;
  let expected = 1;
  for (; ; expected++) {
    // A page's running header printed once (so not dropped) between a page number and the row's
    // number: it is no cell, and goes.
    if (expected > 1 && at + 1 < lines.length && lines[at].junkBefore && numberAt(at, expected) === null && numberAt(at + 1, expected) !== null) at++;
    const k = numberAt(at, expected);
    if (k === null) break;
    const cells = k < 0 ? lines.slice(at, at + n) : [numbers[k], ...lines.slice(at, at + n - 1)];
    if (cells.length < n || cells.slice(1).some((c) => opensEntry(c.text))) break;
    // A row of fewer lines than columns (the next number among its cells) is not one cell a line.
    if (cells.slice(1).some((c) => c.text === String(expected + 1))) return null;
    if (k >= 0) nx = k + 1;
    made.push(merge(cells));
    at += k < 0 ? n : n - 1;
  }
  // Nor is a row of more lines (a cell wrapped onto two): the next number stands a line or more on.
  for (let a = at + 1; a <= at + n && a <= lines.length; a++) if (numberAt(a, expected) !== null) return null;
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
