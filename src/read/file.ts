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

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of process.stdin) {
    n += (c as Buffer).length;
    if (n > MAX_INPUT_BYTES) throw tooLarge();
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
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
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError("is a directory", "EISDIR");
    if (st.isFile()) {
      if (st.size > MAX_INPUT_BYTES) throw tooLarge();
      return readFileSync(fd);
    }
    return readCapped(fd);
  } catch (e) {
    throw e instanceof InputError ? e : readError(e);
  } finally {
    closeSync(fd);
  }
}

/** Reads from a stream-like file (a pipe, a device) until its end or past MAX_INPUT_BYTES. */
function readCapped(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(1 << 20);
    const got = readSync(fd, buf, 0, buf.length, null);
    if (got === 0) break;
    total += got;
    if (total > MAX_INPUT_BYTES) throw tooLarge();
    chunks.push(buf.subarray(0, got));
  }
  return Buffer.concat(chunks, total);
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
    const st = await h.stat();
    if (st.isDirectory()) throw new InputError("is a directory", "EISDIR");
    if (st.isFile()) {
      if (st.size > MAX_INPUT_BYTES) throw tooLarge();
      return await h.readFile();
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await h.read(Buffer.allocUnsafe(1 << 20), 0, 1 << 20, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_INPUT_BYTES) throw tooLarge();
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    throw e instanceof InputError ? e : readError(e);
  } finally {
    await h.close();
  }
}
