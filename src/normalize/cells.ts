// A table copied out of a PDF comes one cell per line: 序号 / 问题 / 整改措施 / 完成时限 on lines of
// their own, then each row's number and cells the same way. Such a run is set back into rows, one
// line each with a space between cells (the shape the segmenter reads tables in), so the row
// number on a line of its own is not lost as a page number. Only a run that fits the header
// exactly (the number, then one line for each other column, numbered 1, 2, 3 …) is set back.
import type { CleanLine } from "./index.js";
import { isSpaceUnit } from "./fold.js";
import { HAN } from "../text/han.js";
import { labelField, matchFieldLabel } from "../segment/fields.js";
import { opensEntry, matchMarker, isMarker } from "../segment/rules/index.js";
import { NUMBER_COLUMN, HAS_PROBLEM, CELL_SEPARATOR, ROW_NUMBER, headerlessRow, headerlessEnough, inferredColumns, namedColumns, columnOf, cellNumber, rowCells, tableHeader, tableRow, type Cell, type Column } from "../segment/table.js";
import { SourceText, displayColumns } from "./source.js";
import { ATTACHMENT_HEAD, CLOSING, isSignoffDate, isSignoffOrg } from "./signoff.js";
import { offsetCopy } from "./offsets.js";

const CELL_NAME = new RegExp(`^[${HAN}]{1,8}$`);

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
  // The header's names, a line each; a name cut in two (整改 / 时限, as a narrow column prints
  // it) takes two lines, when neither names a field alone and both do together.
  const head: CleanLine[][] = [[lines[h]]];
  let e = h + 1;
  while (e < lines.length && head.length < 10 && CELL_NAME.test(lines[e].text)) {
    if (labelField(lines[e].text) !== null) head.push([lines[e++]]);
    else if (e + 1 < lines.length && CELL_NAME.test(lines[e + 1].text) && labelField(lines[e + 1].text) === null && labelField(lines[e].text + lines[e + 1].text) !== null) {
      head.push([lines[e], lines[e + 1]]);
      e += 2;
    } else break;
  }
  const n = head.length;
  const names = head.map((g) => g.map((l) => l.text).join(""));
  if (n < 3 || !names.some((t) => labelField(t) === "problem")) return null;
  // Where row `e`'s number stands right before lines[a]: that line itself (kept), or a dropped
  // bare number between it and the line above. -1: it is a line of lines; an index of numbers; null: none.
  const numberAt = (a: number, e: number): number | null => {
    if (a < lines.length && lines[a].text === String(e)) return -1;
    let k = nx;
    while (k < numbers.length && numbers[k].line < lines[a - 1].line) k++;
    return k < numbers.length && numbers[k].text === String(e) && (a >= lines.length || numbers[k].line < lines[a].line) ? k : null;
  };
  const cols = namedColumns(names.map((t) => t));
  const made = [merge(head)];
  let at = e;
  let expected = 1;
  for (; ; expected++) {
    // A page's running header printed once (so not dropped) between a page number and the row's
    // number: it is no cell, and goes.
    if (expected > 1 && at + 1 < lines.length && lines[at].junkBefore && numberAt(at, expected) === null && numberAt(at + 1, expected) !== null) at++;
    // A row that heads the rows under it (一、党的建设方面, 作风建设方面（2个）) stands before a
    // row's number: it stays a line of its own, which rebuildTables reads as a category row.
    if (at + 1 < lines.length && numberAt(at, expected) === null && headsRows(lines[at].text) && numberAt(at + 1, expected) !== null) made.push(lines[at++]);
    const k = numberAt(at, expected);
    if (k === null) break;
    const cells = k < 0 ? lines.slice(at, at + n) : [numbers[k], ...lines.slice(at, at + n - 1)];
    if (cells.length < n || cells.slice(1).some((c) => opensEntry(c.text))) break;
    // A row of fewer lines than columns (the next number among its cells) is not one cell a line.
    if (cells.slice(1).some((c) => c.text === String(expected + 1))) return null;
    if (k >= 0) nx = k + 1;
    let next = at + (k < 0 ? n : n - 1);
    let groups = cells.map((c) => [c]);
    // A cell wrapped onto more lines: the next row's number stands a line or more further on.
    // The row's lines are set into its cells as a row's runs are (a date under 完成时限, a
    // line cut at a pause goes on in the next).
    if (cols && next < lines.length && numberAt(next, expected + 1) === null) {
      for (let x = 1; x <= MAX_WRAPPED && next + x <= lines.length && !opensEntry(lines[next + x - 1].text); x++) {
        if (numberAt(next + x, expected + 1) === null) continue;
        // (a category row right before the next number is no part of this row)
        const upto = headsRows(lines[next + x - 1].text) ? x - 1 : x;
        const fitted = upto > 0 ? wrappedCells(lines.slice(next - (n - 1), next + upto), cols.slice(1)) : null;
        if (fitted) {
          groups = [[cells[0]], ...fitted];
          next += upto;
        }
        break;
      }
    }
    made.push(merge(groups));
    at = next;
  }
  // Nor is a row of more lines (a cell wrapped onto two): the next number stands a line or more on.
  for (let a = at + 1; a <= at + n && a <= lines.length; a++) if (numberAt(a, expected) !== null) return null;
  return made.length > 1 ? { lines: made, next: at, nx } : null;
}

/** A short line naming the area of the rows under it: numbered (一、党的建设方面), or not (…方面（2个）). */
function headsRows(t: string): boolean {
  if (t.length > 30 || /[。；;！？!?]/.test(t)) return false;
  const m = matchMarker(t);
  return (m !== null && isMarker(m, false) && m.textStart < t.length) || AREA_ROW.test(t);
}

// Most lines one row's cells may have wrapped onto, beyond one a cell.
const MAX_WRAPPED = 3;

/** A row's lines set into the given columns, consecutive lines of a cell together; null when they do not fit. */
function wrappedCells(cellLines: CleanLine[], cols: Column[]): CleanLine[][] | null {
  const t = cellLines.map((l) => l.text).join(" ");
  const runs: Cell[] = [];
  let p = 0;
  for (const l of cellLines) {
    runs.push({ start: p, end: p + l.text.length });
    p += l.text.length + 1;
  }
  const cells = rowCells(t, runs, cols);
  if (!cells) return null;
  const groups: CleanLine[][] = [];
  let r = 0;
  for (const c of cells) {
    const g: CleanLine[] = [];
    while (r < runs.length && runs[r].start < c.end) g.push(cellLines[r++]);
    groups.push(g);
  }
  return groups;
}

/**
 * Cells joined into one line, a tab between them (the segmenter's exact cells); the lines of a
 * cell wrapped onto more run on, a line that opens an entry (1. ①) or follows one's end (。；)
 * being a line of its own.
 */
