// `tongbao parse INPUT... [--format json|jsonl|csv|xlsx] [--out PATH]`
import { Option, type Command } from "commander";
import { stat } from "node:fs/promises";
import path from "node:path";
import { expandInputs } from "../../read/inputs.js";
import { autoJobs, runBatch } from "../../batch/index.js";
import { FORMATS, OUTPUT_ENCODINGS, type Format, type OutputEncoding } from "../../write/formats.js";
import { TABLE_NAMES, DEFAULT_TABLE, type TableName } from "../../write/tables.js";
import { openJsonDir, openJsonStream, openJsonl } from "../../write/json.js";
import type { Sink } from "../../write/sink.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  Reporter,
  count,
  errorLine,
  findingLine,
  parseJobs,
  plural,
  runError,
  seconds,
  setColor,
  usageError,
} from "../output.js";

export interface ParseCliOptions {
  out?: string;
  format?: Format;
  table?: TableName;
  bom?: boolean;
  outputEncoding?: OutputEncoding;
  escapeFormulas?: boolean;
  encoding?: string;
  quiet?: boolean;
  color?: boolean;
  compact?: boolean;
  failFast?: boolean;
  jobs?: number;
}

const isFileName = (p: string, exts: RegExp) => exts.test(p);

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Checks option combinations; returns a usage message, or null when they make sense. */
export function checkParseOptions(opts: ParseCliOptions): string | null {
  const format = opts.format ?? "json";
  if (!(FORMATS as readonly string[]).includes(format)) return `unknown --format '${format}'; choose one of ${FORMATS.join(", ")}`;
  if (opts.table !== undefined && format !== "csv") return "--table applies only to --format csv";
  if (opts.table !== undefined && !(TABLE_NAMES as readonly string[]).includes(opts.table)) return `unknown --table '${opts.table}'; choose one of ${TABLE_NAMES.join(", ")}`;
  if (opts.outputEncoding !== undefined && format !== "csv") return "--output-encoding applies only to --format csv";
  if (format === "xlsx" && !opts.out) return "--format xlsx needs --out FILE.xlsx (a workbook is not written to a terminal)";
  if (opts.compact && format !== "json") return "--compact applies only to --format json (jsonl is always one line per document)";
  return null;
}

/** Opens the output the options ask for. */
async function openSink(opts: ParseCliOptions, many: boolean): Promise<Sink> {
  const format = opts.format ?? "json";
  const indent = opts.compact ? undefined : 2;
  const csv = { bom: opts.bom ?? true, encoding: opts.outputEncoding ?? "utf-8", escapeFormulas: opts.escapeFormulas ?? true } as const;
  switch (format) {
    case "json":
      return opts.out ? openJsonDir(opts.out, indent) : openJsonStream(process.stdout, indent, many);
    case "jsonl":
      if (!opts.out) return openJsonl(process.stdout);
      return openJsonl(isFileName(opts.out, /\.(jsonl|ndjson|json)$/i) && !(await isDirectory(opts.out)) ? opts.out : path.join(opts.out, "notices.jsonl"));
    case "csv": {
      // csv-stringify is loaded only when tables are asked for (start-up matters for one-file runs).
      const { openCsvDir, openCsvTable } = await import("../../write/csv.js");
      if (!opts.out) return openCsvTable(opts.table ?? DEFAULT_TABLE, process.stdout, csv);
      if (isFileName(opts.out, /\.csv$/i) && !(await isDirectory(opts.out))) return openCsvTable(opts.table ?? DEFAULT_TABLE, opts.out, csv);
      if (opts.table) return openCsvTable(opts.table, path.join(opts.out, `${opts.table}.csv`), csv);
      return openCsvDir(opts.out, csv);
    }
    case "xlsx": {
      // exceljs is loaded only when a workbook is asked for (it takes half a second to load).
      const { openXlsx } = await import("../../write/xlsx.js");
      if (await isDirectory(opts.out!)) return openXlsx(path.join(opts.out!, "notices.xlsx"));
      return openXlsx(opts.out!);
    }
  }
}

