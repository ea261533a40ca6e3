// `tongbao validate INPUT...` — parse notices and check them; `--schema` checks existing JSON output.
import { Option, type Command } from "commander";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { expandInputs, type InputFile } from "../../read/inputs.js";
import { decode } from "../../read/index.js";
import { autoJobs, runBatch } from "../../batch/index.js";
import { writeChunk } from "../../write/stream.js";
import { checkNotice, checkJsonText, counts, type Finding } from "../../validate/index.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  Reporter,
  count,
  errorLine,
  findingLine,
  parseJobs,
  plural,
  seconds,
  setColor,
} from "../output.js";

export const VALIDATE_FORMATS = ["text", "json"] as const;

export interface ValidateCliOptions {
  format?: (typeof VALIDATE_FORMATS)[number];
  schema?: boolean;
  strict?: boolean;
  verbose?: boolean;
  encoding?: string;
  quiet?: boolean;
  color?: boolean;
  failFast?: boolean;
  jobs?: number;
}

/** Expands --schema inputs: JSON files, folders (every *.json / *.jsonl below), globs, or - for stdin. */
export async function expandJsonInputs(args: string[]): Promise<{ files: InputFile[]; problems: Array<{ path: string; message: string }> }> {
  const files: InputFile[] = [];
  const problems: Array<{ path: string; message: string }> = [];
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const arg of args) {
    if (arg === "-") {
      files.push({ path: "-", outName: "stdin" });
      continue;
    }
    const st = await stat(arg).catch(() => null);
    if (st?.isDirectory()) {
      const fg = (await import("fast-glob")).default;
      const found = (await fg(["**/*.json", "**/*.jsonl", "**/*.ndjson"], { cwd: arg, onlyFiles: true, caseSensitiveMatch: false })).sort(byPath);
      if (!found.length) problems.push({ path: arg, message: "folder holds no *.json or *.jsonl files" });
      for (const rel of found) files.push({ path: path.join(arg, rel), outName: rel });
    } else if (st) files.push({ path: arg, outName: path.basename(arg) });
    else if ((await import("fast-glob")).default.isDynamicPattern(arg)) {
      const fg = (await import("fast-glob")).default;
      const found = (await fg(arg, { onlyFiles: true })).sort(byPath);
      if (!found.length) problems.push({ path: arg, message: "pattern matches no files" });
      for (const f of found) files.push({ path: f, outName: path.basename(f) });
    } else problems.push({ path: arg, message: "no such file or folder" });
  }
  return { files, problems };
}