function merge(cells: CleanLine[][]): CleanLine {
  let text = "";
  const offs: number[] = [];
  const breaks: number[] = [];
  cells.forEach((group, i) => {
    group.forEach((c, j) => {
      if (j > 0 && (ENDS_ENTRY.test(group[j - 1].text) || opensEntry(c.text) || /^[①-⑳]/.test(c.text))) breaks.push(text.length);
      text += c.text;
      for (let x = 0; x < c.offsets.length; x++) offs.push(c.offsets[x]);
    });
    if (i < cells.length - 1) {
      const last = group[group.length - 1];
      text += CELL_SEPARATOR;
      offs.push(last.offsets[last.offsets.length - 1] + 1);
    }
  });
  const all = cells.flat();
  const made: CleanLine = { text, offsets: offsetCopy(offs), line: all[0].line, joined: all.reduce((s, c) => s + c.joined, 0), blankBefore: all[0].blankBefore, junkBefore: all[0].junkBefore };
  if (breaks.length) made.cellBreaks = breaks;
  return made;
}

// ---------------------------------------------------------------------------------------------
// Tables whose rows are lines: cells set apart by tabs (a spreadsheet or Word table copied as
// text), by pipes (a Markdown table, `| 序号 | 问题 | … |` over a `|---|` rule), by commas (CSV,
// quoted cells perhaps), or by spaces. Each row is set back into one line with a tab between its
// cells (the segmenter's exact form: an empty cell stays a cell, so no column shifts), and the
// lines a wrapped cell ran onto join the cell above instead of becoming rows of their own or
// running into the body. Rows so made are whole lines that no page-break join extends.

type Kind = "tab" | "pipe" | "csv" | "space" | "exact";

/** A cell's text: pieces of clean lines, joined. */
interface Seg {
  line: CleanLine;
  start: number;
  end: number;
  /** It goes on with its cell after a line break written inside the cell. */
  broken?: boolean;
}

interface Pieces {
  cells: Seg[][];
  /** CSV: a quoted cell left open at the line's end goes on on the next line. */
  open: boolean;
}

// | ｜ │ ┃ — compared by code: this runs on every character of a pipe table's rows.
const isBar = (c: number): boolean => c === 0x7c || c === 0xff5c || c === 0x2502 || c === 0x2503;
// A Markdown table's rule under its header: |---|:---:| (pipes, dashes, colons, spaces).
const PIPE_RULE = /^[|｜│┃]?[\s:：\-—–─|｜│┃]*[-—–─]{2}[\s:：\-—–─|｜│┃]*$/;
// Cheap test for a header line: it opens with a number column's name, or with the problem
// column's in a table without one (存在问题\t整改措施…).
const HEADER_START = new RegExp(String.raw`^[|｜│┃"]?\s*(?:序号|编号|序|[${HAN}]{0,6}问题)`);

const trimmed = (line: CleanLine, a: number, b: number): Seg => {
  const t = line.text;
  while (a < b && t.charCodeAt(a) === 32) a++;
  while (b > a && t.charCodeAt(b - 1) === 32) b--;
  return { line, start: a, end: b };
};
const segText = (s: Seg): string => s.line.text.slice(s.start, s.end);
const cellText = (c: Seg[]): string => c.map(segText).join("");

/**
 * Tabs among the spaces trimmed off a clean line's end in the original text: from `at` back (dir
 * -1) or on (dir 1), up to a line break or anything else. Only the spaces are read: a line cut out
 * of a longer one (a flattened notice's) is not read again from its original line's start.
 */
function tabsAround(text: string, at: number, dir: 1 | -1): number {
  let n = 0;
  for (let i = at; i >= 0 && i < text.length; i += dir) {
    const c = text.charCodeAt(i);
    if (c === 9) n++;
    else if (c === 10 || c === 13 || !isSpaceUnit(c)) break;
  }
  return n;
}

/**
 * The cells of a line as a table of the given kind sets them apart, or null when the line has no
 * separator of that kind. `open`: the line starts inside a quoted CSV cell.
 */
function piecesOf(l: CleanLine, kind: Kind, source: SourceText, open = false): Pieces | null {
  const t = l.text;
  const cells: Seg[][] = [];
  const cut = (a: number, b: number) => cells.push([trimmed(l, a, b)]);
  if (kind === "exact") {
    if (t.indexOf(CELL_SEPARATOR) < 0) return null;
    let from = 0;
    for (let to = t.indexOf(CELL_SEPARATOR); to >= 0; to = t.indexOf(CELL_SEPARATOR, from)) {
      cut(from, to);
      from = to + 1;
    }
    cut(from, t.length);
    return { cells, open: false };
  }
  if (kind === "tab") {
    // Folding made the tabs spaces: the original tells them apart. Tabs trimmed off the line's
    // ends stand for empty cells there.
    const text = source.text;
    const lead = tabsAround(text, l.offsets[0] - 1, -1);
    const trail = tabsAround(text, l.offsets[t.length - 1] + 1, 1);
    let from = 0;
    let any = lead + trail > 0;
    for (let k = 0; k < lead; k++) cells.push([{ line: l, start: 0, end: 0 }]);
    for (let i = 0; i < t.length; i++) {
      if (t.charCodeAt(i) === 32 && text.charCodeAt(l.offsets[i]) === 9) {
        cut(from, i);
        from = i + 1;
        any = true;
      }
    }
    cut(from, t.length);
    for (let k = 0; k < trail; k++) cells.push([{ line: l, start: t.length, end: t.length }]);
    return any ? { cells, open: false } : null;
  }
  if (kind === "pipe") {
    // (the bars at a row's ends may be left out: 1 | 账目不清 | 清查账目)
    const lead = isBar(t.charCodeAt(0));
    if (!lead && !/[|｜│┃]/.test(t)) return null;
    let end = t.length;
    if (end > 1 && isBar(t.charCodeAt(end - 1))) end--;
    let from = lead ? 1 : 0;
    for (let i = from; i < end; i++) {
      if (isBar(t.charCodeAt(i))) {
        cut(from, i);
        from = i + 1;
      }
    }
    cut(from, end);
    return { cells, open: false };
  }
  if (kind === "csv") {
    // RFC 4180 as pasted: commas between cells, a cell in double quotes may hold commas and line
    // breaks (a quote doubled inside is kept as written).
    let any = open;
    let i = 0;
    let inQuote = open;
    let segs: Seg[] = [];
    let from = 0;
    const endCell = (to: number) => {
      if (to > from) segs.push(trimmed(l, from, to));
      cells.push(segs.length ? segs : [{ line: l, start: from, end: from }]);
      segs = [];
    };
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (inQuote) {
        if (c === 34 && t.charCodeAt(i + 1) === 34) i += 2;
        else if (c === 34) {
          if (i > from) segs.push({ line: l, start: from, end: i });
          inQuote = false;
          from = ++i;
        } else i++;
      } else if (c === 44) {
        endCell(i);
        from = ++i;
        any = true;
      } else if (c === 34 && t.slice(from, i).trim() === "") {
        inQuote = true;
        from = ++i;
      } else i++;
    }
    if (inQuote) {
      if (t.length > from) segs.push({ line: l, start: from, end: t.length });
      cells.push(segs.length ? segs : [{ line: l, start: t.length, end: t.length }]);
    } else endCell(t.length);
    // (a quoted cell left open at the line's end is one too: a row's first cell holding a line break)
    return any || inQuote ? { cells, open: inQuote } : null;
  }
  // Spaces: runs of non-space characters.
  let i = 0;
  while (i < t.length) {
    while (i < t.length && t.charCodeAt(i) === 32) i++;
    if (i >= t.length) break;
    const a = i;
    while (i < t.length && t.charCodeAt(i) !== 32) i++;
    cells.push([{ line: l, start: a, end: i }]);
  }
  return { cells, open: false };
}

