/**
 * Tenths: 三成, 占比七成以上, 近8成, 近九成群众 (成 = 10%). 成 is also a verb and starts many words
 * (建成, 一成不变, 三成员, 成立, 三五成群), so it counts after a whole number up to ten at the end of a
 * clause, before 以上/左右/多/的 and the like, or before the noun it measures (九成群众, 八成党员)
 * unless the character after it makes a word with 成 (成员, 成立, 成本…) or a name does (张九成同志).
 * Reported as written (3 成), normalized like % (0.3 ratio).
 */
import { charSet, code, isHanCode } from "../chars.js";
import type { MatchRule, UnitDef } from "../types.js";

const CHENG = code("成");
const DUO = code("多");
const DE = code("的");
const TENTHS: UnitDef = { text: "成", family: "percent", base: "ratio", factor: 0.1 };
/** Characters after 成 that end the quantity: 以上 左右 上下 多 许 的, 之 (之多) */
const AFTER = charSet("以左上多许的之");
/** Characters that make a word with 成 (成员 成立 一成不变 成千上万 成本 成果 成绩 成败 成风 成灾 成才 成群), or a numeral (九成九). */
const WORD_AFTER = charSet("员立不千本果绩败风灾才器群零〇一二三四五六七八九十百");
/** …but 群众 and 群体 are measured (九成群众), and 同志 follows a name (张九成同志). */
const MEASURED = ["群众", "群体"];
const NAME_AFTER = "同志";

export const tenths: MatchRule = {
  name: "tenths",
  kind: "match",
  family: "percent",
  match(state, tok) {
    const t = state.text;
    if (t.charCodeAt(tok.end) !== CHENG || tok.scale !== "") return null;
    const v = tok.coef;
    if (!(v >= 1 && v <= 10 && Number.isInteger(v))) return null;
    const next = t.charCodeAt(tok.end + 1);
    if (isHanCode(next) && !AFTER(next)) {
      if (WORD_AFTER(next) && !MEASURED.some((w) => t.startsWith(w, tok.end + 1))) return null;
      if (t.startsWith(NAME_AFTER, tok.end + 1)) return null;
    }
    // 三成多: 多 after the unit is "a little more" when nothing follows it (三成多数 is not)
    const more = next === DUO && (!isHanCode(t.charCodeAt(tok.end + 2)) || t.charCodeAt(tok.end + 2) === DE);
    return {
      rule: "tenths", start: tok.start, end: tok.end + (more ? 2 : 1), value: v, unit: "成", def: TENTHS,
      scale: "", approx: more, range: false, tokens: [tok],
    };
  },
};
