/**
 * Fractions: 三分之二, 十分之一, 3分之1 (N分之M, a part of a whole). 百分之 and 千分之 are
 * percentages (the percent rule, before this one). A proper fraction only: the part is smaller
 * than the whole (五分之七 is no share of anything a notice counts). The value is the share,
 * M/N to four places, in the written unit 分之; normalized as a ratio, as % is.
 */
import { charSet, code, isDigitCode } from "../chars.js";
import type { MatchRule, UnitDef } from "../types.js";
import { parseChineseNumber } from "../../../numerals/index.js";

const FEN = code("分");
const ZHI = code("之");
const CN_DIGIT = charSet("〇零一二三四五六七八九十两");
const FRACTION: UnitDef = { text: "分之", family: "percent", base: "ratio", factor: 1 };

export const fraction: MatchRule = {
  name: "fraction",
  kind: "match",
  family: "percent",
  match(state, tok) {
    if (tok.scale !== "") return null;
    const t = state.text;
    if (tok.start < 3 || t.charCodeAt(tok.start - 1) !== ZHI || t.charCodeAt(tok.start - 2) !== FEN) return null;
    // The whole: the numeral right before 分之, of one script, at most three characters.
    const last = tok.start - 3;
    const digits = isDigitCode(t.charCodeAt(last));
    const inRun = (c: number) => (digits ? isDigitCode(c) : CN_DIGIT(c));
    let from = last;
    while (from > 0 && last - from < 2 && inRun(t.charCodeAt(from - 1))) from--;
    if (!inRun(t.charCodeAt(last)) || (from > 0 && inRun(t.charCodeAt(from - 1)))) return null;
    const whole = digits ? Number(t.slice(from, last + 1)) : parseChineseNumber(t.slice(from, last + 1));
    const part = tok.value;
    if (whole === null || !(whole >= 2) || !(part >= 1) || part >= whole || !Number.isInteger(part)) return null;
    return {
      rule: "fraction", start: from, end: tok.end, value: Math.round((part / whole) * 10000) / 10000, unit: FRACTION.text, def: FRACTION,
      scale: "", approx: false, range: false, tokens: [tok],
    };
  },
};
