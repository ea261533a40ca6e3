// Stage 2, normalize: text → clean logical lines, each char mapped back to the original.
//   1. split into original lines;  2. cut inline junk, fold widths, trim;  3. drop junk lines;
//   4. join lines that a page break split (a line that does not end a sentence, continued by the
//      next non-blank line).
import type { Diagnostic } from "../schema/index.js";
import { opensEntry, matchMarker, isMarker, listMarkerLines, ENUMERATION_RE } from "../segment/rules/index.js";
import { matchFieldLabel } from "../segment/fields.js";
import { isSignoffDate, isSignoffOrg, isSignoffOrgs, isSignoffSeal, isSignoffOrgAndDate, isContactLine, ATTACHMENT_HEAD, CLOSING } from "./signoff.js";
import { SourceText, displayColumns } from "./source.js";
import { LINE_JUNK, inlineJunkSpans, blockJunkSpans, isRuleLine, bylineEnd, END_LINE, entitySpans, tagBreaks, inlineTagsAcrossLines } from "./junk.js";
import { isRedHeader, isDocNumber, isMasthead } from "./letterhead.js";
import { joinTableCells, rebuildTables, rebuildHeaderless } from "./cells.js";
import { NUMBER_COLUMN } from "../segment/table.js";
import { foldString, foldCode } from "./fold.js";
import { HAN } from "../text/han.js";
import { isUnbroken, isLoneLine, unbrokenBreaks, FLAT_LINE, LONE_LINE, TITLE_END } from "./unbroken.js";
import { offsetArray, offsetCopy } from "./offsets.js";
import { splitColumns } from "./columns.js";
import { lineNumberPrefixes } from "./linenumbers.js";
import { dropStamps } from "./stamps.js";

export { SourceText } from "./source.js";
export { isRedHeader, isDocNumber, isEditorLine, ISSUE, MASTHEAD, EDITOR_LABEL, EDITOR_WORD } from "./letterhead.js";
export { ORG_END, isSignoffDate, isSignoffOrg, isSignoffOrgs, isSignoffSeal, isSignoffOrgAndDate, isContactLine, withoutSeal, isCopyRecord, ATTACHMENT_HEAD, CLOSING } from "./signoff.js";
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
  /** Whether junk lines (a page number, page chrome) were dropped right before this line. */
  junkBefore: boolean;
  /**
   * A table row set back into one line (cells.ts): where a cell's text went on after a line break
   * written inside the cell (a spreadsheet's or a quoted CSV cell's), so that each line stays an entry.
   */
  cellBreaks?: number[];
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
  let junkBefore = false;
  // Bare numbers dropped as page numbers: a table's row numbers, when a table was flattened.
  const numbers: CleanLine[] = [];
  // Original line numbers of kept lines right after a page break — a PDF page number, or a form
  // feed (pdftotext's page break) at the start or end of a line: only there may a running header
  // stand. Other page chrome is no page break.
  const afterPageBreak = new Set<number>();
  let pageBreakBefore = false;
  // Of those, the lines after a break that was only bare numbers (a flattened table's row numbers, maybe).
  const afterBare = new Set<number>();
  let bareOnly = true;
  // Lines of 01 02 03 alone, kept for now (see settleSectionNumbers).
  const held: Held[] = [];
  const feeds = text.indexOf("\f") >= 0;
  // Few line breaks for its length: a notice flattened onto a line or a few (see unbroken.ts).
  const unbroken = isUnbroken(text.length, source.lineCount);
  // (a short notice on one line: the average says nothing of it; see unbroken.ts)
  const lone = !unbroken && text.length >= LONE_LINE && isLoneLine(text, source.lineStarts);
  const flat = unbroken || lone;
  const flatLine = lone ? LONE_LINE : FLAT_LINE;
  let feedAfter = false;
  // Junk blocks that may cross lines (<script>, <style>, comments): sorted, merged.
  const blocks = blockJunkSpans(text);
  let bi = 0;
  // A line-number column down the page's edge (1  中共… / 2  关于… / 3): cut; a number alone is a blank line.
  const numbered = lineNumberPrefixes(text, source.lineStarts);
  // Where inline tags broken across lines end (sorted), and the first offsets of the lines they glue on.
  const glueEnds = inlineTagsAcrossLines(text);
  let gi = 0;
  const glued = new Set<number>();
  const pieces: Piece[] = [];
  const tags: LineTags = { first: -1, last: -2 };
  let inPara = false;
  // Original lines that block tags split into several (their widths are measured piece by piece).
  const split = new Uint8Array(source.lineCount);
  // A WeChat byline (原创 … 2024年06月05日 18:30) near the top: its lines are dropped up to this one.
  let bylineTo = -1;
  const rawLine = (k: number): string | null => {
    if (k >= source.lineCount) return null;
    const e = k + 1 < source.lineCount ? source.lineStarts[k + 1] : text.length;
    return foldString(text.slice(source.lineStarts[k], Math.min(e, source.lineStarts[k] + 200))).trim();
  };
  for (let li = 0; li < source.lineCount; li++) {
    const start = source.lineStarts[li];
    let end = li + 1 < source.lineCount ? source.lineStarts[li + 1] : text.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    if (li < 30 && bylineTo < li && raw.length < 8) bylineTo = bylineEnd(rawLine, li);
    if (li <= bylineTo) {
      junkLines++;
      junkBefore = true;
      continue;
    }
    if (feeds) {
      if (feedAfter || feedAtEdge(text, start, end, 1)) {
        junkBefore = pageBreakBefore = true;
        bareOnly = false;
      }
      feedAfter = feedAtEdge(text, start, end, -1);
    }
    while (bi < blocks.length && blocks[bi][1] <= start) bi++;
    while (gi < glueEnds.length && glueEnds[gi] < start) gi++;
    const cuts: Array<[number, number]> = [];
    for (let k = bi; k < blocks.length && blocks[k][0] < end; k++) cuts.push([Math.max(0, blocks[k][0] - start), Math.min(end, blocks[k][1]) - start]);
    const lead = numbered.size ? numbered.get(li) : undefined;
    if (lead !== undefined) {
      if (start + lead >= end) {
        blank++;
        continue;
      }
      cuts.push([0, lead]);
    }
    if (cuts.length === 1 && cuts[0][0] === 0 && cuts[0][1] === end - start && end > start) {
      junkLines++; // a line wholly inside a junk block
      junkBefore = true;
      continue;
    }
    // An HTML line may hold several lines of text, broken by block tags (<p>, <br/>, </div>); a
    // notice flattened onto one line (no tags), the lines it was flattened from.
    const count = flat && end - start >= flatLine && !hasTagIn(text, start, end) ? cleanUnbroken(text, start, end, cuts, pieces, tags) : cleanLine(text, start, end, cuts, pieces, tags);
    if (count > 1) split[li] = 1;
    if (count === 0) blank++;
    // Inside an HTML paragraph (<p>… on a line above, text after it, not closed), a line break is
    // a space: the line's text before its first block tag goes on with that paragraph's.
    if (inPara && count > 0 && (tags.first < 0 || pieces[0].offsets[0] - start < tags.first)) glued.add(pieces[0].offsets[0]);
    if (count === 0 || tags.last === -1) inPara = false;
    else if (tags.last >= 0) {
      const lastPiece = pieces[count - 1];
      inPara = lastPiece.offsets[lastPiece.offsets.length - 1] - start >= tags.last;
    }
    for (let p = 0; p < count; p++) {
      const clean = pieces[p];
      let junk = LINE_JUNK.find((r) => r.test(clean.text));
      // 01 alone on its line may number a web article's section: kept until the whole run is seen.
      if (junk && junk.name === "page-number" && PADDED_NUMBER.test(clean.text)) {
        held.push({ at: raw.length, bare: bareOnly });
        junk = undefined;
      }
      // A picture's caption stands where the picture did, between paragraphs: a blank line.
      if (junk?.name === "image-caption") {
        junkLines++;
        blank++;
        bareOnly = false;
        continue;
      }
      if (junk) {
        if (clean.text.length <= 3 && /^\d+$/.test(clean.text)) numbers.push({ text: clean.text, offsets: clean.offsets, line: li + 1, joined: 1, blankBefore: blank, junkBefore });
        else bareOnly = false;
        junkLines++;
        junkBefore = true;
        if (junk.name === "page-number" || junk.name === "page-number-and-header" || junk.name === "page-address") pageBreakBefore = true;
        continue; // dropped, and not counted as a blank line either
      }
      if (isRuleLine(clean.text)) {
        blank++;
        continue;
      }
      // The line's text goes on from the line above, an inline tag broken across them.
      if (p === 0 && gi < glueEnds.length && glueEnds[gi] <= clean.offsets[0] && glueEnds[gi] >= start) glued.add(clean.offsets[0]);
      // Written out: an object spread here cost more than cleaning the line (V8 11, Node 20).
      raw.push({ text: clean.text, offsets: clean.offsets, line: li + 1, joined: 1, blankBefore: blank, junkBefore });
      if (pageBreakBefore) {
        afterPageBreak.add(li + 1);
        if (bareOnly) afterBare.add(li + 1);
      }
      blank = 0;
      junkBefore = false;
      pageBreakBefore = false;
      bareOnly = true;
    }
  }
  if (held.length) junkLines += settleSectionNumbers(raw, held, numbers, afterPageBreak, afterBare);
  junkLines += dropLeadingMenu(raw) + dropTrailingMatter(raw);
  if (junkLines > 0) {
    diagnostics.push({ level: "info", code: "junk-lines-removed", message: `${junkLines} advert or page-chrome line(s) removed`, line: null });
  }
  // A raw line's width as printed, its indentation included (cached by original line).
  const widths = new Int32Array(source.lineCount).fill(-1);
  const columns = (l: CleanLine): number => {
    const k = l.line - 1;
    if (split[k]) return displayColumns(text, l.offsets[0], l.offsets[l.offsets.length - 1] + 1);
    if (widths[k] < 0) widths[k] = displayColumns(text, source.lineStarts[k], l.offsets[l.offsets.length - 1] + 1);
    return widths[k];
  };
  const rows = new Set<CleanLine>();
  // (a PDF's two columns printed side by side: the left column's lines, then the right's)
  const read = splitColumns(raw, text, source.lineStarts, split);
    // (a stamp or watermark printed on every page, alone or run into a line: see stamps.ts)
  const stamped = dropStamps(dropPageHeaders(read, afterPageBreak, afterBare, diagnostics), afterPageBreak);
  if (stamped.cut) diagnostics.push({ level: "info", code: "page-stamps-removed", message: `${stamped.cut} page stamp or watermark ${stamped.cut === 1 ? "copy" : "copies"} removed`, line: null });
  const lines = joinBrokenLines(rebuildHeaderless(rebuildTables(joinTableCells(stamped.lines, numbers, rows), source, rows), source, rows, numbers), columns, rows, glued);
  return { source, lines, diagnostics };
}

