// Runs the parser over many inputs and yields one result per input, in input order, so that
// output is deterministic whatever the parallelism. A failure is a result, never a throw.
import { parseBytes, parseFile, InputError, type Notice } from "../index.js";
import type { InputFile } from "../read/inputs.js";

export interface BatchOptions {
  encoding?: string;
  /** Worker threads; 1 parses on the main thread. */
  jobs?: number;
}

export type BatchResult =
  | { file: InputFile; ok: true; doc: Notice }
  | { file: InputFile; ok: false; code: string; error: string };

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function parseInput(file: InputFile, opts: BatchOptions): Promise<BatchResult> {
  try {
    const doc = file.path === "-" ? parseBytes(await readStdin(), { path: "-", encoding: opts.encoding }) : await parseFile(file.path, { encoding: opts.encoding });
    return { file, ok: true, doc };
  } catch (e) {
    if (e instanceof InputError) return { file, ok: false, code: e.code, error: e.message };
    return { file, ok: false, code: "internal", error: `internal error: ${(e as Error).stack ?? e}` };
  }
}

export async function* runBatch(files: InputFile[], opts: BatchOptions = {}): AsyncGenerator<BatchResult> {
  for (const f of files) yield await parseInput(f, opts);
}
