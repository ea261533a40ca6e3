/**
 * Filter for quantities written in Chinese numerals (两期, 一次, 两亿元, 三期).
 * - A lone 一 with a general classifier is an indefinite article, not a count (一批 一项 一个问题
 *   一套制度 一些): it counts only with words that really count (一名 一次 一人次) or with units
 *   of money, area, time and the like (一亿元, 一个月).
 * - 一次性, 两次性: the numeral and measure word form an adjective.
 * - 一次完成, 一次办结, 一次告知: "in one go", an adverb, not a count of events.
 * - 分 after a Chinese numeral is a word (十分, 三分之一), not a score.
 */
import type { FilterRule } from "../types.js";

/** Measure words with which a lone 一 is a real count. */
export const ONE_COUNTS: ReadonlySet<string> = new Set(["名", "位", "人", "次", "人次", "家次", "户次", "批次", "场次", "户", "岁"]);

/** 一次 followed by one of these verbs means "in one go". */
const ONE_GO = /^(?:完成|办结|办好|办成|告知|通过|到位|解决|审批|审核|受理|申报|领取|说清|讲清)/;

export const chineseQuantity: FilterRule = {
  name: "chinese-quantity",
  kind: "filter",
  reject(state, cand) {
    const tok = cand.tokens[0];
    if (tok.script !== "chinese") return false;
    if (state.text[cand.end] === "性") return true;
    if (cand.unit === "分") return true; // 十分重视, 三分之一: scores are written in Arabic digits
    if (tok.raw === "一" && cand.def.family === "count" && !ONE_COUNTS.has(cand.def.text)) return true;
    if (tok.raw === "一" && cand.unit === "次" && ONE_GO.test(state.text.slice(cand.end, cand.end + 2))) return true;
    return false;
  },
};