// A section number as WeChat and web articles set it (01 02 03), a page number's shape.
const PADDED_NUMBER = /^0[1-9]$/;

/** A line of 01 alone, kept in raw at `at`; `bare`: only bare numbers were dropped since the line before it. */
interface Held {
  at: number;
  bare: boolean;
}

/**
 * Whether the lines of 01 02 03 alone number an article's sections rather than its pages: they
 * count 01, 02, 03 … through the document, each stands under a paragraph's end (a page number
 * often cuts a sentence) and over a short heading of its own (a page's first line goes on with
 * the text, and a running header repeats) with text below that, and no one-cell-a-line table
 * (序号 alone) stands above them, whose row numbers they would be.
 */
function numbersSections(raw: CleanLine[], held: Held[]): boolean {
  if (held.length < 2) return false;
  const last = held[held.length - 1].at;
  for (let k = 0; k < last; k++) if (raw[k].text.length <= 2 && NUMBER_COLUMN.test(raw[k].text)) return false;
  const headings = new Set<string>();
  for (let h = 0; h < held.length; h++) {
    const k = held[h].at;
    if (Number(raw[k].text) !== h + 1) return false;
    const head = raw[k + 1]?.text;
    const body = raw[k + 2];
    if (head === undefined || body === undefined || PADDED_NUMBER.test(body.text)) return false;
    // (a heading may read as a field's label alone: 整改落实情况; not as one with its value)
    if (head.length < 2 || head.length > 30 || SENTENCE_END.test(head) || /[，、,:;]$/.test(head) || PADDED_NUMBER.test(head) || opensEntry(head) || matchFieldLabel(head)?.bare === false || headings.has(head)) return false;
    headings.add(head);
    // A section ends a paragraph (or the title, or a short line such as a date); a page ends
    // anywhere, mostly in mid-sentence on a line as wide as the page.
    const prev = raw[k - 1]?.text;
    if (prev !== undefined && !SENTENCE_END.test(prev) && !TITLE_END.test(prev) && (prev.length > 16 || /[，、,:;]/.test(prev))) return false;
  }
  return true;
}

/**
 * Keeps the held lines of 01 02 03 where they number sections; else drops them as the page
 * numbers they are, as the line loop would have: the line after each counts as after a page
 * break (and after bare numbers only, a flattened table's row numbers maybe). Returns how many
 * lines were dropped.
 */
function settleSectionNumbers(raw: CleanLine[], held: Held[], numbers: CleanLine[], afterPageBreak: Set<number>, afterBare: Set<number>): number {
  if (numbersSections(raw, held)) return 0;
  for (let h = held.length - 1; h >= 0; h--) {
    const { at, bare } = held[h];
    const [l] = raw.splice(at, 1);
    numbers.push(l);
    const next = raw[at];
    if (!next) continue;
    const onlyBare = bare && (!afterPageBreak.has(next.line) || afterBare.has(next.line));
    raw[at] = { ...next, blankBefore: next.blankBefore + l.blankBefore, junkBefore: true };
    afterPageBreak.add(next.line);
    if (onlyBare) afterBare.add(next.line);
    else afterBare.delete(next.line);
  }
  numbers.sort((a, b) => a.offsets[0] - b.offsets[0]);
  return held.length;
}

