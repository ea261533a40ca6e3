// Document facts: title, issuer, inspection group and target, dates, round and kind, sign-off.
import type { Notice } from "../schema/index.js";
import { findDates, isoDate, parseIso, standaloneDate, PARTS, type DateMatch } from "./dates.js";
import { squeeze } from "../normalize/span.js";
import { ORG_END, isSignoffDate, isSignoffOrg, isSignoffSeal, withoutSeal, isCopyRecord, isRedHeader, isDocNumber, isEditorLine, ISSUE, MASTHEAD, EDITOR_LABEL, EDITOR_WORD } from "../normalize/index.js";
import { foldString } from "../normalize/fold.js";
import { parseChineseNumber } from "../numerals/index.js";
import { matchMarker, isMarker } from "../segment/rules/index.js";
import { HAN_ANY } from "../text/han.js";

export interface TextLine {
  text: string; // folded, for matching
  written: string; // as written
  line: number;
  /** Page chrome (a breadcrumb, a page number) was dropped right above it. */
  junkBefore?: boolean;
  /** Blank lines right above it in the original. */
  blankBefore?: number;
  /** A line joined from several: where each one that a blank line set apart starts. */
  parted?: number[];
  /** The letterhead split off the front of this line (see findTitle). */
  letterhead?: string;
  /** The date a bulletin's masthead split off the front of this line gives, as ISO. */
  mastheadDate?: string;
}

// A date with its year, day and all (2025年6月10日, 二〇二五年六月十日, 2025-06-10), as a masthead prints it.
const DATE_TEXT = String.raw`(?:\d{4}|[〇○OＯ０零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}`;

/**
 * Where, in a line normalize joined from several, each original line after a blank one starts (a
 * letterhead, a blank line, the title: joined as one title); undefined when none.
 */
export function partedAt(text: string, offsets: Int32Array, original: string): number[] | undefined {
  const out: number[] = [];
  for (let k = 1; k < text.length; k++) {
    if (offsets[k] - offsets[k - 1] < 3) continue;
    if (/\n[ \t\r\u3000]*\n/.test(original.slice(offsets[k - 1] + 1, offsets[k]))) out.push(k);
  }
  return out.length ? out : undefined;
}

// A bulletin's masthead between its letterhead and the title (ISSUE, MASTHEAD: normalize/letterhead.ts),
// or its date or document number.
const isMasthead = (t: string) => MASTHEAD.test(t) || isSignoffDate(t) || isDocNumber(t);
// The issue and the date a masthead prints after the letterhead on its line (中共某某县委巡察办
// 2025年第6期, …办公室    2025年6月10日).
const MASTHEAD_TAIL = new RegExp(String.raw`\s*(?:${ISSUE}(?:\s*(${DATE_TEXT}))?|(${DATE_TEXT}))\s*$`);
/**
 * A masthead line: its name, issue or date alone (org null), or the letterhead with its issue or date
 * after it; with the date it gives, as ISO, and where the letterhead starts in the line without its
 * spaces. Null for any other line.
 */
function mastheadOf(t: string): { org: string | null; at: number; date: string | null } | null {
  if (t.length > 80) return null;
  const alone = squeeze(t);
  if (isMasthead(alone)) return { org: null, at: 0, date: isSignoffDate(alone) ? dateOf(alone) : null };
  const m = MASTHEAD_TAIL.exec(t);
  // (who edits it, alone on its line: 县委巡察办编, 中共某某市委巡察办 编, 编印：某某巡察办)
  if (!m && !isEditorLine(alone)) return null;
  const head = squeeze(m ? t.slice(0, m.index) : t);
  const date = m ? dateOf(m[1] ?? m[2]) : null;
  if (head === "" || MASTHEAD.test(head)) return { org: null, at: 0, date };
  const at = EDITOR_LABEL.exec(head)?.[0].length ?? 0;
  const org = head.slice(at).replace(EDITOR_WORD, "");
  return isIssuer(org) && !org.includes("关于") ? { org, at, date } : null;
}
/** The letterhead a masthead line names, as written. */
const orgWritten = (written: string, mast: { org: string | null; at: number }): string | null => (mast.org === null ? null : squeeze(written).slice(mast.at, mast.at + mast.org.length));
const dateOf = (t: string | undefined): string | null => {
  const d = t === undefined ? null : signoffDate(t);
  return d ? isoDate(d) : null;
};

/**
 * A letterhead normalize joined to the title across a blank line (中共某某县委巡察工作领导小组办公室 /
 * (blank) / 关于…的通报, or / 某某局党组关于…): an issuer's name, then the title; split off, it is
 * the letterhead.
 */
function splitLetterhead(l: TextLine): TextLine {
  const parts = l.parted;
  // (a letterhead, a masthead and a title are short: a long line joined so is text)
  if (l.text.length > 200 || l.written.length !== l.text.length) return l;
  if (parts === undefined) return splitMasthead(l);
  let head: string | null = squeeze(l.written.slice(0, parts[0]));
  if (head.includes("关于") || !TITLE_END.test(squeeze(l.text))) return l;
  // (the letterhead may carry the masthead's issue or date after it, …办公室    2025年6月10日, or
  // the masthead stand first with no letterhead: 某某简报 第5期)
  let date: string | null = null;
  if (!isIssuer(head)) {
    const mast = mastheadOf(l.text.slice(0, parts[0]));
    if (mast === null) return l;
    head = orgWritten(l.written.slice(0, parts[0]), mast);
    date = mast.date;
  }
  // The title is the part that opens with 关于 (or with its own issuer and 关于), every part between
  // it and the letterhead a bulletin's masthead (巡察工作简报 / 第5期 / its date).
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const about = l.text.indexOf("关于", p);
    const opens = about === p || (about > p && isIssuer(l.text.slice(p, about)));
    if (opens) return { ...l, text: l.text.slice(p), written: l.written.slice(p), ...(head ? { letterhead: head } : {}), ...(date ? { mastheadDate: date } : {}) };
    const part = squeeze(l.text.slice(p, parts[k + 1] ?? l.text.length));
    if (!isMasthead(part)) return l;
    if (isSignoffDate(part)) date ??= dateOf(part);
  }
  return l;
}

/**
 * A masthead run on into the title with no blank line between (中共某某县委巡察办2025年第6期 /
 * 关于…的通报, joined as one line): split off, its letterhead and date are kept. An issuer alone
 * before 关于 is the title's opening and stays.
 */
function splitMasthead(l: TextLine): TextLine {
  const about = l.text.indexOf("关于");
  if (about < 4 || !TITLE_END.test(squeeze(l.text))) return l;
  const mast = mastheadOf(l.text.slice(0, about));
  if (mast === null || !TITLE_WORDS.test(l.text.slice(about))) return l;
  const letterhead = mast.org === null ? {} : { letterhead: orgWritten(l.written.slice(0, about), mast)! };
  return { ...l, text: l.text.slice(about), written: l.written.slice(about), ...letterhead, ...(mast.date ? { mastheadDate: mast.date } : {}) };
}

