// Items set out as a table: a header row naming its columns (序号 问题 整改措施 完成时限 …, cells
// split by tabs or spaces, as tables come out of web pages and Word files), then one row per item
// that opens with its number. Each row becomes a `table-row` heading whose title is the problem
// cell and whose other cells fill the fields their column names (read with the field labels).
import { labelField, type FieldName } from "./fields.js";
import type { Span } from "../normalize/span.js";
import type { HeadingNode, TableCell } from "./index.js";
import { ACTION_START, MEASURE_START, statusOf } from "../extract/roles.js";
import { isSignoffOrg } from "../normalize/signoff.js";
import { matchMarker, isMarker } from "./rules/index.js";
import { parseChineseNumber } from "../numerals/index.js";
import { HAS_HAN } from "../text/han.js";


/** A header names its problem column: 问题, or 问  题 spaced out as a Word table centres it. */
export const HAS_PROBLEM = /问 *题/;

/** A table's number column: 序号, 编号, 序. */
export const NUMBER_COLUMN = /^(?:序号|编号|序)$/;
// A column named for where its problems came from or what they are (巡察反馈问题, 主要问题, 问题清单).
const PROBLEM_COLUMN = /问题(?:清单|事项)?$/;

export interface Cell {
  start: number;
  end: number;
}

/**
 * A row whose cells normalize set apart exactly (a tab-, pipe- or comma-separated table, or one
 * rebuilt from cells wrapped onto more lines) holds a tab between cells: folding makes every other
 * tab a space, so a tab in a clean line is always such a separator.
 */
export const CELL_SEPARATOR = "\t";
const hasSeparator = (s: Span): boolean => {
  const i = s.line.text.indexOf(CELL_SEPARATOR, s.start);
  return i >= 0 && i < s.end;
};

/** The cells of a line set apart by tabs, spaces trimmed: an empty cell is an empty span. */
function exactCells(s: Span): Cell[] {
  const out: Cell[] = [];
  const t = s.line.text;
  let from = s.start;
  for (;;) {
    let to = t.indexOf(CELL_SEPARATOR, from);
    if (to < 0 || to > s.end) to = s.end;
    let a = from;
    let b = to;
    while (a < b && t.charCodeAt(a) === 32) a++;
    while (b > a && t.charCodeAt(b - 1) === 32) b--;
    out.push({ start: a, end: b });
    if (to >= s.end) return out;
    from = to + 1;
  }
}