// A menu item of a site's navigation: a word or two, nothing else.
const MENU_ITEM = new RegExp(`^[${HAN}A-Za-z]{2,6}$`);

/**
 * A site's navigation menu printed one item a line at the top of the page (首页 / 机构概况 / 工作
 * 动态 / 巡视巡察), under the site's name perhaps: three or more such lines in a row after page chrome
 * (its 首页), starting within the first three lines; and a sidebar's list of related articles. The
 * title's first line took them in. Returns how many lines were dropped.
 */
// What a page's own title (the browser tab's) sets after the notice's title: a separator, the site's name.
const SITE_AFTER_TITLE = /^\s*(?:[-_|｜—–－·•]{1,2}|——)\s*[^\s\-_|｜—–－·•][^。，,；;]{1,40}$/;

function dropLeadingMenu(raw: CleanLine[]): number {
  let n = 0;
  // A page's own title over the notice (关于…的通报-某某县人民政府, …的通报_某某网) when the
  // notice's title follows a few lines below (the page's heading): only the heading is the title.
  for (let k = 0; k < 3 && k < raw.length; k++) {
    const t = raw[k].text;
    for (let j = k + 1; j < raw.length && j <= k + 8; j++) {
      const h = raw[j].text;
      if (h.length >= 6 && h.length < t.length && t.startsWith(h) && SITE_AFTER_TITLE.test(t.slice(h.length))) {
        raw.splice(k, 1);
        n++;
        k = 3;
        break;
      }
    }
  }
  // A sidebar's related articles above the notice: the list's heading and the titles right under
  // it, when a blank line or page chrome sets them apart from what follows.
  for (let k = 0; k < 8 && k < raw.length; k++) {
    if (!RELATED_LIST.test(raw[k].text)) continue;
    let e = k + 1;
    while (e < raw.length && e - k <= 10 && raw[e].blankBefore === 0 && !raw[e].junkBefore && raw[e].text.length <= 40 && !/[。，,；;]/.test(raw[e].text)) e++;
    if (e < raw.length && (raw[e].blankBefore > 0 || raw[e].junkBefore)) {
      raw.splice(k, e - k);
      n += e - k;
    }
    break;
  }
  for (let a = 0; a < 3 && a < raw.length; a++) {
    // Its first item 首页 was dropped as chrome: a menu starts after page chrome.
    if (!raw[a].junkBefore) continue;
    let b = a;
    while (b < raw.length && MENU_ITEM.test(raw[b].text)) b++;
    if (b - a >= 3) {
      raw.splice(a, b - a);
      return n + b - a;
    }
  }
  return n;
}

// After a sign-off: a remark in brackets（此件公开发布） is the notice's; an attachment is read by segment.
const AFTER_SIGNOFF_KEPT = /^[(（][^()（）]{1,20}[)）]$/;
const ATTACHMENT_OR_APPENDIX = /^附(?:件|表|录|[:：])/;
// The heading of a page's list of other articles: 相关新闻, 相关阅读：, 推荐阅读, 延伸阅读.
// (a WeChat account's own: 往期推荐, 往期回顾, 精彩回顾)
const RELATED_LIST = /^(?:相关(?:新闻|文章|阅读|链接|报道|推荐|信息|资讯|内容)|(?:推荐|延伸|热点|热门|精彩|往期|更多)(?:阅读|推荐|文章|新闻|回顾|精选)|猜你喜欢)\s*[:：]?$/;

/** A page's matter below the notice, dropped (see dropAfterNotice). Returns how many lines were dropped. */
function dropTrailingMatter(raw: CleanLine[]): number {
  // END under a WeChat article's text: what follows is the account's (its byline, recommended
  // articles, QR code), whatever it holds. END is never a notice's own line.
  let n = 0;
  for (let k = raw.length - 1; k > 0; k--) {
    if (raw[k].text.length > 20 || !END_LINE.test(raw[k].text)) continue;
    n = raw.length - k;
    raw.length = k;
    break;
  }
  return n + dropAfterNotice(raw);
}

/**
 * A scraped page's matter below the notice: what follows its sign-off (an organisation line,
 * perhaps a seal mark, then a date line; or the date first, then the organisations), or a list of
 * related articles (相关新闻 and the titles under it) when the notice has no sign-off: the site's
 * footer with its own address and phone, QR-code captions. It is not the notice's, but the last
 * item's body and the contact block ran on into it. Dropped, in place, unless an attachment or a
 * paragraph (a line with 。 longer than a caption) stands below it: then it is not the page's end
 * (a sidebar's list above the notice, a sign-off above its attachment). Returns how many lines were dropped.
 */
function dropAfterNotice(raw: CleanLine[]): number {
  const orgAt = (k: number) => k >= 0 && k < raw.length && raw[k].text.length <= 40 && (isSignoffOrg(raw[k].text) || isSignoffSeal(raw[k].text));
  let from = raw.length; // the first line of that matter
  // Up from the end, never past the notice's own text: a paragraph, an attachment or a heading
  // (an organisation and a date line inside the notice, 责任单位： over them, are no sign-off then).
  for (let k = raw.length - 1; k > 0; k--) {
    const t = raw[k].text;
    if ((t.length > 40 && /[。；;]/.test(t)) || ATTACHMENT_OR_APPENDIX.test(t) || opensEntry(t)) break;
    if (t.length > 24) continue;
    if (RELATED_LIST.test(t)) from = k;
    else if (isSignoffDate(t)) {
      let end = -1; // the sign-off's last line
      if (orgAt(k - 1)) end = k;
      else if (orgAt(k + 1)) {
        end = k + 1;
        while (orgAt(end + 1) && end - k < 3) end++;
      }
      if (end >= 0) {
        from = Math.min(from, end + 1);
        break;
      }
    }
  }
  if (from >= raw.length) return 0;
  const after = raw.slice(from);
  const kept = after.filter((l) => AFTER_SIGNOFF_KEPT.test(l.text));
  raw.splice(from, after.length, ...kept);
  return after.length - kept.length;
}

// A running header is short, or a title repeated on every page (up to 60 characters, no pause).
// Measured without its spaces: a header set across the page's width (巡察工作简报      2024年第12期)
// pads its two halves apart.
const headerLength = (t: string): boolean => {
  const n = t.length <= 30 ? t.length : t.replace(/ {2,}/g, " ").length;
  return n <= 30 || (n <= 60 && !/[，,。；;]/.test(t));
};

/** Whether a form feed stands among the spaces that open (dir 1) or close (dir -1) text[start, end). */
function feedAtEdge(text: string, start: number, end: number, dir: 1 | -1): boolean {
  for (let i = dir === 1 ? start : end - 1; i >= start && i < end; i += dir) {
    const c = text.charCodeAt(i);
    if (c === 12) return true;
    if (foldCode(c) !== 32) return false;
  }
  return false;
}

