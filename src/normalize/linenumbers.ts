// A line-number column printed down a page's left edge (a draft set with line numbers, a PDF of a
// legal-style page, a code viewer's copy): 1  中共某某局党组 / 2  关于…的通报 / 3 / 4  根据…. The
// numbers are no part of the text: left in, 6  一、… is no heading and the title reads 1中共….
import { matchMarker, isMarker } from "../segment/rules/index.js";

// A number at the line's start, then spaces or the line's end (10 （一）…, 3 alone).
// (a form feed before it: a new page)
const LEAD = /^[ \t\u3000\f]*(\d{1,4})(?:[ \t\u3000]+|$)/;
// Lines numbered one after another it takes to be a column; a page may start again at 1.
const MIN_RUN = 8;
const MIN_PAGE_RUN = 4;

/**
 * For each original line that opens with the column's number, how many characters the number and
 * its spaces take (the whole line when nothing follows it). Empty unless the first line with text
 * opens with 1 and the column counts on line by line for a while — and it holds what a table's
 * numbered rows never do: a numbered line with no text, or a heading's marker after the number.
 */
export function lineNumberPrefixes(text: string, lineStarts: number[]): Map<number, number> {
  const found = new Map<number, number>();
  const n = lineStarts.length;
  const lineAt = (k: number) => text.slice(lineStarts[k], k + 1 < n ? lineStarts[k + 1] : text.length).replace(/[\r\n]+$/, "");
  let k = 0;
  while (k < n && lineAt(k).trim() === "") k++;
  // (cheap: a notice without the column opens with no 1 and a space)
  if (k >= n || !/^[ \t\u3000\f]*1(?:[ \t\u3000]|$)/.test(lineAt(k))) return found;
  const runs: Array<Array<[number, number]>> = [];
  let run: Array<[number, number]> = [];
  let expect = 1;
  let telling = false;
  for (; k < n; k++) {
    const line = lineAt(k);
    const m = LEAD.exec(line);
    const num = m ? Number(m[1]) : -1;
    if (m && (num === expect || num === 1)) {
      // (a page that starts again at 1)
      if (num !== expect) {
        runs.push(run);
        run = [];
      }
      run.push([k, m[0].length]);
      expect = num + 1;
      const rest = line.slice(m[0].length);
      if (!telling && (rest.trim() === "" || isMarker(matchMarker(rest), false))) telling = true;
    } else if (line.trim() !== "") {
      // A line with text and no number in turn ends the run (blank lines do not).
      runs.push(run);
      run = [];
      expect = 1;
      // (the first run decides: without it there is no column)
      if (runs.length === 1 && runs[0].length < MIN_RUN) return found;
    }
  }
  runs.push(run);
  if (runs[0].length < MIN_RUN || !telling) return found;
  for (const r of runs) if (r === runs[0] || r.length >= MIN_PAGE_RUN) for (const [li, len] of r) found.set(li, len);
  return found;
}
