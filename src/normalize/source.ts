// Positions in the decoded original text. Everything the parser emits points back here:
import { lastAtOrBefore } from "../text/search.js";
// 1-based line, 1-based column in code points, and 0-based code-point offsets, so that Python
// and JavaScript users land on the same character.

export interface Position {
  line: number;
  column: number;
  /** 0-based code-point offset from the start of the file. */
  offset: number;
}

const SURROGATE = /[\ud800-\udfff]/;
// \r\n, a lone \r (old Mac) or \n: where the loop below starts a line.
const LINE_BREAK = /\r\n|\r|\n/g;

export class SourceText {
  /** UTF-16 offset at which each original line starts. */
  readonly lineStarts: number[];
  /** Code-point offset at which each original line starts. */
  private readonly cpLineStarts: number[];
  /** True when the text has no surrogate pairs, so UTF-16 and code-point offsets agree. */
  private readonly bmpOnly: boolean;
  /**
   * UTF-16 offsets of the high halves of surrogate pairs, increasing: code points between two
   * offsets are found by binary search, not by counting (an emoji in a 2 MB line, thousands of
   * positions on it, once cost minutes).
   */
  private readonly pairHighs: number[] = [];

  constructor(readonly text: string) {
    this.lineStarts = [0];
    // Most notices have no character beyond the BMP: code points are UTF-16 units, and the line
    // breaks are found by the regex engine's scan instead of a loop over every unit.
    if (!SURROGATE.test(text)) {
      LINE_BREAK.lastIndex = 0;
      for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) this.lineStarts.push(m.index + m[0].length);
      this.cpLineStarts = this.lineStarts;
      this.bmpOnly = true;
      return;
    }
    this.cpLineStarts = [0];
    let cp = 0;
    let bmp = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c & 0xf800) !== 0xd800) cp++;
      else {
        bmp = false;
        // A surrogate pair is one code point, counted at its low half; a lone surrogate is one (as Array.from has it).
        if (!isPairHigh(text, i)) cp++;
        else this.pairHighs.push(i);
      }
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        this.lineStarts.push(i + 1);
        this.cpLineStarts.push(cp);
      }
    }
    this.bmpOnly = bmp;
  }

  /** Number of original lines. */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line index holding the UTF-16 offset. */
  lineIndexAt(offset: number): number {
    return lastAtOrBefore(this.lineStarts, offset);
  }

  /** Converts a UTF-16 offset into the original text into a position. */
  position(offset: number): Position {
    const li = this.lineIndexAt(offset);
    const start = this.lineStarts[li];
    const column = this.codePointsBetween(start, offset);
    return { line: li + 1, column: column + 1, offset: this.cpLineStarts[li] + column };
  }

  /** Code points in [from, to) (UTF-16 offsets): the distance between their code-point offsets. */
  codePointsBetween(from: number, to: number): number {
    return this.bmpOnly ? to - from : to - from - (this.pairsBefore(to) - this.pairsBefore(from));
  }

  /** How many pairs' high halves stand before a UTF-16 offset. */
  private pairsBefore(offset: number): number {
    const p = this.pairHighs;
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** True at the high half of a surrogate pair. */
function isPairHigh(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/**
 * The width of s[from, to) as printed, in columns: one for ASCII and Latin characters (and a tab),
 * two for Chinese characters, full-width forms and the punctuation set with them (“ ” — …).
 */
export function displayColumns(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xdc00) continue; // a pair's low half: counted with its high half
    n += c < 0x1100 || (c >= 0xff61 && c <= 0xffdc) ? 1 : 2;
  }
  return n;
}