/**
 * A PDF's running header: the same short line right after two or more page numbers (中共某某大学
 * 委员会 at the top of each page), or right before them (a header printed above the page number at
 * the top, with no sentence end; not above a bare number, which may be a table's row number). Those
 * copies go; the line after one continues what the page break cut, as after the page number itself.
 * Elsewhere (the sign-off) the line stays. Other page chrome is no page break: a web page's title
 * shown again under its metadata line stays.
 */
function dropPageHeaders(raw: CleanLine[], afterPageBreak: ReadonlySet<number>, afterBare: ReadonlySet<number>, diagnostics: Diagnostic[]): CleanLine[] {
  let counts: Map<string, number> | null = null;
  // A line that opens an entry or a field (整改时限：长期坚持 after each page break) is content.
  // An organisation over a date line (one or two organisations above it) is a sign-off, also when
  // a page break stands above it and the same name heads the first page: it is never a copy.
  const signsOff = (k: number) => isSignoffOrg(raw[k].text) && (isSignoffDate(raw[k + 1]?.text ?? "") || (isSignoffOrg(raw[k + 1]?.text ?? "") && isSignoffDate(raw[k + 2]?.text ?? "")));
  // (above a bare number only when it is not a flattened table's row number: 已完成 ends a row)
  const atBreak = (k: number) => afterPageBreak.has(raw[k].line) || (k + 1 < raw.length && afterPageBreak.has(raw[k + 1].line) && !afterBare.has(raw[k + 1].line) && !SENTENCE_END.test(raw[k].text));
  // The notice's title, or its issuer (above the title, or signing it), printed again right after
  // a page break is the running header even once (a header on page 2 only), when it is the whole
  // line: a PDF never breaks a page before the title itself again.
  let top: TopLines | null = null;
  const copyOfTop = (k: number): boolean => {
    // (an organisation over its seal mark signs the notice: 某某局党组 / （印） / 2024年6月1日)
    if (!afterPageBreak.has(raw[k].line) || raw[k].text.length > 80 || isSignoffSeal(raw[k + 1]?.text ?? "")) return false;
    top ??= topLines(raw, signsOff);
    if (k <= top.titleAt) return false;
    const t = raw[k].text.replace(/\s+/g, "");
    return top.texts.has(t) || shortensTitle(t, top);
  };
  let once = false;
  for (let k = 0; k < raw.length; k++) {
    const l = raw[k];
    if (!atBreak(k) || opensEntry(l.text) || matchFieldLabel(l.text) || signsOff(k)) continue;
    if (headerLength(l.text)) (counts ??= new Map()).set(l.text, (counts.get(l.text) ?? 0) + 1);
    once ||= copyOfTop(k);
  }
  if (!once && (!counts || ![...counts.entries()].some(([t, n]) => n >= 2 || isDocNumber(t) || isRedHeader(t)))) return raw;
  counts ??= new Map();
  const out: CleanLine[] = [];
  let dropped = 0;
  let carry = false;
  for (let k = 0; k < raw.length; k++) {
    const l = raw[k];
    // A document number (某巡办〔2024〕12号) or a red header (某某局文件) after a page break is the
    // running header even once: the notice's own lines never stand so.
    const copy = (counts.get(l.text) ?? 0) >= 2 || (afterPageBreak.has(l.line) && (isDocNumber(l.text) || isRedHeader(l.text))) || (once && !opensEntry(l.text) && !matchFieldLabel(l.text) && copyOfTop(k));
    if (atBreak(k) && copy && !signsOff(k)) {
      dropped++;
      carry = true;
      continue;
    }
    if (carry && !l.junkBefore) out.push({ ...l, junkBefore: true });
    else out.push(l);
    carry = false;
  }
  diagnostics.push({ level: "info", code: "page-headers-removed", message: `${dropped} running page header line(s) removed`, line: null });
  return out;
}

interface TopLines {
  /** Index of the title's last line (-1: no title found: then nothing is a copy). */
  titleAt: number;
  /** Spaces removed: the title (its lines joined), and the organisations that issue the notice. */
  texts: Set<string>;
  /** Spaces removed: the title, its lines joined ("" when none), and the organisations. */
  title: string;
  orgs: string[];
}

/**
 * Whether a line is the title cut short, as a PDF prints it over each page (市某某局党组巡察整改
 * 情况通报 for 关于市委第二巡察组对市某某局党组巡察整改情况的通报), perhaps after its issuer's
 * name: a title's words in its order, some left out, ending as a title ends, with no pause.
 */
function shortensTitle(t: string, top: TopLines): boolean {
  if (t.length < 8 || t.length > 40 || !TITLE_END.test(t) || /[，,。；;：:]/.test(t) || t.length >= top.title.length) return false;
  if (keepsOrder(t, top.title)) return true;
  for (const org of top.orgs) if (t.startsWith(org) && keepsOrder(t.slice(org.length), top.title)) return true;
  return false;
}

