// Scraped junk, declared as rules. Block rules cut spans of the whole text that may cross lines
// (a page's <script>, <style> and <title> contents, HTML comments); inline rules cut a span out of a line
// (even inside a word); line rules drop a whole line. Removed text never reaches later stages, but
// positions still point into the original file. Every rule is linear in the length of the text.

import { HAN } from "../text/han.js";
import { matchFieldLabel } from "../segment/fields.js";

// Bullets a Word or PDF list sets before a heading or an entry (see the bullet rule), and the bars
// a WeChat article sets before its headings (▍一、…, ▌…).
const BULLETS = "●■□◆◇▪▫➢➤►▶▸◈❖✦★☆◉◎▍▌▎▏▊▋█▉▐";
// A heading's marker, in either width (一、 （一） 1. １．): what a ▲ before it is a bullet of.
const MARKER_AHEAD = "[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（][一二三四五六七八九十\\d０-９]{1,3}[)）]|[\\d０-９]{1,3}\\s*[.．、]";

export interface InlineJunkRule {
  name: string;
  re: RegExp; // global, linear
}

export const INLINE_JUNK: readonly InlineJunkRule[] = [
  { name: "paid-marker", re: /##paid(?:begin|end)##/gi },
  { name: "bookmark", re: /\[bookmark:[^\]\n]{0,200}\]/gi },
  // <p>, </div>, <br/>, <a href="…">, <!DOCTYPE html>, <?xml …?> and a one-line <!-- comment -->.
  { name: "html-tag", re: /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>\n]{0,500})?\/?>|<![a-zA-Z][^<>\n]{0,200}>|<\?[a-zA-Z][^<>\n]{0,200}\?>|<!--[^\n]{0,500}?-->/g },
  // A Word or PDF bullet before a heading or an entry (● 一、… , ■（二）…, ➢ 持续…): it is no marker
  // of the outline. (Not • or ·, which set off page numbers; not √, a table's tick.)
  { name: "bullet", re: new RegExp(`^[\\s\\u3000]*[${BULLETS}][${BULLETS}\\s\\u3000]*`, "g") },
  // ▲ or △ before a heading's marker is a bullet; before anything else it marks a caption, dropped whole.
  { name: "triangle-bullet", re: new RegExp(`^[\\s\\u3000]*[▲△]\\s*(?=${MARKER_AHEAD})`, "g") },
  // A heading set whole in lenticular brackets (【一、整改工作组织情况】, 【（二）…】 and its body after
  // them): the opening bracket goes, so the marker opens the line; the heading ends at the closing one
  // (see splitHeading). Not 【一】, a marker of its own (bracket-cn).
  { name: "bracketed-heading", re: new RegExp(`^[\\s\\u3000]*【\\s*(?=(?:${MARKER_AHEAD})[^【】\\n]{1,80}】)`, "g") },
  // A footnote's mark after a word (“三重一大”¹决策…, 河长制²): superscript digits after a Chinese
  // character or a closing quote or bracket. Not m² or 10³, a unit's or a power's.
  { name: "footnote-mark", re: /(?<=[\p{Script=Han}”’」』》)）])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}/gu },
  // Or a number in square brackets, as a web page or a PDF sets a note's reference (…村卫生室14个[1]。,
  // 巡察［2］，): after a Chinese character or a closing mark, before a pause, a sentence's end, a
  // Chinese character or the line's end. Not a line's own marker ([1] opens no note), nor 〔2024〕.
  { name: "footnote-ref", re: /(?<=[\p{Script=Han}”’」』》)）%])[\[［]\d{1,2}[\]］](?=[，,。；;：:、！？!?\p{Script=Han}\s]|$)/gu },
  // A PDF's page number glued into a line (…整改问题 第 2 页 共 5 页 隐患31处…, …资金 - 3 - 12.6万元):
  // never a notice's words. Text on both sides: a line that is a page number, or a running header
  // and one, is page chrome (LINE_JUNK), a page break. The dashed one only between spaces, after
  // no digit (not 2024 - 3 - 5). (Each starts right after a non-space: a run of spaces is tried once.)
  { name: "page-number-inline", re: /(?<=\S)\s*(?:第\s*\d{1,3}\s*页\s*[,，/]?\s*共\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页\s*[,，/]?\s*第\s*\d{1,3}\s*页)\s*(?=\S)|(?<=[^\d\s\-—–－])\s+[-—–－]\s*\d{1,3}\s*[-—–－]\s+(?=[^\s\-—–－])/g },
  // A page's toolbar after the text on its line (…的通报【字体：大 中 小】【打印】【关闭】): the line
  // is the title. (A line of buttons alone, or after a tag, is page chrome, dropped whole: see CHROME.)
  { name: "toolbar-after-text", re: /(?<=[^\s【】>])[\s\u3000]*(?:【\s*(?:打印|关闭|收藏|字体|字号|纠错|我要纠错|分享)[^】\n]{0,8}】[\s\u3000]*)+/g },
  // A page's breadcrumb on the title's line (首页 > 信息公开 > 某某关于…的通报, 当前位置：…»…): the
  // crumbs go and the title, the last crumb, stays; so does a title after the last crumb and a
  // space, when that crumb names a column (首页 > 工作动态 > 巡察工作 某某关于…的通报). (Without a
  // title after it the line is page chrome, dropped whole: see CHROME.)
  { name: "breadcrumb-before-title", re: /^[^\n]{0,40}?(?:首页|位置)[^\n]{0,120}[>＞»›]\s*(?:[^\s>＞»›]{0,8}(?:工作|动态|公开|专栏|专题|巡察|整改|要闻|新闻|公告|信息|通知)\s+)?(?=[^>＞»›\n]{4,80}(?:通报|公告|公示|报告|情况)\s*$)/g },
  // A Markdown copy's heading hashes (# 关于…的通报, ## 一、…: a space after them, so a WeChat
  // topic, #巡察整改, stays). Its bold pair is cut by markdownBold, below.
  { name: "markdown-heading", re: /^[ \t\u3000]*#{1,6}[ \t\u3000]+(?=\S)/g },
  // Its quote marks (> 一、…, > > …) and a list's bullet before a heading's marker or words (- 1.台账不全,
  // * （二）…, + 开展…): a space after each. Not a page number, - 3 -, whose digit follows the dash.
  { name: "markdown-quote", re: /^[ \t\u3000]*(?:>[ \t\u3000]+)+/g },
  { name: "markdown-bullet", re: new RegExp(`^[ \\t\\u3000]*(?:>[ \\t\\u3000]+)*[-*+][ \\t\\u3000]+(?=${MARKER_AHEAD}|[${HAN}（(【])`, "g") },
  // Zero-width and invisible format characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, bidi marks).
  // (and the variation selectors that ask for an emoji's or a text's look: ▶️ ☎︎)
  { name: "zero-width", re: /[\u200b-\u200f\u2060-\u2064\u2066-\u2069\u202a-\u202e\ufeff\u00ad\u180e\ufe0e\ufe0f]/g },
];

