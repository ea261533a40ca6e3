// Contacts: phones, e-mails, postcodes and postal addresses, taken from contact sentences only
// (so that figures and document numbers are never read as phone numbers).
import type { Notice } from "../schema/index.js";
import { HAN, HAS_HAN } from "../text/han.js";

// (电子邮件, E-mail: a mailbox's other labels)
// (Tel: / Phone: a notice may label its phone in English, as it labels its E-mail)
const CONTACT_CUE = /电话|热线|联系|来电|拨打|邮箱|信箱|邮件|[Ee]-?[Mm][Aa][Ii][Ll]|邮编|邮政编码|传真|来信|地址|举报|手机|(?<![A-Za-z])(?:[Tt][Ee][Ll]|[Pp][Hh][Oo][Nn][Ee])(?![A-Za-z])/;
// Every dash between digit groups: - ‐ ‑ ‒ – — ― − ﹣ and the full-width － (folded to - before
// this runs), also doubled (0551——65123456). A phone keeps the dash it was written with.
const DASH = "[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]{1,2}";
// An enterprise's service line: ten digits opened by 400 or 800 (400-123-4567, 4001234567), which
// a state firm's or a bank's notice may give beside its office's phone.
// An extension is kept (0551-65123456转8001), and further ones listed after it (转801、802, 转801/802,
// 转801或802: one phone as written); 12388/12345-style service lines are five digits.
const EXT = `(?:${DASH}\\d{1,4}|\\s?转\\s?\\d{1,5})(?:[、/或]\\d{1,5}(?!\\d))*`;
// An area code's bracket is part of the phone only when it closes: in （0991-4561234） the
// brackets hold the phone, and an opening one alone was given with it.
// After an area code the local number may be set in two groups ((0415) 1234 5678, 010-6512 3456,
// and a seven-digit one 4 + 3: (0316) 2345 678).
const LOCAL_SET = `(?:\\d{7,8}|\\d{3,4}\\s\\d{4}|\\d{4}\\s\\d{3})`;
// With the country code (+86-415-1234567, +86 10 6688 1234, (+86)13912345678) the area code's 0
// is left out.
const INTL_LOCAL = `${LOCAL_SET}(?:${EXT})?`;
// (0086 is the same country code dialled from abroad; a mobile may be set 139 1234 5678 after it)
const INTL = `(?:(?:\\([+\\uff0b]\\s?86\\)|[+\\uff0b]\\s?86|0086)\\s{0,2}(?:${DASH}\\s{0,2})?(?:1[3-9]\\d(?:\\d{8}|\\s\\d{4}\\s\\d{4})(?!\\d)|(?:\\(0?\\d{2,3}\\)|0?\\d{2,3})\\s{0,2}(?:${DASH}\\s{0,2})?${INTL_LOCAL})|\\([+\\uff0b]\\s?86\\s{0,2}(?:${DASH}\\s{0,2})?0?\\d{2,3}\\)\\s{0,2}(?:${DASH}\\s{0,2})?${INTL_LOCAL})`;
// A number with a unit after it is a sum or a count (收回资金2023456元), never a phone.
const NOT_PHONE_UNIT = "[元万亿个人项条次户件%％]";
// An area code masked in a published template or a redacted copy (0xxx-1234567) is kept as written:
// without it the local number reads as a whole phone.
const AREA = "0(?:\\d{2,3}|[xX]{2,3})";
const PHONE = new RegExp(`(?<![\\d.])(?:${INTL}|(?:\\(${AREA}\\)|${AREA})(?:\\s*${DASH}\\s*|\\s)?(?:${LOCAL_SET}(?:${EXT})?|12\\d{3})|1[3-9]\\d(?:\\d{8}|\\s\\d{4}\\s\\d{4})|[48]00(?:${DASH}|\\s)?\\d{3}(?:${DASH}|\\s)?\\d{4}|\\d{7,8}(?:\\s?转\\s?\\d{1,5}(?:[、/或]\\d{1,5}(?!\\d))*)?|12\\d{3})(?![\\d.])(?!\\s?${NOT_PHONE_UNIT})`, "g");
const PHONE_LINE = new RegExp(`^(?:${PHONE.source})$`);
// A phone with its area code, or a mobile.
const FULL_PHONE = /^(?:\(?0\d{2,3}|\(?[+\uff0b]|1[3-9]\d{9}$)/;
// A line that ends with a phone label and nothing after it.
const PHONE_LABEL_END = /(?:电话|热线|传真|手机|联系方式)(?:号码)?\s*[:：]\s*$/;
// (a full-width ＠, which folding leaves as it is, is written back as @; a space set around it,
// xcb @ 163.com, as pages put it to stop harvesters, is dropped)
// It starts only where a run of such characters starts: tried at every letter of a long run with
// no @ in it, it rescanned the run each time (quadratic: 1.4 s for 20,000 letters).
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+[ \u3000]?[@\uff20][ \u3000]?[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const POSTCODE = /(?:邮政编码|邮编)[:：\s]*(\d{6})(?!\d)/g;
// A postcode in brackets after an address: 通信地址：…1号（236400）.
const BRACKET_POSTCODE = /[（(](?:(?:邮编|邮政编码)\s*[:：]?\s*)?(\d{6})[)）]/g;
// (信箱： with its colon is a post-office box; 电子信箱 is a mailbox, which has an @ and is dropped)
const ADDRESS = /(?:邮政信箱|信箱(?=[:：])|通信地址|通讯地址|来信地址|联系地址|来信请寄(?:至|到)?|地址)[:：\s]*([^；;。，,\n]{4,60})/g;
// The next fact on the address's line (…1号 邮编：116000, …1号 联系电话：…) ends it.
// (收件人 too, bracketed or not: …巡察办（收件人：张三）)
const NEXT_LABEL = /[（(]?(?:邮政编码|邮编|(?:联系|举报|监督|值班|咨询)?电话|传真|(?:电子)?邮箱|联系人|收件人|收信人|手机|网址)/;
// The addressee word after it (…办公室收, …办公室（收）, …收件) is no part of the place; 征收, 接收
// and the like end a body's name.
// (an address names a place in Chinese; a bare number or a web address after 地址 is none)
const ADDRESSEE = /(?<![征接验回税吸签])(?:[（(]\s*收(?:件|信)?\s*[）)]|收(?:件|信)?)$/;
// The place ends where the addressee a 收 names starts (…路1号 县委巡察办收, …1号县委巡察办收,
// …12号信箱（邮编：123456）某某办公室收): after the last house number, room, floor or box, else at
// the last space or bracketed postcode before it. An addressee holds no digit; with no such end
// the whole is kept (a place's name may end in 办).
const PLACE_END = /(?:[\d０-９]+|[一二三四五六七八九十]+)\s*(?:号院|号楼|号|室|层|楼|栋|幢|座|单元)|信箱|[\s\u3000]+|[（(](?:(?:邮编|邮政编码)\s*[:：]?\s*)?\d{6}[)）]/g;
// The addressee first, the place in brackets after it (县委巡察办（某某县某某路1号）): the place.
// (an office's name first, not a building's, 某某大厦（人民路88号）; a place of its own in the
// brackets, a road's house number or a box, not 某某医院（门诊楼3楼）, one place told closer)
const ADDRESSEE_FIRST = /^[^\d（()）]{1,30}(?:办|办公室|纪委|监委|纪检组|纪检监察组|巡察组|党委|党组|党工委|委员会|部|处|科|室)[（(]([^（()）]*?(?:[路街巷道]\s*[\d０-９]+\s*号|信箱)[^（()）]*)[)）]$/;
function withoutAddressee(a: string): string {
  const first = ADDRESSEE_FIRST.exec(a.replace(ADDRESSEE, ""));
  if (first) return first[1];
  const to = ADDRESSEE.exec(a);
  if (!to) return a;
  let from = -1;
  PLACE_END.lastIndex = 0;
  for (let m = PLACE_END.exec(a); m && m.index < to.index; m = PLACE_END.exec(a)) from = m.index + m[0].length;
  const addressee = from < 0 ? "" : a.slice(from, to.index);
  // (no end before it, or no name after it: only the word 收 goes)
  return from > 0 && /^[^\d]{2,30}$/.test(addressee) ? a.slice(0, from) : a.slice(0, to.index);
}

// A number with its area code and nothing else ((0851)1234567, 0851-1234567, 010 12345678): the
// local part is the digits at its end. A local number alone, and what may stand between two
// numbers of a list.
const WITH_AREA = new RegExp(`^(?:\\(0\\d{2,3}\\)|0\\d{2,3})(?:\\s*${DASH}\\s*|\\s)?(\\d{7,8})$`);
const LOCAL = /^\d{7,8}$/;
const LISTED = /^\s*(?:[、，,/／;；]|或|和|及)\s*$/;

/**
 * A phone as the list gives it: as written (dashes and widths as the notice has them, read from
 * the original text), spaces dropped, but the one after a bare area code (0415 1234567 →
 * 0415-1234567); with a country code the groups it was set in by spaces stay
 * apart (+86 415 1234567 → +86-415-1234567, not +864151234567).
 */
function written(phone: string): string {
  if (!/[+\uff0b]|^0086/.test(phone)) return phone.replace(AREA_SPACE, "$1-").replace(/\s+/g, "");
  // The local number set in two groups is one number (+86 10 6688 1234 → +86-10-66881234), and a
  // bracketed area code runs on into it ((+86 415) 1234 5678 → (+86-415)12345678), as without +86.
  return phone.replace(MOBILE_GROUPS, "$1$2$3").replace(LOCAL_GROUPS, "$1$2").replace(/\)\s+(?=\d)/g, ")").replace(/\s*((?:-|[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]){1,2})\s*/g, "$1").replace(/(?<=[\d)])\s+(?=[\d(])/g, "-").replace(/\s+/g, "");
}

// An area code set apart by a space alone (0415 1234567, 010 6512 3456) is set apart by a dash, as a
// country code's groups are (+86 415 1234567 → +86-415-1234567): run together (04151234567) no
// reader sees where the area code ends. A bracket sets it apart itself ((0415) 1234 5678 →
// (0415)12345678), and a dash written with spaces around it stays the dash it is.
// (full-width digits too, as written: ０４１５　１２３４５６７)
const AREA_SPACE = /^([0０][0-9０-９]{2,3})\s+(?=[0-9０-９])/;
// A mobile set in three groups (139 1234 5678): one number. (No area code starts 13-19.)
const MOBILE_GROUPS = /(?<!\d)(1[3-9]\d)\s(\d{4})\s(\d{4})(?!\d)/;
// The last two groups of digits (the local number; not the area code before them).
const LOCAL_GROUPS = /(\d{3,4})\s(\d{3,4})(?!\s?\d)/;
// Labels of what is no phone: a mailbox (邮箱, 电子信箱, 信箱: a post-office box), an address, a
// site. What follows one, up to the next phone label, holds no phone (…1号3楼12345室 is none).
const NOT_PHONE_LABEL = /(?:电子)?(?:邮箱|信箱|邮件)|(?:通信|通讯|来信|联系|邮寄|办公)?地址|来信请寄|网址|网站/g;
const PHONE_CUE = /电话|热线|传真|手机|联系方式|联系人|来电|拨打|(?<![A-Za-z])(?:[Tt][Ee][Ll]|[Pp][Hh][Oo][Nn][Ee])(?![A-Za-z])/g;
const PHONE_CUE_ONE = new RegExp(PHONE_CUE.source);
// A line of e-mail addresses alone (and what sets them apart) under a line that gave one: the
// mailbox label's list goes on (邮箱：a@b.cn / then c@d.cn set under it).
// (what is left with the e-mails taken out: no nested repeat over them, which could backtrack)
const emailsOnly = (line: string): boolean => line.includes("@") && /^(?:[\s、，,;；/]|或|和)*$/.test(line.replace(EMAIL, ""));
/** The line with what stands under a label of no phone blanked out, up to the next phone label. */
function withoutOtherFacts(line: string): string {
  if (!/邮|信箱|地址|来信|网/.test(line)) return line;
  let out = line;
  NOT_PHONE_LABEL.lastIndex = 0;
  for (let m = NOT_PHONE_LABEL.exec(line); m; m = NOT_PHONE_LABEL.exec(line)) {
    // (联系电话及邮箱：…: one label for both, the phone under it)
    if (/(?:电话|热线|传真|手机)\s*[及和、与/或]\s*$/.test(line.slice(Math.max(0, m.index - 5), m.index))) continue;
    PHONE_CUE.lastIndex = m.index + m[0].length;
    const next = PHONE_CUE.exec(line);
    const end = next ? next.index : line.length;
    out = out.slice(0, m.index) + blank(line.slice(m.index, end)) + out.slice(end);
    NOT_PHONE_LABEL.lastIndex = end;
  }
  return out;
}

// Eight digits that read as a day (20250312) after a word of dates (日期, 时间, 截至, 于, 至), or
// in a span of two such (20250601—20250610), are a date written without its separators, not a
// local number.
const DATE_DIGITS = /^(19[5-9]\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const DATE_WORD_BEFORE = /(?:日期|时间|截至|截止|[于至到]|(?:19|20)\d{6}\s*[-—－~～]{1,2})\s*(?:为|是)?\s*[:：]?\s*$/;
const DATE_SPAN_AFTER = /^\s*(?:至|到|[-—－~～]{1,2})\s*(?:19|20)\d{6}(?!\d)/;
function datedDigits(text: string, at: number, found: string): boolean {
  return DATE_DIGITS.test(found) && (DATE_WORD_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || DATE_SPAN_AFTER.test(text.slice(at + 8, at + 20)));
}

/** A line to read: its folded text, to match, and the same text as written (offset for offset). */
export type ContactLine = string | { text: string; written: string };

// A label whose characters are set apart by spaces to line up with longer ones (电    话：, 邮 箱：,
// 地    址：), at a line's start or after a space or a stop.
const SPACED_LABEL = new RegExp(`(?<=^|[\\s；;，,。])((?:[${HAN}][ \\u3000]+){1,5}[${HAN}])(?=[ \\u3000]*[:：])`, "g");
/** The line and its written form (offset for offset) with the spaces inside such labels taken out of both. */
function unspaced(line: string, written: string): [string, string] {
  if (!/[:：]/.test(line) || !/[^\s][ \u3000]+[^\s]/.test(line)) return [line, written];
  let a = "";
  let b = "";
  let from = 0;
  SPACED_LABEL.lastIndex = 0;
  for (let m = SPACED_LABEL.exec(line); m; m = SPACED_LABEL.exec(line)) {
    a += line.slice(from, m.index) + m[1].replace(/[ \u3000]+/g, "");
    b += written.slice(from, m.index) + written.slice(m.index, m.index + m[1].length).replace(/[ \u3000]+/g, "");
    from = m.index + m[1].length;
  }
  return from === 0 ? [line, written] : [a + line.slice(from), b + written.slice(from)];
}

/** Blanks a match out with as many spaces, so offsets into the line still hold. */
const blank = (m: string): string => " ".repeat(m.length);

export function findContacts(input: readonly ContactLine[]): Notice["contact"] {
  const phones: string[] = [];
  const emails: string[] = [];
  const postcodes: string[] = [];
  const addresses: string[] = [];
  const add = (list: string[], v: string) => {
    if (!list.includes(v)) list.push(v);
  };
  // A phone label whose number stands on the next line (监督电话： then 0571-12345678).
  let labelAbove = false;
  // A phone line whose next number is set alone on the next line: read only with its area code or
  // as a mobile (a bare 12345678 there may be anything).
  let phoneAbove = false;
  // A contact line that ends with a label (电子邮箱： then the address on the next line).
  let cueAbove = false;
  // A line that gave an e-mail: one of e-mails alone under it goes on with its list.
  let mailAbove = false;
  for (const l of input) {
    const folded = typeof l === "string" ? l : l.text;
    // Phones are matched in the folded text and given as written (0551—6278…, ０４１５－…).
    // (a label spaced out to align with the others, 邮    箱：, 电 话：, is read as its word, in both)
    const [line, asWritten] = unspaced(folded, typeof l !== "string" && l.written.length === folded.length ? l.written : folded);
    if (labelAbove || phoneAbove) {
      const t = line.trim();
      const read = PHONE_LINE.test(t) && (labelAbove || FULL_PHONE.test(t));
      labelAbove = false;
      phoneAbove = read;
      if (read) {
        const lead = line.length - line.trimStart().length;
        add(phones, written(asWritten.slice(lead, lead + t.length)));
        continue;
      }
    }
    const carried = cueAbove || (mailAbove && emailsOnly(line));
    cueAbove = false;
    mailAbove = false;
    if (!carried && !CONTACT_CUE.test(line)) continue;
    cueAbove = CONTACT_CUE.test(line) && /[:：]\s*$/.test(line);
    labelAbove = PHONE_LABEL_END.test(line);
    for (const m of line.matchAll(EMAIL)) {
      add(emails, m[0].replace("\uff20", "@").replace(/[ \u3000]/g, ""));
      mailAbove = true;
    }
    const noMail = line.replace(EMAIL, " ");
    for (const m of noMail.matchAll(POSTCODE)) add(postcodes, m[1]);
    if (/地址|信箱/.test(noMail)) for (const m of noMail.matchAll(BRACKET_POSTCODE)) add(postcodes, m[1]);
    for (const m of noMail.matchAll(ADDRESS)) {
      const next = NEXT_LABEL.exec(m[1]);
      const cut = next !== null && next.index >= 4;
      // (收件人 after it names the addressee, as 收 does: …1号县委巡察办（收件人：王某） ends at 1号)
      const to = cut && /收(?:件|信)人$/.test(next[0]) ? "收" : "";
      const a = withoutAddressee((cut ? m[1].slice(0, next.index) : m[1]).replace(/[:：（(\s]+$/, "") + to).replace(/\s+/g, "").replace(BRACKET_POSTCODE, "").replace(/[:：（(]+$/, "");
      if (a && !/[@\uff20]/.test(a) && HAS_HAN.test(a)) add(addresses, a);
    }
    // Phones: only in the part of the line after a phone cue, and never a postcode or a time.
    // (联系人：张某某，139…: a contact person is given with a number)
    // (and a mailbox's or an address's part of the line: 通信地址：…12345室 is no phone)
    const blanked = withoutOtherFacts(line.replace(EMAIL, blank));
    // (来电请拨：…, 拨打…: a phone asked for by the verb)
    const cue = PHONE_CUE_ONE.exec(blanked);
    if (!cue) continue;
    // (blanked out offset for offset, so a phone's place in the tail is its place in the line)
    const tail = blanked.slice(cue.index).replace(/(?:邮政编码|邮编)[:：\s]*\d{6}/g, blank).replace(BRACKET_POSTCODE, blank).replace(/\d{1,2}[:：]\d{2}/g, blank);
    // The area code of the last number read on the line, for a local number listed after it.
    let area: { prefix: string; digits: number; end: number } | null = null;
    for (const m of tail.matchAll(PHONE)) {
      if (datedDigits(tail, m.index, m[0])) continue;
      const at = cue.index + m.index;
      const phone = written(asWritten.slice(at, at + m[0].length));
      // 0851-1234567、7654321: the second, its area code left out, is in the first's area
      // (0851-7654321); of another length it is no local number there and stays as written.
      const end = m.index + m[0].length;
      if (area && LOCAL.test(m[0]) && m[0].length === area.digits && LISTED.test(tail.slice(area.end, m.index))) {
        add(phones, area.prefix + phone);
        area.end = end;
      } else {
        add(phones, phone);
        const local = WITH_AREA.exec(m[0]);
        area = local ? { prefix: phone.slice(0, phone.length - local[1].length), digits: local[1].length, end } : null;
      }
      phoneAbove = true;
    }
  }
  return { phones, emails, postcodes, addresses };
}
