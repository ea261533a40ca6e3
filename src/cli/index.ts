// The command line: a thin layer that turns flags into library calls. Data goes to stdout,
// diagnostics and errors to stderr. Exit codes: 0 all inputs parsed, 1 some input failed,
// 2 usage error.
import { Command, CommanderError, Option } from "commander";
import { mkdir, writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import chalk from "chalk";
import { parseBytes, parseFile, InputError, noticeJsonSchema, type Notice } from "../index.js";
import { expandInputs, type InputFile } from "../read/inputs.js";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

interface ParseCliOptions {
  out?: string;
  encoding?: string;
  quiet?: boolean;
  color?: boolean;
  compact?: boolean;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function parseOne(f: InputFile, opts: ParseCliOptions): Promise<Notice> {
  if (f.path === "-") return parseBytes(await readStdin(), { path: "-", encoding: opts.encoding });
  return parseFile(f.path, { encoding: opts.encoding });
}

function errorLine(file: string, message: string): string {
  return `${chalk.bold(file)}: ${chalk.red("error")}: ${message}`;
}

async function runParse(inputs: string[], opts: ParseCliOptions): Promise<number> {
  if (opts.color === false) chalk.level = 0;
  const stderr = (s: string) => process.stderr.write(s + "\n");
  const { files, problems } = await expandInputs(inputs);
  let failed = problems.length;
  for (const p of problems) stderr(errorLine(p.path, p.message));
  const indent = opts.compact ? undefined : 2;
  const taken = new Map<string, string>();
  const many = files.length > 1 || inputs.length > 1 || problems.length > 0;
  let first = true;
  if (!opts.out && many) process.stdout.write("[");
  for (const f of files) {
    let doc: Notice;
    try {
      doc = await parseOne(f, opts);
    } catch (e) {
      failed++;
      stderr(errorLine(f.path, e instanceof InputError ? e.message : `internal error: ${(e as Error).stack ?? e}`));
      continue;
    }
    if (!opts.quiet) {
      for (const d of doc.diagnostics) if (d.level === "warning") stderr(`${f.path}:${d.line ?? 0}: ${chalk.yellow("warning")} ${d.code}: ${d.message}`);
    }
    const json = JSON.stringify(doc, null, indent);
    if (opts.out) {
      const target = path.join(opts.out, f.outName + ".json");
      const prior = taken.get(target);
      if (prior) {
        failed++;
        stderr(errorLine(f.path, `output ${target} would overwrite the output of ${prior}; rename one of them`));
        continue;
      }
      taken.set(target, f.path);
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

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command("tongbao")
    .description("Turn Chinese inspection-rectification notices (巡察整改情况通报) into validated JSON")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command("parse")
    .description("parse notices (files, folders, globs or - for stdin) into JSON documents")
    .argument("<input...>", "notice files, folders (every *.txt below), globs, or - for stdin")
    .option("-o, --out <dir>", "write DIR/NAME.json per input instead of stdout")
    .option("-e, --encoding <name>", "input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk); detected when left out")
    .option("--compact", "one-line JSON")
    .option("-q, --quiet", "do not print warnings")
    .option("--no-color", "no colours on stderr (NO_COLOR is honoured too)")
    .addHelpText("after", `
Examples:
  tongbao parse fixtures                      every *.txt below fixtures/, as a JSON array
  tongbao parse notice.txt > notice.json      one notice, one JSON document
  tongbao parse corpus/ --out out/            out/<relative path>.json per notice
  cat notice.txt | tongbao parse -            read stdin`)
    .action(async (inputs: string[], opts: ParseCliOptions) => setExit(await runParse(inputs, opts)));

  program
    .command("schema")
    .description("print the JSON Schema of a parsed notice (generated from the zod schema)")
    .action(() => {
      process.stdout.write(JSON.stringify(noticeJsonSchema(), null, 2) + "\n");
      setExit(EXIT_OK);
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error.
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`tongbao: internal error: ${(e as Error).stack ?? e}\n`);
    return EXIT_FAILED;
  }
  return code;
}
void Option;
void readFile;
