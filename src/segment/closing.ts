// The closing block of a notice: the invitation to comment, contacts and the sign-off (an
// organisation, then a date). Those lines belong to no section, so the last item's body stops
// before them.
import type { CleanLine } from "../normalize/index.js";
import { matchMarker } from "./rules/index.js";

const CLOSING = /欢迎.{0,12}监督|如有.{0,6}(?:意见|建议|问题)|请及时(?:向我们)?反映|联系(?:电话|方式|人)|举报电话|邮政(?:信箱|编码)|电子邮箱|邮编|公开期限|公示期/;
/** How the name of a signing organisation ends (extract's sign-off reads the issuer with it too). */
export const ORG_END = /(?:委员会|管委会|巡察办|领导小组|林场|广播电视台|供销合作社|党委|党组|工委|党工委|纪委|政府|办公室|公司|集团|局|院|中心|支部|总支|委|厅|部|所|校|学校|大学|医院|银行|协会|联合会|街道|镇|乡|村)$/;
const ORG_CHARS = /^[\u4e00-\u9fa5A-Za-z（）()]{2,40}$/;
/** A line that is nothing but a date in Chinese (a sign-off's). */
const DATE_LINE = /^(?:\d{4}|[〇○O零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$/;
const NUMERIC_DATE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;

/**
 * A line that is only a date with its year: 2024年6月1日, 二〇二四年六月一日, 2024-06-01, and
 * month-only 2024年6月, which sign-offs use too. A line that is one never continues the line above.
 */
export const isSignoffDate = (t: string): boolean => {
  // Also in brackets, as printed under a title: （2024年4月28日）.
  const u = /^\s*[(（].*[)）]\s*$/.test(t) ? t.trim().slice(1, -1) : t;
  return DATE_LINE.test(u) || NUMERIC_DATE.test(u.trim());
};
/** A line that is only an organisation's name (a sign-off's first line). */
export const isSignoffOrg = (t: string): boolean => ORG_CHARS.test(t) && ORG_END.test(t);

const NOTE = /^[(（]此件.{1,8}[)）]$/;
const ATTACHMENTS = /^附件[:：]?/;

/**
 * Where the matter after a sign-off starts: a note such as （此件公开发布） and an attachment list
 * (附件：, then its numbered lines). Numbered lines count only under an 附件 line, so a notice
 * that simply ends with its last item keeps it. lines.length when there is none.
 */
function afterMatterStart(lines: CleanLine[]): number {
  let start = lines.length;
  for (let k = lines.length; k > 0 && k > lines.length - 12; k--) {
    const t = lines[k - 1].text.replace(/\s+/g, "");
    if (NOTE.test(t) || ATTACHMENTS.test(t)) start = k - 1;
    else if (!(matchMarker(t) !== null && t.length <= 40 && !/[。；;]/.test(t))) break;
  }
  return start;
}

/**
 * Where the closing block starts: scanning up from the end over sign-off lines and contact
 * sentences. A date line counts only at the end or among closing lines (the scan stops at the
 * first line that is neither); an organisation line only right above a date line.
 */
export function closingStart(lines: CleanLine[]): number {
  let i = afterMatterStart(lines);
  let seen = 0;
  while (i > 0 && seen < 8) {
    const t = lines[i - 1].text.replace(/\s+/g, "");
    const signoff = isSignoffDate(t) || (isSignoffOrg(t) && i < lines.length && isSignoffDate(lines[i].text.replace(/\s+/g, "")));
    if (!signoff && !(CLOSING.test(t) && matchMarker(t) === null)) break;
    i--;
    seen++;
  }
  return i;
}
