// Text layout for the review report: where each record of a parsed notice lies in its decoded text.
// Positions in a notice are 1-based lines, 1-based code-point columns and 0-based code-point offsets;
// the page works in UTF-16 string indexes, so every position is converted here.
//
// These functions run in two places: in Node (unit tests, and the generator) and in the page, where
// they are embedded with Function.prototype.toString (see LAYOUT_SOURCE). So each one is
// self-contained: no imports, no module-level values, only calls to the other functions listed in
// LAYOUT_FUNCTIONS, and nothing that a browser without Node lacks.

export interface MarkRange {
  /** UTF-16 start index (inclusive). */
  s: number;
  /** UTF-16 end index (exclusive). */
  e: number;
  /** Kind: "item" | "sec" | "meas" | "out" | "fig". */
  k: string;
  /** Nesting priority: lower wraps higher when two marks cover the same text. */
  p: number;
  /** Index of the record this mark shows. */
  r: number;
  /** Short badge text shown on the mark's first piece ("" for none). */
  label: string;
}

export interface Piece {
  s: number;
  e: number;
  /** Index into the marks array. */
  m: number;
  p: number;
  /** True for the first piece of its mark (the one that carries the badge and the focus). */
  first: boolean;
  kids: Piece[];
}

export interface RecordRef {
  kind: "item" | "sec" | "meas" | "out" | "fig";
  data: any;
  /** Item id the record belongs to (measures, outcomes, figures), or the item's own id. */
  item: string | null;
  /** Where the record starts in the text (UTF-16), -1 when it could not be placed. */
  at: number;
  /** A note about its placement, e.g. an offset that does not match the text. */
  problem: string | null;
}

export interface Region {
  item: string;
  /** First and last 1-based line, inclusive. */
  from: number;
  to: number;
}

