// Parses one input into a batch result. Shared by the main thread (jobs = 1, stdin) and the
// worker threads, so that both produce the very same result for the same file.
import { parseBytes, InputError, type Notice } from "../index.js";
import { readInput, readStdin } from "../read/file.js";
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

/** Parses one input; never throws. */
export async function parseOne(file: InputFile, opts: ParseOneOptions): Promise<{ file: InputFile; ok: true; doc: Notice } | BatchFailure> {
  try {
    const bytes = file.path === "-" ? await readStdin() : readInput(file.path);
    const doc = parseBytes(bytes, { path: file.path, encoding: opts.encoding });
    return { file, ok: true, doc };
  } catch (e) {
    return failure(file, e);
  }
}

export function failure(file: InputFile, e: unknown): BatchFailure {
  if (e instanceof InputError) return { file, ok: false, code: e.code, error: e.message };
  return { file, ok: false, code: "internal", error: `internal error: ${(e as Error)?.stack ?? e}` };
}

/** A file handed to a worker thread. */
export interface WorkerTask {
  index: number;
  file: InputFile;
  encoding?: string;
  /** Also serialize the document with this indent (pretty JSON output). */
  indent?: number;
}

/**
 * A worker's answer: the document already serialized as a UTF-8 JSON Lines record (JSON and a
 * line feed), and its diagnostics alongside. The record's buffer is transferred, not copied (see
 * `transferList`).
 */
export type WorkerReply =
  | { index: number; ok: true; line: Uint8Array; diagnostics: unknown[]; indented?: { indent: number; text: Uint8Array } }
  | { index: number; ok: false; code: string; error: string };

/** What a worker does with a task (exported so tests can wrap it in a worker of their own). */
export async function handleTask(task: WorkerTask): Promise<WorkerReply> {
  const r = await parseOne(task.file, { encoding: task.encoding });
  if (!r.ok) return { index: task.index, ok: false, code: r.code, error: r.error };
  // TextEncoder gives the record an ArrayBuffer of its own (Buffer.from may use a shared pool), so it can be transferred.
  const line = encoder.encode(JSON.stringify(r.doc) + "\n");
  // Pretty output is made here too: on the main thread it cost a JSON.parse and a second stringify per document.
  if (task.indent !== undefined) return { index: task.index, ok: true, line, diagnostics: r.doc.diagnostics, indented: { indent: task.indent, text: encoder.encode(JSON.stringify(r.doc, null, task.indent)) } };
  return { index: task.index, ok: true, line, diagnostics: r.doc.diagnostics };
}

const encoder = new TextEncoder();

/** What a reply's postMessage can transfer instead of copying. */
export const transferList = (reply: WorkerReply): ArrayBuffer[] => (reply.ok ? [reply.line.buffer as ArrayBuffer, ...(reply.indented ? [reply.indented.text.buffer as ArrayBuffer] : [])] : []);