interface Table {
  kind: Kind;
  cols: Column[];
  /** Spaces: where each column's name is centred as printed, when the header was set out in columns. */
  centers?: number[];
  /** The header's cells (a name cut short finished by the line under it). */
  head: Seg[][];
  /** Lines the header takes: 1, or 2 when its names wrapped onto the next line. */
  size: number;
}

/** The printed column (display width from the line's start, indentation included) of l.text[i]. */
function columnAt(l: CleanLine, i: number, source: SourceText): number {
  return displayColumns(source.text, source.lineStarts[l.line - 1], l.offsets[i]);
}

/** The printed centre of a run. */
function centerOf(s: Seg, source: SourceText): number {
  const a = columnAt(s.line, s.start, source);
  const b = columnAt(s.line, s.end - 1, source) + displayColumns(source.text, s.line.offsets[s.end - 1], s.line.offsets[s.end - 1] + 1);
  return (a + b) / 2;
}

// A piece of a column's name wrapped onto the header's next line (时限 under 整改, 单位 under 责任,
// （责任人） under 责任单位): a few letters, no figure.
const NAME_PIECE = new RegExp(`^[${HAN}()（）/、]{1,6}$`);
const BRACKETED_NOTE = /^[(（][^()（）]*[)）]$/;
const named = (cols: Column[]): number => cols.filter((c) => c !== null).length;

/**
 * A header whose names wrapped onto the line under it (序号\t问题\t整改措施\t整改 over \t\t\t时限;
 * 责任 over 单位 in a PDF's columns): each piece of the second line joins the name it stands
 * under. Only a piece that finishes a name that names nothing alone (整改 → 整改时限), or adds a
 * note in brackets, joins; null when the line is no such second line or the names read worse.
 */
function wrappedHead(head: Seg[][], pieces: (Seg[] | null)[], single: Column[] | null): { head: Seg[][]; cols: Column[] } | null {
  if (pieces.length > head.length || !pieces.some((p) => p !== null)) return null;
  // (a piece that names a column under a name that, joined with it, names none is a sub-column
  // of a group: 责任 over 责任领导 and 责任单位, as a two-level header prints it)
  const merged = head.map((c, k) => {
    const p = pieces[k];
    if (!p) return c;
    return columnOf(cellText(c) + cellText(p)) === null && columnOf(cellText(p)) !== null ? p : [...c, ...p];
  });
  const cols = namedColumns(merged.map(cellText));
  if (!cols || (single && named(cols) < named(single))) return null;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (!p) continue;
    const piece = cellText(p);
    if (!NAME_PIECE.test(piece) || cols[k] === null) return null;
    if (columnOf(cellText(head[k])) !== null && !BRACKETED_NOTE.test(piece)) return null;
  }
  return { head: merged, cols };
}

/** The table a header line opens (its kind, columns and cells), or null; `next` may finish its names. */
function headerAt(l: CleanLine, source: SourceText, next?: CleanLine): Table | null {
  const t = l.text;
  // (a header names a few short columns: a long line is none, and is not taken apart)
  if (t.length > 400 || !HEADER_START.test(t)) return null;
  // (the line under it may hold what names the problem column: 存在 over 问题)
  const under = next && next.blankBefore === 0 && next.text.length <= 40 ? next : undefined;
  if (!HAS_PROBLEM.test(t) && !(under && HAS_PROBLEM.test(under.text))) return null;
  for (const kind of ["exact", "tab", "pipe", "csv"] as const) {
    const p = piecesOf(l, kind, source);
    if (!p || p.open) continue;
    const cols = namedColumns(p.cells.map(cellText));
    const q = under ? piecesOf(under, kind, source) : null;
    if (q && !q.open && q.cells.length > 1) {
      const pieces = q.cells.map((c) => (cellText(c) === "" ? null : c));
      while (pieces.length && pieces[pieces.length - 1] === null) pieces.pop();
      const two = wrappedHead(p.cells, pieces, cols);
      if (two) return { kind, cols: two.cols, head: two.head, size: 2 };
    }
    if (cols) return { kind, cols, head: p.cells, size: 1 };
  }
  const single = piecesOf(l, "space", source)!.cells;
  const runs = spacedNames(single);
  // Set out in columns (names apart by two spaces or more): a row's runs can be placed under them.
  const laidOut = runs.length >= 2 && runs.every((r, k) => k === 0 || r[0].start - runs[k - 1][runs[k - 1].length - 1].end >= 2);
  const centers = laidOut ? runs.map((r) => (centerOf(r[0], source) + centerOf(r[r.length - 1], source)) / 2) : undefined;
  let cols = tableHeader({ line: l, start: 0, end: t.length });
  if (runs.length < single.length) {
    const spaced = namedColumns(runs.map(cellText));
    cols = spaced && spaced[0] === "number" ? spaced : null;
  }
  if (under && !opensEntry(under.text)) {
    // Each run of the line under goes to the name it stands under (the last name, when the
    // names are not set out in columns and one word wrapped).
    const below = piecesOf(under, "space", source)!.cells;
    const pieces: (Seg[] | null)[] = runs.map(() => null);
    let ok = below.length > 0 && (centers !== undefined || below.length === 1);
    let last = -1;
    for (const r of below) {
      if (!ok) break;
      let k = runs.length - 1;
      if (centers) {
        const c = centerOf(r[0], source);
        for (let x = 0; x < centers.length; x++) if (Math.abs(centers[x] - c) < Math.abs(centers[k] - c)) k = x;
      }
      if (k <= last) ok = false;
      pieces[k] = r;
      last = k;
    }
    while (pieces.length && pieces[pieces.length - 1] === null) pieces.pop();
    const two = ok && (cols === null || runs.length === cols.length) ? wrappedHead(runs, pieces, cols) : null;
    // (set apart by spaces, a row is known by its number: a table without one is not read)
    if (two && two.cols[0] === "number") return { kind: "space", cols: two.cols, head: two.head, size: 2, centers: laidOut && two.cols.length === runs.length ? centers : undefined };
  }
  if (!cols) return null;
  return { kind: "space", cols, head: runs, size: 1, centers: laidOut && runs.length === cols.length ? centers : undefined };
}