/** UTF-16 index at which each line starts. Lines end at LF, CRLF or a lone CR, as in the parser. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** UTF-16 index where 0-based line `li` ends, its line break excluded. */
export function lineEndOf(text: string, starts: number[], li: number): number {
  let end = li + 1 < starts.length ? starts[li + 1] : text.length;
  while (end > starts[li] && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/** 0-based line holding UTF-16 index `i`. */
export function lineIndexAt(starts: number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Returns a function that maps a 0-based code-point offset into `text` to its UTF-16 index
 * (offset = number of code points → index of the unit that starts that code point; the offset equal to
 * the number of code points maps to text.length). Offsets outside the text, or not integers, give -1.
 * A surrogate pair is one code point; a lone surrogate counts as one too.
 */
export function codePointIndexer(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      astral = true;
      break;
    }
  }
  if (!astral) return (cp: number) => (Number.isInteger(cp) && cp >= 0 && cp <= text.length ? cp : -1);
  const map = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    map[n++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  map[n] = text.length;
  const count = n;
  return (cp: number) => (Number.isInteger(cp) && cp >= 0 && cp <= count ? map[cp] : -1);
}

/** Number of code points in text[from, to). */
export function codePointsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/**
 * UTF-16 index of a 1-based line and 1-based code-point column. A column past the end of the line is
 * clamped to the line's end; a line that does not exist gives -1.
 */
export function indexOfPosition(text: string, starts: number[], line: number, column: number): number {
  if (!(Number.isInteger(line) && line >= 1 && line <= starts.length)) return -1;
  const end = lineEndOf(text, starts, line - 1);
  let i = starts[line - 1];
  for (let n = 1; n < column && i < end; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** Folds a UTF-16 unit for loose matching: full-width ASCII to ASCII, a few CJK variants to one form. */
export function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0xff64) return 0x3001;
  if (c === 0xfe5d) return 0x3014;
  if (c === 0xfe5e) return 0x3015;
  return c;
}

export function isSpaceUnit(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0xfeff;
}

/**
 * Where a record's text ends in the original. The parser records text "as written" but with spaces,
 * line breaks, junk and entry markers (①, 一是, 整改措施：) taken out, so the match is loose: it starts
 * at the first occurrence of the record's first character within a few units of `from`, skips
 * whitespace on both sides, folds widths, and re-synchronises over short runs of removed junk.
 * Returns [start, end) as UTF-16 indexes, or null when the text is not found there.
 */
export function matchExtent(text: string, from: number, target: string): [number, number] | null {
  let t = 0;
  while (t < target.length && isSpaceUnit(target.charCodeAt(t))) t++;
  if (t >= target.length || from < 0) return null;
  const first = foldUnit(target.charCodeAt(t));
  let start = -1;
  for (let k = from; k < text.length && k < from + 24; k++) {
    if (foldUnit(text.charCodeAt(k)) === first) {
      start = k;
      break;
    }
  }
  if (start < 0) return null;
  let i = start;
  let end = start;
  while (t < target.length && i < text.length) {
    const a = text.charCodeAt(i);
    const b = target.charCodeAt(t);
    if (isSpaceUnit(b)) {
      t++;
      continue;
    }
    if (foldUnit(a) === foldUnit(b)) {
      i++;
      t++;
      end = i;
      continue;
    }
    if (isSpaceUnit(a)) {
      i++;
      continue;
    }
    // Junk removed from the middle: look for the next few characters of the target a little further on.
    const probe = target.slice(t, t + Math.min(4, target.length - t));
    const found = text.indexOf(probe, i);
    if (found < 0 || found - i > 160) break;
    i = found;
  }
  return end > start ? [start, end] : null;
}

/**
 * Every mark of a notice, and the record each one shows. Headings and items are placed from their
 * line/column and matched against their text; measures and outcomes likewise; figures from their
 * start/end code-point offsets. A record that cannot be placed is kept with at = -1.
 */
export function buildMarks(doc: any, text: string, starts: number[]): { marks: MarkRange[]; records: RecordRef[] } {
  const marks: MarkRange[] = [];
  const records: RecordRef[] = [];
  const cpIndex = codePointIndexer(text);
  const fallbackEnd = (s: number) => {
    const li = lineIndexAt(starts, s);
    const le = lineEndOf(text, starts, li);
    let e = s;
    for (let n = 0; n < 30 && e < le; n++) {
      const c = text.charCodeAt(e);
      e += c >= 0xd800 && c <= 0xdbff && e + 1 < le ? 2 : 1;
    }
    return e > s ? e : Math.min(text.length, s + 1);
  };
  const place = (kind: RecordRef["kind"], data: any, item: string | null, line: number, column: number, target: string, p: number, label: string) => {
    const s0 = indexOfPosition(text, starts, line, column);
    const rec: RecordRef = { kind, data, item, at: s0, problem: null };
    const r = records.push(rec) - 1;
    if (s0 < 0) {
      rec.problem = "line " + line + " is not in the text";
      return;
    }
    const ext = matchExtent(text, s0, target);
    let s = s0;
    let e: number;
    if (ext) e = ext[1];
    else {
      e = fallbackEnd(s0);
      rec.problem = "its text was not found at line " + line + ", column " + column;
    }
    if (e > s) marks.push({ s, e, k: kind, p, r, label });
    else s = -1;
  };

  const sections: any[] = [];
  const walk = (list: any[]) => {
    for (const sec of list || []) {
      sections.push(sec);
      walk(sec.children);
    }
  };
  walk(doc.sections);
  const items: any[] = doc.items || [];
  const itemSection = new Map<any, any>();
  const sectionItem = new Map<any, any>();
  for (const it of items) {
    const sec = sections.find((x) => x.line === it.line && !sectionItem.has(x) && (x.role === "item" || x.column <= it.column));
    if (sec) {
      itemSection.set(it, sec);
      sectionItem.set(sec, it);
    }
  }
  for (const sec of sections) {
    if (sectionItem.has(sec)) continue;
    place("sec", sec, null, sec.line, sec.column, String(sec.marker || "") + String(sec.title || ""), 1, "H" + sec.level);
  }
  for (const it of items) {
    const sec = itemSection.get(it);
    if (sec) place("item", it, it.id, sec.line, sec.column, String(sec.marker || "") + String(sec.title || ""), 0, it.id);
    else place("item", it, it.id, it.line, it.column, String(it.heading || it.problem || ""), 0, it.id);
    (it.measures || []).forEach((m: any, k: number) => place("meas", m, it.id, m.line, m.column, String(m.text || ""), 2, "M" + (k + 1)));
    (it.outcomes || []).forEach((o: any, k: number) => place("out", o, it.id, o.line, o.column, String(o.text || ""), 2, "R" + (k + 1)));
  }
  (doc.figures || []).forEach((f: any) => {
    const s = cpIndex(f.start);
    const e = cpIndex(f.end);
    const rec: RecordRef = { kind: "fig", data: f, item: f.item_id ?? null, at: s, problem: null };
    const r = records.push(rec) - 1;
    if (s < 0 || e < 0 || e <= s) {
      rec.at = -1;
      rec.problem = "offsets " + f.start + "–" + f.end + " are not in the text";
      return;
    }
    const written = text.slice(s, e);
    if (written !== f.text) rec.problem = "offsets " + f.start + "–" + f.end + " hold “" + written + "”, not “" + f.text + "”";
    else {
      const li = lineIndexAt(starts, s);
      const col = codePointsBetween(text, starts[li], s) + 1;
      if (li + 1 !== f.line || col !== f.column) rec.problem = "offset " + f.start + " is at " + (li + 1) + ":" + col + ", not at line " + f.line + ", column " + f.column;
    }
    marks.push({ s, e, k: "fig", p: 3, r, label: "" });
  });
  return { marks, records };
}

/**
 * Splits marks into per-line pieces and nests them: a mark that crosses the end of the mark that
 * holds it is cut in two, so that every line is a proper tree of elements. Returns, for each 0-based
 * line, the top-level pieces (undefined for a line without marks).
 */
export function layoutLines(text: string, starts: number[], marks: MarkRange[]): Array<Piece[] | undefined> {
  const byLine: Array<Piece[] | undefined> = new Array(starts.length);
  for (let mi = 0; mi < marks.length; mi++) {
    const mk = marks[mi];
    if (!(mk.e > mk.s)) continue;
    let first = true;
    for (let li = lineIndexAt(starts, mk.s); li < starts.length && starts[li] < mk.e; li++) {
      const s = Math.max(mk.s, starts[li]);
      const e = Math.min(mk.e, lineEndOf(text, starts, li));
      if (e > s) {
        (byLine[li] || (byLine[li] = [])).push({ s, e, m: mi, p: mk.p, first, kids: [] });
        first = false;
      }
    }
  }
  for (let li = 0; li < byLine.length; li++) {
    const list = byLine[li];
    if (list) byLine[li] = nestPieces(list);
  }
  return byLine;
}

/** Nests pieces of one line into a tree; pieces that cross their parent's end are split. */
export function nestPieces(pieces: Piece[]): Piece[] {
  const before = (a: Piece, b: Piece) => a.s - b.s || b.e - a.e || a.p - b.p || a.m - b.m;
  const queue = pieces.slice().sort(before);
  const roots: Piece[] = [];
  const stack: Piece[] = [];
  while (queue.length) {
    const x = queue.shift() as Piece;
    while (stack.length && stack[stack.length - 1].e <= x.s) stack.pop();
    const top = stack.length ? stack[stack.length - 1] : null;
    if (top && x.e > top.e) {
      const rest: Piece = { s: top.e, e: x.e, m: x.m, p: x.p, first: false, kids: [] };
      x.e = top.e;
      let at = 0;
      while (at < queue.length && before(queue[at], rest) <= 0) at++;
      queue.splice(at, 0, rest);
    }
    (top ? top.kids : roots).push(x);
    stack.push(x);
  }
  return roots;
}

/**
 * The lines each item covers: from its heading to the line before the next item or the next heading
 * that is not inside the item's own heading. Regions never overlap.
 */
export function itemRegions(doc: any, lineCount: number): Region[] {
  const sections: Array<{ sec: any; inner: Set<any> }> = [];
  const walk = (list: any[], parents: any[]) => {
    for (const sec of list || []) {
      const entry = { sec, inner: new Set<any>() };
      for (const p of parents) p.inner.add(sec);
      sections.push(entry);
      walk(sec.children, parents.concat([entry]));
    }
  };
  walk(doc.sections, []);
  const items: any[] = (doc.items || []).slice().sort((a: any, b: any) => a.line - b.line);
  const out: Region[] = [];
  let taken = 0;
  for (const it of items) {
    const own = sections.find((x) => x.sec.line === it.line);
    let next = lineCount + 1;
    for (const other of items) if (other !== it && other.line > it.line && other.line < next) next = other.line;
    for (const x of sections) {
      if (x.sec.line <= it.line || x.sec.line >= next) continue;
      if (own && own.inner.has(x.sec)) continue;
      next = x.sec.line;
    }
    const from = Math.max(it.line, taken + 1);
    const to = Math.min(next - 1, lineCount);
    if (to >= from) {
      out.push({ item: it.id, from, to });
      taken = to;
    }
  }
  return out;
}

/** The layout functions, by name, in the order they are embedded into the page. */
export const LAYOUT_FUNCTIONS = {
  lineStartsOf,
  lineEndOf,
  lineIndexAt,
  codePointIndexer,
  codePointsBetween,
  indexOfPosition,
  foldUnit,
  isSpaceUnit,
  matchExtent,
  buildMarks,
  layoutLines,
  nestPieces,
  itemRegions,
};

/** Source text of the layout functions, as function declarations for the page's script. */
export function layoutSource(): string {
  return Object.values(LAYOUT_FUNCTIONS)
    .map((f) => f.toString())
    .join("\n");
}