// An HTML entity: named (&nbsp; &ldquo; …, and &nbsp without its ;), decimal (&#12290;) or hex
// (&#x3001;), perhaps escaped once more (&amp;nbsp;, as a page that escaped its source shows it).
// Decoded, not cut: &#12290; is the 。 that ends a sentence, &ldquo; the quote a problem stands in.
const ENTITY_SOURCE = "&(?:amp;)?(?:([a-zA-Z][a-zA-Z0-9]{1,9});|#(\\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|(nbsp)(?![a-zA-Z0-9;]))";
const ENTITY_G = new RegExp(ENTITY_SOURCE, "g");
const ENTITY_AT = new RegExp(ENTITY_SOURCE, "y");
const NAMED: Record<string, string> = {
  nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’",
  mdash: "—", ndash: "–", hellip: "…", middot: "·", bull: "•", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  times: "×", divide: "÷", plusmn: "±", deg: "°", permil: "‰", yen: "¥", copy: "©", reg: "®", trade: "™", sect: "§",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", bdquo: "„", sbquo: "‚", prime: "′", Prime: "″", micro: "µ",
  frac12: "½", frac14: "¼", frac34: "¾", sup2: "²", sup3: "³", rarr: "→", larr: "←", uarr: "↑", darr: "↓",
};
// Decoded to nothing: invisible characters, controls, and what one UTF-16 unit cannot hold.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e\ud800-\udfff]/;

function decodeEntity(m: RegExpExecArray): string {
  let c: string | undefined;
  if (m[1] !== undefined) c = NAMED[m[1]];
  else if (m[4] !== undefined) c = "\u00a0";
  else {
    const code = m[2] !== undefined ? Number(m[2]) : parseInt(m[3], 16);
    c = code <= 0xffff ? String.fromCharCode(code) : undefined;
  }
  return c === undefined || INVISIBLE.test(c) ? "" : c;
}

/**
 * The HTML entities of a line, as [start, end, the character it stands for ("" for none: cut)].
 * The character keeps the entity's first offset: positions still point at the entity.
 */
export function entitySpans(line: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  ENTITY_G.lastIndex = 0;
  for (let m = ENTITY_G.exec(line); m; m = ENTITY_G.exec(line)) out.push([m.index, m.index + m[0].length, decodeEntity(m)]);
  return out;
}