const ONE_LETTER = new RegExp(`^[${HAN}]$`);

/**
 * A header's runs with names spaced out letter by letter joined (序  号  问  题, as a Word table
 * centres a short name): a run of single letters is cut into the names it spells, as many of
 * them naming a column as can (序号 问题, not 序号问题), a letter left over standing alone.
 */
function spacedNames(runs: Seg[][]): Seg[][] {
  if (runs.filter((r) => ONE_LETTER.test(cellText(r))).length < 2) return runs;
  const out: Seg[][] = [];
  for (let a = 0; a < runs.length; ) {
    let b = a;
    while (b < runs.length && ONE_LETTER.test(cellText(runs[b])) && b - a < 24) b++;
    if (b - a < 2) {
      out.push(runs[a++]);
      continue;
    }
    // best[i]: the most names letters i… spell, and where the first piece ends.
    const n = b - a;
    const best = new Array<number>(n + 1).fill(0);
    const cut = Array.from({ length: n + 1 }, (_, i) => i + 1);
    for (let i = n - 1; i >= 0; i--) {
      // (the letter alone, or a name of two to six letters, which wins a tie: 序号 over 序 号)
      best[i] = best[i + 1] + (columnOf(cellText(runs[a + i])) !== null ? 1 : 0);
      let word = cellText(runs[a + i]);
      for (let j = i + 2; j <= Math.min(n, i + 6); j++) {
        word += cellText(runs[a + j - 1]);
        if (columnOf(word) === null) continue;
        if (best[j] + 1 > best[i] || (best[j] + 1 === best[i] && cut[i] === i + 1)) {
          best[i] = best[j] + 1;
          cut[i] = j;
        }
      }
    }
    for (let i = 0; i < n; i = cut[i]) out.push(runs.slice(a + i, a + cut[i]).flat());
    a = b;
  }
  return out;
}

/** Lines a header printed again takes (a page break inside the table), or 0 when `l` opens none. */
const sameHeader = (l: CleanLine, table: Table, source: SourceText, next?: CleanLine): number => {
  const h = headerAt(l, source, next);
  return h !== null && h.cols.length === table.cols.length && h.cols.every((c, k) => c === table.cols[k]) ? h.size : 0;
};

/** A row's cells when the line opens one (its first cell the row's number), else null. */
function rowAt(l: CleanLine, table: Table, source: SourceText): Pieces | null {
  if (table.kind === "space") {
    const row = tableRow({ line: l, start: 0, end: l.text.length }, table.cols);
    if (row) return { cells: row.cells.map((c) => [{ line: l, start: c.start, end: c.end }]), open: false };
    return table.centers ? placedRow(l, table.centers, source) : null;
  }
  const p = piecesOf(l, table.kind, source);
  if (!p) return null;
  const first = cellText(p.cells[0]);
  // Without a number column: a line whose first cell and another are filled (a line with one
  // filled cell heads the rows under it or goes on with the row above).
  if (table.cols[0] !== "number") return first !== "" && (p.open || p.cells.some((c, k) => k > 0 && cellText(c) !== "")) ? p : null;
  const number = cellNumber(first, p.open ? 2 : p.cells.filter((c, k) => k > 0 && cellText(c) !== "").length);
  return number !== null && number >= 1 ? p : null;
}

/**
 * A row of a table set out in columns with fewer runs than columns (cells left empty): each run
 * goes under the column whose name is centred nearest to it, in order. Null unless the line
 * opens with its number and its runs stand apart by two spaces or more, as the header's do.
 */
function placedRow(l: CleanLine, centers: number[], source: SourceText): Pieces | null {
  const runs = piecesOf(l, "space", source)!.cells;
  if (runs.length < 2 || runs.length >= centers.length) return null;
  const first = segText(runs[0][0]);
  const m = ROW_NUMBER.exec(first);
  if (!m || m[0].length !== first.length) return null;
  if (runs.some((r, k) => k > 0 && r[0].start - runs[k - 1][0].end < 2)) return null;
  const cells: Seg[][] = [runs[0]];
  let k = 0;
  for (let r = 1; r < runs.length; r++) {
    const c = centerOf(runs[r][0], source);
    // the nearest column after the last one taken, leaving one for each run still to place
    let best = k + 1;
    for (let j = k + 1; j <= centers.length - (runs.length - r); j++) if (Math.abs(centers[j] - c) < Math.abs(centers[best] - c)) best = j;
    const at = runs[r][0];
    while (cells.length < best) cells.push([{ line: l, start: at.start, end: at.start }]);
    cells.push(runs[r]);
    k = best;
  }
  return { cells, open: false };
}

