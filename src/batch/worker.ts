// A batch worker thread: reads and parses the files the pool hands it, one at a time, and
// answers with the document already serialized (JSON), so that the main thread pays neither for
// a structured clone nor for a JSON.stringify. Diagnostics travel alongside, since consumers
// read them for every file.
import { parentPort } from "node:worker_threads";
import { parseOne } from "./one.js";
import type { InputFile } from "../read/inputs.js";

export interface WorkerTask {
  index: number;
  file: InputFile;
  encoding?: string;
}

export type WorkerReply =
  | { index: number; ok: true; json: string; diagnostics: unknown[] }
  | { index: number; ok: false; code: string; error: string };

export async function handle(task: WorkerTask): Promise<WorkerReply> {
  const r = await parseOne(task.file, { encoding: task.encoding });
  if (!r.ok) return { index: task.index, ok: false, code: r.code, error: r.error };
  return { index: task.index, ok: true, json: JSON.stringify(r.doc), diagnostics: r.doc.diagnostics };
}

if (parentPort) {
  const port = parentPort;
  port.on("message", (task: WorkerTask) => {
    handle(task).then(
      (reply) => port.postMessage(reply),
      // handle() never throws; if posting itself fails the pool sees the crash.
      (e) => port.postMessage({ index: task.index, ok: false, code: "internal", error: `internal error: ${(e as Error)?.stack ?? e}` }),
    );
  });
}
