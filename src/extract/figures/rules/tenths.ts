/**
 * Tenths: 三成, 占比七成以上, 近8成 (成 = 10%). 成 is also a verb and starts many words (建成, 一成不变,
 * 三成员, 成本), so it counts only as the last character of a clause or before 以上/左右/多/的 and the
 * like, after a whole number up to ten. Reported as written (3 成), normalized like % (0.3 ratio).
 */
import { charSet, code, isHanCode } from "../chars.js";
import type { MatchRule, UnitDef } from "../types.js";

const CHENG = code("成");
const DUO = code("多");
const DE = code("的");
const TENTHS: UnitDef = { text: "成", family: "percent", base: "ratio", factor: 0.1 };
/** Characters after 成 that end the quantity: 以上 左右 上下 多 许 的, 之 (之多) */
const AFTER = charSet("以左上多许的之");

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
    if (isHanCode(next) && !AFTER(next)) return null;
    // 三成多: 多 after the unit is "a little more" when nothing follows it (三成多数 is not)
    const more = next === DUO && (!isHanCode(t.charCodeAt(tok.end + 2)) || t.charCodeAt(tok.end + 2) === DE);
    return {
      rule: "tenths", start: tok.start, end: tok.end + (more ? 2 : 1), value: v, unit: "成", def: TENTHS,
      scale: "", approx: more, range: false, tokens: [tok],
    };
  },
};