const TITLE_WORDS = /巡[察视]|整改|通报|情况的?报告/;
// (a title set in book-title marks, 《关于…的报告》, ends so before its closing mark)
const TITLE_END = /(?:通报|公告|公示|报告|通知|情况)[》”]?$/;
// What may finish a title that already ended on 情况, set on a line of its own (…整改落实情况 / 的通报).
const TITLE_TAIL = /^的?(?:通报|公告|公示|报告|通知)[》”]?$/;
// Page chrome that mentions 巡察 or 整改 but is not a title: breadcrumbs, metadata, navigation.
// A government site's metadata table (索引号, 发布机构, 生成日期, 主题分类, 文号) is chrome too.
const BREADCRUMB = /[>＞»]|位置|首页|发布(?:时间|日期|机构)|来源[:：]|浏览|上一篇|下一篇|索\s*引\s*号|(?:生成|成文)日期|主题分类|发文机关|文\s*号\s*[:：]|作\s*者\s*[:：]/;
// A line set whole in quotes (“巡察整改进行时”): the words inside.
const QUOTED_WHOLE = /^[“"「『]([^“”"「」『』]{1,12})[”"」』]$/;
// The label such a table or a page puts before the title itself: 标题：…, 名称：….
const TITLE_LABEL = /^(?:标\s*题|名\s*称|题\s*目)\s*[:：]\s*/;
// A page title as a browser shows it: 关于…的通报_某某市纪委监委网站, …的通报 - 某某集团, …公示|某某医院.
const SITE_SUFFIX = /^(.{6,90}?(?:通报|公告|公示|报告|通知|情况))\s*(?:[_|｜]|——|\s[-—–－]\s)\s*[^\s_|｜].{0,40}$/;
// An editor's note a web page or an article sets above the title (编者按：…, 导读：…) is no title,
// though it names the inspection and the title's line after it ends the way titles end.
const PREAMBLE_START = /^(?:根据|按照|依据|遵照|经|为|近日|现将|20\d\d\s*年|[一二]〇[一二三四五六七八九〇]{2}年|(?:编者按|编者的话|编者|按语|导读|导语|摘要|提要)\s*[:：])/;

// A page's metadata printed after the title on its line: 发布时间：…, 来源：…, or a date (and time) alone.
const PAGE_TAIL = /\s+(?:(?:发布时间|发布日期|更新时间|时间|日期|信息来源|文章来源|来源|作者|浏览次数|点击数)\s*[:：]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$)/;
/** A line without the page's metadata after a title on it (…的通报 发布时间：2024-08-12 → …的通报). */
function withoutPageTail(l: TextLine): TextLine {
  if (l.text.length > 150) return l;
  const m = PAGE_TAIL.exec(l.text);
  if (!m || !TITLE_END.test(l.text.slice(0, m.index))) return l;
  return { ...l, text: l.text.slice(0, m.index), written: l.written.slice(0, m.index) };
}

/** The title: the first line that reads like one near the top, joined with the lines that finish it. */
/** A line an outline marker opens (一、整改落实情况, （一）关于…的问题): a heading, never the title. */
const headingLine = (t: string): boolean => isMarker(matchMarker(t), false);

// (a column's name may hold any Han character: 䢺滩发布丨…)
const COLUMN_TAG = new RegExp(String.raw`^(?:【[^】]{1,12}】|\[[^\]]{1,12}\]|［[^］]{1,12}］|[${HAN_ANY}A-Za-z0-9]{2,10}[丨|｜│])`, "u");

export function findTitle(lines: TextLine[]): { title: string | null; index: number; letterhead?: string; masthead?: string } {
  lines = lines.map((l, k) => (k < 15 ? splitLetterhead(withoutPageTail(l)) : l));
  // The title stands above the outline: a notice that opens with its first heading (一、…) has none.
  const outline = lines.findIndex((l, k) => k < 15 && headingLine(l.text));
  const top = lines.slice(0, outline >= 0 ? outline : 15);
  // A title line names the inspection or the notice, or opens the subject (关于…) when set on two lines.
  // (read without spaces: a title may be set with a space between its characters, 关 于 …)
  // The red header above it (某某办公室文件) and the document number are not the title.
  const candidate = (l: TextLine) => {
    const t = squeeze(l.text);
    // (nor a bulletin's masthead: 巡察工作简报 / 第12期, 中共某某县委巡察办 2025年第6期)
    return (TITLE_WORDS.test(t) || t.includes("关于")) && t.length <= 90 && !PREAMBLE_START.test(t) && !/[。；]/.test(t.slice(0, -1)) && !BREADCRUMB.test(t) && !isRedHeader(t) && !isDocNumber(t) && mastheadOf(l.text) === null;
  };
  // Best: a line that ends the way titles end, alone or with the one or two lines after it.
  const endsTitle = (k: number) => [0, 1, 2].some((n) => TITLE_END.test(squeeze(top.slice(k, k + n + 1).map((x) => x.text).join(""))));
  // A short line such as a web page's column name (巡察整改) above the real title is not part of it.
  // (set in quotes, “巡察整改进行时”, its words are what count)
  const columnName = (k: number) => squeeze(top[k].text).replace(QUOTED_WHOLE, "$1").length <= 8 && !squeeze(top[k].text).includes("关于") && !TITLE_END.test(squeeze(top[k].text)) && k + 1 < top.length && !BREADCRUMB.test(top[k + 1].text) && endsTitle(k + 1);
  // An issuer's name alone, a blank line, then a title complete without it: the letterhead (版头)
  // over the title (中共某某县委巡察工作领导小组办公室 / (blank) / 关于…的通报, or / 某某局党组关于…).
  // (a bulletin's masthead may stand between them, with or without blank lines: 巡察工作简报 /
  // 第5期 / its date)
  const letterheadAt = (k: number) => {
    if (k + 1 >= top.length || !isIssuer(squeeze(top[k].text)) || squeeze(top[k].text).includes("关于") || BREADCRUMB.test(top[k].text)) return false;
    let t = k + 1;
    while (t < top.length && t <= k + 3 && mastheadOf(top[t].text) !== null) t++;
    return t < top.length && (t > k + 1 || !!top[t].blankBefore) && !top[t].junkBefore && candidate(top[t]) && endsTitle(t);
  };
  let i = top.findIndex((l, k) => candidate(l) && endsTitle(k) && !columnName(k) && !letterheadAt(k));
  if (i < 0) i = top.findIndex(candidate);
  if (i < 0) i = top.findIndex((l) => !/[。]/.test(l.text) && l.text.length <= 60 && !BREADCRUMB.test(l.text));
  if (i < 0) return { title: null, index: -1 };
  // The issuer set on its own line above 关于…的通报 belongs to the title.
  // (lines are tested squeezed: a title may be spaced out letter by letter, 关 于 …)
  // Not a site's name with page chrome between it and the title (某某集团有限公司 / 当前位置：… / 关于…).
  // Set apart from it by a blank line, it is the letterhead: the issuer, not part of the title; so
  // is a red header's body (某某市人民政府办公室文件).
  let letterhead = lines[i].letterhead;
  if (i > 0 && letterhead === undefined && letterheadAt(i - 1)) letterhead = squeeze(lines[i - 1].written);
  else if (i > 0 && /^关于/.test(squeeze(lines[i].text)) && isIssuer(squeeze(lines[i - 1].text)) && !BREADCRUMB.test(lines[i - 1].text) && !lines[i].junkBefore) i--;
  // A bulletin's masthead above the title (巡察工作简报 / 第3期 / 中共某某县委巡察办 2025年6月10日):
  // its letterhead names the issuer, and its date dates the notice, though it is no signature.
  let masthead = lines[i].mastheadDate;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = lines[k].text;
    const mast = mastheadOf(t);
    if (mast === null && !isIssuer(squeeze(t))) break;
    // (its letterhead alone on a line, or with the issue or date after it)
    if (mast === null || mast.org) letterhead ??= mast === null ? squeeze(lines[k].written) : orgWritten(lines[k].written, mast)!;
    masthead ??= mast?.date ?? undefined;
  }
  if (letterhead === undefined) {
    const red = lines.slice(0, i).find((l) => isRedHeader(squeeze(l.text)));
    if (red) letterhead = squeeze(red.written).slice(0, -2);
  }
  // A web page's own title: the notice's, then the site's name after a separator. The notice's
  // heading under it is the title, the same words again; else the part before the separator.
  const site = SITE_SUFFIX.exec(lines[i].text);
  if (site) {
    const same = i + 1 < lines.length && squeeze(lines[i + 1].text) === squeeze(site[1]);
    if (!same) return { title: squeeze(lines[i].written.slice(0, site[1].length)), index: i, letterhead, masthead };
    i++;
  }
  // (matched folded: 標題 is 标题; folding keeps every offset)
  const label = TITLE_LABEL.exec(lines[i].text);
  let title = label && lines[i].written.length === lines[i].text.length ? lines[i].written.slice(label[0].length) : lines[i].written;
  // only an issuer line set on several lines (wrapped into one) can carry a letterhead
  const wrapped = i + 1 < lines.length && lines[i + 1].line - lines[i].line > 1;
  if (wrapped && /^关于/.test(squeeze(lines[i + 1].text)) && isIssuer(squeeze(lines[i].text))) title = withoutLetterhead(title);
  let j = i;
  // A title set on two or three lines is joined until it ends the way titles end.
  while (!TITLE_END.test(squeeze(title)) && j + 1 < lines.length && j < i + 3) {
    const next = lines[j + 1].text;
    if (next.length > 40 || /[。，,；]/.test(next) || PREAMBLE_START.test(next) || headingLine(next)) break;
    title += lines[j + 1].written;
    j++;
  }
  // (a title that ends on 情况 may go on with what it is, on the line below: …整改进展情况 / 的通报)
  if (j + 1 < lines.length && j < i + 3 && squeeze(title).endsWith("情况") && TITLE_TAIL.test(squeeze(lines[j + 1].text))) {
    title += lines[j + 1].written;
    j++;
  }
  // A subtitle in brackets on the line below (（第二批）, （2024年第一轮）) is part of the title; a
  // date in brackets there is the header's date, a remark (（此件公开发布）) is not one.
  const sub = j + 1 < lines.length ? lines[j + 1].text.trim() : "";
  if (sub.length <= 20 && /^\([^()。，,；;]{1,18}\)$/.test(sub) && !isSignoffDate(sub) && !/此件|公开|发布|印发/.test(sub)) {
    title += lines[j + 1].written.trim();
    j++;
  }
  // A web page's column tag before the title (【巡察整改】, [巡视整改]) is not part of it.
  // Book-title marks or quotes around the whole title (《关于…的报告》, “关于…的通报”) are no part of it.
  const joined = squeeze(title).replace(/[。]+$/, "").replace(/^《([^《》]+)》$|^“([^“”]+)”$/, "$1$2");
  // So is a WeChat column name set off by a bar (巡察整改丨关于…, 巡察整改 | 某某局党组关于…).
  const tag = COLUMN_TAG.exec(joined);
  return { title: tag && joined.length - tag[0].length >= 8 ? joined.slice(tag[0].length) : joined, index: j, letterhead, masthead };
}


