// Items set out as a table: a header row naming its columns (序号 问题 整改措施 完成时限 …, cells
// split by tabs or spaces, as tables come out of web pages and Word files), then one row per item
// that opens with its number. Each row becomes a `table-row` heading whose title is the problem
// cell and whose other cells fill the fields their column names (read with the field labels).
import { labelField, type FieldName } from "./fields.js";
import type { Span } from "../normalize/span.js";
import type { HeadingNode, TableCell } from "./index.js";

const NUMBER_COLUMN = /^(?:序号|编号|序)$/;

interface Cell {
  start: number;
  end: number;
}

/** Cells of a line: runs of non-space characters. */
function cellsOf(s: Span): Cell[] {
  const out: Cell[] = [];
  const t = s.line.text;
  let i = s.start;
  while (i < s.end) {
    while (i < s.end && t.charCodeAt(i) === 32) i++;
    if (i >= s.end) break;
    const start = i;
    while (i < s.end && t.charCodeAt(i) !== 32) i++;
    out.push({ start, end: i });
  }
  return out;
}

type Column = FieldName | "number" | null;

/** The columns of a header row (the field each names, and the name), or null when the line is not one. */
function headerColumns(s: Span): { cols: Column[]; names: string[] } | null {
  // Cheap tests first: this runs on every body line.
  const t = s.line.text;
  if (s.start !== 0 || t.length > 80 || t.indexOf(" ") < 0 || t.indexOf("问题") < 0) return null;
  const cells = cellsOf(s);
  if (cells.length < 3 || cells.some((c) => c.end - c.start > 8)) return null;
  const names = cells.map((c) => s.line.text.slice(c.start, c.end));
  const cols: Column[] = names.map((name) => (NUMBER_COLUMN.test(name) ? "number" : labelField(name)));
  if (cols[0] !== "number" || !cols.includes("problem") || cols.filter((c) => c !== null).length < 3) return null;
  return { cols, names };
}

/** Splits bodies that hold a table into `table-row` headings, one per numbered row. */
export function splitTableRows(headings: HeadingNode[]): HeadingNode[] {
  if (!headings.some((h) => h.body.some((s) => headerColumns(s) !== null))) return headings;
  const out: HeadingNode[] = [];
  for (const node of headings) {
    out.push(node);
    const made: HeadingNode[] = [];
    const kept: Span[] = [];
    let cols: Column[] | null = null;
    let names: string[] = [];
    for (const s of node.body) {
      const header = headerColumns(s);
      if (header) {
        ({ cols, names } = header);
        kept.push(s);
        continue;
      }
      let cells = cols ? cellsOf(s) : [];
      // More cells than columns: a space inside the measures (建立 台账), the widest text; they join.
      const wide = cols ? cols.indexOf("measures") : -1;
      const extra = cols ? cells.length - cols.length : 0;
      // Only when the cell after them fits its column (a date or 长期 under 完成时限), so that
      // the surplus is known to stand in the measures, not in the problem.
      const after = cols && wide > 0 && wide + extra + 1 < cells.length ? cols[wide + 1] : null;
      const fits = after !== "deadline" || /\d|年|月|长期|持续|立行/.test(s.line.text.slice(cells[wide + extra + 1].start, cells[wide + extra + 1].end));
      if (extra > 0 && extra <= 3 && wide > 0 && cols!.indexOf("deadline") > wide && fits) {
        const joined = { start: cells[wide].start, end: cells[wide + extra].end };
        cells = [...cells.slice(0, wide), joined, ...cells.slice(wide + extra + 1)];
      }
      const number = cells.length ? Number(s.line.text.slice(cells[0].start, cells[0].end)) : NaN;
      // A row has the header's cells and opens with its number. Another line (a wrapped cell, a
      // page header) stays in the body and the table goes on: the next rows are still rows.
      if (!cols || s.start !== 0 || cells.length !== cols.length || !Number.isInteger(number) || number < 1 || number > 999) {
        kept.push(s);
        continue;
      }
      const span = (c: Cell): Span => ({ line: s.line, start: c.start, end: c.end });
      const problemAt = cols.indexOf("problem");
      const fields: TableCell[] = [];
      cols.forEach((col, k) => {
        if (col !== null && col !== "number" && col !== "problem") fields.push({ field: col, label: names[k], span: span(cells[k]) });
      });
      made.push({
        level: node.level + 1,
        style: "table-row",
        number,
        marker: span(cells[0]),
        title: span(cells[problemAt]),
        children: [],
        parent: node,
        body: [],
        cells: fields,
      });
    }
    if (!made.length) continue;
    node.body = kept;
    node.children = [...made, ...node.children];
    out.push(...made);
  }
  return out;
}