/** The entity that starts at text[at], decoded: as entitySpans has it (null when none starts there). */
export function entityAt(text: string, at: number): { char: string; end: number } | null {
  if (text.charCodeAt(at) !== 38) return null;
  ENTITY_AT.lastIndex = at;
  const m = ENTITY_AT.exec(text);
  return m ? { char: decodeEntity(m), end: at + m[0].length } : null;
}

/**
 * A quick test: a line without any of these characters holds no inline junk. A table by code
 * unit, read in a loop: as a regex class (this many ranges, over two-byte text) the test took
 * three to four times as long, on every line of every notice.
 */
const INLINE_HINT = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of "#*_+[［<&【\ufeff\u00ad\u180e\ufe0e\ufe0f页-—–－▲△>＞»›¹²³⁰⁴⁵⁶⁷⁸⁹" + BULLETS) t[c.charCodeAt(0)] = 1;
  for (const [a, b] of [[0x200b, 0x200f], [0x2060, 0x2064], [0x2066, 0x2069], [0x202a, 0x202e]]) t.fill(1, a, b + 1);
  return t;
})();
function hasInlineHint(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (INLINE_HINT[line.charCodeAt(i)] === 1) return true;
  return false;
}

const isTriangle = (c: number) => c === 0x25b2 /* ▲ */ || c === 0x25b3; /* △ */
const isBlank = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09;
/**
 * Where the text after a ▲ or △ bullet starts when a field's label follows it (▲问题：…, △【整改措施】…),
 * else 0: the mark is then a bullet of the field, not a picture's caption (see CAPTION).
 */
function triangleBeforeLabel(line: string): number {
  let i = 0;
  while (isBlank(line.charCodeAt(i))) i++;
  if (!isTriangle(line.charCodeAt(i))) return 0;
  i++;
  while (isBlank(line.charCodeAt(i))) i++;
  return matchFieldLabel(line.slice(i, i + 40)) !== null ? i : 0;
}

/**
 * A Markdown copy's bold pair (a notice pasted from a Markdown editor or an AI chat) round a line or
 * its head: **一、…**, **（一）…。**正文, __1.…__. It opens the line and closes on it; a name left out
 * as ** (**局党组召开…) has no second pair after it. Read with indexOf: linear on a 2 MB line.
 */