/**
 * A letterhead printed above the issuer: an enterprise's name, then one of its departments
 * (某某集团有限公司 / 党委巡察办). Hard-wrapped lines reach here joined into one, so it is read at
 * the start of the issuer line; what follows must name a body on its own.
 */
const LETTERHEAD = new RegExp(`^[${HAN_ANY}]{2,30}?(?:有限公司|集团|公司|大学|学院|医院|银行)[${HAN_ANY}]{0,6}?(?:办公室|办|部|处|室)`, "u");
function withoutLetterhead(written: string): string {
  const m = LETTERHEAD.exec(written);
  if (!m) return written;
  const rest = written.slice(m[0].length);
  return rest.length >= 4 && isIssuer(squeeze(rest)) ? rest : written;
}

/**
 * A sign-off date line: a date alone, or bracketed (（2024年6月1日）), or with 印发/发布 after it
 * (2024年6月1日印发).
 */
function signoffDate(text: string): ReturnType<typeof standaloneDate> {
  // A remark in brackets after the date (2024年6月1日（此件公开发布）) is not part of it.
  const t = text.replace(/\s+/g, "").replace(/^[（(](.*)[）)]$/, "$1").replace(/(?<=[日月号])[（(][^（()）]{2,12}[）)]$/, "").replace(/(?:印发|发布|制发)$/, "");
  return standaloneDate(t);
}

// Read folded (委員會 is 委员会), returned as written.
const isIssuer = (t: string, max = 40) => t.length <= max && ORG_END.test(foldString(t)) && !/[。，,：:]/.test(t);

/**
 * The lines between the title and the text: the issuer on a line of its own and the date in
 * brackets (`（2024年4月28日）`), as provincial notices print them. `end` is the index after them.
 */
export function findHeader(lines: TextLine[], titleIndex: number): { issuer: string | null; published: string | null; end: number } {
  if (titleIndex < 0) return { issuer: null, published: null, end: 0 };
  let issuer: string | null = null;
  let published: string | null = null;
  let k = titleIndex + 1;
  for (; k < lines.length && k <= titleIndex + 2; k++) {
    const t = squeeze(lines[k].written);
    const d = /^\s*[(（]/.test(lines[k].text) ? signoffDate(lines[k].text) : null;
    if (d && published === null) published = isoDate(d);
    // (the issuer may stand under the date as well as over it: 关于…的报告 / （2025年8月12日） / 中共某某乡委员会)
    else if (issuer === null && isIssuer(t) && !/^关于/.test(foldString(t))) issuer = t;
    else break;
  }
  return { issuer, published, end: k };
}

// A web page's metadata: 发布时间：2024-06-05 10:23, 发布日期：2024年6月5日.
const PAGE_DATE = /发布(?:时间|日期)\s*[:：]\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)/;
/**
 * The date a scraped page gives in its metadata at the top (read from the original text, since
 * normalize drops those lines), as yyyy-mm-dd; null when none.
 */
export function findPageDate(head: string): string | null {
  for (let at = head.indexOf("发布"); at >= 0; at = head.indexOf("发布", at + 2)) {
    const m = PAGE_DATE.exec(head.slice(at, at + 40));
    if (!m || m.index !== 0) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  // A WeChat article's byline (某某清风  2025-07-01 09:30  发表于河南, 原创 某某 2025年07月01日 09:30): a
  // short line with no sentence in it that gives a date and the clock time it was posted.
  // (line by line, only short lines with a clock time's colon: a long line is text)
  for (let at = 0; at < head.length && head.includes(":", at); ) {
    const nl = head.indexOf("\n", at);
    const end = nl < 0 ? head.length : nl;
    const m = end - at <= 80 ? BYLINE.exec(head.slice(at, end)) : null;
    at = end + 1;
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return null;
}
const BYLINE = /^[^。，,；;]{0,30}?(?<!\d)(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})日?\s+\d{1,2}:\d{2}(?::\d{2})?(?![\d:])[^。，,；;]{0,30}$/;

// A discipline-inspection group stationed at the unit (驻县财政局纪检监察组, 县纪委监委派驻第六纪检监察组)
// signs beside it to vouch for the report, under a borrowed seal (代章): the unit rectifies and reports, so
// it, not the group, is the issuer. A group signing alone is its own notice's issuer.
const INSPECTION_GROUP = /纪检(?:监察)?组$/;
/** A joint sign-off's issuer: its organisations joined by a space, the stationed group left out. */
function jointIssuer(names: string[]): string {
  const units = names.filter((n) => !INSPECTION_GROUP.test(foldString(n)));
  return (units.length ? units : names).join(" ");
}

/** Two or three organisations on one line, set apart by spaces (a joint sign-off), or null. */
function orgsOnLine(written: string): string[] | null {
  // (each with its own seal mark after it: 某某公司党委（代章）  某某纪委（代章）)
  const parts = written.trim().split(/\s+/).map(withoutSeal);
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => p.length >= 2 && isIssuer(p) && isSignoffOrg(foldString(p))) ? parts : null;
}

/**
 * The sign-off: an organisation line and a date line at the end of the notice. The 版记 below it
 * (抄送：…, 某某办公室 2024年10月16日印发) is not, unless the notice has no sign-off of its own.
 */
export function findSignoff(lines: TextLine[]): { issuer: string | null; published: string | null } {
  const own = lines.filter((l) => !isCopyRecord(squeeze(l.text)));
  if (own.length < lines.length) {
    const found = signoffIn(own);
    if (found.issuer !== null || found.published !== null) return found;
  }
  return signoffIn(lines);
}

/** The start of a party body's name cut short at the end of a line (no punctuation). */
const WRAPPED_PARTY_NAME = /^(?:中共|中国共产党)[^。，,；;：:\s]{2,24}$/;

function signoffIn(lines: TextLine[]): { issuer: string | null; published: string | null } {
  // A seal mark after an organisation (中共某某县委员会（印）, or （盖章） on a line of its own) is
  // not part of its name.
  const tail = lines
    .slice(-9)
    .filter((l) => !isSignoffSeal(squeeze(l.text)))
    .map((l) => (/[印章]/.test(l.text) ? { ...l, text: withoutSeal(l.text.trimEnd()), written: withoutSeal(l.written.trimEnd()) } : l))
    .slice(-8);
  for (let k = tail.length - 1; k >= 0; k--) {
    const d = signoffDate(tail[k].text);
    if (!d) {
      // Organisation and date on one line, set apart by spaces: 中共某某县水利局党组  2024年6月1日.
      const w = tail[k].written.trim();
      const one = w.length <= 80 ? /^(\S.*?)\s+(\S+)$/.exec(w) : null;
      const od = one ? signoffDate(one[2]) : null;
      // (two organisations before it, set apart by spaces, are a joint sign-off as on a line of their own)
      if (one && od && isIssuer(squeeze(one[1]))) return { issuer: jointIssuer(orgsOnLine(one[1]) ?? [squeeze(one[1])]), published: isoDate(od) };
      continue;
    }
    const published = isoDate(d);
    let issuer: string | null = null;
    for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
      const t = squeeze(tail[j].written);
      const parts = orgsOnLine(tail[j].written);
      if (parts) {
        issuer = jointIssuer(parts);
        break;
      }
      if (isIssuer(t)) {
        // A party body's long name wrapped onto two lines (中共某某县委巡察工作 / 领导小组办公室):
        // the line above opens it with 中共 but names no body on its own.
        const up = j > 0 ? squeeze(tail[j - 1].written) : "";
        if (WRAPPED_PARTY_NAME.test(up) && !isIssuer(up) && isIssuer(up + t)) {
          issuer = up + t;
          break;
        }
        // A joint sign-off: two or three organisations, one per line, joined by a space.
        const names = [t];
        for (let u = j - 1; u >= 0 && names.length < 3 && isIssuer(squeeze(tail[u].written)) && isSignoffOrg(squeeze(tail[u].text)); u--) names.unshift(squeeze(tail[u].written));
        issuer = jointIssuer(names);
        break;
      }
    }
    // The date printed first, the organisations below it (2024年6月1日 / 中共某某县委员会).
    if (issuer === null && k + 1 < tail.length && tail.slice(k + 1).every((l) => isIssuer(squeeze(l.written)) && isSignoffOrg(squeeze(l.text)))) {
      // (two on one line, set apart by spaces, are joined by one space as above)
      const below = tail.slice(k + 1).flatMap((l) => orgsOnLine(l.written) ?? [squeeze(l.written)]);
      if (below.length <= 3) issuer = jointIssuer(below);
    }
    return { issuer, published };
  }
  // An organisation on the last line with no date.
  const last = tail[tail.length - 1];
  if (last) {
    const t = squeeze(last.written);
    if (isIssuer(t, 30)) return { issuer: t, published: null };
  }
  return { issuer: null, published: null };
}

