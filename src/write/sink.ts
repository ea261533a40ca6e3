// A sink takes parsed documents one at a time, in input order, and writes them somewhere.
import type { Notice } from "../schema/index.js";
import type { InputFile } from "../read/inputs.js";

export interface Sink {
  /** Writes one document. Resolves to an error message when this document could not be written (the batch goes on). */
  write(doc: Notice, file: InputFile): Promise<string | null>;
  /** Finishes the output (closing files, writing a workbook). */
  close(): Promise<void>;
}
