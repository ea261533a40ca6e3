// Writing to Node streams with backpressure: a writer waits for 'drain' instead of buffering a
// whole corpus in memory when the reader (a pipe, a slow disk) is slower than the parser.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";

/** Writes a chunk and resolves once the stream can take more. Rejects on a stream error. */
export async function writeChunk(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (out.destroyed) throw new Error("output stream is closed");
  if (out.write(chunk)) return;
  // The listener that loses the race is removed: left behind, one 'error' listener per wait piled
  // up on a pipe that often asks to wait (MaxListenersExceededWarning after ten).
  const ac = new AbortController();
  try {
    await Promise.race([once(out, "drain", { signal: ac.signal }), once(out, "error", { signal: ac.signal }).then(([e]) => Promise.reject(e))]);
  } finally {
    ac.abort();
  }
}

/** Opens a file for writing (creating its folder) and resolves once it is open, so that errors such as EACCES surface here. */
export async function openFile(file: string): Promise<Writable> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  await Promise.race([once(out, "open"), once(out, "error").then(([e]) => Promise.reject(e))]);
  return out;
}

/** Ends a file stream and waits until its data is on disk. Standard output is never ended. */
export async function closeStream(out: Writable): Promise<void> {
  if (out === process.stdout || out === process.stderr) return;
  if (out.writableFinished || out.destroyed) return;
  const done = Promise.race([once(out, "close"), once(out, "error").then(([e]) => Promise.reject(e))]);
  out.end();
  await done;
}