/** The issuer named by the title: `XX委员会关于…` or `关于…对XX巡察整改情况的通报`. */
/** 我局, 本单位, 我院党委: a unit's own words for itself, not its name. */
export const SELF = /^(?:我|本)(?:单位|部门|系统|公司|集团|医院|学校|中心|街道|党组|党委|[局委院校厅办处室所站队会镇乡村市县区])/;

export function issuerFromTitle(title: string | null): string | null {
  if (!title) return null;
  const before = /^(.{2,40}?)关于/.exec(title);
  if (before && ORG_END.test(before[1])) return before[1];
  const target = /对(.{2,30}?)(?:的)?(?:巡[察视]|落实|开展|整改)/.exec(title);
  // 对我局…, 对本单位…: the notice speaks of itself; that names no organisation. 本溪 and 本钢 do.
  if (target) return SELF.test(target[1]) ? null : target[1];
  // 某某县水利局党组巡察整改情况公示, 关于县水利局巡察整改情况的通报: the organisation the title opens
  // with (after 关于); not the committee that runs the inspection (市委巡察组…).
  const opening = /^(?:关于)?(.{4,40}?)(?:巡[察视]|落实)/.exec(title);
  if (opening && ORG_END.test(foldString(opening[1])) && !/[省市县区州旗盟]委$|^(?:中央|十)/.test(opening[1]) && !/[，,。；;：:“”"《》]/.test(opening[1])) return opening[1];
  return null;
}

const CN_NUM = "[一二三四五六七八九十百零〇两\\d]+";
// 第三巡察组; 巡察三组, 巡视第二组 (the number after the word); 县委巡察组, 党委巡察组 (one group, unnumbered)
// (第一、二、三巡察组, 第一至第四巡察组: several groups, one for each unit, named together)
// (第一巡察组、第二巡察组: two groups each named in full; 市委巡察组第三组: the committee's group, then its number)
const GROUP = new RegExp(`第${CN_NUM}(?:(?:[、和及至到~～—-]|——)第?${CN_NUM})*巡[察视](?:工作)?组(?:[、和及]第${CN_NUM}巡[察视](?:工作)?组)*|巡[察视]第?${CN_NUM}组|(?:省|市|县|区|州|旗|中央|党|党工)委巡[察视](?:工作)?组(?:第${CN_NUM}组)?|党组巡[察视](?:工作)?组`, "g");

/** The inspection group: `丹东市委第三巡察组`, `市委第二巡察组`, with the most specific mention preferred. */
export function findInspector(text: string, wider = ""): string | null {
  const found = groupMentions(text);
  if (!found.length) {
    // A preamble wrapped at a PDF's width may cut the group's name (县委第 / 二巡察组).
    const joined = text.includes("\n") ? text.replace(/\n/g, "") : text;
    if (joined !== text && groupMentions(joined).length) return findInspector(joined, wider);
    return wider ? findInspector(wider) : null;
  }
  const numbered = found.filter((f) => /^第|^巡[察视]第?[^组]|组第/.test(f.core));
  const pool = numbered.length ? numbered : found;
  // The group the notice names most often, in its fullest form with an owning committee.
  const counts = new Map<string, number>();
  for (const f of pool) counts.set(f.core, (counts.get(f.core) ?? 0) + 1);
  const core = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const named = pool.filter((f) => f.core === core);
  // The preamble may name the group bare (第七巡察组); the rest of the notice may give its owner.
  // The fullest form wins: a title's 县委第二巡察组 over the preamble's 㙟头县委第二巡察组.
  const fullest = (fs: Array<{ name: string; core: string }>) => fs.reduce<{ name: string; core: string } | undefined>((a, f) => (f.name !== f.core && (!a || f.name.length > a.name.length) ? f : a), undefined);
  const withPrefix = fullest(named) ?? fullest(groupMentions(wider).filter((f) => f.core === core));
  return (withPrefix ?? named[0]).name;
}

function groupMentions(text: string): Array<{ name: string; core: string }> {
  const found: Array<{ name: string; core: string }> = [];
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(text); m; m = GROUP.exec(text)) {
    // A body's own group (公司党委巡察组): the body's name is read back from the end of 党委.
    const body = m[0].startsWith("党") ? m[0].indexOf("巡") : 0;
    found.push(body ? { name: bodyOwner(text, m.index + body) + m[0].slice(body), core: m[0] } : { name: orgPrefix(text, m.index) + m[0], core: m[0] });
  }
  return found;
}

// A place's name before its committee, any Han character (㙟头县委, 𠮷𠮷县委), and where it stops.
const PLACE_RUN = new RegExp(`([${HAN_ANY}]{0,6})$`, "u");
const NOT_HAN_END = new RegExp(`[^${HAN_ANY}]$`, "u");

// A round right before a group named 巡察第N组 (…第二轮巡察第三组), its committee's term after it
// when written so (县委十四届第五轮): the round is part of the group's name.
const ROUND_BEFORE = /(?:(?:中央|[省市县区州旗盟]委)[一二三四五六七八九十]{1,4}届)?(?:\d{4}年度?)?第[一二三四五六七八九十\d]{1,3}轮$/;
/** The committee that owns a group (`丹东市委`, `省委`), read backwards from the group. */
function orgPrefix(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 12), at);
  const m = /(?:中央|[省市县区州旗盟]委)$/.exec(before);
  // A group named right after its round (十二届省委第三轮巡视第三巡视组) belongs to the committee
  // that runs the round: 第三巡视组 is a name of its own.
  const round = m ? null : /(中央|[省市县区州旗盟]委)第[一二三四五六七八九十\d]{1,3}轮巡[察视]$/.exec(before);
  if (round) return round[1];
  // 巡察第三组 is no name without its round (十三届县委第二轮巡察第三组: the third group of that
  // round): the group is as the notice states it, its owner and round with it.
  const roundBefore = m ? null : ROUND_BEFORE.exec(before);
  if (roundBefore) return orgPrefix(text, at - roundBefore[0].length) + roundBefore[0];
  if (!m) return bodyOwner(text, at);
  // A place name before 市委 counts only when it stands alone (after punctuation or a date).
  const run = PLACE_RUN.exec(before.slice(0, before.length - m[0].length))![1];
  // As written: 中共 starts the committee's name wherever it stands (按照中共肥西县委), and a term
  // is part of it (十届市委).
  const party = run.indexOf("中共");
  if (party >= 0 && !/[届轮和与及对由经向在日月年请邀的是了将被为从按据同于等]/.test(run.slice(party + 2))) return run.slice(party) + m[0];
  const term = /[一二三四五六七八九十]+届$/.exec(run);
  if (term) return term[0] + m[0];
  const head = before.slice(0, before.length - m[0].length - run.length);
  const bounded = head === "" ? at - 12 <= 0 || NOT_HAN_END.test(text.slice(0, at - m[0].length - run.length)) : NOT_HAN_END.test(head);
  if (run && bounded && run.length <= 5 && !/[届轮和与及对由经向在日月年请邀的是了将被为从按据同中于等]/.test(run)) return run + m[0];
  return m[0];
}

/**
 * A party body that owns a group inside one organisation (学校党委, 集团公司党委, 局党组) or a
 * sector (省委教育工委, 市直机关工委): its name back to punctuation or to a word that cannot be part
 * of a name (根据学校党委 → 学校党委).
 */
