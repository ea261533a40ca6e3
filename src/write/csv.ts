// CSV output: RFC 4180 (CRLF records, quotes doubled, fields with commas/quotes/newlines quoted)
// by csv-stringify. Text cells a spreadsheet would run as a formula are prefixed with `'`
// (numbers stay numbers: -3 is a number, "-3" text is neutralised). UTF-8 with a BOM by default
// so that Excel shows Chinese; GB18030 for older Chinese Excel/WPS (no BOM: they read it as ANSI).
// Rows are written as each document arrives, so memory does not grow with the corpus.
import type { Writable } from "node:stream";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";
import type { Notice } from "../schema/index.js";
import { TABLES, TABLE_NAMES, cells, type CellValue, type Row, type Table, type TableName } from "./tables.js";
import { closeStream, openFile, writeChunk } from "./stream.js";
import type { Sink } from "./sink.js";

import { OUTPUT_ENCODINGS, type OutputEncoding } from "./formats.js";

export { OUTPUT_ENCODINGS, type OutputEncoding };

export interface CsvOptions {
  /** Write a UTF-8 byte order mark first (UTF-8 only). Default true. */
  bom?: boolean;
  /** Default utf-8. */
  encoding?: OutputEncoding;
  /** Prefix text cells starting with = + - @ tab CR with `'`. Default true. */
  escapeFormulas?: boolean;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** One CSV record (with its CRLF) from cells, via csv-stringify. */
export function csvRecord(values: readonly CellValue[], opts: Pick<CsvOptions, "escapeFormulas"> = {}): string {
  return csvRecords([values], opts);
}

/**
 * CSV records (each with its CRLF), in one call: csv-stringify reads its options anew on every
 * call, which cost more than the records of a document's row.
 */
export function csvRecords(rows: ReadonlyArray<readonly CellValue[]>, opts: Pick<CsvOptions, "escapeFormulas"> = {}): string {
  return stringify(rows as CellValue[][], {
    record_delimiter: "windows",
    // With CRLF records csv-stringify quotes only fields holding CRLF; RFC 4180 wants any line break quoted.
    quoted_match: /[\r\n]/,
    escape_formulas: opts.escapeFormulas ?? true,
    cast: { boolean: (b: boolean) => (b ? "true" : "false") },
  });
}

/** Streams one table to a writable stream: header first, then rows as they come. */
export class CsvTableWriter {
  private started = false;
  private readonly encoding: OutputEncoding;

  constructor(
    readonly table: Table,
    private readonly out: Writable,
    private readonly opts: CsvOptions = {},
  ) {
    this.encoding = opts.encoding ?? "utf-8";
  }

  private encode(s: string): Buffer {
    return this.encoding === "utf-8" ? Buffer.from(s, "utf8") : iconv.encode(s, this.encoding);
  }

  /** Writes the BOM (if any) and the header row; called by the first write or by end(). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const header = this.encode(csvRecord(this.table.columns.map((c) => c.name), { escapeFormulas: false }));
    const bom = (this.opts.bom ?? true) && this.encoding === "utf-8";
    await writeChunk(this.out, bom ? Buffer.concat([UTF8_BOM, header]) : header);
  }

  async write(row: Row): Promise<void> {
    await this.start();
    await writeChunk(this.out, this.encode(csvRecord(cells(this.table, row), this.opts)));
  }

  async writeDocument(doc: Notice): Promise<void> {
    await this.start();
    const rows = this.table.rows(doc);
    if (!rows.length) return;
    // One chunk per document: fewer writes, and still bounded by the size of one notice.
    const text = csvRecords(rows.map((r) => cells(this.table, r)), this.opts);
    await writeChunk(this.out, this.encode(text));
  }

  /** Writes the header if nothing was written, and closes the stream (never standard output). */
  async end(): Promise<void> {
    await this.start();
    await closeStream(this.out);
  }
}

/** Every table as DIR/<table>.csv. */
export async function openCsvDir(dir: string, opts: CsvOptions = {}): Promise<Sink & { files: string[] }> {
  const writers: CsvTableWriter[] = [];
  const files: string[] = [];
  try {
    for (const name of TABLE_NAMES) {
      const file = path.join(dir, `${name}.csv`);
      writers.push(new CsvTableWriter(TABLES[name], await openFile(file), opts));
      files.push(file);
    }
  } catch (e) {
    for (const w of writers) await w.end().catch(() => undefined);
    throw e;
  }
  return {
    files,
    async write({ doc }) {
      for (const w of writers) await w.writeDocument(doc);
      return null;
    },
    async close() {
      for (const w of writers) await w.end();
    },
  };
}

/** One table to a stream (standard output) or a file. */
export async function openCsvTable(table: TableName, target: Writable | string, opts: CsvOptions = {}): Promise<Sink> {
  const out = typeof target === "string" ? await openFile(target) : target;
  const w = new CsvTableWriter(TABLES[table], out, opts);
  return {
    async write({ doc }) {
      await w.writeDocument(doc);
      return null;
    },
    close: () => w.end(),
  };
}