// A heading's marker before the bold pair (1.**台账不全。**整改措施：…, （二）**…**): the pair is cut all the same.
const MARKER_BEFORE_BOLD = /^(?:[0-9０-９]{1,3}[.．、]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])$/;
function markdownBold(line: string, out: Array<[number, number]>): void {
  let i = 0;
  while (isBlank(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 42 && line.charCodeAt(i) !== 95) {
    const at = line.indexOf("**", i);
    if (at > i && at - i <= 6 && MARKER_BEFORE_BOLD.test(line.slice(i, at))) i = at;
  }
  const c = line.charCodeAt(i);
  if ((c !== 42 /* * */ && c !== 95) /* _ */ || line.charCodeAt(i + 1) !== c) return;
  const from = i + 2;
  const d = line.charCodeAt(from);
  if (from >= line.length || isBlank(d) || d === c) return;
  const close = line.indexOf(c === 42 ? "**" : "__", from + 1);
  if (close < 0 || isBlank(line.charCodeAt(close - 1))) return;
  out.push([i, from], [close, close + 2]);
}

/** Spans [start, end) of a line that inline rules cut (may overlap; unsorted). */
export function inlineJunkSpans(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (line.length > AD_LINE_MAX) advertSentences(line, out);
  pictographEdges(line, out);
  if (!hasInlineHint(line)) return out;
  const bullet = triangleBeforeLabel(line);
  if (bullet > 0) out.push([0, bullet]);
  markdownBold(line, out);
  for (const rule of INLINE_JUNK) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(line); m; m = rule.re.exec(line)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}

// Emoji a scraped page sets at a line's edges (📢 关于…, ✅一、…, 👉（一）, …的通报🔴, 👨‍👩‍👧, 🇨🇳):
// ornament, never a notice's words, and a heading's marker must open its line. Read by code point,
// from each edge inward only, so a line costs its edges. ©®™ belong to the name they follow, and stay.
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
// (Emoji lie in U+203C–U+2BFF, four CJK symbols and from U+1F000 on: a range test first, so a
// line that opens with a Chinese character costs no regex.)
export const isPictograph = (cp: number): boolean =>
  (cp >= 0x1f1e6 && cp <= 0x1f1ff) ||
  (((cp >= 0x203c && cp <= 0x2bff && cp !== 0x2122) || cp === 0x3030 || cp === 0x303d || cp === 0x3297 || cp === 0x3299 || cp >= 0x1f000) && PICTOGRAPH.test(String.fromCodePoint(cp)));
// What goes with an emoji: a variation selector, ZWJ, a keycap's ring, a skin tone, a flag's tag.
export const isEmojiPart = (cp: number): boolean => cp === 0xfe0e || cp === 0xfe0f || cp === 0x200d || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const BULLET_CODES = new Set([...BULLETS].map((c) => c.charCodeAt(0)));
// A cell separator: a pictograph after one is a table's cell (a tick under 是否完成), kept.
const CELL_SEP = new Set([9, 44, 0xff0c, 124, 0xff5c]);

const KEYCAP_TEN = 0x1f51f; // 🔟
/**
 * Cuts the pictographs (with their spaces, and the bullets among them) that open or close a line.
 * An emoji after a cell separator (a tab, a comma, a pipe, or two spaces) is a cell's value.
 */
export function pictographEdges(line: string, out: Array<[number, number]>): void {
  let i = 0;
  let end = -1; // past the last pictograph of the leading run
  while (i < line.length) {
    const cp = line.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    // (🔟 is a list number, as 1️⃣ … 9️⃣ are, where it opens a line's words: the marker stays)
    if (cp === KEYCAP_TEN) break;
    if (isPictograph(cp) || (end >= 0 && isEmojiPart(cp))) end = i + n;
    else if (!isSpace(cp) && !BULLET_CODES.has(cp)) break;
    i += n;
  }
  if (end > 0) out.push([0, end]);
  if (end === line.length) return;
  let j = line.length;
  let start = -1; // the first pictograph of the trailing run
  while (j > Math.max(end, 0)) {
    let cp = line.charCodeAt(j - 1);
    let n = 1;
    if (cp >= 0xdc00 && cp <= 0xdfff && j >= 2) {
      cp = line.codePointAt(j - 2)!;
      n = 2;
    }
    if (isPictograph(cp)) start = j - n;
    else if (!isSpace(cp) && !isEmojiPart(cp)) break;
    j -= n;
  }
  if (start < 0) return;
  // (a cell's value: …\t✔, …,✅, …  ✅)
  const before = start > 0 ? line.charCodeAt(start - 1) : 0;
  if (CELL_SEP.has(before) || (isSpace(before) && start > 1 && isSpace(line.charCodeAt(start - 2)))) return;
  out.push([start, line.length]);
}

const TAG_ACROSS_LINES = /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>\n]{0,300})?\r?\n[^<>]{0,500}>/g;
// Tags that end a line of text as a page shows it: a paragraph, a break, a heading, a list's
// entry, a table's row. Inline ones (<span>, <b>, <a>, <font>) go on with the line; a table's
// cells (<td>, <th>) are set apart on their row's line as cells are (by a space).
const BLOCK_TAG = /^<\/?(?:br|p|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|tbody|thead|tfoot|caption|section|article|header|footer|nav|aside|main|blockquote|pre|center|hr|figure|figcaption|address|form|fieldset|title|body|head|html)(?![a-zA-Z0-9])/i;
const CELL_TAG = /^<\/?t[dh](?![a-zA-Z0-9])/i;
const TAG_G = /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>\n]{0,500})?\/?>/g;

// Tags that open or close a paragraph of text (not a container such as <div>, whose lines may be
// lines of their own): a line break between them is a space, as a page shows it (Word's HTML
// wraps a paragraph's text at about 76 columns).
const PARA_OPEN = /^<(?:p|li|h[1-6]|dt|dd|td|th|caption)(?![a-zA-Z0-9])/i;

/**
 * Where a line's block-level tags (<p>, </div>, <br/>) start, the line's text breaking there
 * (into `breaks`), and its cell tags (<td>, </th>), each standing for a space (into `cells`).
 * Returns the paragraph-opening tag's end that is the line's last block tag (-1 when the last
 * one closes, or breaks; -2 when there is none).
 */
export function tagBreaks(line: string, breaks: number[], cells: number[]): number {
  TAG_G.lastIndex = 0;
  let last = -2;
  for (let m = TAG_G.exec(line); m; m = TAG_G.exec(line)) {
    if (BLOCK_TAG.test(m[0])) {
      breaks.push(m.index);
      last = PARA_OPEN.test(m[0]) ? m.index + m[0].length : -1;
    } else if (CELL_TAG.test(m[0])) {
      cells.push(m.index);
      last = m[0].charCodeAt(1) !== 47 ? m.index + m[0].length : -1;
    }
  }
  return last;
}

