/**
 * Guard: Chinese numerals that are part of another word. 一 after 统 唯 逐 之 进 同 单 … belongs
 * to that word (统一名称, 唯一, 进一步, 上一次 = "last time"); a lone 二 counts nothing (二类, 二级, 二期: counting uses 两);
 * 零 on its own is a word (零部件, 零容忍, 零售), not a count of nothing; 几十家 and 数百人 are
 * indefinite amounts.
 */
import { charSet, code } from "../chars.js";
import type { GuardRule } from "../types.js";
import { pairOf } from "../scan.js";

const BEFORE_ONE = charSet("统唯逐之第万不同单专划归合如其任每进看某哪这那另择初农独上下");
/** 周一, 星期一, 礼拜一 are weekdays, but 每周一次 is a count. */
const WEEKDAY = charSet("周期拜");
/** 每季度上一次党课: after 度月年周期 + 上, 一 is a count */
const PERIOD = charSet("度月年周期");
const INDEFINITE = charSet("几数好");
const SHANG = code("上");
const SCALE = charSet("十百千万亿拾佰仟萬億");
const MEI = code("每");
const ZHI = code("之");
const FEN = code("分");

export const chineseWord: GuardRule = {
  name: "chinese-word",
  kind: "guard",
  test(state, tok) {
    if (tok.script !== "chinese") return false;
    const t = state.text;
    // (but 百分之二, 千分之二: a fraction's numerator is read digit by digit)
    // (and 二三十人: the first of two numerals side by side, a range)
    if (tok.raw === "二") return !(t.charCodeAt(tok.start - 1) === ZHI && t.charCodeAt(tok.start - 2) === FEN) && pairOf(tok) === undefined;
    if (tok.value === 0) return true; // 零部件, 零容忍, 零售

    const prev = t.charCodeAt(tok.start - 1);
    if (tok.raw.startsWith("一")) {
      // 每季度上一次党课 ("give one lecture") is a count, 上一次巡察 ("the last time") is not
      const givesOne = prev === SHANG && PERIOD(t.charCodeAt(tok.start - 2));
      // ... but 一千二百, 一百二十 start a number: 工单一千二百余件, 清单一百二十项 (单一 is "single")
      const bigNumber = SCALE(t.charCodeAt(tok.start + 1)) && tok.end > tok.start + 1;
      // 之一 is "one of" (原因之一), but 分之一 a numerator (百分之一, 三分之一)
      const numerator = prev === ZHI && t.charCodeAt(tok.start - 2) === FEN;
      if (BEFORE_ONE(prev) && !givesOne && !bigNumber && !numerator) return true;
      if (WEEKDAY(prev) && t.charCodeAt(tok.start - 2) !== MEI) return true;
    }
    // 几十家, 数百人, 好几个: an indefinite amount
    if (INDEFINITE(prev)) return true;
    return false;
  },
};