// Columns a wrapped line may run on in: text, not a number, date or status.
const WRAPS = new Set<Column>(["problem", "measures", "outcomes", "difficulties", "responsible", "other", null]);
// A line that ends a sentence: after a table, a paragraph, unless the cell above runs on.
const ENDS_SENTENCE = /[。！？!?]["”’)）]*$/;
const RUNS_ON = /[，、,:：;；(（“‘《]$/;
// A row naming the area of the rows under it, unnumbered (党的建设方面, 作风建设类问题（3个）).
const AREA_ROW = /(?:方面|领域|类)(?:问题)?(?:[(（][^()（）]*[)）])?[:：]?$/;
// A remark in brackets standing alone (（此件公开发布）) is no cell's.
const BRACKETED = /^[(（【\[][^()（）【】\[\]]*[)）】\]]$/;

/**
 * The cells a line of text without separators goes on in, one for each of its runs, or null when
 * it is no part of the row above. Set out as printed (indented to its columns), each run goes to
 * the column it stands under; otherwise runs fill the longest cells (a long cell is the one that
 * wraps), in column order.
 */
function wrapTargets(row: Seg[][], runs: Seg[][], table: Table, source: SourceText, rowNext: boolean): number[] | null {
  const l = runs[0][0].line;
  const t = l.text;
  if (t.length > 50 || runs.some((r) => r[0].end - r[0].start > 30)) return null;
  if (opensEntry(t) || matchFieldLabel(t) || ATTACHMENT_HEAD.test(t) || isSignoffOrg(t) || isSignoffDate(t) || BRACKETED.test(t)) return null;
  if (l.blankBefore > 0 && !l.junkBefore) return null;
  const text = source.text;
  const lineStart = (x: CleanLine) => source.lineStarts[x.line - 1];
  const colOf = (x: CleanLine, i: number) => displayColumns(text, lineStart(x), x.offsets[i]);
  let targets: number[] | null = null;
  let aligned = false;
  // Indented: the line was set out in columns.
  if (l.offsets[0] > lineStart(l)) {
    const head = row[0][0].line;
    // (where each cell starts on the row's own line; -1 for an empty one or one begun elsewhere)
    const starts = row.map((c) => (c[0].line === head && c[0].end > c[0].start ? colOf(head, c[0].start) : -1));
    const at: number[] = [];
    for (const r of runs) {
      const col = colOf(l, r[0].start);
      let k = -1;
      for (let j = 0; j < starts.length; j++) if (starts[j] >= 0 && starts[j] <= col + 1) k = j;
      if (k < 0 || !WRAPS.has(table.cols[k]) || (at.length && k <= at[at.length - 1])) break;
      at.push(k);
    }
    if (at.length === runs.length) {
      targets = at;
      aligned = true;
    }
  }
  if (!targets) {
    const open = table.cols.map((c, k) => k).filter((k) => WRAPS.has(table.cols[k]));
    if (runs.length > open.length) return null;
    const len = (k: number) => row[k].reduce((n, s) => n + s.end - s.start, 0);
    targets = [...open].sort((a, b) => len(b) - len(a) || a - b).slice(0, runs.length).sort((a, b) => a - b);
  }
  // A sentence after a table is a paragraph, unless it finishes a cell cut at a pause. A line of
  // one run set out in no column goes on with a cell cut at a pause, or stands between two rows
  // (not right after a page break: that is a running header); otherwise it is the notice's own
  // line (下一步工作打算 under the table).
  if (runs.length === 1) {
    const cut = RUNS_ON.test(cellText(row[targets[0]]));
    if (ENDS_SENTENCE.test(t) && !cut) return null;
    if (!aligned && !cut && (!rowNext || l.junkBefore || AREA_ROW.test(t))) return null;
    // Set under a column, an area's name (作风建设方面（1个）, as a PDF centres a row spanning
    // the table) heads the rows below, unless the cell above cannot end where it does.
    if (aligned && !cut && AREA_ROW.test(t) && !/[的在对和与及]$/.test(cellText(row[targets[0]]))) return null;
  }
  return targets;
}

/** A row's cells set into one line, a tab between cells. */
function rowLine(cells: Seg[][]): CleanLine {
  let text = "";
  const offs: number[] = [];
  let last = cells[0][0].line.offsets[0] - 1;
  const lines = new Set<CleanLine>();
  const breaks: number[] = [];
  cells.forEach((c, k) => {
    if (k > 0) {
      text += CELL_SEPARATOR;
      offs.push(last + 1);
    }
    for (const s of c) {
      if (s.broken && s.end > s.start) breaks.push(text.length);
      // (breaks of a row set back from one cell a line stay where they were)
      for (const b of s.line.cellBreaks ?? []) if (b > s.start && b < s.end) breaks.push(text.length + b - s.start);
      lines.add(s.line);
      text += s.line.text.slice(s.start, s.end);
      for (let i = s.start; i < s.end; i++) offs.push(s.line.offsets[i]);
      if (s.end > s.start) last = s.line.offsets[s.end - 1];
    }
  });
  const first = cells[0][0].line;
  const made: CleanLine = { text, offsets: offsetCopy(offs), line: first.line, joined: lines.size, blankBefore: first.blankBefore, junkBefore: first.junkBefore };
  if (breaks.length) made.cellBreaks = breaks;
  return made;
}

/**
 * Cells fitted to the header's columns: trailing cells left empty are added, surplus empty ones at
 * the end go; a row of single-line cells with more cells than columns (a comma inside an
 * unquoted cell) is joined back as a row of runs is. Null when it cannot fit.
 */
function fitted(cells: Seg[][], table: Table): Seg[][] | null {
  const n = table.cols.length;
  const out = cells.slice();
  while (out.length > n && cellText(out[out.length - 1]) === "") out.pop();
  if (out.length > n) {
    const l = out[0][0].line;
    if (!out.every((c) => c.length === 1 && c[0].line === l)) return null;
    const joined = rowCells(l.text, out.map((c) => c[0]), table.cols);
    return joined ? joined.map((c) => [{ line: l, start: c.start, end: c.end }]) : null;
  }
  while (out.length < n) {
    const last = out[out.length - 1];
    const s = last[last.length - 1];
    out.push([{ line: s.line, start: s.end, end: s.end }]);
  }
  return out;
}

/** Tables whose rows are lines, each row set back into one line with exact cells. */
export function rebuildTables(lines: CleanLine[], source: SourceText, rows: Set<CleanLine>): CleanLine[] {
  // (问题 may stand on the header's second line: 存在 over 问题)
  if (!lines.some((l, i) => HEADER_START.test(l.text) && (HAS_PROBLEM.test(l.text) || (i + 1 < lines.length && HAS_PROBLEM.test(lines[i + 1].text))))) return lines;
  const out: CleanLine[] = [];
  const styles = new Set<string>();
  let stylesSeen = 0; // lines of out whose marker styles are in styles
  for (let i = 0; i < lines.length; i++) {
    const table = HEADER_START.test(lines[i].text) ? headerAt(lines[i], source, lines[i + 1]) : null;
    if (!table) {
      out.push(lines[i]);
      continue;
    }
    const tableAt = out.length;
    // Marker styles of the headings above the table (a category row numbered in one of them is
    // no heading of the outline), found when a category row asks.
    const usedAbove = (style: string): boolean => {
      for (; stylesSeen < tableAt; stylesSeen++) {
        const above = out[stylesSeen];
        if (rows.has(above)) continue;
        const m = matchMarker(above.text);
        if (m && isMarker(m, false)) styles.add(m.rule.name);
      }
      return styles.has(style);
    };
    const emit = (cells: Seg[][]) => {
      const l = rowLine(cells);
      rows.add(l);
      out.push(l);
    };
    emit(table.head);
    let row: Seg[][] | null = null;
    let rowLines: CleanLine[] = [];
    let open = false; // the row's last cell goes on (a quoted CSV cell, a tab row cut short)
    const flush = () => {
      if (!row) return;
      const cells = fitted(row, table);
      if (cells) emit(cells);
      else out.push(...rowLines);
      row = null;
      rowLines = [];
      open = false;
    };
    let j = i + table.size;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (table.kind === "pipe" && PIPE_RULE.test(l.text)) continue;
      const rowNext = () => j + 1 < lines.length && (rowAt(lines[j + 1], table, source) !== null || sameHeader(lines[j + 1], table, source, lines[j + 2]) > 0);
      if (open && row) {
        // The line goes on with the row's last cell, then its next cells.
        const p = piecesOf(l, table.kind, source, table.kind === "csv") ?? { cells: [[trimmed(l, 0, l.text.length)]], open: false };
        // Unless it opens with a tab: then it names its columns (\t\t补齐台账\t2024年底 under a row
        // cut short after 问题), and each of its cells joins its own.
        if (table.kind === "tab" && p.cells.length > 1 && cellText(p.cells[0]) === "" && goesOn(row, l, table, source, rowNext())) {
          rowLines.push(l);
          open = false;
          continue;
        }
        const r: Seg[][] = row;
        r[r.length - 1].push(...p.cells[0].map((g, k) => (k === 0 ? { ...g, broken: true } : g)));
        r.push(...p.cells.slice(1));
        rowLines.push(l);
        open = p.open || (table.kind === "tab" && r.length < table.cols.length && nextGoesOn(lines, j, table, source));
        continue;
      }
      const again = sameHeader(l, table, source, lines[j + 1]);
      if (again) {
        // The header printed again after a page break: one table goes on.
        flush();
        emit(headerAt(l, source, lines[j + 1])!.head);
        j += again - 1;
        continue;
      }
      const start = rowAt(l, table, source);
      if (start && row && subRowOf(row, start.cells, table)) {
        rowLines.push(l);
        open = false;
        continue;
      }
      if (start) {
        flush();
        row = start.cells;
        rowLines = [l];
        open = start.open || (table.kind === "tab" && row.length < table.cols.length && nextGoesOn(lines, j, table, source));
        continue;
      }
      if (row && goesOn(row, l, table, source, rowNext())) {
        rowLines.push(l);
        continue;
      }
      // Another line (a running header, a note): the table goes on if a row follows it.
      flush();
      if (j + 1 < lines.length && (rowAt(lines[j + 1], table, source) || sameHeader(lines[j + 1], table, source, lines[j + 2]))) {
        const category = categoryRow(l, table, source, usedAbove);
        if (category) emit(category);
        else out.push(l);
        continue;
      }
      break;
    }
    flush();
    i = j - 1;
  }
  return out;
}

/**
 * Tables pasted without their header row (1 | 问题 | 措施 | 时限, cells apart by tabs, or set out
 * in columns by runs of spaces; the rule in segment/table.ts headerlessRow): their rows set back
 * into exact cells, as a header's rows are, for the segmenter to read their columns from their
 * cells. A cell wrapped onto the next line joins its column's cell; a table copied one cell a
 * line (1 / 问题 / 措施 / 2025年底 / 已完成 / 2 / …) is set back too. Rows already made stay.
 * `numbers`: the bare numbers normalize dropped as page numbers (a row's number looks like one).
 */
export function rebuildHeaderless(lines: CleanLine[], source: SourceText, rows: Set<CleanLine>, numbers: CleanLine[] = []): CleanLine[] {
  // (cheap: a first row opens with 1, (1) or a bar)
  const opens = (l: CleanLine) => !rows.has(l) && (l.text.charCodeAt(0) === 49 || l.text.charCodeAt(0) === 40 || isBar(l.text.charCodeAt(0)));
  // (one cell a line: a 1 alone, dropped as a page number or kept as a marker, 1. (1))
  const lone = numbers.some((n) => n.text === "1") || lines.some((l) => l.text.length <= 4 && LONE_ROW_NUMBER.test(l.text));
  let out: CleanLine[] | null = null;
  // The bare numbers dropped right before each line (between it and the line above), by line.
  let before: Map<number, CleanLine[]> | null = null;
  if (lone) {
    before = new Map();
    let nx = 0;
    for (let i = 1; i < lines.length && nx < numbers.length; i++) {
      while (nx < numbers.length && numbers[nx].line < lines[i - 1].line) nx++;
      for (; nx < numbers.length && numbers[nx].line < lines[i].line; nx++) {
        const at = before.get(i);
        if (at) at.push(numbers[nx]);
        else before.set(i, [numbers[nx]]);
      }
    }
  }
  for (let i = 0; i < lines.length; i++) {
    let made = opens(lines[i]) ? headerlessFrom(lines, i, source) : null;
    if (!made && before && !rows.has(lines[i]) && (before.has(i) || lines[i].text.length <= 5)) made = oneCellRows(lines, i, before, rows);
    if (!made) {
      out?.push(lines[i]);
      continue;
    }
    out ??= lines.slice(0, i);
    for (const l of made.rows) {
      rows.add(l);
      out.push(l);
    }
    i = made.next - 1;
  }
  return out ?? lines;
}

// A row's number kept on a line of its own (1. 1、 (1)): a page-number rule drops only a bare 1.
const LONE_ROW_NUMBER = /^(?:\(\d{1,3}\)|\d{1,3}[.、)]?)$/;