// A bracketed alternative name after a Han one is part of the body's (省局（公司）党组, 集团(公司)党委):
// a unit under two names, as 政企合一 bodies write themselves.
// (a company's full name may stand there: 省电力公司（国网某某省电力有限公司）党委)
const BODY_CHAR = `(?:[${HAN_ANY}]|(?<=[${HAN_ANY}])[（(][${HAN_ANY}]{1,14}[)）])`;
const BODY_OWNER = new RegExp(`(${BODY_CHAR}{0,10}?)(党委|党组|党工委|工委)$`, "u");
function bodyOwner(text: string, at: number): string {
  // (room for a bracketed name inside the owner's)
  const before = text.slice(Math.max(0, at - 32), at);
  const m = BODY_OWNER.exec(before);
  if (!m) return "";
  // Cut at words no name of a body holds; not at 中 同 日 月 年, which names do (疾控中心, 同济大学).
  const cut = /.*[届轮和与及对由经向在请邀的是了将被为从按照据依于等]/.exec(m[1]);
  return (cut ? m[1].slice(cut[0].length) : m[1]) + m[2];
}

/** The first match of `re` (global) whose unit names no inspection itself (not 对照巡察组反馈的…). */
function unitOf(re: RegExp, text: string): RegExpExecArray | null {
  if (!text.includes("巡")) return null;
  re.lastIndex = 0; // (a module's global regex: an earlier call may have stopped at its match)
  for (let m = re.exec(text); m; m = re.exec(text)) if (!/巡[察视]|^照|^于|^此/.test(m[1])) return m;
  return null;
}

// A unit's name: any Han character (对䢺滩镇党委…, 对𠮷𠮷村党支部…), Latin letters, digits, brackets.
const UNIT = `[${HAN_ANY}A-Za-z0-9（）()、]{2,40}`;
// (the kind's words between the act and 巡察 may hold brackets: 开展了村（社区）巡察)
const TARGET_ACT = new RegExp(`对(${UNIT}?)(?:进行了?|开展了?|实施了?)(?:[${HAN_ANY}“”"0-9（）()]{0,16}?)(?:巡[察视]|[“"]回头看[”"])`, "du");
const TARGET_MOVED_INTO = new RegExp(`进驻([${HAN_ANY}A-Za-z0-9（）()]{2,40}?)(?:党组织|领导班子)?[，,]?(?:开展|进行|实施)`, "du");
const TARGET_OF = new RegExp(`对(${UNIT}?)的[${HAN_ANY}“”"]{0,8}?巡[察视](?!组|办|工作组)`, "dgu");
const TARGET_AFTER = new RegExp(`巡[察视]了(${UNIT}?)(?:党组织|领导班子)?(?=[，,。；;\s]|并|后|$)`, "dgu");
const TARGET_LABEL = new RegExp(`(?:巡[察视]对象|被巡[察视](?:单位|党组织))\s*[:：]\s*(${UNIT})`, "du");

/**
 * The inspected unit: `对XX开展了专项巡察` / `对XX进行了巡察`. Matched in the folded text; returned
 * from `written`, the same text as written (folding keeps every offset), as the title is.
 */
export function findTarget(text: string, written = text): string | null {
  // with its 党组织 or 领导班子 (对12个村（社区）党组织开展了巡察)
  // several units in one (对县水利局、县林业局党组), and words before 巡察 (为期近两个月的“回头看”专项巡察)
  // (为期2个月的巡察: figures among the words before 巡察 too)
  // (开展了“回头看”: the follow-up inspection named by its word alone)
  const m = TARGET_ACT.exec(text);
  // 于2023年3月15日进驻县水利局开展常规巡察: the unit the group moved into.
  // 完成了对县水利局的常规巡察: the unit before 的, with at most a kind's words between 的 and 巡察.
  // 巡察了县水利局党组，…: the unit after 巡察了, up to punctuation or 并/后.
  const hit = m
    ?? TARGET_MOVED_INTO.exec(text)
    ?? unitOf(TARGET_OF, text)
    ?? unitOf(TARGET_AFTER, text)
    // 巡察对象：县水利局党组, 被巡察单位：… in a preamble of labelled facts
    ?? TARGET_LABEL.exec(text);
  // A preamble wrapped at a PDF's width may break the sentence anywhere (对县 / 农业农村局党组开展了
  // 巡察): read again with its lines run together, when read line by line it names none.
  if (!hit) return text.includes("\n") ? findTarget(text.replace(/\n/g, ""), written.length === text.length ? written.replace(/\n/g, "") : text.replace(/\n/g, "")) : null;
  let [start, end] = hit.indices![1]!;
  // 对所属某某公司开展巡察: 所属/下属 says whose the unit is; it is not part of its name.
  if (/^(?:所属|下属|直属)..../.test(hit[1])) start += 2;
  // 对县水利局领导班子及其成员开展巡察: the unit's leadership; its members are no unit of their own.
  const members = /(?:及其|及|和)(?:班子)?成员$|(?:及|和)(?:领导干部|中层干部)$/.exec(hit[1]);
  if (members && members.index >= 2) end -= members[0].length;
  return written.length === text.length ? written.slice(start, end) : text.slice(start, end);
}

/**
 * `十三届市委第六轮`, `2024年第一轮`, `学校党委第二轮` — the round of inspection when stated: 第N轮
 * with what names it right before it, read backwards: a term (十三届), the committee or body that
 * runs it (省委, 市委, 集团党委; not the place name before 市委), a year (2024年, 2024年度).
 */
// (spaces may stand around an Arabic number: 第 2 轮; the round is given without them)
const ROUND = /第\s?[一二三四五六七八九十百零〇两\d]{1,4}\s?轮/g;
// Anchored at the end of the (bounded) text before 第N轮; every part optional.
// The year may stand before the owner too (2024年度集团党委第一轮), and a committee before its term
// (县委十四届第五轮, as 十四届县委 is also written).
const ROUND_OWNER = new RegExp(String.raw`(中央|[省市县区州旗盟]委(?=[一二三四五六七八九十]{1,4}届))?(?:([一二三四五六七八九十]{1,4})届)?((?:\d{4}|[〇○ＯO０零一二三四五六七八九]{4})\s*年度?)?\s*(中央|[省市县区州旗盟]委|${BODY_CHAR}{0,10}?(?:党委|党组|党工委))?((?:\d{4}|[〇○ＯO０零一二三四五六七八九]{4})\s*年度?)?\s?$`, "u");
export function findRound(text: string): string | null {
  if (!text.includes("轮")) return null;
  // The round first named, in its fullest mention: a title's 县委第二轮, the preamble's 县委十五届第二轮.
  let best: string | null = null;
  let first: string | null = null;
  for (const m of text.matchAll(ROUND)) {
    const n = m[0].replace(/\s+/g, "");
    first ??= n;
    if (n !== first) continue;
    const r = roundAt(text, m);
    if (best === null || r.length > best.length) best = r;
  }
  return best;
}

/** The round named at `m` (第N轮) with the words that name it before it. */
function roundAt(text: string, m: RegExpMatchArray): string {
  const o = ROUND_OWNER.exec(text.slice(Math.max(0, m.index! - 24), m.index))!;
  let owner = o[4] ?? "";
  // A body's name is cut at words no name holds (关于学校党委 → 学校党委, 根据集团党委 → 集团党委).
  const cut = /.*[届轮和与及对由经向在请邀的是了将被为从按照据依于等，,、：:]/.exec(owner);
  if (cut) owner = owner.slice(cut[0].length);
  const year = (y: string | undefined) => (y ? y.replace(/\s+/g, "") : "");
  return (o[1] ?? "") + (o[2] ? `${o[2]}届` : "") + year(o[3]) + owner + year(o[5]) + m[0].replace(/\s+/g, "");
}

