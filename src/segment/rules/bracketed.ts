// 【一】 【二】 [三], 【1】 〖2〗 〔3〕 — a number set in a pair of square or lenticular brackets, as
// web and WeChat articles number their sections. Two styles, Chinese numerals and digits, so that
// 【一】 over 【1】 gives two levels. Not a year in brackets (〔2024〕, a document number's), and
// not a bracketed label (【问题1】 is labelled-problem's), nor a footnote's [1] (digits in square
// brackets).
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

const PAIRS: Record<string, string> = { "【": "】", "〖": "〗", "［": "］", "[": "]", "〔": "〕" };
const CN = /^[【〖［[〔]\s*([一二三四五六七八九十百两]{1,4})\s*([】〗］\]〕])\s*(?:[、.:]\s*)?/;
const ARABIC = /^[【〖〔]\s*(\d{1,3})\s*([】〗〕])\s*(?:[、.:]\s*)?/;

function bracketRule(name: string, re: RegExp, family: "cn" | "arabic"): HeadingRule {
  return {
    name,
    family,
    match(line) {
      if (!(line.charAt(0) in PAIRS)) return null; // cheap pre-check before the regex
      const m = re.exec(line);
      if (!m || PAIRS[line.charAt(0)] !== m[2]) return null;
      const number = family === "arabic" ? Number(m[1]) : cnHeadingNumber(m[1]);
      if (!number) return null;
      return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
    },
  };
}

export const bracketCn = bracketRule("bracket-cn", CN, "cn");
export const bracketArabic = bracketRule("bracket-arabic", ARABIC, "arabic");
