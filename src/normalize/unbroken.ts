// A notice flattened onto one line: a web page's text scraped or copied without its line breaks
// (…情况的通报 根据校党委统一部署，…。一、总体情况 …。（一）关于…的问题 整改措施：…). Where the
// lines went is found again, in the original text, before its lines are cleaned, so that every
// later rule (junk, emoji, captions, joins, headings) reads it as the notice with its breaks.
// A break goes:
//   - before a heading's marker after a sentence's end or a colon (…如下：一、), or after a space
//     (list-only markers, 第一， 1） 1.1, only after a sentence's end or a colon; never a letter A.
//     or 01, which too often are not one);
//   - at a space after a sentence's end (where the page's paragraphs were run together);
//   - at a space after a heading's short text (一、总体情况 根据…), the title (…的通报 根据…),
//     and without one before a marker after the words a heading ends with (…情况（一）…, …问题1.…),
//     and before a sign-off's date at the end (… 2024年6月5日), its organisation too (also run on
//     after the last sentence without a space: …欢迎监督。某某委员会2024年6月5日);
//   - around a picture's caption (▲图为…), up to its first space or sentence end.
// One pass, left to right; each place is tried once, on a short slice: linear in the line's length.
import { matchMarker } from "../segment/rules/index.js";
import { foldString, foldCode } from "./fold.js";
import { isPictograph, isEmojiPart, opensPageChrome } from "./junk.js";
import { isSignoffDate, isSignoffOrgs } from "./signoff.js";

/** Characters per line, on average, above which a text's lines are flattened paragraphs. */
const FLAT_AVERAGE = 400;
/** A line shorter than this is left whole: it is one paragraph, whatever the text around it. */
export const FLAT_LINE = 200;

/** Whether a text has so few line breaks for its length (lineCount - 1 of them) that its lines hold whole notices. */
export const isUnbroken = (length: number, lineCount: number): boolean => length >= FLAT_LINE && length >= (lineCount - 1) * FLAT_AVERAGE;

/**
 * A text whose words stand on one long line — alone, or with a few short ones around it (a title
 * above, a sign-off below) — is a short notice flattened (…的通报 根据…。一、总体情况 …（一）…),
 * however short: that line is set back into lines when it is this long. Its length is no sign of
 * flattening, as a long paragraph's is among many lines, since it has no other paragraph.
 */
export const LONE_LINE = 60;
/** At most this many lines of words, the long one among them. */
const LONE_LINES_MAX = 4;

/** Whether text holds one line of LONE_LINE or more characters, and at most LONE_LINES_MAX lines of words in all (blank lines aside). */
export function isLoneLine(text: string, lineStarts: readonly number[]): boolean {
  let lines = 0;
  let long = 0;
  for (let k = 0; k < lineStarts.length; k++) {
    const e = k + 1 < lineStarts.length ? lineStarts[k + 1] : text.length;
    for (let i = lineStarts[k]; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xfeff) continue;
      if (++lines > LONE_LINES_MAX) return false;
      if (e - i >= LONE_LINE && ++long > 1) return false;
      break;
    }
  }
  return long === 1;
}

// How far a marker, a heading's text, a title or a caption is looked at.
const SLICE = 32;
const HEADING_MAX = 40;
const TITLE_MAX = 120;
const CAPTION_MAX = 60;
const TAIL_MAX = 24;

const table = (chars: string, ranges: Array<[number, number]> = []): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  for (const [a, b] of ranges) t.fill(1, a, b + 1);
  return t;
};
// A character a heading's marker may open with, in either width: 一、 （一） 1. ① ⑴ ㈠ 第一 其一 Ⅰ、 壹、
// 【问题1】 问题1： 意见建议1： 反馈问题1： 建议1： ⒈ ➀ ❶ ⓵ ⓫ 〔一〕 〖一〗
const MAY_MARK = table("0123456789０１２３４５６７８９一二三四五六七八九十(（第其壹贰叁肆伍陆柒捌玖拾【问意反建〔〖", [[0x2460, 0x249b], [0x24eb, 0x24fe], [0x2776, 0x2793], [0x3220, 0x3229], [0x2160, 0x216b]]);
const ENDS = table("。！？；!?;");
const COLONS = table("：:");
const CLOSERS = table("”’」』)）\"'");
const PAUSES = table("，,。；;：:、！!？?");
// Between a sentence and the next: bullets and a caption's triangle before a marker, emoji parts.
const GAP = table("●■□◆◇▪▫➢➤►▶▸◈❖✦★☆▲△\ufe0e\ufe0f\u200d\u20e3");
const TRIANGLE = table("▲△");
// Marker styles that too often are no marker inside running text (A. , 01).
const NEVER = new Set(["latin-upper", "latin-lower", "padded-number"]);
// Titles end with the kind of document they are (one definition for normalize).
export const TITLE_END = /(?:通报|公告|公示|报告|通知)$/;
// The words a section's heading ends with.
const HEADING_END = /(?:情况|方面|问题|打算|工作|措施|成效|计划|安排)$/;
const HEADING_LAST = table("况面题算作施效划排"); // (their last characters: a cheap test first)