// 村级巡察 and 村(社区)巡察 (巡察 of villages and communities) are kinds too, kept as written.
// A kind in quotes before its word (“机动式”巡察) is the same kind.
// 巡察整改“回头看” (a 回头看 of the rectification) is the same kind as 巡察“回头看”.
const KINDS = /村级巡察|村\((?:社区|居)\)巡察|专项巡察|常规巡察|机动式?巡察|提级巡察|交叉巡察|联动巡察|延伸巡察|专项巡视|常规巡视|机动式?巡视|巡察(?:整改)?[“"]?回头看[”"]?|巡视(?:整改)?[“"]?回头看[”"]?|[“"]回头看[”"](?:专项)?巡[察视]|[“"](?:专项|常规|机动式?|提级|交叉|联动|延伸)[”"]巡[察视]/;
export function findKind(text: string): string | null {
  const kind = kindIn(text);
  // A preamble wrapped at a PDF's width may cut the kind's words (常规巡 / 察): read again with
  // its lines run together when line by line it gives only the plain word.
  if ((kind === null || kind === "巡察" || kind === "巡视") && text.includes("\n")) {
    const joined = kindIn(text.replace(/\n/g, ""));
    if (joined !== null && joined !== "巡察" && joined !== "巡视") return joined;
  }
  return kind;
}
// A kind's word that names a group (组建联动巡察组, 专项巡视组) is the group's name, not the kind of the
// inspection done; it is the kind only when no other is named.
const KINDS_NOT_GROUP = new RegExp(`(?:${KINDS.source})(?![”"]?(?:工作)?组)`);
function kindIn(text: string): string | null {
  const m = (text.includes("组") ? KINDS_NOT_GROUP.exec(text) : null) ?? KINDS.exec(text);
  // “回头看”巡察 is the same kind as 巡察“回头看”.
  if (m) return m[0].startsWith("巡") || !m[0].includes("回头看") ? m[0].replace(/[“”"]|整改/g, "") : `巡${m[0].slice(-1)}回头看`;
  // Plain: the group's own word (省委第三巡视组 → 巡视), not 巡察 said in passing (巡视巡察上下联动).
  const g = /巡([察视])(?:工作)?组/.exec(text);
  // The group's “回头看” named by its word alone (…组对某局开展了“回头看”) is its 巡察回头看.
  // (开展了整改“回头看”, the rectification's, is one too)
  // (not one still to come in its sentence: 下一步将适时开展“回头看”, 局党组将…对已完成的事项开展“回头看”)
  const back = g ? /(?:开展|进行|实施)了?(?:整改)?[“"]回头看[”"]/.exec(text) : null;
  if (g && back && !/将|拟|计划|适时|下一步|还要/.test(text.slice(Math.max(0, text.lastIndexOf("。", back.index) + 1, back.index - 40), back.index))) return `巡${g[1]}回头看`;
  if (g) return `巡${g[1]}`;
  return /巡视/.test(text) && !/巡察/.test(text) ? "巡视" : /巡察/.test(text) ? "巡察" : null;
}

/** Inspection period and feedback date from the preamble. */
export function findInspectionDates(written: string, published: number | string | null = null): Pick<Notice["inspection"], "start" | "end" | "feedback_date"> {
  // The notice's own date (its year, or the whole date): a year the text leaves out is read from
  // it, never from today.
  const pub = typeof published === "string" ? parseIso(published) : null;
  const refYear = typeof published === "number" ? published : pub ? pub.year : null;
  // A year named relative to the notice (今年4月, 去年11月) is the notice's own year, or the one
  // before: read only from the notice's date, never from today.
  const relative = refYear === null ? written : written.replace(RELATIVE_YEAR, (w) => `${refYear - (w === "今年" || w === "本年" ? 0 : w === "前年" ? 2 : 1)}年`);
  // 同年5月, 当年7月: the year of the last date named before it.
  const text = relative.includes("同年") || relative.includes("当年") ? relative.replace(SAME_YEAR, (w, at: number) => sameYear(relative, at) ?? w) : relative;
  const dates = findDates(text);
  let start: string | null = null;
  let end: string | null = null;
  // A period: a full date, then 至/到/- and a date that may leave out its year.
  for (let k = 0; k + 1 < dates.length; k++) {
    const a = dates[k];
    const b = dates[k + 1];
    const between = text.slice(a.index + a.length, b.index);
    if (a.year !== null && a.day !== null && /^\s*(?:至|到|—{1,2}|–|－|-|~|～)\s*$/.test(between) && !afterFeedbackLabel(text, a.index) && !rectifyingSpan(text, a.index)) {
      const around = text.slice(Math.max(0, a.index - 40), b.index + b.length + 60);
      if (/巡[察视]/.test(around)) {
        start = isoDate(a);
        end = isoDate(b, parseIso(start));
        break;
      }
    }
  }
  if (!start) {
    // The end names its day only, in the start's month: 2024年3月5日至30日.
    for (const a of dates) {
      if (a.year === null || a.day === null) continue;
      const m = /^\s*(?:至|到|—{1,2}|–|－|-|~|～)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/.exec(text.slice(a.index + a.length, a.index + a.length + 12));
      const day = m ? cnDay(m[1]) : null;
      if (day === null || day < a.day || afterFeedbackLabel(text, a.index) || rectifyingSpan(text, a.index) || !/巡[察视]/.test(text.slice(Math.max(0, a.index - 40), a.index + a.length + 80))) continue;
      start = isoDate(a);
      end = isoDate({ ...a, day });
      break;
    }
  }
  if (!start && pub) {
    // A period that names no year (3月5日至4月30日): the latest year in which it starts on or
    // before the notice's own date.
    for (let k = 0; k + 1 < dates.length; k++) {
      const a = dates[k];
      const b = dates[k + 1];
      if (a.year !== null || a.day === null || b.day === null || !/^\s*(?:至|到|—{1,2}|–|－|-|~|～)\s*$/.test(text.slice(a.index + a.length, b.index)) || afterFeedbackLabel(text, a.index) || rectifyingSpan(text, a.index)) continue;
      if (!/巡[察视]/.test(text.slice(Math.max(0, a.index - 40), b.index + b.length + 60))) continue;
      const later = a.month > pub.month || (a.month === pub.month && pub.day !== null && a.day > pub.day);
      start = isoDate({ ...a, year: pub.year - (later ? 1 : 0) });
      end = isoDate(b, parseIso(start));
      break;
    }
  }
  if (!start) {
    // Dotted, the end without its year: 2023.3.15—5.20; or with slashes or dashes, the end's
    // written as the start's (2025-03-18至05-16, 2025/3/18-5/16).
    const m = /(?<![\d./-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})\s*(?:至|到|—{1,2}|–|－|-|~|～)\s*(?:(\d{4})\2)?(\d{1,2})\2(\d{1,2})(?![\d./-])/.exec(text);
    if (m && /巡[察视]/.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 60)) && !rectifyingSpan(text, m.index)) {
      const a: DateMatch = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), index: m.index, length: 0 };
      const b: DateMatch = { year: m[5] ? Number(m[5]) : null, month: Number(m[6]), day: Number(m[7]), index: m.index, length: 0 };
      if (validDay(a) && validDay(b)) {
        start = isoDate(a);
        end = isoDate(b, parseIso(start));
      }
    }
  }
  if (!start) {
    // A start the group moved in on (于2023年3月15日进驻…, 2023年3月15日起…), and an end that
    // follows in the next clauses: …，5月20日结束 / 至5月20日. Without one the end stays unknown.
    for (let k = 0; k < dates.length && !start; k++) {
      const a = dates[k];
      if (a.year === null || a.day === null) continue;
      const after = text.slice(a.index + a.length, a.index + a.length + 40);
      if (!/^\s*(?:起|开始)|^[^。；;\n]{0,20}?进驻/.test(after) || !/巡[察视]/.test(text.slice(Math.max(0, a.index - 40), a.index + a.length + 60))) continue;
      start = isoDate(a);
      const b = dates[k + 1];
      if (b && b.day !== null && b.index - (a.index + a.length) <= 60 && !/[。\n]/.test(text.slice(a.index + a.length, b.index))) {
        const before = text.slice(Math.max(a.index + a.length, b.index - 2), b.index);
        if (/(?:至|到)\s*$/.test(before) || /^\s*(?:巡[察视](?:工作)?)?(?:结束|撤离|离开|完成)/.test(text.slice(b.index + b.length, b.index + b.length + 8))) end = isoDate(b, parseIso(start));
      }
    }
  }
  if (!start) {
    // A period given to the month only: 2022年4月至6月, 2023年3月中旬至5月下旬.
    const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:上旬|中旬|下旬|初|底|末)?\s*(?:至|到|—{1,2}|–|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:上旬|中旬|下旬|初|底|末)?(?!\s*\d{1,2}\s*[日号])/.exec(text);
    if (m && /巡[察视]/.test(text.slice(m.index, m.index + m[0].length + 60)) && !rectifyingSpan(text, m.index)) {
      const pad = (x: string) => x.padStart(2, "0");
      start = `${m[1]}-${pad(m[2])}`;
      const endYear = m[3] ?? (Number(m[4]) < Number(m[2]) ? String(Number(m[1]) + 1) : m[1]);
      end = `${endYear}-${pad(m[4])}`;
    }
  }
  if (!start && text.includes("月")) {
    // The same in Chinese numerals (二〇二三年三月至五月), or with no year (3月至5月), which is
    // then read from the notice's own date: the latest year whose start is not after it.
    const m = /(?:(\d{4}|[〇○ＯO０零一二三四五六七八九]{4})\s*年\s*|(?<![\d年〇○零一二三四五六七八九十]))(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:(?:上旬|中旬|下旬|初|底|末)\s*)?(?:至|到|—{1,2}|–|－|-|~|～)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:上旬|中旬|下旬|初|底|末)?(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])/.exec(text);
    const a = m ? findDates(`${m[1] ? `${m[1]}年` : ""}${m[2]}月1日`)[0] : undefined;
    const b = m ? findDates(`${m[3]}月1日`)[0] : undefined;
    if (m && a && b && /巡[察视]/.test(text.slice(m.index, m.index + m[0].length + 60)) && (a.year !== null || pub) && !rectifyingSpan(text, m.index)) {
      const pad = (x: number) => String(x).padStart(2, "0");
      const year = a.year ?? pub!.year - (a.month > pub!.month ? 1 : 0);
      start = `${year}-${pad(a.month)}`;
      end = `${b.month < a.month ? year + 1 : year}-${pad(b.month)}`;
    }
  }
  if (!start) {
    // A month alone, then the group and its work in the same sentence: 2022年3月，县委第一巡察组对…开展了巡察
    // (二〇二二年三月 the same, in Chinese numerals; a “回头看” named by its word alone too).
    const m = /(\d{4}|[〇○ＯO０零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])(?:上旬|中旬|下旬|初|底|末|份)?(?:以来|期间)?[，,]?[^。；;\n]{0,60}?(?:开展|进行|实施|进驻)了?[^。；;\n]{0,12}?(?:巡[察视]|[“"]回头看)/.exec(text);
    // (read as the first of that month, by the shared date reader)
    const d = m ? findDates(`${m[1]}年${m[2]}月1日`)[0] : undefined;
    if (d && d.year !== null) start = `${d.year}-${String(d.month).padStart(2, "0")}`;
  }
  if (!start && (text.includes("半年") || text.includes("季度"))) {
    // A half-year or a quarter, then the group and its work in the same sentence (2024年第一季度，
    // 市委第三巡察组对…进行了巡察): its first and last month, as figures' periods are read.
    const m = /(\d{4})\s*年\s*(上半年|下半年|第?[一二三四]季度)(?:期间|以来)?[，,]?[^。；;\n]{0,60}?(?:开展|进行|实施|进驻)了?[^。；;\n]{0,12}?(?:巡[察视]|[“"]回头看)/.exec(text);
    const part = m ? PARTS[m[2]] : undefined;
    if (m && part) {
      start = `${m[1]}-${String(part[0]).padStart(2, "0")}`;
      end = `${m[1]}-${String(part[1]).padStart(2, "0")}`;
    }
  }
  // Feedback: the date in the sentence that says the group gave its feedback (反馈).
  let feedback: string | null = null;
  const ref = parseIso(end ?? start);
  const readFeedback = (text: string): void => {
    for (const sentence of sentences(text)) {
      const said = feedbackSaid(sentence.text);
      // (the public's feedback on the notice is no inspection feedback: 意见反馈截止时间：…, 公示期…)
      if (said < 0 || /公开期限|联系|公示(?:期|时间|截止|截至)|反馈(?:截止|截至|期限|期(?!间))/.test(sentence.text)) continue;
      // A day, or a month with its year (2024年8月，巡视组反馈了意见): not the inspection's own dates.
      const ds = findDates(sentence.text).filter((x) => {
        if (x.day === null && x.year === null) return false;
        // a date things stand at (截至2024年7月底) is no date of an act
        if (/(?:截至|截止)\s*$/.test(sentence.text.slice(Math.max(0, x.index - 3), x.index))) return false;
        const iso = isoDate(x, ref);
        return iso === null || (iso !== start && iso !== end);
      });
      // The date that leads up to the word (…，6月7日巡察结束，7月9日反馈了意见 → 7月9日), else the
      // first after it (反馈会于6月20日召开).
      const before = ds.filter((x) => x.index < said);
      let d: DateMatch | undefined = before.length ? before[before.length - 1] : ds[0];
      // Under a 反馈 label (…，反馈时间：2025年6月10日) the date is the one after it.
      FEEDBACK_LABEL.lastIndex = said;
      if (before.length && FEEDBACK_LABEL.test(sentence.text)) d = ds.find((x) => x.index >= FEEDBACK_LABEL.lastIndex && x.index <= FEEDBACK_LABEL.lastIndex + 2) ?? d;
      // A month without its year, or a part of one (6月反馈了意见, 7月上旬反馈了意见): the last one
      // that leads up to the word and is not the inspection's own, its year from the inspection's.
      if (!d && ref) {
        PART_OF_MONTH.lastIndex = 0;
        for (let m = PART_OF_MONTH.exec(sentence.text); m && m.index < said; m = PART_OF_MONTH.exec(sentence.text)) {
          const month = cnMonth(m[1]);
          if (month === null || /(?:截至|截止)\s*$/.test(sentence.text.slice(Math.max(0, m.index - 3), m.index))) continue;
          const x: DateMatch = { year: null, month, day: null, index: m.index, length: m[0].length };
          const iso = isoDate(x, ref);
          if (iso !== start && iso !== end) d = x;
        }
      }
      if (d) {
        // With no inspection date to follow, a year left out is the notice's own (or the one before,
        // when the day falls after the notice's date): feedback comes before the notice.
        const later = pub !== null && (d.month > pub.month || (d.month === pub.month && pub.day !== null && (d.day ?? 1) > pub.day));
        feedback = isoDate(d, ref) ?? (pub && d.year === null ? isoDate({ ...d, year: pub.year - (later ? 1 : 0) }) : null);
        if (feedback) break;
      }
    }
  };
  readFeedback(text);
  // A sentence wrapped at a PDF's width (…并于6月12日反 / 馈了巡察意见): a long line that ends
  // with no stop runs on into the next, when line by line no sentence gives the date.
  if (feedback === null && text.includes("反")) {
    // (not after a heading: （一）关于巡察反馈的…问题 / 2025年7月1日召开会议 is two sentences)
    const unwrapped = text.replace(WRAPPED_BREAK, (br: string, at: number) => (headingLine(text.slice(text.lastIndexOf("\n", at - 1) + 1, at)) ? br : ""));
    if (unwrapped !== text) readFeedback(unwrapped);
  }
  return { start, end, feedback_date: feedback };
}

// A line break after a line of 20 characters or more that ends with no stop or colon. (The break
// comes first and is asserted from behind: the search skips from line break to line break.)
const WRAPPED_BREAK = /\n(?<=[^\n]{19}[^\n。！？!?；;：:]\n)(?=[^\n])/g;

// 6月, 7月上旬, 八月中旬: a month without its year or day, perhaps with a part of it named. (Not
// 6个月, not a month inside a full date: 2024年6月, 6月5日.)
const PART_OF_MONTH = /(?<![\d年个〇零一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!\s*[\d〇零一二三四五六七八九十]{1,3}\s*[日号])\s*(?:上旬|中旬|下旬|初|中|底|末)?/g;
const cnMonth = (s: string): number | null => {
  const v = /^\d/.test(s) ? Number(s) : parseChineseNumber(s);
  return v !== null && Number.isInteger(v) && v >= 1 && v <= 12 ? v : null;
};

// 反馈 naming the problems being rectified, not the group's act of feedback: 巡察反馈意见整改工作
// 部署会, 反馈问题已整改完成30个.
const FEEDBACK_AS_NAME = /反馈(?:的)?(?:巡[察视])?(?:意见|问题)(?:的)?(?:整改|已|均已|全部)|反馈问题中/y;
// 反馈时间：2024年3月1日至3月31日: a 反馈 label that gives a span is the time in which the public's
// feedback is taken (the comment period), not the day the group gave its own.
const FEEDBACK_LABEL = /反馈(?:时间|日期)\s*(?:为|是)?\s*[:：]?\s*/y;
const SPAN_GAP = /^\s*(?:至|到|—{1,2}|–|－|-|~|～)/;
function feedbackSpanLabel(text: string, at: number): boolean {
  FEEDBACK_LABEL.lastIndex = at;
  if (!FEEDBACK_LABEL.test(text)) return false;
  const rest = text.slice(FEEDBACK_LABEL.lastIndex, FEEDBACK_LABEL.lastIndex + 40);
  const d = findDates(rest)[0];
  return d !== undefined && d.index === 0 && SPAN_GAP.test(rest.slice(d.length));
}
/**
 * A span a label of rectification opens (集中整改期为…, 整改期限：…, 整改时间自…): the time the unit
 * is given to rectify, after the feedback, not the inspection's.
 */
const rectifyingSpan = (text: string, at: number): boolean => /整改(?:工作)?(?:期|期限|时限|时间|阶段|周期)\s*(?:为|是|定为)?\s*[:：]?\s*(?:自|从|于)?\s*$/.test(text.slice(Math.max(0, at - 16), at));
/** A date right after a 反馈 label (反馈时间：…): the public's, not the inspection's. */
const afterFeedbackLabel = (text: string, at: number): boolean => /反馈(?:时间|日期)\s*(?:为|是)?\s*[:：]?\s*$/.test(text.slice(Math.max(0, at - 12), at));
/** Where a sentence says the group gave its feedback: the first 反馈 that is the act; -1 if none. */
function feedbackSaid(text: string): number {
  for (let at = text.indexOf("反馈"); at >= 0; at = text.indexOf("反馈", at + 2)) {
    FEEDBACK_AS_NAME.lastIndex = at;
    if (!FEEDBACK_AS_NAME.test(text) && !feedbackSpanLabel(text, at)) return at;
  }
  return -1;
}

/** A day of the month in Arabic or Chinese numerals (30, 三十), or null. */
function cnDay(s: string): number | null {
  const d = findDates(`1月${s}日`)[0]?.day ?? null;
  return d !== null && d >= 1 && d <= 31 ? d : null;
}

const SAME_YEAR = /(?:同年|当年)(?=\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)/g;
/** The year (as `2024年`) of the last date with its year before `at`, or null. */
function sameYear(text: string, at: number): string | null {
  const ds = findDates(text.slice(Math.max(0, at - 200), at)).filter((d) => d.year !== null);
  return ds.length ? `${ds[ds.length - 1].year}年` : null;
}

const RELATIVE_YEAR = /(?:今年|本年|去年|上年|前年)(?=\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)/g;

const validDay = (d: DateMatch) => d.month >= 1 && d.month <= 12 && d.day !== null && d.day >= 1 && d.day <= 31 && (d.year === null || (d.year >= 1949 && d.year <= 2100));

function sentences(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  const re = /[^。！？!?\n]+[。！？!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], index: m.index });
  return out;
}

/** 公开期限：2025年7月21日至8月8日 — the public comment period. */
export function findCommentPeriod(text: string, published: string | null = null): Notice["comment_period"] {
  const ref = parseIso(published);
  // A labelled period (公示期：…, 意见反馈期：…, 受理时间：…), else an invitation that names a span:
  // 请于2024年1月10日至1月19日…反映 / 请在…至…期间反映 / 可于…期间…反映.
  // (意见反馈：… and 监督时间为… too)
  // 反馈时间：2024年6月5日 in a preamble of labelled facts is the group's feedback, a day: a
  // period under that label must give its end.
  const labelled = /((?:意见反馈|意见|反馈|公示|征求意见)(截止|截至)(?:时间|日期)|公开期限|公示期|公示时间|公开时间|反映时间|监督期限|监督时间|监督期(?!间)|意见反馈期|意见反馈(?=[:：])|征求意见时间|征求意见期|反馈期限|反馈时间|反馈日期|受理时间|受理期限)(?:为)?[:：]?\s*([^。\n]{4,40})/g;
  for (let m = labelled.exec(text); m; m = labelled.exec(text)) {
    // a deadline's label (意见反馈截止时间：…) makes its date the end
    const p = periodIn(m[2] ? `截至${m[3]}` : m[3], ref, published);
    if (p && (p.end !== null || !m[1].startsWith("反馈"))) return p;
  }
  // (…意见建议，可于…期间通过以下方式反映 as well)
  // (可自本通报发布之日起至…: a span from the notice's own date)
  const invited = /(?:请|可|可以)(?:于|在|自)\s*([^。\n]{4,40})/g;
  for (let m = invited.exec(text); m; m = invited.exec(text)) {
    // What the span is for may come after a long list of ways (…通过电话…或电子邮箱…反映): the
    // whole sentence says it.
    // (如有意见，请于…前发送邮件至…: the words may stand before the invitation, in its sentence)
    const from = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("\n", m.index), m.index - 60) + 1;
    const sentence = /^[^。\n]{0,220}/.exec(text.slice(from, m.index + 160))![0];
    if (!/反映|反馈|来信|来电|监督|意见/.test(sentence)) continue;
    const p = periodIn(m[1], ref, published);
    if (p && p.end) return p;
  }
  // A span from the notice's own day without 请/可 before it (欢迎监督。自即日起10个工作日内，如有意见
  // 建议，可通过以下方式反映): only in a sentence that says how to reach the inspectors, so that a
  // measure's 自即日起至年底开展… is none.
  // (every such start ends in 日起: a notice without it is not scanned)
  BARE_FROM_NOTICE.lastIndex = text.includes("日起") ? 0 : text.length;
  for (let m = BARE_FROM_NOTICE.exec(text); m; m = BARE_FROM_NOTICE.exec(text)) {
    const head = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("\n", m.index)) + 1;
    const sentence = /^[^。\n]{0,160}/.exec(text.slice(head, head + 200))![0];
    if (!REACH.test(sentence)) continue;
    const p = periodIn(text.slice(m.index, m.index + 40), ref, published);
    if (p) return p;
  }
  return null;
}

