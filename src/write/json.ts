// JSON outputs. `json`: DIR/NAME.json per input, or to standard output one document (one input)
// or a JSON array (several). `jsonl`: one document per line, written as each input finishes.
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import { closeStream, openFile, writeChunk } from "./stream.js";
import type { Sink } from "./sink.js";

/** DIR/<outName>.json per input; two inputs that would write the same file are an error for the second. */
export function openJsonDir(dir: string, indent: number | undefined): Sink {
  const taken = new Map<string, string>();
  return {
    async write(p, file) {
      const target = path.join(dir, file.outName + ".json");
      const prior = taken.get(target);
      if (prior) return `output ${target} would overwrite the output of ${prior}; rename one of them`;
      taken.set(target, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, indent === undefined ? p.json + "\n" : withNewline(p.indented(indent)));
      return null;
    },
    async close() {},
  };
}

/** One document, or an array of documents (written as they come) when `array` is set. */
export function openJsonStream(out: Writable, indent: number | undefined, array: boolean): Sink {
  let first = true;
  return {
    async write(p) {
      const json = indent === undefined ? p.json : p.indented(indent);
      if (!array) await writeChunk(out, withNewline(json));
      else {
        await writeChunk(out, first ? "[\n" : ",\n");
        await writeChunk(out, json);
      }
      first = false;
      return null;
    },
    async close() {
      if (array) await writeChunk(out, first ? "[]\n" : "\n]\n");
      await closeStream(out);
    },
  };
}

const NEWLINE = new Uint8Array([0x0a]);
const withNewline = (t: string | Uint8Array): string | Uint8Array => (typeof t === "string" ? t + "\n" : Buffer.concat([t, NEWLINE]));

/** JSON Lines: one compact document per line, flushed as each input finishes. */
export async function openJsonl(target: Writable | string): Promise<Sink> {
  const out = typeof target === "string" ? await openFile(target) : target;
  return {
    async write(p) {
      await writeChunk(out, p.line);
      return null;
    },
    close: () => closeStream(out),
  };
}