/**
 * Offsets (absolute, increasing, inside (start, end)) where the original line text[start, end)
 * breaks into the lines it was flattened from.
 */
export function unbrokenBreaks(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const push = (at: number) => {
    if (at > start && at < end && (out.length === 0 || at > out[out.length - 1])) out.push(at);
  };
  let gapStart = -1; // where the run of spaces, emoji and bullets before i began (-1: none)
  let gapSpace = false; // whether that run holds a space
  let ended = false; // whether the last character before the run ended a sentence
  let led = false; // whether it was a colon, which leads in to what follows (…通报如下：一、…)
  let headingText = -1; // where the text of the heading that opens the current line starts (-1: none, or a pause ended it)
  let titled = false; // whether the title was set apart (or a line break went before it could be)
  let titleFrom = start; // where the title may start: the line's start, or past the page's chrome before it
  // Whether the current piece opens with a page's chrome (当前位置：…, 字号：大 中 小, 发布时间：…):
  // the title or the text run on after it (…分享到： 关于…的通报, 发布时间：2025-01-08 根据…) is set apart.
  let inChrome = chromeAt(text, skipSpaces(text, start, end), end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A space, a bullet or an emoji (with its parts): the gap between two words.
    if (foldCode(c) === 32 || (GAP[c] === 1 && !(TRIANGLE[c] === 1 && caption(text, i, end))) || emojiAt(text, i)) {
      if (gapStart < 0) gapStart = i;
      if (foldCode(c) === 32) gapSpace = true;
      if (c >= 0xd800 && c <= 0xdbff) i++;
      continue;
    }
    const from = gapStart >= 0 ? gapStart : i; // where a break before this word goes
    let at = -1;
    let marker = -1;
    if (TRIANGLE[c] === 1 && (ended || gapSpace)) {
      // A caption: set apart up to its first space or sentence end (none near: left in its line).
      const e = captionEnd(text, i, end);
      push(from);
      push(e);
      i = e - 1;
      gapStart = -1;
      gapSpace = false;
      ended = ENDS[text.charCodeAt(e - 1)] === 1;
      headingText = -1;
      continue;
    }
    if ((ended || led || gapSpace) && MAY_MARK[c] === 1) marker = markerText(text, i, end, ended || led);
    // A heading's short text run on into a marker below it, without a space (一、问题整改情况（一）
    // 台账不全。, （一）关于…的问题1.补齐台账。): after the words a heading ends with, a break.
    else if (MAY_MARK[c] === 1 && headingText >= 0 && i - headingText >= 2 && i - headingText <= HEADING_MAX && HEADING_LAST[text.charCodeAt(i - 1)] === 1 && HEADING_END.test(text.slice(i - 2, i))) marker = markerText(text, i, end, false);
    if (marker >= 0) at = from;
    else if (gapSpace) {
      if (ended) at = from;
      else if (headingText >= 0 && from - headingText >= 2 && from - headingText <= HEADING_MAX) at = from;
      else if (!titled && from - titleFrom <= TITLE_MAX && TITLE_END.test(text.slice(Math.max(start, from - 2), from))) at = from;
      else if (inChrome && !titled && wordAhead(text, i, end, TITLE_END)) {
        // (the title after the chrome: set apart, its end still to be found)
        push(from);
        titleFrom = from;
        inChrome = false;
        gapStart = -1;
        gapSpace = false;
        ended = false;
        led = false;
        continue;
      } else if (inChrome && wordAhead(text, i, end, PROSE)) at = from;
      else if ((end - i <= TAIL_MAX && isSignoffDate(foldString(text.slice(i, end)).trim())) || dateBeforeChrome(text, i, end)) {
        signoffOrg(text, start, from, push);
        at = from;
      }
      // A page's chrome after a space (来源：… 浏览次数：… / 打印本页 关闭窗口 上一篇：…), and the
      // words after a toolbar's 【…】: lines of their own, which junk rules then drop whole.
      else if (chromeAt(text, i, end) || (text.charCodeAt(from - 1) === 0x3011 && toolbarBefore(text, start, from))) at = from;
    } else if (ended && end - i <= HEADING_MAX + TAIL_MAX) {
      // The sign-off run on after the last sentence without a space (…欢迎监督。中共某某镇委员会2024年9月1日).
      const date = signoffRunOn(text, i, end);
      if (date > i) {
        push(i);
        push(date);
        break;
      }
    }
    if (at >= 0) {
      push(at);
      // (a break into the page's chrome is no line break before the title: it may still follow)
      inChrome = chromeAt(text, i, end);
      if (!inChrome) titled = true;
      headingText = marker >= 0 ? i + marker : -1;
    } else if (headingText >= 0 && i >= headingText && (PAUSES[c] === 1 || i - headingText > HEADING_MAX)) headingText = -1;
    ended = ENDS[c] === 1 || (CLOSERS[c] === 1 && ended && gapStart < 0);
    led = COLONS[c] === 1;
    gapStart = -1;
    gapSpace = false;
  }
  return out;
}