// The notice's own day as a period's start: 即日起, 自本通报发布之日起, 从公布之日起.
const FROM_NOTICE = String.raw`(?:自|从)?\s*(?:即日|本?(?:通报|公告|公示)?(?:发布|公布|印发)之日)起`;
const BARE_FROM_NOTICE = new RegExp(FROM_NOTICE, "g");
const REACH = /反映|来信|来电|电话|邮箱|信箱|意见建议|意见和建议/;
// …and a span of days after it, which gives no end date (自发布之日起5个工作日: working days need the
// calendar of holidays to count; a span of days is not counted out either).
const DAYS_FROM_NOTICE = new RegExp(String.raw`^\s*${FROM_NOTICE}\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*个?(?:工作日|天|日)`);

/**
 * The first date with its year and the end after it: a full date, or a day alone (10日-19日). A
 * date that only ends the period (即日起至2024年9月10日, 截至9月10日, 2024年9月10日前) is its end; it
 * starts with the notice, on the notice's own date (null without one).
 */
function periodIn(text: string, ref: ReturnType<typeof parseIso>, published: string | null): Notice["comment_period"] {
  const ds = findDates(text);
  // A span of days from the notice's own date: its start only (null without one).
  if (!ds.length) return published !== null && DAYS_FROM_NOTICE.test(text) ? { start: published, end: null } : null;
  const only = ds[0];
  const after = text.slice(only.index + only.length, only.index + only.length + 4);
  if (/(?:至|到|截至|截止)\s*$/.test(text.slice(0, only.index)) || (/^\s*(?:前|止|以前|之前)/.test(after) && !/^\s*(?:至|到|—{1,2}|–|－|-|~|～)/.test(after))) {
    const end = isoDate(only, ref);
    return end === null ? null : { start: published, end };
  }
  // A start without its year (8月1日至8月7日) is the first such date on or after the notice's own;
  // with no notice date it is unknown, and so is the period.
  const start = isoDate(ds[0], ref);
  if (start === null) return null;
  const first = ds[0];
  const rest = text.slice(first.index + first.length);
  let end = ds[1] ? isoDate(ds[1], parseIso(start)) : null;
  // 2024年1月10日-19日: the end names its day only, in the start's month (九月十日至二十日 too).
  const dayOnly = /^\s*(?:至|到|—{1,2}|–|－|-|~|～)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/.exec(rest);
  if (dayOnly && first.day !== null && start) {
    const day = cnDay(dayOnly[1]);
    if (day !== null) end = `${start.slice(0, 8)}${String(day).padStart(2, "0")}`;
  }
  // 2025-09-10至09-20, 2025/9/10-9/20: the end leaves out its year, written as the start is.
  const numericEnd = end === null && first.day !== null ? /^\s*(?:至|到|—{1,2}|–|－|-|~|～)\s*(\d{1,2})([-./])(\d{1,2})(?![\d./-])/.exec(rest) : null;
  if (numericEnd && text.slice(first.index, first.index + first.length).includes(numericEnd[2])) {
    const b: DateMatch = { year: null, month: Number(numericEnd[1]), day: Number(numericEnd[3]), index: 0, length: 0 };
    if (validDay(b)) end = isoDate(b, parseIso(start));
  }
  return { start, end };
}
