// Shared by the marker tests: the outline and the items a made-up notice reads to.
import { normalize } from "../../src/normalize/index.js";
import { segment } from "../../src/segment/index.js";
import { writtenText, squeeze } from "../../src/normalize/span.js";
import { parseText } from "../../src/index.js";
import { foldChar } from "../../src/normalize/fold.js";

export const fold = (s: string) => [...s].map(foldChar).join("");
export const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };

/** level|marker as written|title, one a heading. */
export function outline(text: string): string[] {
  const n = normalize(text);
  return segment(n.lines).headings.map((h) => `${h.level}|${writtenText(n.source, h.marker).trim()}|${squeeze(writtenText(n.source, h.title))}`);
}
/** number, category, problem and measures of each item. */
export const items = (text: string) => parseText(text, src).items.map((i) => [i.number, i.category, i.problem, i.measures.map((m) => m.text)]);