export async function runParse(inputs: string[], opts: ParseCliOptions): Promise<number> {
  setColor(opts.color);
  const problem = checkParseOptions(opts);
  if (problem) return usageError(problem);
  const started = performance.now();

  const { files, problems } = await expandInputs(inputs);
  const reporter = new Reporter(files.length, "parsing");
  const total = files.length + problems.length;
  let failed = 0;
  let written = 0;
  let warnings = 0;
  let stopped = false;
  for (const p of problems) {
    failed++;
    reporter.line(errorLine(p.path, p.message));
  }
  if (failed && opts.failFast) stopped = true;

  let sink: Sink | null = null;
  if (!stopped) {
    try {
      sink = await openSink(opts, files.length > 1 || inputs.length > 1 || problems.length > 0);
    } catch (e) {
      reporter.stop();
      process.stderr.write(runError(`cannot write ${opts.out ?? "standard output"}: ${(e as Error).message}`) + "\n");
      return EXIT_FAILED;
    }
  }

  if (sink) {
    try {
      for await (const r of runBatch(files, { encoding: opts.encoding, jobs: opts.jobs ?? autoJobs(files.length), indent: (opts.format ?? "json") === "json" && !opts.compact ? 2 : undefined })) {
        reporter.tick();
        let error: string | null;
        if (r.ok) {
          // r.diagnostics and the sink's use of r.json spare the main thread decoding a worker's JSON.
          const ws = r.diagnostics.filter((d) => d.level === "warning");
          warnings += ws.length;
          if (!opts.quiet) for (const d of ws) reporter.line(findingLine(r.file.path, d.line, d.level, d.code, d.message));
          error = await sink.write(r, r.file);
        } else error = r.error;
        if (error === null) written++;
        else {
          failed++;
          reporter.line(errorLine(r.file.path, error));
          if (opts.failFast) {
            stopped = true;
            break;
          }
        }
      }
      await sink.close();
    } catch (e) {
      reporter.stop();
      process.stderr.write(runError(`cannot write ${opts.out ?? "standard output"}: ${(e as Error).message}`) + "\n");
      return EXIT_FAILED;
    }
  }
  reporter.stop();

  if (total > 1) {
    const skipped = total - written - failed;
    const parts = [`${count(written)} written`, `${count(failed)} failed`];
    if (skipped) parts.push(`${count(skipped)} not read (--fail-fast)`);
    process.stderr.write(`parsed ${plural(total, "input")}: ${parts.join(", ")}; ${plural(warnings, "warning")} in ${seconds(performance.now() - started)}\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

export function registerParse(program: Command, setExit: (code: number) => void): void {
  program
    .command("parse")
    .description("parse notices (files, folders, globs or - for stdin) into JSON, JSON Lines, CSV tables or an XLSX workbook")
    .argument("<input...>", "notice files, folders (every *.txt, *.htm, *.html below), globs, or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
    .option("-o, --out <path>", "json: folder for NAME.json per input; jsonl: FILE.jsonl (or folder/notices.jsonl); csv: folder for <table>.csv (only --table's when given), or FILE.csv for one table; xlsx: FILE.xlsx")
    .addOption(new Option("-t, --table <name>", `csv: the table to write to stdout or to --out FILE.csv (default ${DEFAULT_TABLE})`).choices(TABLE_NAMES))
    .option("--no-bom", "csv: no UTF-8 byte order mark (Excel needs it to show Chinese from a UTF-8 file)")
    .addOption(new Option("--output-encoding <name>", "csv: output encoding; gb18030 for older Chinese Excel/WPS (written without a BOM)").choices(OUTPUT_ENCODINGS))
    .option("--no-escape-formulas", "csv: keep text cells starting with = + - @ as they are (by default they are prefixed with ' so a spreadsheet does not run them)")
    .option("-e, --encoding <name>", "input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk); detected when left out")
    .option("--compact", "json: one-line JSON")
    .addOption(new Option("-j, --jobs <n>", "inputs parsed in parallel on worker threads (default: one per CPU, but one per 750 inputs at most: a worker costs more than it saves on fewer)").argParser(parseJobs))
    .option("--fail-fast", "stop at the first input that fails (default: report it and go on)")
    .option("-q, --quiet", "do not print warnings")
    .option("--no-color", "no colours on stderr (NO_COLOR is honoured too)")
    .addHelpText(
      "after",
      `
Output goes to stdout unless --out is given; warnings, errors, the progress bar (on a terminal,
more than ${5} files, not in CI) and the summary go to stderr. Exit 0 when every input was
parsed and written, 1 when any failed (the others are still written), 2 on a usage error.

Tables (csv, xlsx): documents, items, measures, outcomes, figures, diagnostics; joined by
document_id (first 12 hex digits of the file's SHA-256) and item_key (<document_id>:<item_id>).
Columns: docs/tables.md.

Examples:
  tongbao parse fixtures                          every notice below fixtures/, as a JSON array
  tongbao parse notice.txt > notice.json          one notice, one JSON document
  tongbao parse corpus/ --out out/                out/<relative path>.json per notice
  tongbao parse corpus/ -f jsonl > notices.jsonl  one document per line, streamed
  tongbao parse corpus/ -f csv --out tables/      tables/documents.csv, items.csv, measures.csv, …
  tongbao parse corpus/ -f csv -t figures > f.csv one table to stdout (items by default)
  tongbao parse corpus/ -f csv --output-encoding gb18030 --out tables/   for older Excel/WPS
  tongbao parse corpus/ -f xlsx --out notices.xlsx  one workbook, a sheet per table
  cat notice.txt | tongbao parse -                read stdin`,
    )
    .action(async (inputs: string[], opts: ParseCliOptions) => setExit(await runParse(inputs, opts)));
}