/** Cells of a line set out in columns: text apart by two spaces or more (one space stays inside a cell). Null with no such gap. */
function gapCells(l: CleanLine): Seg[][] | null {
  const t = l.text;
  const cells: Seg[][] = [];
  let from = 0;
  for (let i = t.indexOf("  "); i >= 0; i = t.indexOf("  ", from)) {
    cells.push([{ line: l, start: from, end: i }]);
    from = i + 2;
    while (from < t.length && t.charCodeAt(from) === 32) from++;
  }
  if (!cells.length) return null;
  cells.push([{ line: l, start: from, end: t.length }]);
  return cells;
}

const MAX_WRAP_LINES = 3;

/** The rows of a headerless table of pipes, tabs or spaced columns from lines[i], set back into lines, or null. */
function headerlessFrom(lines: CleanLine[], i: number, source: SourceText): { rows: CleanLine[]; next: number } | null {
  for (const kind of ["pipe", "tab", "gap"] as const) {
    const cellsOf = (l: CleanLine): Seg[][] | null => (kind === "gap" ? gapCells(l) : piecesOf(l, kind, source)?.cells ?? null);
    const first = cellsOf(lines[i]);
    if (!first) continue;
    const width = first.length;
    // (spaced out, a heading's fields are no cells: 1.  台账不全  整改措施：建立台账  整改状态：已完成)
    const rowOf = (l: CleanLine, n: number): Seg[][] | null => {
      const p = cellsOf(l);
      return p && headerlessRow(p.map(cellText), n, width) && !(kind === "gap" && p.some((c) => matchFieldLabel(cellText(c)))) ? p : null;
    };
    if (!rowOf(lines[i], 1)) continue;
    // Spaced columns: where each column starts as printed, for a wrapped line's runs.
    const starts = kind === "gap" ? first.map((c) => columnAt(lines[i], c[0].start, source)) : [];
    const found = [first];
    let j = i + 1;
    while (j < lines.length) {
      const next = rowOf(lines[j], found.length + 1);
      if (next) {
        found.push(next);
        j++;
        continue;
      }
      // Lines a row's cells wrapped onto: each piece under its column, the number's left empty;
      // only between rows (the next row follows them), or, marked empty, after the last.
      const row = found[found.length - 1];
      let k = j;
      const wraps: Array<Array<[number, Seg[]]>> = [];
      let shifted = false;
      while (k < lines.length && k - j < MAX_WRAP_LINES) {
        const w = wrapOf(lines[k], kind, width, cellsOf, starts, source);
        if (!w) break;
        wraps.push(w.pieces);
        shifted ||= w.shifted;
        k++;
      }
      if (!wraps.length || !(k < lines.length && rowOf(lines[k], found.length + 1)) && (kind === "gap" || shifted || k - j > 1)) break;
      for (const w of wraps) for (const [col, seg] of w) row[col] = [...row[col], ...seg.map((g, x) => (x === 0 && ENDS_ENTRY.test(cellText(row[col])) ? { ...g, broken: true } : g))];
      j = k;
    }
    if (headerlessEnough(found.length, width)) return { rows: found.map(rowLine), next: j };
  }
  return null;
}

