// Lines printed above a document's title (公文 style): the red header that names the issuing body
// as a document (中共某某县委巡察工作领导小组办公室文件) and the document number (某巡办〔2024〕12号),
// which PDFs also repeat as a running header. Each is a line of its own, never part of the title.
import { ORG_END, isSignoffOrg } from "./signoff.js";
import { HAN_ANY } from "../text/han.js";

const RED_HEADER = new RegExp(`^([${HAN_ANY}（）()]{3,40})文件$`, "u");
// 青巡办〔2024〕12号, 某政发[2024]3号, 某纪字（2023）第5号: an issuer's short code, the year in brackets, the number.
const DOC_NUMBER = new RegExp(String.raw`^[${HAN_ANY}]{1,12}[〔\[［(（【]\d{4}[〕\]］)）】]第?\d{1,4}号$`, "u");

/** A red header line: an organisation's name and 文件 (read without spaces). */
export function isRedHeader(t: string): boolean {
  if (!t.endsWith("文件")) return false;
  const m = RED_HEADER.exec(t.replace(/\s+/g, ""));
  return m !== null && ORG_END.test(m[1]);
}

/** A line that is only a document number (read without spaces). */
export const isDocNumber = (t: string): boolean => t.endsWith("号") && t.length <= 40 && DOC_NUMBER.test(t.replace(/\s+/g, ""));

// A bulletin's masthead over the notice it prints: its name (巡察工作简报), its issue (第12期,
// 2024年第3期, 总第37期, 第5期（总第37期）) or the two on one line. facts.ts reads the same shapes
// to find the title, so both come from here.
export const ISSUE = String.raw`(?:\d{4}\s*年(?:度)?\s*)?(?:总\s*)?第?\s*[\d一二三四五六七八九十百〇零]{1,4}\s*期(?:\s*[(（]\s*总\s*第?\s*[\d一二三四五六七八九十百〇零]{1,4}\s*期\s*[)）])?`;
export const MASTHEAD = new RegExp(String.raw`^(?:[^\s。，,；;：:]{2,20}?(?:简报|专报|快报|通讯|动态|专刊|增刊)(?:\s*${ISSUE})?|[(（]?${ISSUE}[)）]?)$`);

// Who edits the bulletin, on a line of its own under its name (县委巡察办编, 中共某某市委巡察工作领导
// 小组办公室 编, ××巡察办　编印, 编印：某某县委巡察办, 主办单位：…), perhaps with the issue or the
// date after it (…巡察办编    2025年5月12日). The name must end as an organisation's does, so a
// sentence that ends in 编 (…汇编) is no editor.
export const EDITOR_LABEL = /^(?:主办单位|编印单位|主办|编印|编发|编辑|承办)[:：]/;
export const EDITOR_WORD = /(?:编印|编发|编辑|主办|印发|编)$/;
const EDITOR_TAIL = new RegExp(String.raw`(?:${ISSUE}|(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?|\d{4}[-./]\d{1,2}[-./]\d{1,2})$`);
/** A masthead's line that names who edits it (read without spaces), the issue or date after it or not. */
export function isEditorLine(t: string): boolean {
  // (cheap: every such line holds 编 or 主办 or 印发, and is short)
  if (t.length > 60 || (t.indexOf("编") < 0 && t.indexOf("主办") < 0 && t.indexOf("印发") < 0)) return false;
  let u = t.replace(/\s+/g, "");
  const tail = EDITOR_TAIL.exec(u);
  if (tail !== null && tail.index > 0) u = u.slice(0, tail.index);
  const label = EDITOR_LABEL.exec(u);
  if (label !== null) return isSignoffOrg(u.slice(label[0].length));
  const word = EDITOR_WORD.exec(u);
  return word !== null && isSignoffOrg(u.slice(0, word.index));
}

/** A line that is a masthead (read without spaces): its name, its issue, or who edits it. */
export const isMasthead = (t: string): boolean => (t.length <= 40 && /[期报讯态刊)）]$/.test(t) && MASTHEAD.test(t.replace(/\s+/g, ""))) || isEditorLine(t);
