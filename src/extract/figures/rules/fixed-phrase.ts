/**
 * Guard: set phrases that start with a Chinese numeral and a measure word but name something
 * (political slogans such as 两个维护 and 八项规定 when written without quotes, place names such as
 * 七台河), and the 一X一Y / N位一体 slogan shape (一户一策, 一人一档, 五位一体, 两个一百年).
 */
import { charSet, code, isHanCode } from "../chars.js";
import type { GuardRule } from "../types.js";

export const FIXED_PHRASES: readonly string[] = [
  "两个维护", "两个确立", "两个确保", "两个坚持", "两个责任", "两个务必", "两个大局", "两个毫不动摇", "两个一百年", "两个结合",
  "两个覆盖", "两个先锋队", "两个至上", "三个代表", "三个务必", "三个区分开来", "三个以案", "三个表率",
  "三个倡导", "三个转变", "三个有利于", "四个意识", "四个自信", "四个全面", "四个服从", "四个合格",
  "四个坚持", "四个不摆", "四个铁一般", "四个最严", "五个必须", "五个坚持", "五个要求", "六个必须",
  "十个明确", "十个坚持", "十四个坚持", "十三个方面", "八项规定", "六项纪律", "四项基本原则", "四种形态",
  "三次分配", "两学一做", "三会一课", "三重一大", "一岗双责", "两不愁", "三保障", "三项制度", "两张皮", "两条腿",
  "一次都不跑", "一次也不跑", "七台河", "三门峡", "五台山", "五台县", "九台",
];

/** Set phrases whose numeral is not the first character, with the numeral's offset in the phrase. */
const INNER_PHRASES: ReadonlyArray<[string, number]> = (["最多跑一次", "只跑一次", "最多跑一趟", "只进一扇门"] as const)
  .map((p) => [p, p.search(/[一二两三四五六七八九十]/u)] as [string, number])
  .filter(([, at]) => at > 0);
const INNER_BEFORE = charSet(INNER_PHRASES.map(([p, at]) => p[at - 1]).join(""));
const CN_D = charSet("零〇一二两三四五六七八九十");
/**
 * Phrases by their first two characters: by the first alone, every 三 or 两 tried a dozen phrases
 * (this rule was 4% of findFigures). The key keeps 14 bits of the first code so that it stays a
 * small integer; a collision only costs a startsWith.
 */
const pairKey = (a: number, b: number): number => ((a & 0x3fff) << 16) | b;
const BY_PAIR = new Map<number, string[]>();
for (const p of FIXED_PHRASES) {
  const k = pairKey(p.charCodeAt(0), p.charCodeAt(1));
  if (!BY_PAIR.has(k)) BY_PAIR.set(k, []);
  BY_PAIR.get(k)!.push(p);
}
/** Second characters of the phrases: most numbers are followed by none of them, and skip the map. */
const SECOND = charSet(FIXED_PHRASES.map((p) => p[1]).join(""));
/** 两至三次, 三或四个: a range or alternative, not a slogan. */
const CONNECTORS = charSet("至到和或与及、");
const DUO = code("多");
const GE = code("个");

export const fixedPhrase: GuardRule = {
  name: "fixed-phrase",
  kind: "guard",
  test(state, tok) {
    if (tok.script === "arabic") return false;
    const t = state.text;
    const second = t.charCodeAt(tok.start + 1);
    if (SECOND(second)) {
      const phrases = BY_PAIR.get(pairKey(t.charCodeAt(tok.start), second));
      if (phrases !== undefined) for (const p of phrases) if (t.startsWith(p, tok.start)) return true;
    }
    // slogans with the numeral inside: 最多跑一次, 只跑一次 (by the character before the numeral)
    if (INNER_BEFORE(t.charCodeAt(tok.start - 1))) {
      for (const [p, at] of INNER_PHRASES) if (tok.start >= at && t.startsWith(p, tok.start - at)) return true;
    }
    // 一户一策, 一人一档, 两个一百年, 五位一体, 一企一策, 一人多岗 (but 一个多月 is a span)
    if (tok.raw.length === 1) {
      const a = t.charCodeAt(tok.end), b = t.charCodeAt(tok.end + 1), c = t.charCodeAt(tok.end + 2);
      if (isHanCode(a) && (CN_D(b) || (b === DUO && a !== GE)) && isHanCode(c) && !CN_D(a) && !CONNECTORS(a)) return true;
    }
    return false;
  },
};