/**
 * The pieces of a line a headerless row's cells wrapped onto, each with its column: cells set apart
 * as the rows' are, the number's empty (|  | 票据不全 | 台账 |, \t票据不全\t台账) or left out
 * (| 票据不全 | 台账 |, fewer cells than the rows': `shifted`, they fill the columns from the
 * problem's on), or, in spaced columns, runs that each start where a column after the number's
 * does. Null for another line.
 */
function wrapOf(l: CleanLine, kind: "pipe" | "tab" | "gap", width: number, cellsOf: (l: CleanLine) => Seg[][] | null, starts: number[], source: SourceText): { pieces: Array<[number, Seg[]]>; shifted: boolean } | null {
  if (l.blankBefore > 0 || CLOSING.test(l.text) || opensEntry(l.text) || matchFieldLabel(l.text)) return null;
  const out: Array<[number, Seg[]]> = [];
  if (kind !== "gap") {
    const p = cellsOf(l);
    if (!p || p.length > width || p.length < 2) return null;
    const first = cellText(p[0]);
    const shifted = first !== "";
    if (shifted && (p.length >= width || ROW_NUMBER.test(first))) return null;
    p.forEach((c, k) => {
      if (cellText(c) !== "") out.push([shifted ? k + 1 : k, c]);
    });
    return out.length ? { pieces: out, shifted } : null;
  }
  const runs = gapCells(l) ?? [[{ line: l, start: 0, end: l.text.length }]];
  let last = 0;
  for (const r of runs) {
    const at = columnAt(l, r[0].start, source);
    const col = starts.indexOf(at);
    if (col <= last) return null;
    out.push([col, r]);
    last = col;
  }
  return { pieces: out, shifted: false };
}

/**
 * A table copied one cell a line, with no header (a PDF's table as text): row numbers 1, 2, 3 …
 * (dropped as page numbers, or kept as 1. (1)), each over the same count of lines, two or more,
 * its cells. Read only when it cannot be prose: three rows or more and a later column that holds
 * a deadline or a status in every row, or two rows with both (rows of words between page numbers
 * hold none). The rows from lines[i] set back into lines, or null.
 */
function oneCellRows(lines: CleanLine[], i: number, before: Map<number, CleanLine[]>, rows: Set<CleanLine>): { rows: CleanLine[]; next: number } | null {
  // Where row n's number stands before lines[a]: the line itself (its cells start after it), or a
  // dropped number between it and the line above.
  const numberAt = (a: number, n: number): { line: CleanLine; cells: number } | null => {
    if (a >= lines.length || rows.has(lines[a])) return null;
    const l = lines[a];
    if (l.text.length <= 5 && LONE_ROW_NUMBER.test(l.text)) return cellNumber(l.text, 0) === n ? { line: l, cells: a + 1 } : null;
    const d = before.get(a)?.find((x) => x.text === String(n));
    return d ? { line: d, cells: a } : null;
  };
  const top = numberAt(i, 1);
  if (!top) return null;
  let width = 0;
  for (let j = top.cells + 2; j <= top.cells + 8 && j < lines.length; j++) {
    if (numberAt(j, 2)) {
      width = j - top.cells;
      break;
    }
  }
  if (!width) return null;
  const found: Seg[][][] = [];
  let at = i;
  for (let n = 1; ; n++) {
    const num = numberAt(at, n);
    if (!num || num.cells + width > lines.length) break;
    const cells = lines.slice(num.cells, num.cells + width);
    // (a cell opens no field: 1. over 问题 / 整改措施：… / 整改状态：… is a heading and its fields)
    if (cells.some((c) => c.text.length > 200 || opensEntry(c.text) || matchFieldLabel(c.text) || rows.has(c) || (c !== cells[0] && c.blankBefore > 0))) break;
    const row = [[{ line: num.line, start: 0, end: num.line.text.length }], ...cells.map((c) => [{ line: c, start: 0, end: c.text.length }])];
    if (!headerlessRow(row.map(cellText).map((t, k) => (k === 0 ? String(n) : t)), n, width + 1)) break;
    found.push(row);
    at = num.cells + width;
  }
  if (found.length < 2) return null;
  const cols = inferredColumns(found.map((r) => r.map(cellText)));
  // (two rows only with a column of deadlines and one of states)
  if (found.length < 3 ? !(cols.includes("deadline") && cols.includes("status")) : !cols.some((c) => c === "deadline" || c === "status")) return null;
  return { rows: found.map(rowLine), next: at };
}

/**
 * A row that heads the rows under it (（一）政治建设方面, a cell spanning the table), or null for
 * another line. Numbered in a style no heading above the table has used, it is its marker and
 * its text as two cells, so the segmenter reads it as a heading inside the table. Unnumbered
 * (党的建设方面（3个）, 作风建设类问题), or numbered like a heading the table stands under
 * (一、党的建设方面 under 一、整改落实情况, which the outline would read as that heading's
 * sibling), it is an empty cell and its text: the segmenter's table reads that as a category
 * over the rows below it (segment/table.ts).
 */