/** Whether every character of `a` stands in `b`, in order. */
function keepsOrder(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    j = b.indexOf(a[i], j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/**
 * The lines a page's running header may copy: the title (ending with 通报, 报告… within the first
 * lines; as one line, or its lines joined), the organisations above it (a letterhead; a red
 * header without its 文件) and those of the sign-off.
 */
function topLines(raw: CleanLine[], signsOff: (k: number) => boolean): TopLines {
  const texts = new Set<string>();
  const squeezed = (k: number) => raw[k].text.replace(/\s+/g, "");
  let titleAt = -1;
  for (let k = 0; k < raw.length && k < 8; k++) {
    if (TITLE_END.test(squeezed(k))) {
      titleAt = k;
      break;
    }
  }
  if (titleAt < 0) return { titleAt, texts, title: "", orgs: [] };
  let joined = "";
  for (let i = titleAt; i >= 0 && i >= titleAt - 3; i--) {
    const t = squeezed(i);
    if (i < titleAt && (SENTENCE_END.test(t) || t.length > 40 || isDocNumber(t))) break;
    joined = t + joined;
    texts.add(joined);
  }
  const orgs: string[] = [];
  for (let k = 0; k < titleAt; k++) {
    const t = squeezed(k);
    if (isSignoffOrg(t)) orgs.push(t);
    else if (isRedHeader(t)) orgs.push(t.slice(0, -2));
  }
  for (let k = titleAt + 1; k < raw.length; k++) if (signsOff(k)) orgs.push(squeezed(k));
  for (const o of orgs) texts.add(o);
  return { titleAt, texts, title: joined, orgs };
}

interface Piece {
  text: string;
  offsets: Int32Array;
}

/** A line's block tags, as cleanLine found them (offsets in the line). */
interface LineTags {
  /** where the first block tag starts (-1: none) */
  first: number;
  /** the end of the paragraph-opening tag that is the last block tag (-1: the last one closes or breaks; -2: none) */
  last: number;
}

/**
 * Cleans one original line into `out`: junk cut (block spans given, inline rules found here),
 * entities decoded, widths folded, outer spaces trimmed; split where a block tag (<p>, <br/>)
 * stood. Returns how many pieces it holds (0 when the line is empty). Most lines have no junk:
 * they are folded as one string.
 */
function cleanLine(text: string, start: number, end: number, cuts: Array<[number, number]>, out: Piece[], tags: LineTags): number {
  const s = text.slice(start, end);
  tags.first = -1;
  tags.last = -2;
  for (const c of inlineJunkSpans(s)) cuts.push(c);
  // An entity is decoded: its first unit stands for the character, the rest is cut.
  let subs: Map<number, string> | null = null;
  if (s.indexOf("&") >= 0) {
    for (const [a, b, c] of entitySpans(s)) {
      if (c) (subs ??= new Map()).set(a, c);
      cuts.push([c ? a + 1 : a, b]);
    }
  }
  if (cuts.length === 0) {
    // The usual line: nothing cut. Trim (every kind of space folds to ' ') before allocating.
    let a = 0;
    let b = s.length;
    while (a < b && foldCode(s.charCodeAt(a)) === 32) a++;
    while (b > a && foldCode(s.charCodeAt(b - 1)) === 32) b--;
    if (a === b) return 0;
    const offsets = offsetArray(b - a);
    for (let i = 0; i < b - a; i++) offsets[i] = start + a + i;
    out[0] = { text: foldString(a === 0 && b === s.length ? s : s.slice(a, b)), offsets };
    return 1;
  }
  const keep = new Uint8Array(s.length).fill(1);
  for (const [a, b] of cuts) keep.fill(0, a, b);
  // Block tags break the line: at each, a new piece starts (they are cut, as every tag is). A
  // cell's tag stands for a space, the tag's < its offset: a table's row is one line of cells.
  const breaks: number[] = [];
  if (s.indexOf("<") >= 0) {
    const cells: number[] = [];
    tags.last = tagBreaks(s, breaks, cells);
    if (breaks.length) tags.first = breaks[0];
    for (const c of cells) {
      keep[c] = 1;
      (subs ??= new Map()).set(c, " ");
    }
  }
  const offsets = new Int32Array(s.length);
  const parts: string[] = [];
  const bounds: number[] = []; // kept length at each break
  let n = 0;
  let bk = 0;
  for (let i = 0; i < s.length; ) {
    while (bk < breaks.length && breaks[bk] <= i) {
      bounds.push(n);
      bk++;
    }
    if (!keep[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && keep[j] && !(bk < breaks.length && breaks[bk] === j)) offsets[n++] = start + j++;
    // (a decoded entity's unit ends its run: the rest of the entity is cut)
    const sub = subs?.get(j - 1);
    parts.push(sub === undefined ? s.slice(i, j) : s.slice(i, j - 1) + sub);
    i = j;
  }
  const folded = foldString(parts.join(""));
  bounds.push(n);
  let count = 0;
  let from = 0;
  for (const to of bounds) {
    // Trim spaces (after folding, every kind of space is ' ').
    let a = from;
    let b = to;
    while (a < b && folded.charCodeAt(a) === 32) a++;
    while (b > a && folded.charCodeAt(b - 1) === 32) b--;
    if (a < b) out[count++] = { text: folded.slice(a, b), offsets: offsetCopy(offsets, a, b) };
    from = to;
  }
  return count;
}

/** Whether text[start, end) holds a tag's < (an HTML line: its block tags say where its lines break). */
function hasTagIn(text: string, start: number, end: number): boolean {
  const at = text.indexOf("<", start);
  return at >= 0 && at < end;
}

/** cleanLine over each of the lines a flattened line breaks into (see unbroken.ts), in order. */
function cleanUnbroken(text: string, start: number, end: number, cuts: Array<[number, number]>, out: Piece[], tags: LineTags): number {
  const breaks = unbrokenBreaks(text, start, end);
  if (!breaks.length) return cleanLine(text, start, end, cuts, out, tags);
  breaks.push(end);
  const sub: Piece[] = [];
  let count = 0;
  let from = start;
  for (const to of breaks) {
    // (cuts are relative to the line's start: each line's share, relative to its own)
    const own: Array<[number, number]> = [];
    for (const [a, b] of cuts) {
      const x = Math.max(a, from - start);
      const y = Math.min(b, to - start);
      if (x < y) own.push([x - (from - start), y - (from - start)]);
    }
    const n = cleanLine(text, from, to, own, sub, tags);
    for (let k = 0; k < n; k++) out[count++] = sub[k];
    from = to;
  }
  return count;
}

// A line ending with one of these ends a sentence or a paragraph.
const SENTENCE_END = /[。！？；!?;…]["”’」』)）]*$/;
const CLOSERS_ONLY = /^["”’」』)）]+$/;
const OPEN_CLOSE: Array<[string, string]> = [["“", "”"], ["(", ")"], ["《", "》"], ["‘", "’"], ["「", "」"], ["【", "】"]];

/**
 * A logical line being built from original lines. continues() reads only its edges and running
 * counts, kept up to date as lines join (and worked out only when asked for), so a long run of
 * joined lines (a 2 MB file of lines that end in a comma) is never re-scanned or re-copied:
 * joining stays linear.
 */
interface Building {
  lines: CleanLine[];
  /** The first and last EDGE units of the joined text. */
  head: string;
  tail: string;
  length: number;
  /** Unclosed depth of each OPEN_CLOSE pair over lines[0, depthUpTo). */
  depth: Int32Array;
  depthUpTo: number;
  /** Printed width (displayColumns) of lines[0, colUpTo). */
  columns: number;
  colUpTo: number;
  /** Whether lines[0, pauseUpTo) hold ， , or 。 */
  pause: boolean;
  pauseUpTo: number;
}

const EDGE = 64;
const OPENERS = OPEN_CLOSE.map(([o]) => o.charCodeAt(0));
const CLOSERS = OPEN_CLOSE.map(([, c]) => c.charCodeAt(0));

function building(line: CleanLine): Building {
  return { lines: [line], head: line.text.slice(0, EDGE), tail: line.text.slice(-EDGE), length: line.text.length, depth: new Int32Array(OPEN_CLOSE.length), depthUpTo: 0, columns: 0, colUpTo: 0, pause: false, pauseUpTo: 0 };
}

function addTo(b: Building, line: CleanLine): void {
  const t = line.text;
  b.lines.push(line);
  if (b.head.length < EDGE) b.head = (b.head + t).slice(0, EDGE);
  b.tail = t.length >= EDGE ? t.slice(-EDGE) : (b.tail + t).slice(-EDGE);
  b.length += t.length;
}

/** Whether an OPEN_CLOSE pair is left open, as `unbalanced(joined text)` would say. */
function isOpen(b: Building): boolean {
  for (; b.depthUpTo < b.lines.length; b.depthUpTo++) {
    const t = b.lines[b.depthUpTo].text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      const o = OPENERS.indexOf(c);
      if (o >= 0) b.depth[o]++;
      else {
        const k = CLOSERS.indexOf(c);
        if (k >= 0 && b.depth[k] > 0) b.depth[k]--;
      }
    }
  }
  return b.depth.some((d) => d > 0);
}

function columnsOf(b: Building, columns: Columns): number {
  for (; b.colUpTo < b.lines.length; b.colUpTo++) b.columns += columns(b.lines[b.colUpTo]);
  return b.columns;
}

// A heading that ends with one of these words is whole, unless the next line plainly goes on
// with it (不规范, 的问题, 方面): `三、下一步工作打算` then `持续巩固整改成果` are two lines.
const HEADING_DONE = /(?:情况|打算|安排|计划|方面|问题|工作|措施|成效|要求|部署|目标|举措|思路|建议|意见|进展|说明|概述)$/;
const TAIL_START = /^(?:的|之|不|未|和|与|及|或|等|中|上|下|方面|问题|情况|工作|建设|管理|落实|执行|到位)/;
// Cells of a table row or header: three or more runs of two or more characters split by spaces.
const TABLE_ROW = /^\S{2,}(?: +\S{2,}){2,}$/;

const METADATA = /发布(?:时间|日期)|来源[:：]|浏览|责任编辑|作者[:：]/;
const SITE_NAME = /(?:网站|门户|官网|政府网|政务网|新闻网|信息网|廉政网|监察网|客户端|公众号)$/;
const STATUS_LEAD = /^(?:已|正在|目前|现已|基本|尚未|仍在|持续|整改中|完成|(?:均|都|全部)(?:已|整改|办理|完成|到位|办结|销号))/;

/**
 * Whether a line opens with a short clause ended by 。 (its only punctuation): the tail of a
 * heading (`防控不到位。`), the rest of the line, if any, being the heading's body.
 */
function endsShortClause(t: string): boolean {
  const end = t.search(/[。！？；]/);
  return end > 0 && end <= 20 && !/[，,、：:“”"（）()]/.test(t.slice(0, end));
}

/**
 * Whether the label of an item's body (整改措施：, 存在问题：) follows the short clause a line opens
 * with (够。整改措施：…). Not a deadline's or a status's, which may follow a measure (精简会议。整改时限：…).
 */
function labelAfterClause(t: string): boolean {
  let i = t.search(/[。！？；]/) + 1;
  while (t.charCodeAt(i) === 32) i++;
  const label = i > 0 ? matchFieldLabel(t.slice(i, i + 16)) : null;
  return label !== null && (label.field === "measures" || label.field === "problem");
}

// Words a list's lead-in ends with (采取了以下措施 / 具体如下), or a heading: a marker after them opens the list.
const LEAD_IN_END = /(?:如下|以下|包括|下列|几点|为|是|有)$/;
/**
 * Whether a page break or a wrap cut a sentence just before a number that belongs to it (…并按照 /
 * （1）号文件要求…): a body line in mid-sentence — ended by a comma before blank lines or page chrome,
 * or by a word that needs more, or the number followed by its unit — and not a lead-in. After a
 * sentence ends, a marker still opens an entry.
 */
function cutBeforeMarker(prev: Building, next: CleanLine, listed: Set<CleanLine>): boolean {
  if (ENUMERATION_RE.test(next.text)) return false;
  const { head, tail } = prev;
  if (isMarker(matchMarker(head), listed.has(prev.lines[0]))) return false;
  const bare = tail.replace(/[，、,]$/, "");
  if (HEADING_DONE.test(bare) || LEAD_IN_END.test(bare)) return false;
  // A comma is cut only by a page break; a word that needs more, or a unit after the number, by any wrap.
  // (and never before a line that reads as a heading: 群众反映强烈， / 第 3 页 / （三）关于…的问题)
  if (bare !== tail) return (next.blankBefore > 0 || next.junkBefore) && !readsAsHeading(next.text);
  // A line that only lost its full stop ends on any word; one cut in mid-sentence ends on a word
  // that needs more (按照, 依据, 的), or goes on with a unit after the number (（1）号文件, 第（2）项).
  if (!/[，、,]/.test(tail)) return false;
  const m = matchMarker(next.text);
  return CUT_WORD.test(tail) || (m !== null && m.markerLength === m.textStart && UNIT_AFTER.test(next.text.slice(m.textStart)));
}
const CUT_WORD = /(?:[的和与及对在把将为从向被以并或按照据经由于至第]|根据|按照|依据|依照|对照|参照|关于)$/;
const UNIT_AFTER = /^[号项条款章节点]/;

// A heading's line that ends so is unfinished (not 目的, a word of its own).
const DANGLING = /(?:[，,、]|(?<!目)的)$/;
/** Whether a line reads as the rest of a heading: short, no pause before its first sentence end. */
function headingRest(t: string): boolean {
  const end = t.search(/[。！？；;!?]/);
  const clause = end < 0 ? t : t.slice(0, end);
  return clause.length <= 40 && !/[，,]/.test(clause);
}

/**
 * Whether a line that opens with a marker reads as a heading of its own (（三）关于…的问题, 1.建立台账,
 * （二）作风建设方面): its text opens with 关于/针对, or is short with no pause or sentence end. A
 * sentence cut before a number of its own goes on with a unit or a clause (（1）号文件要求…。).
 */
function readsAsHeading(t: string): boolean {
  const m = matchMarker(t);
  if (!m) return false;
  const rest = t.slice(m.textStart);
  return /^(?:关于|针对)/.test(rest) || (rest.length >= 2 && rest.length <= 40 && !/[，,。；;！？!?]/.test(rest));
}

function hasPause(b: Building): boolean {
  for (; !b.pause && b.pauseUpTo < b.lines.length; b.pauseUpTo++) b.pause = /[，,。]/.test(b.lines[b.pauseUpTo].text);
  return b.pause;
}

/** The CleanLine a Building stands for (the line itself when nothing was joined to it). */
function built(b: Building): CleanLine {
  const [first, ...rest] = b.lines;
  if (!rest.length) return first;
  const offsets = offsetArray(b.length);
  let at = 0;
  let joined = 0;
  for (const l of b.lines) {
    offsets.set(l.offsets, at);
    at += l.offsets.length;
    joined += l.joined;
  }
  return { text: b.lines.map((l) => l.text).join(""), offsets, line: first.line, joined, blankBefore: first.blankBefore, junkBefore: first.junkBefore };
}

/**
 * Joins a line to the next when a page break split a sentence. A body line that does not end a
 * sentence is continued by the next line unless that line opens an entry (a heading marker,
 * `一是`, a field label) or is a date. A heading line is continued only when it is visibly
 * unfinished (an open quote or bracket) or when the next line is a short fragment with no
 * sentence end of its own: a heading is short and never ends with 。, so a long next line is
 * its body, not its tail.
 */
function joinBrokenLines(lines: CleanLine[], columns: Columns, rows: ReadonlySet<CleanLine>, glued: ReadonlySet<number>): CleanLine[] {
  const out: CleanLine[] = [];
  // A table's rows set back from cells (cells.ts) are whole lines: never joined, nor measured.
  const width = wrapWidth(rows.size ? lines.filter((l) => !rows.has(l)) : lines, columns);
  // A line that opens with 第一， outside a list (…位列全市 / 第一，…) may go on from the line above.
  const listed = new Set<CleanLine>();
  for (const i of listMarkerLines(lines.map((l) => l.text))) listed.add(lines[i]);
  let cur: Building | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (cur && !rows.has(line) && !rows.has(cur.lines[cur.lines.length - 1]) && (glued.has(line.offsets[0]) || continues(cur, line, lines[i + 1], out.length === 0, width, columns, listed, lines[i + 2], out.length < TOP_LINES, lines[i + 3]))) addTo(cur, line);
    else {
      if (cur) out.push(built(cur));
      cur = building(line);
    }
  }
  if (cur) out.push(built(cur));
  return out;
}

/** A raw line's printed width in columns (displayColumns). */
type Columns = (l: CleanLine) => number;
// How far short of the wrap width a cut line may stop: three Chinese characters (a character that
// may not open a line pulls the one before it down; a number may not be split).
const WIDTH_SLACK = 6;

/**
 * The width a PDF's text was wrapped at, when it was: many lines of nearly the same, greatest
 * printed width. 0 when lines are whole paragraphs (the usual case for web pages and Word files).
 * Measured as printed, indentation included: a line holding digits or Latin letters holds more
 * characters, and a paragraph's indented first line fewer, than the lines around it.
 */
export function wrapWidth(lines: readonly CleanLine[], columns: Columns): number {
  const counted = lines.map((l) => ({ l, n: columns(l) })).filter((x) => x.n >= 20);
  if (counted.length < 8) return 0;
  const lengths = counted.map((x) => x.n).sort((a, b) => b - a);
  const w = lengths[Math.floor(lengths.length * 0.2)];
  const near = counted.filter((x) => x.n >= w - 4 && x.n <= w + 4);
  if (near.length < lengths.length * 0.35) return 0;
  // Lines cut at a width stop anywhere, mostly in mid-sentence; a short notice of whole lines of
  // about one length (headings, one-sentence fields) ends them. At least half must look cut. A
  // heading's line whose body runs on after its full stop (1.台账不全。整改措施：建立…，在) stops
  // in mid-sentence as the rest do.
  const cut = near.filter((x) => !SENTENCE_END.test(x.l.text) && !/[：:]$/.test(x.l.text) && (!opensEntry(x.l.text) || /[。；;！？!?]/.test(x.l.text))).length;
  return cut * 2 >= near.length ? w : 0;
}

const WHOLE_BRACKET = /^\([^()]{1,18}\)$/;
/**
 * Whether a line is a field with a short value (整改状态：持续推进). Only fields whose values are
 * short by nature, unless the next line is the closing: before the closing (欢迎…监督), any field's short value
 * (整改进展：已整改) is whole, as a measure cut after a few words never runs on into a closing.
 */
function shortField(head: string, length: number, next: string): boolean {
  if (length > EDGE) return false;
  const label = matchFieldLabel(head);
  const value = label ? length - label.valueStart : 0;
  return label !== null && (label.field === "status" || label.field === "deadline" || CLOSING.test(next)) && value >= 2 && value <= 12 && !/[，、,]/.test(head.slice(label.valueStart));
}

/**
 * Whether a line ends with the front of a field label (after a sentence's end: 。整改) that the next
 * line's start completes (状态：…). The front alone is no label's end: 整改 / 措施： is, 措施： alone
 * after a full stop is not cut. (Only a few Han characters after the stop are tried: a cheap test.)
 */
function labelCut(tail: string, next: string): boolean {
  const stop = Math.max(tail.lastIndexOf("。"), tail.lastIndexOf("；"), tail.lastIndexOf(";"));
  const front = tail.slice(stop + 1);
  if (stop < 0 || front.length < 1 || front.length > 5 || !HAN_RUN.test(front)) return false;
  const label = matchFieldLabel(front + next.slice(0, 16));
  return label !== null && !label.bare && label.valueStart > front.length + 1;
}
const HAN_RUN = new RegExp(`^[${HAN}]+$`);

/** Whether a short line is the front of a marker that the next line's start ends. */
function markerCut(head: string, next: string): boolean {
  const c = next.charCodeAt(0);
  // (only a pause or a closing bracket can end a marker: a cheap test before the rules run)
  if (c !== 0x3001 && c !== 0x2e && c !== 0x29 && c !== 0x3011 && c !== 0x2c && c !== 0xff0c) return false;
  const m = matchMarker(head + next.slice(0, 12));
  return m !== null && m.markerLength > head.length;
}

function markerAlone(head: string): boolean {
  const m = matchMarker(head);
  return m !== null && m.rule.name !== "labelled-problem" && m.textStart >= head.length;
}

/**
 * Whether a line is a field's label (整改措施：…), which a marker alone above it does not head.
 * An article's 01 heads a section that may read as a label alone (02 / 整改落实情况).
 */
function labelUnder(marker: string, line: string): boolean {
  const label = matchFieldLabel(line);
  return label !== null && !(label.bare && matchMarker(marker)?.rule.name === "padded-number");
}

function labelAlone(head: string): boolean {
  const m = matchMarker(head);
  return m !== null && m.rule.name === "labelled-problem" && m.textStart >= head.length;
}

const LEADS_NAME = /^(?:经|由|在|对|向|和|与|及|据|按|被|把|将|请|给|为|从|以|同)/;

/** Whether `b` is a sign-off's organisation line: below it, organisations and seal marks (three lines at most), then its date. */
function opensSignoff(b: string, below: (CleanLine | undefined)[]): boolean {
  if (!isSignoffOrgs(b)) return false;
  for (const l of below) {
    if (l === undefined) return false;
    if (isSignoffDate(l.text)) return true;
    if (!isSignoffOrg(l.text) && !isSignoffSeal(l.text)) return false;
  }
  return false;
}

/** An organisation's name alone on its line, a blank line, then a line that opens with 关于. */
function issuerAbove(prev: Building, next: CleanLine): boolean {
  return next.blankBefore > 0 && prev.lines.length === 1 && prev.length <= 40 && next.text.startsWith("关于") && !prev.head.includes("关于") && isSignoffOrgs(prev.head);
}

// How many lines a letterhead, a masthead and the title fill at most, above the text.
const TOP_LINES = 6;

function continues(prev: Building, next: CleanLine, after: CleanLine | undefined, prevIsFirst: boolean, width: number, columns: Columns, listed: Set<CleanLine>, after2?: CleanLine, nearTop = false, after3?: CleanLine): boolean {
  // The joined text's edges stand for it: every test below looks at its start or its end.
  const { head, tail } = prev;
  const b = next.text;
  if (SENTENCE_END.test(tail) || (tail.length === EDGE && CLOSERS_ONLY.test(tail) && SENTENCE_END.test(built(prev).text))) return false;
  // A marker cut in two by a wrap or a page break (二 / 、正在推进整改的问题, （二 / ）关于…, 【四 / 】…):
  // the line is the marker's front, the next line's start its end.
  if (prev.lines.length === 1 && prev.length <= 4 && markerCut(head, b)) return true;
  // A field's label cut in two by a page break or a wrap (…。整改 / 状态：已完成。, …。整改状 / 态：…):
  // the words after the last sentence end and the next line's start make one label.
  if (labelCut(tail, b)) return true;
  // A heading's marker alone on its line (（三） / 关于…方面: a Word list's number set apart from its
  // text, or cut from it by a page break) is the heading of the next line's text. Not a label
  // alone (问题1), whose problem the next line states (see labelAlone).
  if (prev.lines.length === 1 && prev.length <= 8 && markerAlone(head) && !opensEntry(b, listed.has(next)) && !labelUnder(head, b) && !isSignoffDate(b)) return true;
  // A short line that is one bracketed phrase (a subtitle （2024年第一轮）, a remark) stands alone
  // (a document number too: see isDocNumber below).
  if (prev.lines.length === 1 && prev.length <= 20 && WHOLE_BRACKET.test(head)) return false;
  // A label alone on its line (问题1, 问题一) is a heading whose problem is the next line: joined,
  // 问题1党组… would read as no label at all.
  if (prev.lines.length === 1 && prev.length <= 12 && labelAlone(head)) return false;
  // So does a status or deadline field with a short value (整改状态：持续推进, 整改时限：长期坚持):
  // the paragraph after a blank line is not its continuation.
  if (prev.lines.length === 1 && next.blankBefore > 0 && shortField(head, prev.length, b)) return false;
  const opens = opensEntry(b, listed.has(next));
  if (opens && cutBeforeMarker(prev, next, listed)) return true;
  if (opens || matchFieldLabel(b) || isSignoffDate(b) || (prev.length <= EDGE && isSignoffDate(head))) return false;
  // A contact line after a blank line (联系电话：…, 邮    箱：… right under the last measure, with no
  // closing sentence before it) opens the closing block: it goes on with no paragraph above it.
  if (next.blankBefore > 0 && isContactLine(b)) return false;
  // The sign-off's organisation line (or a joint sign-off's, two set apart by spaces), above its
  // date line, never continues a contact line or the last measure: nor with a seal mark on the
  // line between (某某局党组 / （印） / 2024年6月1日), nor with more organisations and seals below it
  // (某某局党委 / 驻某某局纪检组 / （代章） / 2025年3月10日).
  // (so does an organisation and its date on one line, set apart by spaces: 某某镇党委    二〇二五年六月十日)
  // (and so does an organisation alone on the last line, after a blank line: a sign-off without its date)
  if (opensSignoff(b, [after, after2, after3]) || isSignoffOrgAndDate(b) || (after === undefined && next.blankBefore > 0 && isSignoffOrgs(b))) return false;
  // (a title set with a space between its characters, 情 况 的 通 报, ends so too)
  if (TITLE_END.test(tail.includes(" ") ? tail.slice(-12).replace(/ /g, "") : tail) && prev.length <= 80) return false;
  // A red header (某某办公室文件, perhaps set on two lines) at the top, and a document number, are
  // lines of their own (the head is the whole text when it is this short).
  if (prev.length <= EDGE && ((prevIsFirst && isRedHeader(head)) || isDocNumber(head))) return false;
  if (isDocNumber(b)) return false;
  // A bulletin's masthead at the top (某某市纪委监委 / 巡察工作简报 / 第12期) is no part of the title:
  // its lines set close stay apart, and so does one that stands alone above a blank line. (A
  // letterhead set apart by blank lines over its masthead and title is joined into one line, which
  // facts.ts splits at the blank lines.)
  if (nearTop && ((next.blankBefore === 0 && (isMasthead(prev.lines[prev.lines.length - 1].text) || isMasthead(b))) || (prev.lines.length === 1 && isMasthead(head)))) return false;
  // An attachment's heading (附件：…情况表) stands alone above its table, unless wrapped at the width.
  if (prev.lines.length === 1 && ATTACHMENT_HEAD.test(head) && prev.length <= 40 && !(width > 0 && columnsOf(prev, columns) >= width - WIDTH_SLACK)) return false;
  // Without a blank line between them, two lines are separate unless the first is visibly cut.
  const heading = isMarker(matchMarker(head), listed.has(prev.lines[0]));
  if (heading || (prevIsFirst && !hasPause(prev))) {
    if (isOpen(prev)) return true;
    // A heading cut after a word that needs more (…主体责任的 / 问题整改情况) or after 、 goes on in
    // the next line, however long; after a comma, only with the rest of a heading (no pause of its
    // own before its end: …主体责任， / 压实监督责任问题的整改情况), not with a paragraph.
    if (heading && DANGLING.test(tail)) return !/[，,]$/.test(tail) || headingRest(b);
    // A page's column name (巡察整改) above a title that opens with its issuer or 关于 stays apart.
    // Nor does a page's metadata line (发布时间：…) go on into the title below it.
    // Nor does a site's name (某某市人民政府门户网站) above it, nor a line that page chrome (a
    // breadcrumb, a toolbar) parts from the title: a title's lines are never set apart so.
    // Nor does the issuer's name set apart by a blank line above a title of its own (某某县委办公室 /
    // blank / 关于…的通报): the title opens with 关于, the name is no half of it.
    if (!heading) return b.length <= 20 && !/[。！？；，,]/.test(b) && !(prev.length <= 8 && !head.includes("关于") && /^中共|关于/.test(b)) && !METADATA.test(head) && !(prevIsFirst && (next.junkBefore || SITE_NAME.test(tail))) && !issuerAbove(prev, next);
    if (b.length <= 20 && !/[。！？；，,]/.test(b) && !TABLE_ROW.test(b) && !STATUS_LEAD.test(b) && !(HEADING_DONE.test(tail) && !TAIL_START.test(b))) return true;
    // A heading hard-wrapped at the text's width, or cut by a page break or before its field.
    if (width > 0 && next.blankBefore === 0 && columnsOf(prev, columns) >= width - WIDTH_SLACK) return true;
    // A status line under the heading (已整改完成。 目前正在推进。) is not its tail.
    // (…or its own line goes on with a field label after the clause: 够。整改措施：…)
    return endsShortClause(b) && !STATUS_LEAD.test(b) && (next.junkBefore || (after !== undefined && matchFieldLabel(after.text) !== null) || labelAfterClause(b));
  }
  // An organisation's name alone on its line, then a blank line (the issuer set under the title):
  // the paragraph after it does not go on from it, unless the name fills a line wrapped at the width.
  // (Not after a word that leads a name into a sentence: 经中共某某党组 / 研究决定.)
  if (prev.lines.length === 1 && next.blankBefore > 0 && prev.length <= 40 && isSignoffOrgs(head) && !LEADS_NAME.test(head) && !(width > 0 && columnsOf(prev, columns) >= width - WIDTH_SLACK)) return false;
  // A page break (a page number or header dropped, a form feed) stands for blank lines.
  if (next.blankBefore === 0 && !next.junkBefore) {
    // Without a blank line, a line is continued when it visibly runs on (an open bracket, a
    // trailing comma) or, in text hard-wrapped at a fixed width, when it fills the width.
    if (isOpen(prev) || /[，、,]$/.test(tail)) return true;
    return width > 0 && columnsOf(prev, columns) >= width - WIDTH_SLACK;
  }
  return true;
}