/**
 * Inline tags (<span⏎style="…">) broken across lines, after text on their first line: the text
 * on either side is one run as the page shows it, the line break inside the tag no break of it.
 * Returns the offsets where each such tag ends.
 */
export function inlineTagsAcrossLines(text: string): number[] {
  const out: number[] = [];
  if (text.indexOf("<") < 0) return out;
  TAG_ACROSS_LINES.lastIndex = 0;
  for (let m = TAG_ACROSS_LINES.exec(text); m; m = TAG_ACROSS_LINES.exec(text)) {
    if (BLOCK_TAG.test(m[0])) continue;
    // Text before it on its line, other tags aside (one such tag ends a line: each line is read once).
    let inTag = false;
    for (let i = m.index - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (c === 62) inTag = true;
      else if (c === 60) inTag = false;
      else if (!inTag && c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0) {
        out.push(m.index + m[0].length);
        break;
      }
    }
  }
  return out;
}

export interface BlockJunkRule {
  name: string;
  /** Finds the opening of a block (global). */
  open: RegExp;
  /** Finds its end (global); the block runs to the end of the match. */
  close: RegExp;
}

export const BLOCK_JUNK: readonly BlockJunkRule[] = [
  { name: "html-script", open: /<script\b[^<>]{0,500}>/gi, close: /<\/script\s*>/gi },
  { name: "html-style", open: /<style\b[^<>]{0,500}>/gi, close: /<\/style\s*>/gi },
  { name: "html-noscript", open: /<noscript\b[^<>]{0,500}>/gi, close: /<\/noscript\s*>/gi },
  // The page's <title>, the browser tab's (the notice's title and the site's name, or a title of
  // its own): the page's body prints the notice's title.
  { name: "html-title", open: /<title\b[^<>]{0,500}>/gi, close: /<\/title\s*>/gi },
  { name: "html-comment", open: /<!--/g, close: /-->/g },
  // A tag broken across lines (<span⏎style="…">, as Word's HTML and wrapped sources print it): the
  // whole tag is the block (it closes where it opens). Linear: the tag stops at the next < or >.
  { name: "html-tag-across-lines", open: TAG_ACROSS_LINES, close: /(?:)/g },
];

/**
 * Spans [start, end) of the whole text that block rules cut, sorted and merged. A block that is
 * never closed cuts only its opening tag. Each rule looks for a closer at most once per closer
 * found, so the pass is linear however many openers there are.
 */
