// tongbao's library entry: the pipeline read → normalize → segment → extract → schema, composed
// in one visible function. Only `read` touches files; only `write` touches output streams.
import { decode, InputError } from "./read/index.js";
import { readInputAsync } from "./read/file.js";
import { normalize } from "./normalize/index.js";
import { segment } from "./segment/index.js";
import { extract } from "./extract/index.js";
import { Notice, SCHEMA_VERSION } from "./schema/index.js";

export { Notice, SCHEMA_VERSION, noticeJsonSchema } from "./schema/index.js";
export type { Item, Figure, Diagnostic, Reported } from "./schema/index.js";
export { decode, InputError } from "./read/index.js";
export { normalize } from "./normalize/index.js";
export { segment } from "./segment/index.js";
export { extract } from "./extract/index.js";

export interface ParseOptions {
  /** Path recorded in `source.path` (as the user gave it). */
  path?: string;
  /** Force an input encoding instead of detecting it. */
  encoding?: string;
}

/** Parses the bytes of one notice into a validated document. Throws InputError for unusable input. */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Notice {
  const decoded = decode(bytes, options.encoding);
  return parseText(decoded.text, { path: options.path ?? "-", encoding: decoded.encoding, sha256: decoded.sha256, bytes: decoded.bytes });
}

/** Parses already-decoded text. `source` describes where it came from. */
export function parseText(text: string, source: Notice["source"]): Notice {
  const norm = normalize(text);
  const outline = segment(norm.lines);
  const facts = extract(norm, outline);
  const doc = { schema_version: SCHEMA_VERSION, source, ...facts } as const;
  const checked = Notice.safeParse(doc);
  if (!checked.success) {
    // A schema failure is a parser bug; report it on the document rather than lose the file.
    throw new InputError(`internal error: output failed schema validation: ${checked.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, "schema");
  }
  return checked.data;
}

/** Reads and parses one file. */
export async function parseFile(path: string, options: Omit<ParseOptions, "path"> = {}): Promise<Notice> {
  return parseBytes(await readInputAsync(path), { ...options, path });
}
