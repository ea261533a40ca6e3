// Sign-off lines: an organisation's name on a line of its own, then a date on the next. Normalize
// never joins them to the line above; segment's closing block and extract's sign-off read them too.
import { HAN_ANY } from "../text/han.js";

/** How the name of a signing organisation ends. */
// 馆 站 队 厂 场 and the people's organisations (工会, 妇联, 科协 …) name units too (市档案馆, 县气象站,
// 交警大队, 自来水厂, 国有农场, 县总工会, 县妇联); 委会 the residents' and villagers' committees
// (某某社区居委会, 某某村村委会) and a 社区 that signs as itself.
export const ORG_END = /(?:纪检监察组|纪检组|委员会|委会|社区|办事处|巡察办|领导小组|林场|农场|广播电视台|供销合作社|合作社|联社|馆|(?<!网)站|队|厂|工会|妇联|科协|文联|残联|侨联|工商联|党委|党组|工委|党工委|纪委|政府|办公室|公司|集团|局|院|中心|支部|总支|委|厅|部|所|校|学校|大学|中学|小学|幼儿园|医院|监狱|报社|出版社|银行|协会|联合会|街道|镇|乡|村)$/;
// (any Han character: a place may be named with a rare one outside the basic block, 䢺滩镇, 𠮷𠮷县;
// and the marks that stand for a name left out, ××县, ＸＸ大学, ＊＊局)
const ORG_CHARS = new RegExp(`^[${HAN_ANY}A-Za-z（）()×Ｘ＊*╳]{2,40}$`, "u");
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
// A seal mark printed after a signing organisation: （印）, (盖章), （公章）, and （代章）, （代印） where
// another body's seal stands for it (a discipline-inspection group signs with its commission's).
const SEAL_END = /[（(](?:印|盖章|公章|章|代章|代印)[)）]$/;
/** A line that is only a seal mark (the organisation's, on the line above or below). */
export const isSignoffSeal = (t: string): boolean => t.length <= 6 && SEAL_END.test(t) && /^[（(]/.test(t);
/** An organisation's name without the seal mark after it: 中共某某县委员会（印） is 中共某某县委员会. */
export const withoutSeal = (t: string): string => (t.indexOf("章") < 0 && t.indexOf("印") < 0 ? t : t.replace(SEAL_END, "").trimEnd());

// A discipline-inspection group is named for where it is sent (驻市税务局纪检组, 县纪委监委派驻第五纪检
// 监察组): a line ending in one that has no 驻, or says what is done with it (会同驻局纪检组, 主动接受派驻…), is
// a sentence's piece, not a name.
const GROUP_NAME = /^(?!请|由|经|向|在|与|和)(?![^驻]*(?:会同|接受|商请|配合|邀请|协助|联合|主动))[^驻]*驻/;
/** A line that is only an organisation's name (a sign-off's first line), a seal mark after it or not. */
export const isSignoffOrg = (t: string): boolean => {
  const u = withoutSeal(t);
  return ORG_CHARS.test(u) && ORG_END.test(u) && !(/[检察]组$/.test(u) && !GROUP_NAME.test(u));
};

/** A sign-off's organisations on one line: one, or two or three set apart by spaces (a joint sign-off). */
export const isSignoffOrgs = (t: string): boolean => {
  if (isSignoffOrg(t)) return true;
  if (t.length > 90 || !/\s/.test(t.trim())) return false;
  const parts = t.trim().split(/\s+/);
  return parts.length <= 3 && parts.every(isSignoffOrg);
};

/**
 * An attachment's heading after the sign-off: 附件, 附件1：, 附件二 …, then at most a short
 * title. It is whole: the table or text below it is never joined to it.
 */
// An organisation then its date, set apart by two spaces or more (某某镇党委    二〇二五年六月十日).
const ORG_THEN_DATE = /^(\S.*?)\s{2,}(\S+(?:\s\S+)?)$/;
/** Whether `t` is a sign-off's organisation and its date on one line (as printed, spaces kept). */
export const isSignoffOrgAndDate = (t: string): boolean => {
  const m = t.length <= 60 ? ORG_THEN_DATE.exec(t.trim()) : null;
  return m !== null && isSignoffDate(m[2].replace(/\s+/g, "")) && isSignoffOrgs(m[1]);
};

export const ATTACHMENT_HEAD = /^附件\s*([\d一二三四五六七八九十]*)\s*[:：]?\s*/;

// The record printed under a document's last rule (版记): who gets copies (抄送：…, 抄报：…) and
// who printed it when (某某办公室  2024年10月16日印发), and the copies printed (共印20份).
const COPY_TO = /^(?:抄\s*送|抄\s*报|分\s*送|发\s*送)\s*[:：]/;
const PRINTED_BY = new RegExp(String.raw`^[${HAN_ANY}（）()]{2,40}\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,12}印\s*发$`, "u");
const COPIES = /^[（(]?\s*共印\s*\d{1,5}\s*份\s*[)）]?$/;
/** A line of the 版记: copies sent, printed by whom and when, copies printed. Not a sign-off. */
export const isCopyRecord = (t: string): boolean => COPY_TO.test(t) || (t.endsWith("发") && PRINTED_BY.test(t)) || COPIES.test(t);

/** A sentence of the closing block: the invitation to comment, contact labels, 特此通报. */
export const CLOSING = /欢迎.{0,30}监督|如有.{0,6}(?:意见|建议|问题)|请及时(?:向我们)?反映|联系(?:电话|方式|人|地址)|(?:举报|监督|咨询|投诉)电话|(?:网络|网上|信访)举报|邮政(?:信箱|编码)|电子(?:邮|信)箱|邮箱[:：]|邮编|(?:通信|通讯|来信)地址|来信请寄|传\s*真[:：]|公开期限|公示期|^特此(?:通报|公告|通知|公布)[。!！]?$/;

// A contact's label opening a line (联系电话：, 邮    箱：, 联 系 人：, 通讯地址：), spaced out or not.
const CONTACT_LABEL = /^(?:联系(?:电话|方式|人|地址)|(?:举报|监督|咨询|投诉)电话|电子(?:邮|信)箱|邮箱|邮政编码|邮编|(?:通信|通讯|来信)地址|传真)[:：]/;
/** A line that opens with a contact's label: it opens the closing block, whatever stands above it. */
export const isContactLine = (t: string): boolean => {
  const c = t.indexOf("：") >= 0 ? t.indexOf("：") : t.indexOf(":");
  return c >= 2 && c <= 16 && CONTACT_LABEL.test(t.slice(0, c + 1).replace(/ /g, ""));
};