export function blockJunkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (text.indexOf("<") < 0) return spans;
  for (const rule of BLOCK_JUNK) {
    rule.open.lastIndex = 0;
    let closeFrom = -1; // where the last search for a closer started
    let closeAt = -1; // end of the closer it found (-1: none after closeFrom)
    for (let m = rule.open.exec(text); m; m = rule.open.exec(text)) {
      const from = m.index + m[0].length;
      if (closeFrom < 0 || (closeAt >= 0 && closeAt <= from)) {
        rule.close.lastIndex = from;
        const c = rule.close.exec(text);
        closeFrom = from;
        closeAt = c ? c.index + c[0].length : -1;
      }
      const end = closeAt >= 0 ? closeAt : from;
      spans.push([m.index, end]);
      rule.open.lastIndex = Math.max(end, m.index + 1);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

export interface LineJunkRule {
  name: string;
  test(line: string): boolean;
}

// Advert and page-chrome lines: the words of a sales pitch or a site's toolbar, never of a notice.
// A site's footer: 网站标识码, 公网安备 (公安备案) numbers, a copyright notice.
const AD_WORDS = /素材库|素材网|代笔|会员群|网盘群|svip|vip会员|添加客服|客服微信|扫码关注|扫一扫|关注公众号|公众号[:：]|一键下载|免费下载|原创文章|版权所有|ICP备|技术支持[:：]|本文来源于|文章来源于网络|网站标识码|公网安备|copyright|all rights reserved/i;
// 【打印】 【关闭窗口】 【字体：大 中 小】 anywhere in a line; not 【中央巡视】, a column's tag.
const CHROME = new RegExp(String.raw`^(?:首页|字号|字体)[:：>\s]|^[${HAN}]{0,6}位置(?:\s*[:：>»]|\s+(?:网站)?首页)|【\s*(?:打印|关闭|收藏|字体|字号)[^】]{0,8}】|^(?:打印本页|关闭窗口|返回顶部|上一篇|下一篇|上一条|下一条|分享到)(?:[:：\s]|$)|^[\s|>＞»]*(?:首页|网站首页)\s*[>＞»]|^[${HAN}]{0,4}首页(?:[\s|｜·/]|$)|^(?:主办单位|承办单位|协办单位|运维单位|维护单位|主办|承办)\s*[:：]|^(?:网站地图|联系我们|隐私声明|免责声明)(?:[\s|｜·/]|$)|^建议(?:您)?(?:使用|采用).{0,40}(?:浏览|分辨率)`);
// A line of a page's buttons and nothing else: 【大】【中】【小】, [打印] [关闭], 打印 | 关闭, 返回列表.
// Linear: the buttons and what stands between them share no character, and no button goes on
// into another (打印本页 is one button; 本页 is none).
const BUTTON = "(?:打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|加入收藏|收藏本页|收藏|返回顶部|返回列表|返回首页|返回|我要纠错|纠错|分享|字体|字号|默认|大|中|小)";
const BUTTONS = new RegExp(`^(?:[\\s|｜/·•\\[\\]【】［］(（)）:：]*${BUTTON})+[\\s|｜/·•\\[\\]【】［］(（)）:：]*$`);
// A page's time stamp: a date with its clock time or a metadata label after it (2024-08-12 09:30
// 来源：本站; a browser's header on a printed page, 2024/9/12 下午3:45 and the page's title), or
// 时间：/日期： and a date alone. A date alone is a sign-off's, and stays.
// A WeChat article's byline ends so too, its account's name or author before the date, the
// date perhaps in Chinese, the province after it (清风某某 2024年06月05日 18:30 江西): the whole line,
// not a sentence that opens with a date and a time (截至 2024年6月30日 18:00，共受理…).
const STAMP = new RegExp(String.raw`^(?:(?:日期|时间)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+(?:(?:上午|下午)?\d{1,2}:\d{2}|(?:来源|作者|浏览|点击|发布|编辑))|(?:[${HAN}A-Za-z]{2,20}\s+){0,3}\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:发表于)?[${HAN}]{2,3})?$)`);
// A QR code's caption (手机扫码阅读, 扫描二维码在手机上查看), not an invitation to report by one.
const QR_CAPTION = /扫码|二维码/;

// An advert is a line of its own. A line longer than this is text (a whole notice saved on one
// line, say) that may hold an advert: only the advert's sentences are cut from it.
const AD_LINE_MAX = 400;
const AD_WORDS_G = new RegExp(AD_WORDS.source, "gi");
const SENTENCE_END = /[。！？!?]/;

/** Cuts, from a long line, each sentence that holds advert words. Linear: scans never overlap. */
function advertSentences(line: string, out: Array<[number, number]>): void {
  AD_WORDS_G.lastIndex = 0;
  let prevEnd = 0;
  for (let m = AD_WORDS_G.exec(line); m; m = AD_WORDS_G.exec(line)) {
    let a = m.index;
    const floor = Math.max(prevEnd, m.index - 300);
    while (a > floor && !SENTENCE_END.test(line[a - 1])) a--;
    let b = m.index + m[0].length;
    const ceil = Math.min(line.length, b + 300);
    while (b < ceil && !SENTENCE_END.test(line[b])) b++;
    if (b < line.length && SENTENCE_END.test(line[b])) b++;
    out.push([a, b]);
    prevEnd = b;
    AD_WORDS_G.lastIndex = b;
  }
}

// A WeChat or portal article's toolbar, each on a line of its own or a few on one line (分享 收藏
// 点赞 在看, 阅读 1234; the places 分享到： offers: 微信 微博 QQ空间): the words alone, never a sentence that uses them. Linear: the words and
// what may stand between them (spaces, bars, dots, counts) share no character.
const SOCIAL_WORD = "(?:阅读原文|阅读全文|阅读|分享到|分享|收藏|点赞|在看|转发|留言|写留言|赞|喜欢|关注|打赏|微信|朋友圈|微博|新浪微博|QQ空间|QQ好友|QQ|返回搜狐[，,]?查看更多|查看更多|长按(?:识别)?(?:图中)?二维码(?:关注(?:我们)?|识别)?)";
const SOCIAL = new RegExp(`^${SOCIAL_WORD}(?:[\\s|｜·•/、:]*(?:\\d{1,9}(?!\\d)\\+?|${SOCIAL_WORD}))*$`);
// A scraped page's metadata line: 发布时间：… 来源：… 浏览次数：…
// (a WeChat article sets its label off by a bar: 来源 | 某某县纪委监委, 责编丨李明)
// (and a government page's disclosure record over the text: 索引号：… 主题分类：…, 发布机构：…, 成文日期：…,
// 文　　号：…, 公开方式：主动公开 — the labels a 政府信息公开 page sets in a table above the notice)
const METADATA = /^(?:发布时间|发布日期|发文日期|信息来源|文章来源|来源|作者|发布者|发布人|浏览次数|浏览量|访问次数|点击数|点击量|点击率|阅读次数|阅读量|访问量|责任编辑|编辑|责编|主编|审核|初审|复审|终审|审校|校对|监制|统筹|排版|美编|撰稿|供稿|通讯员|摄影|图片|文字|图文|索引号|主题分类|组配分类|体裁分类|信息分类|发布机构|发文机关|所属机构|成文日期|生成日期|文\s*号|发文字号|公开方式|公开范围|公开时限|有效性)\s*[:：|｜丨]/;
// A WeChat article's chrome: the invitation over it (点击上方蓝字关注我们), the note that it was edited,
// the buttons and prompts of its page (预览时标签不可点, 继续滑动看下一个, 轻点两下取消赞), its
// topics (收录于合集 #巡察整改 12个), the source of an article it reposts (以下文章来源于某某，作者某某),
// and END under its text.
const WECHAT = new RegExp(String.raw`^(?:[↑▲☝👆\s]{0,3}(?:点击|戳)[^。，,；;]{0,24}(?:关注|订阅|星标)|文章已于.{0,30}修改$|预览时标签不可点$|微信扫一扫|关注该公众号$|(?:继续|向上)滑动看下一个$|轻触阅读原文$|知道了$|使用小程序$|取消\s*允许$|喜欢此内容的人还喜欢$|收录于(?:合集|话题)|#[^\s#]{1,20}(?:\s*#[^\s#]{1,20})*(?:\s+\d{1,4}个(?:内容)?)?$|发表于[${HAN}]{2,3}$|以下文章来源于)|轻点两下取消`);
// A picture's caption on a scraped page (▲图为整改推进会现场, △ 3月5日，召开座谈会。), or its credit:
// （图片来源：…）, (来源：…), 图片来源：…, （张三 摄）. (A ▲ before a heading's marker is a bullet: see
// the triangle-bullet rule. 摄影：… and 来源：… as the page's byline are page-metadata.)
const CAPTION = new RegExp(
  `^[▲△]\\s*(?!${MARKER_AHEAD})|^[(（]\\s*(?:图片|照片|视频)?(?:来源|提供|摄影|作者)\\s*[:：|｜丨][^()（）]{1,60}[)）]$|^(?:图片|照片|视频)(?:来源|提供)\\s*[:：|｜丨]|^图源\\s*[:：]|^[(（][^()（）]{1,20}\\s摄[)）]$`,
);
const FOOTNOTE = /^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}\s*\S/;
/** The line that ends a WeChat article's text (END, - END -, —END—, THE END): what follows is the account's. */
export const END_LINE = /^[-—–_~·•=*/|\s]*(?:THE\s+)?END[-—–_~·•=*/|\s]*$/i;
// A page number set off by its marks (— 2 —, ·2·, 第 2 页, 共 9 页 第 2 页, Page 2 of 9 as an English
// template prints it): not a bare number nor 2/9.
const MARKED_NUMBER = "(?:(?:Page|PAGE|page)\\s*\\d{1,3}(?:\\s*(?:of|OF|/)\\s*\\d{1,3})?|[-—–－]\\s*\\d{1,3}\\s*[-—–－]|[·•]\\s*\\d{1,3}\\s*[·•]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|共\\s*\\d{1,3}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,3}\\s*页)";
// A PDF's page number: `- 3 -`, `—3—`, `·3·`, `3`, `3/12`, `第 3 页 共 12 页`, `共 12 页 第 3 页`, `Page 3 of 12`.
// (and 共 12 页 alone, when a footer's two halves were set on two lines)
const PAGE_NUMBER = new RegExp(`^(?:[-—–－\\s]*\\d{1,3}[-—–－\\s]*|\\d{1,3}\\s*\\/\\s*\\d{1,3}|${MARKED_NUMBER}|共\\s*\\d{1,3}\\s*页)$`);
// A running header and the page number on one line, set apart by a wide space, the number on the
// right or (on even pages of a 公文) on the left: `某巡办〔2024〕12号        — 2 —`, `某某医院  第 2 页`.
// (a bare number or 3/12 is left out: a line's text may end with one after spaces)
const HEADER_AND_NUMBER = new RegExp(`^(?:[^\\s。，；]{2,30}\\s{2,}${MARKED_NUMBER}|${MARKED_NUMBER}\\s{2,}[^\\s。，；]{2,30})$`);

// A browser's footer on a printed page: the address, then the page's count (http://…/art_1.html  1/3).
const PAGE_ADDRESS = /^(?:https?:\/\/|www\.)[!-~]{1,300}\s+\d{1,3}\s*\/\s*\d{1,3}$/i;

/**
 * Whether folded text opens with a page's chrome or a metadata label (打印本页, 上一篇：, 【字体：大 中 小】,
 * 来源：, 浏览次数：): where a page flattened onto one line had a line of chrome (see unbroken.ts).
 */
export const opensPageChrome = (s: string): boolean => CHROME.test(s) || METADATA.test(s);

/** A page's time stamp line (a date with its clock time, or 时间：/日期： and a date). */
export const isPageStamp = (l: string): boolean => l.length <= 120 && STAMP.test(l);

// A WeChat article's byline opens with 原创 (or its author: 作者：…); its parts may each stand on a
// line of their own (原创 / 作者 / 公众号名 / 2024年06月05日 18:30 / 江西), the province the account
// posted from last.
const BYLINE = /^(?:原创(?:\s|$)|作者\s*[:：])/;
const PROVINCE = /^(?:发表于)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$/;

/**
 * The last line of a WeChat byline that opens on line k (0-based), or -1 when line k opens none:
 * 原创 and what follows it up to the time stamp (short lines, no pause among them), and the
 * province after the stamp. `line(k)` gives a line folded and trimmed ("" when blank, null past the end).
 */
export function bylineEnd(line: (k: number) => string | null, k: number): number {
  const first = line(k);
  if (!first || first.length > 80 || !BYLINE.test(first) || /[，。；,;]/.test(first)) return -1;
  let end = k;
  if (!isPageStamp(first.replace(BYLINE, "").trim())) {
    for (let j = k + 1; j <= k + 6; j++) {
      const t = line(j);
      if (t === null) break;
      if (t === "") continue;
      if (isPageStamp(t)) {
        end = j;
        break;
      }
      // no stamp (yet): a sentence or a long line is the article's; only 原创 goes
      if (t.length > 20 || /[，。；,;：:]/.test(t)) return k;
    }
    if (end === k) return k;
  }
  for (let j = end + 1; j <= end + 2; j++) {
    const t = line(j);
    if (t === null) break;
    if (t === "") continue;
    if (PROVINCE.test(t)) end = j;
    break;
  }
  return end;
}

export const LINE_JUNK: readonly LineJunkRule[] = [
  { name: "advert", test: (l) => l.length <= AD_LINE_MAX && AD_WORDS.test(l) },
  { name: "page-chrome", test: (l) => CHROME.test(l) },
  { name: "page-buttons", test: (l) => l.length <= 60 && BUTTONS.test(l) },
  { name: "page-stamp", test: (l) => l.length <= 120 && STAMP.test(l) },
  { name: "qr-caption", test: (l) => l.length <= 24 && QR_CAPTION.test(l) && !/[，,。；;]|举报|监督|反映|投诉/.test(l) },
  { name: "social-toolbar", test: (l) => l.length <= 60 && SOCIAL.test(l) },
  { name: "page-metadata", test: (l) => l.length <= 120 && METADATA.test(l) },
  // (a picture stands between paragraphs: normalize counts its caption as a blank line, no page break)
  { name: "image-caption", test: (l) => l.length <= 200 && CAPTION.test(l) },
  { name: "wechat-chrome", test: (l) => l.length <= 60 && WECHAT.test(l) },
  { name: "page-number", test: (l) => l.length <= 16 && PAGE_NUMBER.test(l) },
  // A footnote at a page's foot (¹“三重一大”指…, ² 见…): it opens with its superscript mark.
  { name: "footnote", test: (l) => FOOTNOTE.test(l) },
  { name: "page-number-and-header", test: (l) => l.length <= 60 && HEADER_AND_NUMBER.test(l) },
  // A web page printed to PDF by a browser: its address and the page's count at the foot of each page.
  { name: "page-address", test: (l) => l.length <= 400 && PAGE_ADDRESS.test(l) },
];

// A rule drawn across the page, as a PDF's text gives it (the line under a red header, the lines
// around the 版记): dashes or box-drawing strokes alone. It separates, as a blank line does.
const RULE_LINE = /^[-—–─━═_＿=＝~·.\s]{4,}$/;
// An ornament a WeChat article or a web page sets between its parts (▼, ↓↓↓, · · ·, ★★★, 👇): arrows,
// shapes, dingbats and pictographs alone. It separates too. (Not 。 or ） alone: a PDF wraps those.)
const ORNAMENT = /^[\s\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff·•※\ufe0f\p{Extended_Pictographic}]+$/u;
export const isRuleLine = (l: string): boolean => (l.length >= 4 && RULE_LINE.test(l) && /[-—–─━═_＿=＝~]{3}/.test(l)) || (l.length <= 40 && ORNAMENT.test(l));
