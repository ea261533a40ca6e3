// The closing block of a notice: the invitation to comment, contacts and the sign-off (an
// organisation, then a date). Those lines belong to no section, so the last item's body stops
// before them.
import { isSignoffDate, isSignoffOrg, isSignoffSeal, isSignoffOrgAndDate, isCopyRecord, ATTACHMENT_HEAD, CLOSING, type CleanLine } from "../normalize/index.js";

import { matchMarker } from "./rules/index.js";
import { tableHeader } from "./table.js";

// A line that is only a phone number (0571-12345678), as a contact label's value on the next line.
const PHONE_ONLY = /^[(]?\d{3,4}[)]?[-\s]?\d{7,8}(?:[-转]\d{1,5})?$|^1[3-9]\d{9}$|^12\d{3}$/;
const PHONE_CUE = /电话|热线|手机|传真/;
// A sentence after the last item that sums up the notice (截至目前，巡察反馈的4个问题已完成整改2个):
// the notice's own totals, read with its summary, not the last item's text. It opens with a time
// word and counts the problems the inspection raised, so an item's own tally (排查问题15个，已整改12个) stays.
const SUMMARY_TOTALS = /^(?:截至|截止|至此|目前|综上|总体(?:来看|上看|上)?|总的来看)[^。；;]{0,24}?(?:巡察|巡视|反馈|指出|交办)[^。；;]{0,12}?[\d一二三四五六七八九十两]+\s*(?:个|项|条)(?:具体)?问题/;
// …or speaks of the problems above as a whole (以上问题已全部整改完成 / 上述12个问题均已整改到位 /
// 以上3个问题，已完成整改2个):
// no item's text names "the problems above", the notice does after its last one.
const SUMMARY_ABOVE = /^(?:以上|上述)(?:[\d一二三四五六七八九十两]+\s*(?:个|项|条))?(?:反馈)?(?:问题|事项|整改任务)[，,]?[^。；;，,]{0,8}?(?:已|均|全部)/;
// …or, after a time word, counts the problems and says how many are done (目前，8个问题已整改完成7个).
const SUMMARY_COUNTED = /^(?:截至|截止|至此|目前|综上)[^。；;]{0,16}?[，,]\s*(?:共)?[\d一二三四五六七八九十两]+\s*(?:个|项|条)问题(?:中)?[，,]?\s*(?:已|均|全部)/;
// …or says what the unit will do next about the rectification as a whole (下一步，乡党委将持续巩固整改
// 成果…), a plan section that lost its heading: an item's own plan (下一步，将加强检查) names no such work.
const NEXT_STEPS = /^(?:下一步|下步|今后|接下来|下阶段)(?:工作中)?[，,][^。；;]{0,40}?(?:巩固(?:巡察)?整改成[果效]|巡察整改|整改(?:工作|成果|成效)|长效机制)/;
const NOTE = /^[(（]此件.{1,8}[)）]$/;
const ATTACHMENTS = /^附件[:：]?/;
const listEntry = (t: string) => matchMarker(t) !== null && t.length <= 40 && !/[。；;]/.test(t);

/**
 * Where attachments that hold content start: the first 附件 line right after the sign-off date
 * (a note such as （此件公开发布） may stand between) that has matter of its own below it (a
 * table, a title, paragraphs: two lines or more, not all of them entries of a list of file
 * names). Items a notice sets out in an attachment (具体整改情况见附件) are read from there.
 * lines.length when there is none.
 */
export function attachmentStart(lines: CleanLine[]): number {
  for (let a = 1; a < lines.length; a++) {
    if (!lines[a].text.includes("附")) continue; // most lines: skip the copy below
    const head = lines[a].text.replace(/\s+/g, "");
    const m = ATTACHMENT_HEAD.exec(head);
    if (!m || head.length - m[0].length > 40 || /[。；;]/.test(head)) continue;
    let d = a - 1;
    while (d > 0 && NOTE.test(lines[d].text.replace(/\s+/g, ""))) d--;
    // After the sign-off; or anywhere when a table's header row follows it (附件：问题清单 / 序号 问题
    // 整改措施 …): a notice scraped without its sign-off still ends where its attachment starts.
    const table = a + 1 < lines.length && tableHeader({ line: lines[a + 1], start: 0, end: lines[a + 1].text.length }) !== null;
    if (!table && !isSignoffDate(lines[d].text.replace(/\s+/g, ""))) continue;
    const below = lines.slice(a + 1, a + 12).map((l) => l.text.replace(/\s+/g, ""));
    if (below.length >= 2 && below.some((t) => !listEntry(t) && !ATTACHMENT_HEAD.test(t))) return a;
  }
  return lines.length;
}