function categoryRow(l: CleanLine, table: Table, source: SourceText, usedAbove: (style: string) => boolean): Seg[][] | null {
  const cells = (piecesOf(l, table.kind === "space" ? "exact" : table.kind, source)?.cells ?? [[{ line: l, start: 0, end: l.text.length }]]).filter((c) => cellText(c) !== "");
  if (!cells.length) return null;
  const first = cells[0][0];
  const m = matchMarker(segText(first));
  const marked = m !== null && isMarker(m, false);
  if (marked && !usedAbove(m.rule.name)) {
    if (cells.length === 1) {
      if (first.start + m.textStart >= first.end) return null;
      return [[{ line: l, start: first.start, end: first.start + m.markerLength }], [trimmed(l, first.start + m.textStart, first.end)]];
    }
    return cells;
  }
  const text = cells.map(cellText).join("");
  if (marked ? cells.length > 2 || !AREA_ROW.test(text) && text.length - m.textStart > 20 : cells.length > 1 || !AREA_ROW.test(text)) return null;
  if (text.length > 30 || /[。；;！？!?]/.test(text)) return null;
  return [[{ line: l, start: first.start, end: first.start }], cells.flat()];
}

/**
 * Whether the line after a tab row cut short goes on with its last cell (a cell holding a line
 * break, as a spreadsheet copies it): it is no row and no entry of the notice.
 */
function nextGoesOn(lines: CleanLine[], j: number, table: Table, source: SourceText): boolean {
  const next = lines[j + 1];
  return next !== undefined && next.blankBefore === 0 && !rowAt(next, table, source) && !opensEntry(next.text) && !matchFieldLabel(next.text) && !sameHeader(next, table, source, lines[j + 2]);
}

// A deadline cell's value: a date or a lasting time.
const TIME = /\d|长期|持续|常态/;
// A cell's text that ends an entry: what comes under it is a new line of the cell, not its rest.
const ENDS_ENTRY = /[。；;！!？?]["”’)）]*$/;

/**
 * Text a line adds to a cell above, marked as a line of its own when it is not the rest of the
 * cell's text: under a column of one value (a second deadline or unit, as a merged cell's
 * sub-row gives), after an entry's end, or opening a numbered entry (2. ②).
 */
function startLine(cell: Seg[], add: Seg[], col: Column, subRow = false): Seg[] {
  const above = cellText(cell);
  if (above === "" || !(subRow || !WRAPS.has(col) || col === "responsible" || ENDS_ENTRY.test(above) || opensEntry(cellText(add)) || /^[①-⑳]/.test(cellText(add)))) return add;
  return add.map((g, k) => (k === 0 ? { ...g, broken: true } : g));
}

/** Whether `add` only repeats a value the cell holds already (a merged cell copied into each of its rows). */
function repeats(cell: Seg[], add: Seg[]): boolean {
  const t = cellText(add);
  return t !== "" && (t === cellText(cell) || cell.some((s) => segText(s) === t));
}

/**
 * A row that repeats the number (if any) and problem of the row above (merged cells copied into each row
 * they span: 1 财务制度执行不严 修订办法 / 1 财务制度执行不严 开展检查) is a sub-row of it, as one
 * that leaves them empty is: its other cells join the row above, each a line of its own, a
 * value repeated (the same unit again) once. False for another row.
 */
function subRowOf(row: Seg[][], cells: Seg[][], table: Table): boolean {
  const problemAt = table.cols.indexOf("problem");
  const numbered = table.cols[0] === "number";
  if ((numbered && cellText(row[0]) !== cellText(cells[0])) || problemAt < 0 || problemAt >= cells.length || cellText(cells[problemAt]) === "" || cellText(row[problemAt]) !== cellText(cells[problemAt])) return false;
  if (cells.length > table.cols.length) return false;
  const head = row[0][0];
  while (row.length < table.cols.length) row.push([{ line: head.line, start: head.end, end: head.end }]);
  cells.forEach((c, k) => {
    if ((k === 0 && numbered) || cellText(c) === "" || repeats(row[k], c)) return;
    row[k].push(...startLine(row[k], c, table.cols[k], true));
  });
  return true;
}

/**
 * The columns of a merged cell's sub-row as a web page gives it (rowspan): the number and problem
 * cells stand in the row above only, so the line's runs are the last columns' cells
 * (开展专项检查 审计科 2024年10月 under 序号 问题 整改措施 责任单位 完成时限), a second deadline
 * under the first. Null for another line.
 */
function rightAligned(row: Seg[][], runs: Seg[][], table: Table, l: CleanLine): number[] | null {
  const n = table.cols.length;
  const first = n - runs.length;
  if (runs.length < 2 || first <= table.cols.indexOf("problem") || (l.blankBefore > 0 && !l.junkBefore) || l.text.length > 80) return null;
  const at = runs.map((_, r) => first + r);
  return at.some((k, r) => table.cols[k] === "deadline" && TIME.test(cellText(row[k])) && TIME.test(cellText(runs[r]))) ? at : null;
}

/** Adds a line a wrapped cell ran onto to the row above (each of its cells to its column), if it is one. */
function goesOn(row: Seg[][], l: CleanLine, table: Table, source: SourceText, rowNext: boolean): boolean {
  // The notice's closing (欢迎监督。监督电话：… under a page's table) is no cell's rest.
  if (CLOSING.test(l.text)) return false;
  // (a row cut short has its missing cells, empty, before a line joins them)
  const head = row[0][0];
  while (row.length < table.cols.length) row.push([{ line: head.line, start: head.end, end: head.end }]);
  const p = table.kind === "space" ? null : piecesOf(l, table.kind, source);
  if (p && p.cells.length > 1) {
    // Cells set apart: each joins the cell of its column (empty ones hold nothing); the number
    // column, never wrapped, is empty.
    if (p.cells.length > table.cols.length || (l.blankBefore > 0 && !l.junkBefore) || cellText(p.cells[0]) !== "") return false;
    // A second deadline under the first: a merged cell's sub-row (one problem, two measures),
    // each of its cells a line of its own.
    const subRow = p.cells.some((c, k) => table.cols[k] === "deadline" && k < row.length && TIME.test(cellText(row[k])) && TIME.test(cellText(c)));
    p.cells.forEach((c, k) => {
      // (a merged cell's value copied into its sub-row is no more text: 财务制度执行不严 again)
      if (cellText(c) === "" || repeats(row[k], c)) return;
      row[k].push(...startLine(row[k], c, table.cols[k], subRow));
    });
    return true;
  }
  const runs = piecesOf(l, "space", source)!.cells;
  if (!runs.length || ROW_NUMBER.test(segText(runs[0][0]))) return false;
  const sub = rightAligned(row, runs, table, l);
  if (sub) {
    sub.forEach((k, r) => {
      if (!repeats(row[k], runs[r])) row[k].push(...startLine(row[k], runs[r], table.cols[k], true));
    });
    return true;
  }
  const targets = wrapTargets(row, runs, table, source, rowNext);
  if (!targets) return false;
  targets.forEach((k, r) => row[k].push(...startLine(row[k], runs[r], table.cols[k])));
  return true;
}