type Checked = { file: InputFile; ok: true; findings: Finding[] } | { file: InputFile; ok: false; error: string };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function* checkSchemas(files: InputFile[]): AsyncGenerator<Checked> {
  for (const file of files) {
    let text: string;
    try {
      text = file.path === "-" ? await readStdin() : await readFile(file.path, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { file, ok: false, error: code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (e as Error).message };
      continue;
    }
    yield { file, ok: true, findings: checkJsonText(file.path, text) };
  }
}

async function* checkNotices(files: InputFile[], opts: ValidateCliOptions): AsyncGenerator<Checked> {
  for await (const r of runBatch(files, { encoding: opts.encoding, jobs: opts.jobs ?? autoJobs(files.length) })) {
    if (!r.ok) {
      yield { file: r.file, ok: false, error: r.error };
      continue;
    }
    // The decoded text only places findings on their line; stdin cannot be read twice.
    let text: string | undefined;
    if (r.file.path !== "-") {
      try {
        text = decode(await readFile(r.file.path), opts.encoding).text;
      } catch {
        text = undefined;
      }
    }
    yield { file: r.file, ok: true, findings: checkNotice(r.doc, { file: r.file.path, text }) };
  }
}

export async function runValidate(inputs: string[], opts: ValidateCliOptions): Promise<number> {
  setColor(opts.color);
  const started = performance.now();
  const json = opts.format === "json";
  const strict = !!opts.strict;

  const { files, problems } = opts.schema ? await expandJsonInputs(inputs) : await expandInputs(inputs);
  const reporter = new Reporter(files.length, "validating");
  const total = files.length + problems.length;
  let failed = 0;
  let checked = 0;
  let errors = 0;
  let warnings = 0;
  let countedFindings = 0;
  let firstJson = true;
  let stopped = false;

  const emitJson = async (f: Finding) => {
    await writeChunk(process.stdout, (firstJson ? "[\n" : ",\n") + JSON.stringify(f));
    firstJson = false;
  };
  const inputFailed = async (file: string, message: string) => {
    failed++;
    reporter.line(errorLine(file, message));
    if (json) await emitJson({ file, line: 0, level: "error", code: "input-error", message });
  };

  for (const p of problems) await inputFailed(p.path, p.message);
  if (failed && opts.failFast) stopped = true;

  if (!stopped) {
    for await (const r of opts.schema ? checkSchemas(files) : checkNotices(files, opts)) {
      reporter.tick();
      if (!r.ok) {
        await inputFailed(r.file.path, r.error);
        if (opts.failFast) break;
        continue;
      }
      checked++;
      let fileCounts = false;
      for (const f of r.findings) {
        if (f.level === "error") errors++;
        if (f.level === "warning") warnings++;
        if (counts(f, strict)) {
          countedFindings++;
          fileCounts = true;
        }
        if (json) await emitJson(f);
        else if (f.level === "error" || (f.level === "warning" && !opts.quiet) || (f.level === "info" && opts.verbose && !opts.quiet)) {
          const line = findingLine(f.file, f.line, f.level, f.code, f.message) + "\n";
          // On a terminal showing the progress bar, print above the bar (same screen); else plain stdout.
          if (reporter.progress && process.stdout.isTTY) reporter.line(line.trimEnd());
          else await writeChunk(process.stdout, line);
        }
      }
      if (fileCounts && opts.failFast) {
        stopped = true;
        break;
      }
    }
  }
  if (json) await writeChunk(process.stdout, firstJson ? "[]\n" : "\n]\n");
  reporter.stop();

  if (total > 1) {
    const skipped = total - checked - failed;
    const parts = [`${count(checked)} checked`, `${count(failed)} failed`];
    if (skipped) parts.push(`${count(skipped)} not read (--fail-fast)`);
    process.stderr.write(
      `validated ${plural(total, "input")}: ${parts.join(", ")}; ${plural(errors, "error")}, ${plural(warnings, "warning")}${strict ? " (counted: --strict)" : ""} in ${seconds(performance.now() - started)}\n`,
    );
  }
  return failed || countedFindings ? EXIT_FAILED : EXIT_OK;
}

export function registerValidate(program: Command, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description("check notices: stated totals against the items listed, numbering, missing parts, dates out of order")
    .argument("<input...>", "notice files, folders (every *.txt, *.htm, *.html below), globs, or - for stdin; with --schema, JSON/JSONL output files or folders")
    .addOption(new Option("-f, --format <format>", "findings as text lines (file:line: level code: message) or a JSON array").choices(VALIDATE_FORMATS).default("text"))
    .option("--schema", "validate existing JSON / JSON Lines output against the Notice schema instead of parsing notices")
    .option("--strict", "warnings count too (exit 1 when any warning)")
    .option("-v, --verbose", "also print info findings (text format; json always has every finding)")
    .option("-e, --encoding <name>", "input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk); detected when left out")
    .addOption(new Option("-j, --jobs <n>", "inputs parsed in parallel on worker threads (default: one per CPU, but one per 750 inputs at most: a worker costs more than it saves on fewer)").argParser(parseJobs))
    .option("--fail-fast", "stop at the first input that fails or has a finding that counts")
    .option("-q, --quiet", "print only errors (warnings still count under --strict)")
    .option("--no-color", "no colours (NO_COLOR is honoured too)")
    .addHelpText(
      "after",
      `
Findings go to stdout, one a line: FILE:LINE: LEVEL CODE: MESSAGE (LINE 0: the whole file).
Inputs that cannot be read, the progress bar and the summary go to stderr. Codes: docs/validate-codes.md.
Exit 0 when no finding counts (errors; warnings too with --strict), 1 when one does or an input
failed, 2 on a usage error.

Examples:
  tongbao validate fixtures                      check every notice below fixtures/
  tongbao validate notice.txt --strict           warnings fail too
  tongbao validate corpus/ -f json > findings.json
  tongbao validate --schema out/*.json           check JSON written by tongbao parse
  tongbao validate --schema notices.jsonl        one finding per invalid line`,
    )
    .action(async (inputs: string[], opts: ValidateCliOptions) => setExit(await runValidate(inputs, opts)));
}