/** Whether an emoji (a pictograph, a flag's letter, or a part of one: a skin tone, a tag) starts at text[i]. */
function emojiAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // (emoji live in U+2000–U+2BFF, a few CJK symbols, and the planes behind these high surrogates)
  if (!((c >= 0x2000 && c <= 0x2bff) || c === 0x3030 || c === 0x303d || c === 0x3297 || c === 0x3299 || (c >= 0xd83c && c <= 0xd83e) || c === 0xdb40)) return false;
  const cp = text.codePointAt(i)!;
  return isPictograph(cp) || isEmojiPart(cp);
}

/** Where the text of the heading whose marker opens text[i] starts (relative to i), or -1 when none does. */
function markerText(text: string, i: number, end: number, ended: boolean): number {
  const slice = foldString(text.slice(i, Math.min(end, i + SLICE)));
  const m = matchMarker(slice);
  if (!m || NEVER.has(m.rule.name) || (m.rule.listOnly && !ended) || m.textStart >= slice.length) return -1;
  return m.textStart;
}

/** Whether a ▲ at text[i] marks a caption: no heading's marker after it (then it is a bullet). */
function caption(text: string, i: number, end: number): boolean {
  let j = i + 1;
  while (j < end && foldCode(text.charCodeAt(j)) === 32) j++;
  return !(j < end && MAY_MARK[text.charCodeAt(j)] === 1 && markerText(text, j, end, true) >= 0) && captionEnd(text, i, end) > i;
}

/** Where the caption that opens at text[i] ends: past its first sentence end, at its first space after a word, or before a heading's marker (i when none is near). */
function captionEnd(text: string, i: number, end: number): number {
  let word = false;
  for (let j = i + 1; j < end && j <= i + CAPTION_MAX; j++) {
    const c = text.charCodeAt(j);
    if (ENDS[c] === 1) return j + 1;
    // (a heading run on into it: …生活会二、巡察反馈问题…)
    if (word && MAY_MARK[c] === 1 && markerText(text, j, end, false) >= 0) return j;
    if (foldCode(c) === 32) {
      if (word) return j;
    } else word = true;
  }
  return i;
}

const DATE_END = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;
/** Where the date of a sign-off starts when text[i, end) is one organisation (or a joint sign-off's) and its date, run together; -1 when it is not. */
function signoffRunOn(text: string, i: number, end: number): number {
  const rest = foldString(text.slice(i, end));
  const d = DATE_END.exec(rest);
  if (!d || d.index === 0) return -1;
  return isSignoffOrgs(rest.slice(0, d.index).trim()) && isSignoffDate(d[0].trim()) ? i + d.index : -1;
}

/** Where the first character after text[i]'s spaces is. */
function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && foldCode(text.charCodeAt(i)) === 32) i++;
  return i;
}

// Text run on after a page's chrome: a sentence (a pause in its first words), no chrome's value.
const PROSE = /^[^\s:：]{4,40}[，,。；;]/;
const WORD_MAX = 60;
/** Whether the word at text[i] (up to the next space, at most WORD_MAX characters) matches `re`. */
function wordAhead(text: string, i: number, end: number, re: RegExp): boolean {
  let j = i;
  while (j < end && j - i <= WORD_MAX && foldCode(text.charCodeAt(j)) !== 32) j++;
  if (re === TITLE_END) return j - i >= 8 && j - i <= WORD_MAX && re.test(text.slice(i, j));
  return re.test(foldString(text.slice(i, Math.min(j, i + 42))));
}

/** Whether a page's chrome or a metadata label opens at text[i]. */
const chromeAt = (text: string, i: number, end: number): boolean => opensPageChrome(foldString(text.slice(i, Math.min(end, i + 16))));

/** Whether the 【…】 that closes before `at` (its 】 at at - 1) is a toolbar (【字体：大 中 小】 【打印】). */
function toolbarBefore(text: string, start: number, at: number): boolean {
  const open = text.lastIndexOf("【", at - 1);
  return open >= start && at - open <= 16 && opensPageChrome(foldString(text.slice(open, at)));
}

const DATE_AT = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
/** Whether a sign-off's date opens at text[i] with nothing after it but a page's chrome (…2024年9月10日 打印本页 关闭窗口). */
function dateBeforeChrome(text: string, i: number, end: number): boolean {
  const c = foldCode(text.charCodeAt(i));
  if (c < 48 || c > 57) return false;
  const d = DATE_AT.exec(foldString(text.slice(i, Math.min(end, i + 16))));
  if (!d) return false;
  let k = i + d[0].length;
  while (k < end && foldCode(text.charCodeAt(k)) === 32) k++;
  return k > i + d[0].length && k < end && chromeAt(text, k, end);
}

/** A sign-off's organisation right after the last sentence before its date (…特此通报。某某大学委员会 2024年…): a break before it. */
function signoffOrg(text: string, start: number, dateGap: number, push: (at: number) => void): void {
  for (let j = dateGap - 1; j >= start && j >= dateGap - HEADING_MAX; j--) {
    if (ENDS[text.charCodeAt(j)] !== 1) continue;
    if (isSignoffOrgs(foldString(text.slice(j + 1, dateGap)).trim())) push(j + 1);
    return;
  }
}
