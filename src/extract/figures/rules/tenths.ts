/**
 * Tenths: 三成, 占比七成以上, 近8成, 近九成群众 (成 = 10%). 成 is also a verb and starts many words
 * (建成, 一成不变, 三成员, 成立, 三五成群), so it counts after a whole number up to ten at the end of a
 * clause, before 以上/左右/多/的 and the like, or before the noun it measures (九成群众, 八成党员)
 * unless the character after it makes a word with 成 (成员, 成立, 成本…) or it is part of a name (张九成同志,
 * 张九成主任, 由王八成负责: a title after it, or a surname before the numeral).
 * Reported as written (3 成), normalized like % (0.3 ratio).
 */
import { charSet, code, isHanCode, isDigitCode } from "../chars.js";
import type { MatchRule, UnitDef } from "../types.js";

const CHENG = code("成");
const DUO = code("多");
const DE = code("的");
const TENTHS: UnitDef = { text: "成", family: "percent", base: "ratio", factor: 0.1 };
/** Characters after 成 that end the quantity: 以上 左右 上下 多 许 的, 之 (之多) */
const AFTER = charSet("以左上多许的之");
/** Characters that make a word with 成 (成员 成立 一成不变 成千上万 成本 成果 成绩 成败 成风 成灾 成才 成群), or a numeral (九成九). */
const WORD_AFTER = charSet("员立不千本果绩败风灾才器群零〇一二三四五六七八九十百");
/** …but 群众 and 群体 are measured (九成群众). */
const MEASURED = ["群众", "群体"];
/**
 * A name may hold a numeral and 成 (张九成, 刘二成): after 成, a title or 同志 says so (张九成主任,
 * 村支书王八成书记), wherever the name stands.
 */
const TITLES = ["同志", "主任", "书记", "支书", "局长", "部长", "科长", "处长", "县长", "镇长", "乡长", "村长", "区长", "市长", "厅长", "主席", "经理", "组长", "队长", "院长", "校长", "所长", "站长", "委员", "副主任", "副书记", "副局长", "检察长", "检察官", "法官", "庭长", "行长", "厂长", "董事长", "总经理", "社长"];
/**
 * …and so does a surname right before the numeral, one written numeral character (由张九成负责,
 * 赵九成、李四等), unless the quantity's own words follow (以上 左右 多 许 之). Only surnames that no
 * word of these notices ends with: not 高 (提高三成), 于 (高于九成), 金 (资金), 庄 (村庄), 段 (阶段),
 * 范 (规范), 施 (实施), 查 (检查), 关 (机关), 苏 夏 (江苏, 宁夏), 焦 (聚焦), 叶 (茶叶)…
 */
const SURNAME = charSet("张王李赵刘陈杨黄吴徐孙胡朱郭罗宋郑韩唐冯董萧曹袁邓傅沈彭吕卢蒋蔡贾丁魏薛阎潘杜戴钟汪姜姚谭廖邹熊陆郝孔崔邱秦侯邵孟汤尹乔贺庞樊殷陶翟倪牛俞鲁葛韦尤聂柳邢岳梅莫辛祝涂祁舒耿牟卜詹凌靳欧甄裴屈鲍覃霍翁隋柏柯阮桂闵柴冉辜饶刁瞿戚丘滕苑邬臧苟马");
const QUANTITY_END = charSet("以左上多许之");

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
      if (TITLES.some((w) => t.startsWith(w, tok.end + 1))) return null;
    }
    if (tok.end - tok.start === 1 && SURNAME(t.charCodeAt(tok.start - 1)) && !QUANTITY_END(next) && !isDigitCode(t.charCodeAt(tok.start))) return null;
    // 三成多: 多 after the unit is "a little more" when nothing follows it (三成多数 is not)
    const more = next === DUO && (!isHanCode(t.charCodeAt(tok.end + 2)) || t.charCodeAt(tok.end + 2) === DE);
    return {
      rule: "tenths", start: tok.start, end: tok.end + (more ? 2 : 1), value: v, unit: "成", def: TENTHS,
      scale: "", approx: more, range: false, tokens: [tok],
    };
  },
};
