// Stage 2, normalize: text → clean logical lines, each char mapped back to the original.
//   1. split into original lines;  2. cut inline junk, fold widths, trim;  3. drop junk lines;
//   4. join lines that a page break split (a line that does not end a sentence, continued by the
//      next non-blank line).
import type { Diagnostic } from "../schema/index.js";
import { opensEntry, matchMarker } from "../segment/rules/index.js";
import { matchFieldLabel } from "../segment/fields.js";
import { SourceText } from "./source.js";
import { LINE_JUNK, inlineJunkSpans, blockJunkSpans } from "./junk.js";
import { foldString } from "./fold.js";

export { SourceText } from "./source.js";
export type { Position } from "./source.js";

/** A clean line: folded text for matching, and for each UTF-16 unit its offset in the original. */
export interface CleanLine {
  text: string;
  offsets: Int32Array;
  /** 1-based original line of the first character. */
  line: number;
  /** Original lines this logical line was joined from (1 when nothing was joined). */
  joined: number;
  /** Blank original lines right before this line. */
  blankBefore: number;
}

export interface Normalized {
  source: SourceText;
  lines: CleanLine[];
  diagnostics: Diagnostic[];
}

export function normalize(text: string): Normalized {
  const source = new SourceText(text);
  const diagnostics: Diagnostic[] = [];
  const raw: CleanLine[] = [];
  let junkLines = 0;
  let blank = 0;
  // Junk blocks that may cross lines (<script>, <style>, comments): sorted, merged.
  const blocks = blockJunkSpans(text);
  let bi = 0;
  for (let li = 0; li < source.lineCount; li++) {
    const start = source.lineStarts[li];
    let end = li + 1 < source.lineCount ? source.lineStarts[li + 1] : text.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    while (bi < blocks.length && blocks[bi][1] <= start) bi++;
    const cuts: Array<[number, number]> = [];
    for (let k = bi; k < blocks.length && blocks[k][0] < end; k++) cuts.push([Math.max(0, blocks[k][0] - start), Math.min(end, blocks[k][1]) - start]);
    if (cuts.length === 1 && cuts[0][0] === 0 && cuts[0][1] === end - start && end > start) {
      junkLines++; // a line wholly inside a junk block
      continue;
    }
    const clean = cleanLine(text, start, end, cuts);
    if (clean && LINE_JUNK.some((r) => r.test(clean.text))) {
      junkLines++;
      continue; // dropped, and not counted as a blank line either
    }
    if (!clean) {
      blank++;
      continue;
    }
    // Written out: an object spread here cost more than cleaning the line (V8 11, Node 20).
    raw.push({ text: clean.text, offsets: clean.offsets, line: li + 1, joined: 1, blankBefore: blank });
    blank = 0;
  }
  if (junkLines > 0) {
    diagnostics.push({ level: "info", code: "junk-lines-removed", message: `${junkLines} advert or page-chrome line(s) removed`, line: null });
  }
  const lines = joinBrokenLines(raw);
  return { source, lines, diagnostics };
}

/**
 * Cleans one original line: junk cut (block spans given, inline rules found here), widths folded,
 * outer spaces trimmed. Null if empty. Most lines have no junk: they are folded as one string.
 */
function cleanLine(text: string, start: number, end: number, cuts: Array<[number, number]>): { text: string; offsets: Int32Array } | null {
  const s = text.slice(start, end);
  for (const c of inlineJunkSpans(s)) cuts.push(c);
  let kept = s;
  let offsets: Int32Array;
  if (cuts.length === 0) {
    offsets = new Int32Array(s.length);
    for (let i = 0; i < s.length; i++) offsets[i] = start + i;
  } else {
    const keep = new Uint8Array(s.length).fill(1);
    for (const [a, b] of cuts) keep.fill(0, a, b);
    offsets = new Int32Array(s.length);
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; i < s.length; ) {
      if (!keep[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < s.length && keep[j]) offsets[n++] = start + j++;
      parts.push(s.slice(i, j));
      i = j;
    }
    kept = parts.join("");
    offsets = offsets.subarray(0, n);
  }
  const out = foldString(kept);
  // Trim spaces (after folding, every kind of space is ' ').
  let a = 0;
  let b = out.length;
  while (a < b && out.charCodeAt(a) === 32) a++;
  while (b > a && out.charCodeAt(b - 1) === 32) b--;
  if (a === b) return null;
  return { text: out.slice(a, b), offsets: offsets.slice(a, b) };
}

