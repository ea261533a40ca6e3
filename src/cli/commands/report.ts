// `tongbao report INPUT... [--out report.html]` — one self-contained HTML review page for a corpus.
// Each input is decoded once (with the library's decode, as `parse` does) and parsed from that same
// text, so the page's marks and the document's offsets agree.
import type { Command } from "commander";
import { createWriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import { decode, InputError, parseText } from "../../index.js";
import { expandInputs, type InputFile } from "../../read/inputs.js";
import { ReportWriter } from "../../report/index.js";
import { EXIT_FAILED, EXIT_OK, errorLine, setColor, stderr } from "../output.js";

interface ReportCliOptions {
  out?: string;
  encoding?: string;
  title?: string;
  quiet?: boolean;
  color?: boolean;
}

async function readInput(file: InputFile): Promise<Buffer> {
  if (file.path === "-") {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file.path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EACCES" ? "permission denied" : err.code === "EISDIR" ? "is a directory" : err.message;
    throw new InputError(why, err.code ?? "unreadable");
  }
}

function sinkFor(stream: Writable): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise<void>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      stream.once("error", onError);
      const done = () => {
        stream.off("error", onError);
        resolve();
      };
      if (stream.write(chunk)) done();
      else stream.once("drain", done);
    });
}

export async function runReport(inputs: string[], opts: ReportCliOptions): Promise<number> {
  setColor(opts.color);
  const { files, problems } = await expandInputs(inputs);
  let failed = 0;
  let stream: Writable = process.stdout;
  if (opts.out) {
    await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
    stream = createWriteStream(opts.out);
  }
  const writer = new ReportWriter(sinkFor(stream), { title: opts.title, version: "0.1.0" });
  for (const p of problems) {
    failed++;
    stderr(errorLine(p.path, p.message));
    await writer.addFailure(p.path, p.message);
  }
  for (const file of files) {
    try {
      const bytes = await readInput(file);
      const decoded = decode(bytes, opts.encoding);
      const doc = parseText(decoded.text, { path: file.path, encoding: decoded.encoding, sha256: decoded.sha256, bytes: decoded.bytes });
      await writer.addNotice(doc, decoded.text);
    } catch (e) {
      const message = e instanceof InputError ? e.message : `internal error: ${(e as Error).stack ?? e}`;
      failed++;
      stderr(errorLine(file.path, message));
      await writer.addFailure(file.path, message);
    }
  }
  await writer.end();
  if (opts.out) {
    await new Promise<void>((resolve, reject) => {
      stream.once("error", reject);
      stream.end(() => resolve());
    });
    if (!opts.quiet) stderr(`${opts.out}: ${writer.notices} notice${writer.notices === 1 ? "" : "s"}${failed ? `, ${failed} failed` : ""}`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

export function registerReport(program: Command, setExit: (code: number) => void): void {
  program
    .command("report")
    .description("write one self-contained HTML page to review parsed notices: corpus overview, outline, marked text")
    .argument("<input...>", "notice files, folders (every *.txt, *.htm, *.html below), globs, or - for stdin")
    .option("-o, --out <file>", "write the page to FILE instead of stdout")
    .option("-e, --encoding <name>", "input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk); detected when left out")
    .option("--title <text>", "page title", "tongbao review report")
    .option("-q, --quiet", "do not print the summary line")
    .option("--no-color", "no colours on stderr (NO_COLOR is honoured too)")
    .addHelpText(
      "after",
      `
The page needs no network and no files besides itself: open it in any browser, or print it.
Inputs that cannot be parsed are listed on the page and make the exit code 1.

Examples:
  tongbao report fixtures --out report.html     every notice below fixtures/
  tongbao report 'corpus/**/*.txt' -o review.html`,
    )
    .action(async (inputs: string[], opts: ReportCliOptions) => setExit(await runReport(inputs, opts)));
}
