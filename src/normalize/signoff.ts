// Sign-off lines: an organisation's name on a line of its own, then a date on the next. Normalize
// never joins them to the line above; segment's closing block and extract's sign-off read them too.
/** How the name of a signing organisation ends. */
export const ORG_END = /(?:委员会|管委会|办事处|巡察办|领导小组|林场|广播电视台|供销合作社|党委|党组|工委|党工委|纪委|政府|办公室|公司|集团|局|院|中心|支部|总支|委|厅|部|所|校|学校|大学|医院|银行|协会|联合会|街道|镇|乡|村)$/;
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

/**
 * An attachment's heading after the sign-off: 附件, 附件1：, 附件二 …, then at most a short
 * title. It is whole: the table or text below it is never joined to it.
 */
export const ATTACHMENT_HEAD = /^附件\s*([\d一二三四五六七八九十]*)\s*[:：]?\s*/;
