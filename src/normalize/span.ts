// A span of a clean line, and the ways to read it back: folded (for matching) or as written.
import type { CleanLine } from "./index.js";
import type { SourceText, Position } from "./source.js";
import { entityAt } from "./junk.js";

export interface Span {
  line: CleanLine;
  start: number;
  end: number;
}

export const spanOf = (line: CleanLine, start = 0, end = line.text.length): Span => ({ line, start, end });

/** The folded text of a span. */
export const cleanText = (s: Span): string => s.line.text.slice(s.start, s.end);

/**
 * The span as written in the original file (junk removed, widths as written). An HTML entity
 * (&ldquo;) is the character it stands for (“), and a table cell's tag (<td>) a space or, in a
 * table set back into cells, a tab: the clean
 * line keeps the first offset of each for it.
 */
export function writtenText(source: SourceText, s: Span): string {
  const t = source.text;
  const offs = s.line.offsets;
  // Offsets only grow, so a span with nothing cut out of it is one slice of the original
  // (unless it ends on an entity or a tag, whose first unit, & or <, stands for it).
  const last = s.end > s.start && s.end <= offs.length ? t.charCodeAt(offs[s.end - 1]) : 0;
  if (s.end > s.start && s.end <= offs.length && offs[s.end - 1] - offs[s.start] === s.end - 1 - s.start && last !== 38 && last !== 60) return t.slice(offs[s.start], offs[s.end - 1] + 1);
  let out = "";
  for (let i = s.start; i < s.end; i++) {
    const o = s.line.offsets[i];
    const c = t.charCodeAt(o);
    const k = s.line.text.charCodeAt(i);
    // A cell's tag is a space, or a tab once its table is set back into cells.
    out += c === 38 ? (entityAt(t, o)?.char ?? "&") : c === 60 && (k === 32 || k === 9) ? s.line.text[i] : t[o];
  }
  return out;
}

/** Where the original text of a clean line's character i ends: past the whole entity it may stand for. */
export function originalEnd(text: string, line: CleanLine, i: number): number {
  const o = line.offsets[i];
  return text.charCodeAt(o) === 38 ? (entityAt(text, o)?.end ?? o + 1) : o + 1;
}

/** Where a span starts in the original file. */
export function spanPosition(source: SourceText, s: Span): Position {
  const i = Math.min(s.start, s.line.offsets.length - 1);
  return source.position(s.line.offsets[i]);
}

/** Removes spaces, as the outline's texts are compared and shown without them. */
export const squeeze = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, "");
