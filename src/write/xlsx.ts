// XLSX output: one workbook with the tables as sheets, header row frozen and bold, column widths
// fitted to the content (capped), numbers as numbers, full ISO dates as Excel dates (partial
// dates such as 2024-05 stay text). Rows are spooled to temporary JSON-lines files while the batch
// runs (so memory does not grow with the corpus and widths are known before a sheet is written),
// then each sheet is streamed into the workbook by exceljs's streaming WorkbookWriter.
// Text cells are written as strings, which Excel never evaluates, so no formula prefix is needed.
import { createReadStream } from "node:fs";
import { once, type EventEmitter } from "node:events";
import { mkdtemp, rm, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Notice } from "../schema/index.js";
import { TABLES, TABLE_NAMES, cells, type CellValue, type Table } from "./tables.js";
import { closeStream, openFile, writeChunk } from "./stream.js";
import type { Sink } from "./sink.js";

/** Excel refuses cells longer than this. */
export const XLSX_MAX_TEXT = 32767;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
export const DATE_FORMAT = "yyyy-mm-dd";

/**
 * Display width: CJK and other wide characters take two columns. Counting stops once it reaches
 * `cap` (a column is never wider than MAX_WIDTH, so a long text need not be read to its end).
 */
export function displayWidth(s: string, cap = Infinity): number {
  // (a code-unit loop, not a regex per character: this runs on every cell of every row)
  let w = 0;
  for (let i = 0; i < s.length && w < cap; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const cp = ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
      w += cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1;
      continue;
    }
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

/** The value exceljs should write for a cell of a column type. */
export function xlsxValue(type: Table["columns"][number]["type"], v: CellValue): string | number | boolean | Date | null {
  if (v === null) return null;
  if (type === "date" && typeof v === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : v;
  }
  if (typeof v === "string" && v.length > XLSX_MAX_TEXT) return v.slice(0, XLSX_MAX_TEXT - 1) + "…";
  return v;
}

interface Spool {
  table: Table;
  file: string;
  out: Writable;
  widths: number[];
  rows: number;
}

/** A workbook at `file`, written when the sink closes. */
export async function openXlsx(file: string): Promise<Sink> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const dir = await mkdtemp(path.join(os.tmpdir(), "tongbao-xlsx-"));
  const spools: Spool[] = [];
  try {
    for (const name of TABLE_NAMES) {
      const table = TABLES[name];
      const f = path.join(dir, `${name}.jsonl`);
      spools.push({ table, file: f, out: await openFile(f), widths: table.columns.map((c) => displayWidth(c.name) + 2), rows: 0 });
    }
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    async write({ doc }) {
      for (const s of spools) {
        const rows = s.table.rows(doc);
        if (!rows.length) continue;
        const lines: string[] = [];
        for (const r of rows) {
          const cs = cells(s.table, r);
          cs.forEach((c, i) => {
            if (c !== null) s.widths[i] = Math.max(s.widths[i], Math.min(MAX_WIDTH, displayWidth(String(c), MAX_WIDTH) + 2));
          });
          lines.push(JSON.stringify(cs));
        }
        s.rows += rows.length;
        await writeChunk(s.out, lines.join("\n") + "\n");
      }
      return null;
    },
    async close() {
      try {
        for (const s of spools) await closeStream(s.out);
        await writeWorkbook(file, spools);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Bytes of a sheet's XML the zip may have waiting before rows wait for it. */
const ZIP_LAG = 4 << 20;

type Buffered = EventEmitter & { _writableState?: { length?: number }; destroyed?: boolean };

/**
 * Waits while the zip has more than ZIP_LAG bytes of the sheet's XML still to compress. exceljs's
 * streaming writer ignores back-pressure (its StreamBuf "never returns false"), so rows came
 * faster than deflate took them and the XML piled up in the stream archiver reads it through:
 * about 0.4 KB a row, 2,000 notices' workbook peaked at 350 MB, 140 MB with this. It reaches into
 * exceljs's internals (the sheet's StreamBuf and its pipes); where they are not as expected, it
 * does nothing.
 */
export async function zipCaughtUp(ws: unknown): Promise<void> {
  const pipes = (ws as { stream?: { pipes?: unknown } }).stream?.pipes;
  if (!Array.isArray(pipes)) return;
  for (const p of pipes as Buffered[]) {
    while (!p.destroyed && (p._writableState?.length ?? 0) > ZIP_LAG) {
      const ac = new AbortController();
      // (a stream that closes or fails instead of draining ends the wait; the error surfaces where the zip is committed)
      await Promise.race([once(p, "drain", { signal: ac.signal }), once(p, "close", { signal: ac.signal }), once(p, "error", { signal: ac.signal })]).catch(() => undefined);
      ac.abort();
    }
  }
}

// (never mutated: they are shared by every cell written)
const PLAIN_STYLE: Partial<ExcelJS.Style> = Object.freeze({}) as Partial<ExcelJS.Style>;
const DATE_STYLE: Partial<ExcelJS.Style> = Object.freeze({ numFmt: DATE_FORMAT }) as Partial<ExcelJS.Style>;

async function writeWorkbook(file: string, spools: Spool[]): Promise<void> {
  const out = await openFile(file);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "tongbao";
  for (const s of spools) {
    const { table } = s;
    const ws = wb.addWorksheet(table.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
    ws.columns = table.columns.map((c, i) => ({ key: c.name, width: Math.max(MIN_WIDTH, s.widths[i]) }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    const header = ws.addRow(table.columns.map((c) => c.name));
    header.font = { bold: true };
    header.commit();
    const dateCols = table.columns.flatMap((c, i) => (c.type === "date" ? [i + 1] : []));
    const lines = readline.createInterface({ input: createReadStream(s.file, "utf8"), crlfDelay: Infinity });
    let written = 0;
    for await (const line of lines) {
      if (!line) continue;
      const cs = JSON.parse(line) as CellValue[];
      const row = ws.addRow(cs.map((v, i) => xlsxValue(table.columns[i].type, v)));
      // One style object shared by every plain cell, and one by every date cell: exceljs caches a
      // cell's style id by the style object, and a fresh {} per cell made it render and look up
      // the style's XML for each cell (half the time of writing a workbook).
      (row as unknown as { style: Partial<ExcelJS.Style> }).style = PLAIN_STYLE; // (the typings leave out a row's own style)
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.style = dateCols.includes(col) && cell.value instanceof Date ? DATE_STYLE : PLAIN_STYLE;
      });
      row.commit();
      if (++written % 256 === 0) await zipCaughtUp(ws);
    }
    ws.commit();
  }
  await wb.commit();
  await closeStream(out);
}
