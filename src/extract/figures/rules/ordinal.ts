/**
 * Guard: ordinals are not quantities. 第37位, 第二批, 第10万台, 第1-3名, 第1、2、3项; and a session number
 * after 届 (十五届6次常务会议, 十三届四十一次常委会).
 */
import { charSet, code } from "../chars.js";
import type { GuardRule } from "../types.js";
import { prevCharIndex } from "./_single.js";

const N = "[0-9.零〇一二两三四五六七八九十百千]+";
const SEP = "[-~—–至到、和及与]";
/** 第1-3名, 第1、2、3项, 第二至四批: every number after 第 in such a list is an ordinal. */
const LIST_ORDINAL = new RegExp(`第\\s*${N}(?:\\s*${SEP}\\s*${N})*\\s*${SEP}\\s*$`, "u");
const LIST_SEPARATOR = charSet("-~—–至到、和及与");
const DI = code("第");
const JIE = code("届");

export const ordinal: GuardRule = {
  name: "ordinal",
  kind: "guard",
  test(state, tok) {
    const t = state.text;
    const p = prevCharIndex(t, tok.start);
    if (p < 0) return false;
    const c = t.charCodeAt(p);
    if (c === DI || c === JIE) return true;
    if (LIST_SEPARATOR(c)) return LIST_ORDINAL.test(t.slice(Math.max(0, tok.start - 32), tok.start));
    return false;
  },
};
