// Parses one input into a batch result. Shared by the main thread (jobs = 1, stdin) and the
// worker threads, so that both produce the very same result for the same file.
import { parseBytes, parseFile, InputError, type Notice } from "../index.js";
import type { InputFile } from "../read/inputs.js";

export interface ParseOneOptions {
  encoding?: string;
}

/** A failed input: `code` is stable (ENOENT, empty, binary, undecodable, worker-crashed, …). */
export interface BatchFailure {
  file: InputFile;
  ok: false;
  code: string;
  error: string;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Parses one input; never throws. */
export async function parseOne(file: InputFile, opts: ParseOneOptions): Promise<{ file: InputFile; ok: true; doc: Notice } | BatchFailure> {
  try {
    const doc =
      file.path === "-"
        ? parseBytes(await readStdin(), { path: "-", encoding: opts.encoding })
        : await parseFile(file.path, { encoding: opts.encoding });
    return { file, ok: true, doc };
  } catch (e) {
    return failure(file, e);
  }
}

export function failure(file: InputFile, e: unknown): BatchFailure {
  if (e instanceof InputError) return { file, ok: false, code: e.code, error: e.message };
  return { file, ok: false, code: "internal", error: `internal error: ${(e as Error)?.stack ?? e}` };
}
