// A sink takes parsed documents one at a time, in input order, and writes them somewhere.
import type { Notice } from "../schema/index.js";
import type { InputFile } from "../read/inputs.js";

/**
 * A parsed document in both forms: the object, and its compact JSON. A worker thread hands over
 * the JSON; reading `doc` decodes it, so sinks that only copy JSON out (JSON Lines, compact JSON)
 * read `json` and the main thread never decodes a document it does not need.
 */
export interface Parsed {
  readonly doc: Notice;
  readonly json: string;
  /** The JSON Lines record: `json` and a line feed, in UTF-8 (what a file or pipe receives). */
  readonly line: Uint8Array;
  /**
   * `JSON.stringify(doc, null, indent)`: as UTF-8 when a worker thread made it already (the batch
   * was asked for that indent), else made here.
   */
  indented(indent: number): string | Uint8Array;
}

const encoder = new TextEncoder();

/** Wraps a document built in this thread. */
export const parsed = (doc: Notice): Parsed => {
  let json: string | undefined;
  let line: Uint8Array | undefined;
  return {
    doc,
    get json() {
      return (json ??= JSON.stringify(doc));
    },
    get line() {
      return (line ??= encoder.encode(this.json + "\n"));
    },
    indented: (indent: number) => JSON.stringify(doc, null, indent),
  };
};

export interface Sink {
  /** Writes one document. Resolves to an error message when this document could not be written (the batch goes on). */
  write(p: Parsed, file: InputFile): Promise<string | null>;
  /** Finishes the output (closing files, writing a workbook). */
  close(): Promise<void>;
}