/**
 * Where the matter after a sign-off starts: a note such as （此件公开发布）, an attachment list
 * (附件：, then its numbered lines) and the 版记 (抄送：…, …印发). Numbered lines count only under an 附件 line, so a notice
 * that simply ends with its last item keeps it. lines.length when there is none.
 */
function afterMatterStart(lines: CleanLine[]): number {
  let start = lines.length;
  for (let k = lines.length; k > 0 && k > lines.length - 12; k--) {
    const t = lines[k - 1].text.replace(/\s+/g, "");
    if (NOTE.test(t) || ATTACHMENTS.test(t) || isCopyRecord(t)) start = k - 1;
    else if (!listEntry(t)) break;
  }
  return start;
}

/**
 * When lines[0, end) ends with an attachment list (an 附件 line, then numbered lines of a few
 * words), the index of its 附件 line; else -1.
 */
function attachmentListTop(lines: CleanLine[], end: number): number {
  for (let k = end; k > 0 && k > end - 10; k--) {
    const t = lines[k - 1].text.replace(/\s+/g, "");
    if (ATTACHMENTS.test(t)) return k - 1;
    if (!listEntry(t)) return -1;
  }
  return -1;
}

/**
 * Whether lines from `at` are the rest of a sign-off under an organisation line: its date, or up
 * to two more organisations (a joint sign-off, one per line) and then the date.
 */
function signoffOrgsFrom(lines: CleanLine[], at: number): boolean {
  for (let j = at; j < lines.length && j <= at + 3; j++) {
    const t = lines[j].text.replace(/\s+/g, "");
    if (isSignoffDate(t)) return true;
    if (!isSignoffOrg(t) && !isSignoffSeal(t)) return false;
  }
  return false;
}

/**
 * Where a sign-off printed with its date first starts, when lines[0, end) end with it: a date line, then
 * one to three organisation lines, each perhaps with a seal mark (（印）) after it or on the next
 * line. end when they do not.
 */
function dateAboveOrgsStart(lines: CleanLine[], end: number): number {
  let k = end;
  let orgs = 0;
  while (k > 0 && end - k < 6) {
    const t = lines[k - 1].text.replace(/\s+/g, "");
    if (isSignoffOrg(t)) orgs++;
    else if (!isSignoffSeal(t)) break;
    k--;
  }
  if (orgs === 0 || orgs > 3 || k === 0 || !isSignoffDate(lines[k - 1].text.replace(/\s+/g, ""))) return end;
  return k - 1;
}

/**
 * Where the closing block starts: scanning up from the end over sign-off lines and contact
 * sentences. A date line counts only at the end or among closing lines (the scan stops at the
 * first line that is neither); an organisation line only right above a date line.
 */
export function closingStart(lines: CleanLine[]): number {
  const after = afterMatterStart(lines);
  let i = dateAboveOrgsStart(lines, after);
  let seen = after - i;
  while (i > 0 && seen < 16) {
    const t = lines[i - 1].text.replace(/\s+/g, "");
    // (or the organisation and its date on one line, 某某镇党委    二〇二五年六月十日, at the end, or
    // an organisation alone on the last line after a blank line: a sign-off that gives no date)
    const signoff = isSignoffDate(t) || ((isSignoffOrg(t) || isSignoffSeal(t)) && signoffOrgsFrom(lines, i)) || (i === after && (isSignoffOrgAndDate(lines[i - 1].text) || (lines[i - 1].blankBefore > 0 && isSignoffOrg(t))));
    // A phone on a line of its own is closing matter under a contact label (监督电话：), or under
    // a phone line whose second number it is (联系电话：0738-3222111 / 0738-3222112), however
    // many such lines stand between.
    let label = i - 2;
    while (label >= 0 && i - label <= 4 && PHONE_ONLY.test(lines[label].text.replace(/\s+/g, ""))) label--;
    const phone = PHONE_ONLY.test(t) && label >= 0 && CLOSING.test(lines[label].text) && (/[:：]$/.test(lines[label].text) || PHONE_CUE.test(lines[label].text));
    if (!signoff && !phone && !((CLOSING.test(t) || SUMMARY_TOTALS.test(t) || SUMMARY_ABOVE.test(t) || SUMMARY_COUNTED.test(t) || NEXT_STEPS.test(t)) && matchMarker(t) === null)) {
      // An attachment list before the sign-off (附件：1.… then 2.…) is closing matter too.
      const top = attachmentListTop(lines, i);
      if (top < 0) break;
      seen += i - top;
      i = top;
      continue;
    }
    i--;
    seen++;
  }
  return i;
}