// A line ending with one of these ends a sentence or a paragraph.
const SENTENCE_END = /[。！？；!?;…]["”’」』)）]*$/;
const OPEN_CLOSE: Array<[string, string]> = [["“", "”"], ["(", ")"], ["《", "》"], ["‘", "’"], ["「", "」"], ["【", "】"]];
// A standalone date (a sign-off) never continues the line above it.
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$/;
// Titles end with the kind of document they are.
const TITLE_END = /(?:通报|公告|公示|报告|通知)$/;

function unbalanced(s: string): boolean {
  for (const [o, c] of OPEN_CLOSE) {
    let depth = 0;
    for (const ch of s) {
      if (ch === o) depth++;
      else if (ch === c && depth > 0) depth--;
    }
    if (depth > 0) return true;
  }
  return false;
}

/**
 * Joins a line to the next when a page break split a sentence. A body line that does not end a
 * sentence is continued by the next line unless that line opens an entry (a heading marker,
 * `一是`, a field label) or is a date. A heading line is continued only when it is visibly
 * unfinished (an open quote or bracket) or when the next line is a short fragment with no
 * sentence end of its own: a heading is short and never ends with 。, so a long next line is
 * its body, not its tail.
 */
function joinBrokenLines(lines: CleanLine[]): CleanLine[] {
  const out: CleanLine[] = [];
  const width = wrapWidth(lines);
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, line, out.length === 1, width)) {
      const offsets = new Int32Array(prev.offsets.length + line.offsets.length);
      offsets.set(prev.offsets);
      offsets.set(line.offsets, prev.offsets.length);
      out[out.length - 1] = { text: prev.text + line.text, offsets, line: prev.line, joined: prev.joined + line.joined, blankBefore: prev.blankBefore };
    } else out.push(line);
  }
  return out;
}

/**
 * The width a PDF's text was wrapped at, when it was: many lines of nearly the same, greatest
 * length. 0 when lines are whole paragraphs (the usual case for web pages and Word files).
 */
export function wrapWidth(lines: readonly CleanLine[]): number {
  const lengths = lines.map((l) => [...l.text].length).filter((n) => n >= 10).sort((a, b) => b - a);
  if (lengths.length < 8) return 0;
  const w = lengths[Math.floor(lengths.length * 0.2)];
  const near = lengths.filter((n) => n >= w - 2 && n <= w + 2).length;
  return near >= lengths.length * 0.35 ? w : 0;
}

function continues(prev: CleanLine, next: CleanLine, prevIsFirst: boolean, width: number): boolean {
  const a = prev.text;
  const b = next.text;
  if (SENTENCE_END.test(a)) return false;
  if (opensEntry(b) || matchFieldLabel(b) || DATE_LINE.test(b) || DATE_LINE.test(a)) return false;
  if (TITLE_END.test(a) && a.length <= 80) return false;
  // Without a blank line between them, two lines are separate unless the first is visibly cut.
  const heading = matchMarker(a) !== null;
  if (heading || (prevIsFirst && !/[，,。]/.test(a))) {
    if (unbalanced(a)) return true;
    return b.length <= 20 && !/[。！？；，,]/.test(b);
  }
  if (next.blankBefore === 0) {
    // Without a blank line, a line is continued when it visibly runs on (an open bracket, a
    // trailing comma) or, in text hard-wrapped at a fixed width, when it fills the width.
    if (unbalanced(a) || /[，、,]$/.test(a)) return true;
    return width > 0 && [...a].length >= width - 3;
  }
  return true;
}
