// Reading an input's bytes: a file (whole, when it is a regular file of sane size), a pipe or a
// device (up to a limit), or stdin. The batch reads synchronously on its thread; parseFile, the
// library's call, reads asynchronously. Both stop at MAX_INPUT_BYTES.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { InputError } from "./index.js";

/**
 * The largest input read, in bytes. A notice is tens of kilobytes; a file of many megabytes is
 * not one, and a device such as /dev/zero never ends: past this the input is an error of its
 * own (`too-large`) instead of a batch that hangs or runs out of memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const tooLarge = () => new InputError(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB: not a notice`, "too-large");

/** Chunks of a stream read so far, which stop the read once past MAX_INPUT_BYTES. */
class Capped {
  readonly chunks: Buffer[] = [];
  total = 0;
  add(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.total > MAX_INPUT_BYTES) throw tooLarge();
    this.chunks.push(chunk);
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.total);
  }
}

/** What a stat says of an input: a regular file to read whole, or a stream to read capped. */
function isWholeFile(st: { isDirectory(): boolean; isFile(): boolean; size: number }): boolean {
  if (st.isDirectory()) throw new InputError("is a directory", "EISDIR");
  if (st.isFile() && st.size > MAX_INPUT_BYTES) throw tooLarge();
  return st.isFile();
}

export async function readStdin(): Promise<Buffer> {
  const read = new Capped();
  for await (const c of process.stdin) read.add(c as Buffer);
  return read.bytes();
}

/**
 * Reads a file in synchronous calls: a notice is small, and blocking reads cost far less than the
 * thread-pool round trips of fs/promises.readFile (open, stat, read, close), which showed as 5% of
 * a batch's time. A regular file is read whole when it is not too large; anything else (a pipe,
 * a device) is read up to the limit. Errors read as parseFile's do.
 */
export function readInput(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw readError(e);
  }
  try {
    return isWholeFile(fstatSync(fd)) ? readFileSync(fd) : readCapped(fd);
  } catch (e) {
    throw e instanceof InputError ? e : readError(e);
  } finally {
    closeSync(fd);
  }
}

/** Reads from a stream-like file (a pipe, a device) until its end or past MAX_INPUT_BYTES. */
function readCapped(fd: number): Buffer {
  const read = new Capped();
  for (;;) {
    const buf = Buffer.allocUnsafe(1 << 20);
    const got = readSync(fd, buf, 0, buf.length, null);
    if (got === 0) return read.bytes();
    read.add(buf.subarray(0, got));
  }
}

export function readError(e: unknown): InputError {
  const err = e as NodeJS.ErrnoException;
  const why = err.code === "ENOENT" ? "no such file" : err.code === "EACCES" ? "permission denied" : err.code === "EISDIR" ? "is a directory" : err.message;
  return new InputError(why, err.code ?? "unreadable");
}

/** readInput for callers that must not block: the same limits and errors. */
export async function readInputAsync(path: string): Promise<Buffer> {
  let h: Awaited<ReturnType<typeof open>>;
  try {
    h = await open(path, "r");
  } catch (e) {
    throw readError(e);
  }
  try {
    if (isWholeFile(await h.stat())) return await h.readFile();
    const read = new Capped();
    for (;;) {
      const { bytesRead, buffer } = await h.read(Buffer.allocUnsafe(1 << 20), 0, 1 << 20, null);
      if (bytesRead === 0) return read.bytes();
      read.add(buffer.subarray(0, bytesRead));
    }
  } catch (e) {
    throw e instanceof InputError ? e : readError(e);
  } finally {
    await h.close();
  }
}