/** Cells of a line: runs of non-space characters, or the exact cells of a line with separators. */
function cellsOf(s: Span): Cell[] {
  if (hasSeparator(s)) return exactCells(s);
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

export type Column = FieldName | "number" | null;

// Column names a ledger uses that are no field labels in running text (a field is read from
// them only as a column): 预计完成时间, 完成时间节点, 问题具体表现, 目前进展, 销号情况.
const COLUMN_WORDS: ReadonlyArray<readonly [RegExp, FieldName]> = [
  [/^(?:预计|计划|要求|规定)?(?:完成|整改|办结)(?:时间|时限|期限)(?:节点|要求)?$/, "deadline"],
  [/^问题(?:的)?(?:具体)?表现$/, "problem"],
  [/^(?:目前|当前|工作|整改)?进展$|^(?:目前|当前)?(?:进展|完成)(?:情况|进度)$/, "outcomes"],
  [/^(?:是否)?(?:销号|办结)(?:情况)?$/, "status"],
];
const wordsField = (n: string): FieldName | null => {
  if (n.length > 8) return null;
  for (const [re, field] of COLUMN_WORDS) if (re.test(n)) return field;
  return null;
};
// A column named by a status itself (已完成 | 正在推进 | 未完成), one ticked in each row: a status
// column whose name the mark answers (extract reads √ under 正在推进 as in progress). Not a column of
// what a status leaves to tell (未完成原因, 完成情况).
const statusNamed = (n: string): FieldName | null => (n.length <= 5 && !/(?:原因|情况|说明|时间|时限|措施|问题|事项)$/.test(n) && statusOf(n) !== null ? "status" : null);
const columnField = (n: string): FieldName | null => labelField(n) ?? (PROBLEM_COLUMN.test(n) ? "problem" : null) ?? wordsField(n) ?? statusNamed(n);
// A column named with a note in brackets (责任单位（人）, 整改时限(月)), or for two things (责任单位/责任人,
// 整改措施及成效): named by its first.
const NAME_NOTE = /\([^()]*\)$/;
const NAME_JOIN = /[/、及和与]/;

/** The column a header's cell names: the number, a field, or null. */
export function columnOf(name: string): Column {
  const n = name.replace(/ /g, "");
  return NUMBER_COLUMN.test(n) ? "number" : columnField(n) ?? columnField(n.replace(NAME_NOTE, "")) ?? columnField(n.split(NAME_JOIN)[0]);
}

/**
 * The columns cells named so name (the field each names), or null when they are no header: a
 * number column first, a problem column, and three or more columns that name a field.
 */
export function namedColumns(names: string[]): Column[] | null {
  if (names.length < 3 || names.some((n) => n.length > 10)) return null;
  const cols: Column[] = names.map(columnOf);
  // (a ledger may leave out the number column: 存在问题 整改措施 整改时限 完成情况)
  if ((cols[0] !== "number" && cols.includes("number")) || !cols.includes("problem") || cols.filter((c) => c !== null).length < 3) return null;
  return cols;
}

/** The columns of a header row (the field each names, and the name), or null when the line is not one. */
function headerColumns(s: Span): { cols: Column[]; names: string[] } | null {
  // Cheap tests first: this runs on every body line.
  const t = s.line.text;
  const exact = hasSeparator(s);
  if (s.start !== 0 || t.length > (exact ? 160 : 80) || (!exact && t.indexOf(" ") < 0) || !HAS_PROBLEM.test(t)) return null;
  const cells = cellsOf(s);
  if (!exact && cells.some((c) => c.end - c.start > 8)) return null;
  const names = cells.map((c) => s.line.text.slice(c.start, c.end));
  const cols = namedColumns(names);
  // Without a number column only cells set apart exactly tell rows from wrapped lines.
  return cols && (exact || cols[0] === "number") ? { cols, names } : null;
}

// A cell under 完成时限 or 整改状态 holds one short value of its kind.
export const DEADLINE_CELL = /\d|年|月|日|底|前|长期|持续|常态|立行|立改/;
// (or answers a 是否完成 column: 是, 否, √, ×)
export const STATUS_CELL = /完成|整改|推进|办结|销号|到位|落实|坚持|持续|进行|^(?:是|否|√|×|✓|✗)$/;
// Columns of free text, where a space may stand inside a cell (建立 台账, 账目 不清).
const TEXT_COLUMN = new Set<Column>(["problem", "measures", "outcomes", "difficulties", "responsible", "other", null]);
// A cell neither ends on a pause nor starts with one, a closing mark or 的: the text goes on.
const RUNS_ON_END = /[，、,:：;；(（“‘《]$/;
const RUNS_ON_START = /^[，、,。:：;；)）”’》的]/;
// Words that open a fault, never a measure (不清, 未落实, 缺少).
const FAULT_START = /^(?:不|未|没有|缺|欠|无)/;
/** Most spaces one row's cells may hold between them: more is a paragraph, not a row. */
const MAX_EXTRA = 3;

/**
 * The row's cells, one per column of the header: a row with more runs than columns has spaces
 * inside cells of free text, and runs are joined back into cells. Of the ways to do so, the one
 * that fits best is taken: cells under 完成时限 and 整改状态 must hold a date or a status (which
 * places them counted from the right); runs are joined across a single space rather than a
 * wider gap, and across a pause (账目不清， 票据不全) rather than split there; the measures start
 * at a run that opens with a measure's verb, never at one that opens with a fault (不清); a
 * unit's name before 责任单位 is one of its units (县财政局 县审计局); and
 * otherwise a surplus joins the measures, the widest text. Null when the row has too few runs or
 * no way fits.
 */
export function rowCells(t: string, runs: Cell[], cols: Column[]): Cell[] | null {
  const extra = runs.length - cols.length;
  if (extra === 0) return runs;
  if (extra < 0 || extra > MAX_EXTRA) return null;
  const text = (i: number) => t.slice(runs[i].start, runs[i].end);
  const gap = (i: number) => runs[i + 1].start - runs[i].end; // spaces after run i
  const measuresAt = cols.indexOf("measures");
  const counts = cols.map(() => 1);
  let best: number[] | null = null;
  let bestCost = Infinity;
  const score = (): number => {
    let cost = 0;
    let at = 0;
    for (let k = 0; k < cols.length; k++) {
      const n = counts[k];
      const col = cols[k];
      if (col === "deadline" || col === "status") {
        if (!(col === "deadline" ? DEADLINE_CELL : STATUS_CELL).test(text(at))) return Infinity;
      }
      for (let i = at; i < at + n - 1; i++) if (gap(i) > 1) cost += 2;
      if (at > 0 && (RUNS_ON_END.test(text(at - 1)) || RUNS_ON_START.test(text(at)))) cost += 3;
      if (col === "measures" && k > 0 && TEXT_COLUMN.has(cols[k - 1])) {
        const first = text(at);
        if (FAULT_START.test(first)) cost += 2;
        else if (ACTION_START.test(first) || MEASURE_START.test(first)) cost -= 1;
      }
      // A measure's verb opens the measures, not the middle of the problem.
      if (col === "problem" && k + 1 === measuresAt) for (let i = at + 1; i < at + n; i++) if (ACTION_START.test(text(i)) || MEASURE_START.test(text(i))) cost += 1;
      // The name of a unit (县财政局) after the text before 责任单位 is one of the units.
      if (n > 1 && cols[k + 1] === "responsible" && isSignoffOrg(text(at + n - 1))) cost += 1.5;
      if (k !== measuresAt) cost += 0.01 * (n - 1);
      at += n;
    }
    return cost;
  };
  const place = (k: number, left: number): void => {
    if (k === cols.length) {
      if (left > 0) return;
      const cost = score();
      if (cost < bestCost) {
        bestCost = cost;
        best = [...counts];
      }
      return;
    }
    const most = TEXT_COLUMN.has(cols[k]) ? left : 0;
    for (let x = 0; x <= most; x++) {
      counts[k] = 1 + x;
      place(k + 1, left - x);
    }
    counts[k] = 1;
  };
  place(0, extra);
  if (!best) return null;
  const out: Cell[] = [];
  let at = 0;
  for (const n of best as number[]) {
    out.push({ start: runs[at].start, end: runs[at + n - 1].end });
    at += n;
  }
  return out;
}

// A row's number as written: 1, 1. 1、 1) (1) (after folding); 1.5 is no row number.
export const ROW_NUMBER = /^\(?(\d{1,3})(?:[).、](?!\d)|$)/;

// A row's number in Chinese numerals, as a Word table's 序号 column may hold it (一, 二、).
const CN_ROW_NUMBER = /^[一二三四五六七八九十]{1,3}、?$/;

// A number cell that names what it numbers (问题1, 问题三, 事项 2): the row's number all the same.
export const ROW_LABEL = /^(?:问题|事项) ?(\d{1,3}|[一二三四五六七八九十]{1,3})$/;

/**
 * The number in a row's number cell set apart exactly (1, 1., （1）, or 一, 二、), or null. A
 * number in Chinese numerals needs two more cells filled: 一 beside one cell is a category row's.
 */
export function cellNumber(cell: string, filled: number): number | null {
  const l = ROW_LABEL.exec(cell);
  if (l) return /\d/.test(l[1]) ? Number(l[1]) : parseChineseNumber(l[1]);
  const m = ROW_NUMBER.exec(cell);
  if (m) return m[0].length === cell.length ? Number(m[1]) : null;
  return filled >= 2 && CN_ROW_NUMBER.test(cell) ? parseChineseNumber(cell.replace("、", "")) : null;
}

/** The columns a header line names, or null (a cheap test on every body line). */
export function tableHeader(s: Span): Column[] | null {
  return headerColumns(s)?.cols ?? null;
}

/**
 * A numbered row under a header with the given columns: its number and cells, or null. A number
 * written as a marker may run into the problem without a space (1.村级财务公开不及时): it is a cell
 * of its own all the same.
 */
export function tableRow(s: Span, cols: Column[]): { number: number; cells: Cell[] } | null {
  if (s.start !== 0) return null;
  const runs = cellsOf(s);
  if (!runs.length) return null;
  const t = s.line.text;
  if (cols[0] !== "number") {
    // A table without a number column: a line of exact cells with two or more filled is a row,
    // numbered in order by its table.
    return hasSeparator(s) && runs.length === cols.length && runs[0].end > runs[0].start && runs.filter((c) => c.end > c.start).length >= 2 ? { number: 0, cells: runs } : null;
  }
  if (hasSeparator(s)) {
    // Cells set apart exactly: as many as the header's, the first only the row's number.
    const number = cellNumber(t.slice(runs[0].start, runs[0].end), runs.filter((c) => c.end > c.start).length - 1);
    return number !== null && runs.length === cols.length && number >= 1 && number <= 999 ? { number, cells: runs } : null;
  }
  const first = t.slice(runs[0].start, runs[0].end);
  const labelled = ROW_LABEL.test(first) ? cellNumber(first, 0) : null;
  if (labelled !== null) {
    const cells = rowCells(t, runs, cols);
    return cells && labelled >= 1 && labelled <= 999 ? { number: labelled, cells } : null;
  }
  const m = ROW_NUMBER.exec(first);
  if (!m) return null;
  if (m[0].length < runs[0].end - runs[0].start) runs.splice(0, 1, { start: runs[0].start, end: runs[0].start + m[0].length }, { start: runs[0].start + m[0].length, end: runs[0].end });
  const number = Number(m[1]);
  const cells = rowCells(t, runs, cols);
  return cells && number >= 1 && number <= 999 ? { number, cells } : null;
}

// ---------------------------------------------------------------------------------------------
// A table pasted without its header row (1 | 问题 | 措施 | 时限 | 状态, or cells apart by tabs):
// consecutive rows, each of the same three or more cells, the first its number counting 1, 2, 3 …
// from 1, the second and third words (a table of counts, 1 | 县财政局 | 12 | 10, is none). Two rows are enough when they hold four cells or more, three when they
// hold three (a paragraph and a list rarely share such a shape for so long). Its columns are read
// from the cells: the number, the problem, the measures, then each later column by what every cell
// in it holds (a deadline, a status, a unit), or nothing.

/** Cheap test for a headerless table's first row: cells set apart exactly, the first one 1. */
// (1, 1. or (1) after folding)
const startsHeaderless = (s: Span): boolean => s.start === 0 && (s.line.text.charCodeAt(0) === 49 || s.line.text.charCodeAt(0) === 40) && hasSeparator(s);
/** Rows a headerless table needs, by its cells: three with three cells, two with more. */
export const headerlessEnough = (rows: number, cells: number): boolean => cells >= 3 && rows >= (cells === 3 ? 3 : 2);
/** Whether a row's cells may be the nth row of a headerless table (n from 1). */
export function headerlessRow(cells: string[], n: number, width: number): boolean {
  if (cells.length !== width || cells.length < 3) return false;
  const m = ROW_NUMBER.exec(cells[0]);
  return m !== null && m[0].length === cells[0].length && Number(m[1]) === n && HAS_HAN.test(cells[1]) && HAS_HAN.test(cells[2]);
}
// A deadline cell of a headerless table: a date, a month, or a lasting time (长期坚持, 常态化).
const DEADLINE_VALUE = /\d{4}|\d{1,2}\s*月|年底|月底|年内|季度|长期|常态|立行立改/;
/** A later column of a headerless table, read from its cells (empty ones left out). */
function inferredColumn(values: string[]): Column {
  const v = values.filter((x) => x !== "");
  if (!v.length) return null;
  if (v.every((x) => x.length <= 16 && DEADLINE_VALUE.test(x) && !/完成|到位|办结|销号/.test(x))) return "deadline";
  if (v.every((x) => x.length <= 10 && statusOf(x) !== null)) return "status";
  if (v.every((x) => isSignoffOrg(x.replace(/[、，, ]/g, "")) || x.split(/[、，,]/).every((u) => isSignoffOrg(u.trim())))) return "responsible";
  return null;
}
/** The columns of a headerless table whose rows' cells are given. */
export function inferredColumns(rows: string[][]): Column[] {
  const width = rows[0].length;
  const cols: Column[] = ["number", "problem", "measures"];
  for (let k = 3; k < width; k++) cols.push(inferredColumn(rows.map((r) => r[k])));
  return cols;
}

/**
 * The columns of a headerless table whose first row is `at` (cells set apart exactly; `span(j)`
 * gives line j, undefined past the end), or null when the rows from there are no such table.
 */
export function headerlessAt(span: (j: number) => Span | undefined, at: number): Columns | null {
  const cellsAt = (s: Span) => exactCells(s).map((c) => s.line.text.slice(c.start, c.end));
  const top = span(at);
  if (!top || !startsHeaderless(top)) return null;
  const first = cellsAt(top);
  if (!headerlessRow(first, 1, first.length)) return null;
  const rows = [first];
  for (let s = span(at + 1); s && hasSeparator(s); s = span(at + rows.length)) {
    const c = cellsAt(s);
    if (!headerlessRow(c, rows.length + 1, first.length)) break;
    rows.push(c);
  }
  if (!headerlessEnough(rows.length, first.length)) return null;
  const cols = inferredColumns(rows);
  return { cols, names: cols.map(() => "") };
}

/**
 * Splits bodies that hold a table into `table-row` headings, one per numbered row. `top`: the
 * columns in force at the end of the lines before the first heading (a table whose header stands
 * there, its category rows numbered like headings: 一、\t党的建设方面).
 */
export function splitTableRows(headings: HeadingNode[], top: Columns | null = null, roots?: HeadingNode[]): HeadingNode[] {
  if (!top && !headings.some((h) => h.body.some((s) => headerColumns(s) !== null || startsHeaderless(s)))) return headings;
  const out: HeadingNode[] = [];
  // The columns in force at the end of each heading's body: a category row inside a table
  // (（一）政治建设方面 between rows, set back as a row by normalize) heads rows read with them.
  const atEnd = new Map<HeadingNode, Columns>();
  for (const node of headings) {
    out.push(node);
    const above = node.parent ? atEnd.get(node.parent) : top;
    const inherited = above && hasSeparator({ line: node.title.line, start: 0, end: node.title.line.text.length }) ? above : undefined;
    const { made, all, kept, end } = rowsOf(node.body, node, inherited ?? null);
    if (end) atEnd.set(node, end);
    if (!made.length) continue;
    node.body = kept;
    out.push(...all);
    if (continuesList(node, made)) {
      // Rows numbered on from the heading they follow (3. …, then a table of rows 4, 5) are the
      // rest of its list: its siblings, not its children.
      const siblings = node.parent ? node.parent.children : roots;
      if (siblings) {
        for (const r of made) {
          r.parent = node.parent;
          r.level = node.level;
        }
        siblings.splice(siblings.indexOf(node) + 1, 0, ...made);
        continue;
      }
    }
    node.children = [...made, ...node.children];
  }
  return out;
}

/**
 * Rows that go on with the numbers of the heading whose body holds them: every one a numbered
 * row, the first numbered one after the heading, under a heading numbered in digits as rows are
 * (not a category, （二）财务管理方面, whose rows count on from the section before), that is not
 * itself a row and has no headings below it.
 */
const DIGIT = /[0-9０-９]/;

function continuesList(node: HeadingNode, made: HeadingNode[]): boolean {
  if (node.style === "table-row" || node.children.length > 0 || !DIGIT.test(node.marker.line.text.slice(node.marker.start, node.marker.end))) return false;
  for (let k = 0; k < made.length; k++) if (made[k].style !== "table-row" || made[k].number !== node.number + 1 + k) return false;
  return true;
}

/**
 * A table in the lines before the first heading (a short notice that is a preamble and its
 * ledger): its rows, top-level `table-row` headings, and the lines left.
 */
export function splitPreambleRows(preamble: Span[]): { rows: HeadingNode[]; all: HeadingNode[]; kept: Span[]; end: Columns | null } {
  if (!preamble.some((s) => headerColumns(s) !== null || startsHeaderless(s))) return { rows: [], all: [], kept: preamble, end: null };
  const { made, all, kept, end } = rowsOf(preamble, null, null);
  return { rows: made, all, kept, end };
}

/**
 * A category row as normalize sets it back (cells.ts categoryRow): an empty cell, then its text
 * (党的建设方面（3个）, or 一、党的建设方面 numbered like a heading above the table). Its text's
 * cell, or null.
 */
function categoryCell(s: Span, cols: Column[]): Cell | null {
  if (cols.length < 3 || !hasSeparator(s)) return null;
  const cells = exactCells(s);
  return cells.length === 2 && cells[0].end === cells[0].start && cells[1].end > cells[1].start ? cells[1] : null;
}

export type Columns = { cols: Column[]; names: string[] };

/** The rows among a body's lines (under the given heading, or at the top), the lines left, and the columns in force at its end. */
function rowsOf(body: Span[], parent: HeadingNode | null, from: Columns | null): { made: HeadingNode[]; all: HeadingNode[]; kept: Span[]; end: Columns | null } {
  /** Headings made right under parent; all, in order (rows under a category row with it). */
  const made: HeadingNode[] = [];
  const all: HeadingNode[] = [];
  const kept: Span[] = [];
  // The category row the rows now stand under (null: right under parent), and how many so far.
  let category: HeadingNode | null = null;
  let categories = 0;
  let cols: Column[] | null = from?.cols ?? null;
  let names: string[] = from?.names ?? [];
  let count = 0; // rows so far under the header: the numbers of a table without a number column
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    const header = headerColumns(s);
    if (header) {
      // (the header printed again after a page break goes on with the same table)
      if (!cols || header.cols.length !== cols.length || header.cols.some((c, k) => c !== cols![k])) {
        count = 0;
        category = null;
      }
      ({ cols, names } = header);
      kept.push(s);
      continue;
    }
    if (startsHeaderless(s) && (!cols || !tableRow(s, cols))) {
      // A table with no header row (or another after one, of other cells): its columns read from
      // its rows, the first of them a row all the same.
      const inferred = headerlessAt((j) => body[j], i);
      if (inferred) ({ cols, names } = inferred);
    }
    const heads = cols ? categoryCell(s, cols) : null;
    if (heads) {
      // Its marker, when numbered (一、 in a table under 一、…), and its text as the title.
      const text = s.line.text.slice(heads.start, heads.end);
      const m = matchMarker(text);
      const marked = m !== null && isMarker(m, false) && m.textStart < text.length;
      categories++;
      category = {
        level: parent ? parent.level + 1 : 1,
        style: marked ? m.rule.name : "table-category",
        number: marked ? m.number : categories,
        marker: { line: s.line, start: heads.start, end: heads.start + (marked ? m.markerLength : 0) },
        title: { line: s.line, start: heads.start + (marked ? m.textStart : 0), end: heads.end },
        children: [],
        parent,
        body: [],
      };
      made.push(category);
      all.push(category);
      continue;
    }
    const row = cols ? tableRow(s, cols) : null;
    // A row has the header's cells and opens with its number. Another line (a wrapped cell, a
    // page header) stays in the body and the table goes on: the next rows are still rows.
    if (!cols || !row) {
      kept.push(s);
      continue;
    }
    const { cells } = row;
    count++;
    const number = cols[0] === "number" ? row.number : count;
    const span = (c: Cell): Span => ({ line: s.line, start: c.start, end: c.end });
    const problemAt = cols.indexOf("problem");
    const fields: TableCell[] = [];
    cols.forEach((col, k) => {
      // An empty cell fills nothing (a blank 备注, a 责任人 left out). A second problem column
      // (问题 then 问题表现) tells more of the problem: its details.
      if (col !== null && col !== "number" && k !== problemAt && cells[k].end > cells[k].start) fields.push({ field: col, label: names[k], span: span(cells[k]) });
    });
    const under = category ?? parent;
    const node: HeadingNode = {
      level: under ? under.level + 1 : 1,
      style: "table-row",
      number,
      // (no number column: no marker, an empty span where the row starts)
      marker: cols[0] === "number" ? span(cells[0]) : { line: s.line, start: cells[0].start, end: cells[0].start },
      title: span(cells[problemAt]),
      children: [],
      parent: under,
      body: [],
      cells: fields,
    };
    (category ? category.children : made).push(node);
    all.push(node);
  }
  return { made, all, kept, end: cols ? { cols, names } : null };
}
