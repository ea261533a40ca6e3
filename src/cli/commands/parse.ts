// `tongbao parse INPUT... [--out DIR]`
import type { Command } from "commander";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { expandInputs } from "../../read/inputs.js";
import { runBatch } from "../../batch/index.js";
import { EXIT_FAILED, EXIT_OK, errorLine, findingLine, setColor, stderr } from "../output.js";

interface ParseCliOptions {
  out?: string;
  encoding?: string;
  quiet?: boolean;
  color?: boolean;
  compact?: boolean;
}

export async function runParse(inputs: string[], opts: ParseCliOptions): Promise<number> {
  setColor(opts.color);
  const { files, problems } = await expandInputs(inputs);
  let failed = problems.length;
  for (const p of problems) stderr(errorLine(p.path, p.message));
  const indent = opts.compact ? undefined : 2;
  const taken = new Map<string, string>();
  const many = files.length > 1 || inputs.length > 1 || problems.length > 0;
  let first = true;
  if (!opts.out && many) process.stdout.write("[");
  for await (const r of runBatch(files, { encoding: opts.encoding })) {
    if (!r.ok) {
      failed++;
      stderr(errorLine(r.file.path, r.error));
      continue;
    }
    const doc = r.doc;
    if (!opts.quiet) for (const d of doc.diagnostics) if (d.level === "warning") stderr(findingLine(r.file.path, d.line, d.level, d.code, d.message));
    const json = JSON.stringify(doc, null, indent);
    if (opts.out) {
      const target = path.join(opts.out, r.file.outName + ".json");
      const prior = taken.get(target);
      if (prior) {
        failed++;
        stderr(errorLine(r.file.path, `output ${target} would overwrite the output of ${prior}; rename one of them`));
        continue;
      }
      taken.set(target, r.file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, json + "\n");
    } else if (many) {
      process.stdout.write((first ? "\n" : ",\n") + json);
      first = false;
    } else process.stdout.write(json + "\n");
  }
  if (!opts.out && many) process.stdout.write(first ? "]\n" : "\n]\n");
  return failed ? EXIT_FAILED : EXIT_OK;
}

export function registerParse(program: Command, setExit: (code: number) => void): void {
  program
    .command("parse")
    .description("parse notices (files, folders, globs or - for stdin) into JSON documents")
    .argument("<input...>", "notice files, folders (every *.txt below), globs, or - for stdin")
    .option("-o, --out <dir>", "write DIR/NAME.json per input instead of stdout")
    .option("-e, --encoding <name>", "input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk); detected when left out")
    .option("--compact", "one-line JSON")
    .option("-q, --quiet", "do not print warnings")
    .option("--no-color", "no colours on stderr (NO_COLOR is honoured too)")
    .addHelpText(
      "after",
      `
Examples:
  tongbao parse fixtures                      every *.txt below fixtures/, as a JSON array
  tongbao parse notice.txt > notice.json      one notice, one JSON document
  tongbao parse corpus/ --out out/            out/<relative path>.json per notice
  cat notice.txt | tongbao parse -            read stdin`,
    )
    .action(async (inputs: string[], opts: ParseCliOptions) => setExit(await runParse(inputs, opts)));
}
