// Line preparation: width folding (done only when a line needs it, and found during the number
// scan), quote marks, and the character-code fast paths. The results must be what folding the
// whole line first and marking every quote would give.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findFigures, foldWidth } from "../../src/extract/figures/index.js";
import { markQuotes, scanLine } from "../../src/extract/figures/scan.js";
import { CN_NUMERAL_CHARS, splitScale } from "../../src/numerals/index.js";

const brief = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit, f.start]);
const withoutText = (s: string) => findFigures(s).map(({ text: _text, ...rest }) => rest);

describe("width folding", () => {
  it("folds a full-width character that comes after the first numbers", () => {
    expect(brief("共发现问题3个，整改率９８％")).toEqual([["3个", 3, "个", 5], ["９８％", 98, "%", 11]]);
    expect(brief("截至９月底，完成１２项（占８０％），追回资金３５．６万元")).toEqual([
      ["１２项", 12, "项", 8],
      ["８０％", 80, "%", 13],
      ["３５．６万元", 35.6, "万元", 22],
    ]);
  });
  it("reads ﹪, which the normalizer leaves as it is", () => {
    expect(brief("同比增长26.9﹪")).toEqual([["26.9﹪", 26.9, "%", 4]]);
  });
  it("a line with nothing to fold is returned as it is", () => {
    const s = "开发区一般公共预算收入完成1.393亿元，同比增长26.9%";
    expect(foldWidth(s)).toBe(s);
    expect(foldWidth("９８．５％（～－：）﹪")).toBe("98.5%(~-:)%");
  });
  it("full-width input gives the figures of its folded form, at the same offsets", () => {
    const chars = [..."0123456789０１２３４５６７８９.．%％﹪(（)）:：~～-－万亿元个人次家两三十百年月第“”《》 ，。约余"];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...chars), maxLength: 50 }), (s) => {
        expect(withoutText(s)).toEqual(withoutText(foldWidth(s)));
        for (const f of findFigures(s)) expect(f.text).toBe(s.slice(f.start, f.end));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("quote marks", () => {
  it("every quote of a line counts, not only the first", () => {
    expect(brief("落实“两个维护”3项，“三重一大”事项2次，学习《条例》第5条和《3年行动方案》2遍")).toEqual([
      ["3项", 3, "项", 8],
      ["2次", 2, "次", 19],
      // (学习…2遍 is a count: 遍 is a measure word)
      ["2遍", 2, "遍", 40],
    ]);
    expect(brief("“一户一策”，帮扶12户，开展“三个一”活动")).toEqual([["12户", 12, "户", 9]]);
  });
  it("ASCII double quotes", () => {
    expect(brief('他说"三个"，我们整改5个')).toEqual([["5个", 5, "个", 11]]);
  });
  it("an unbalanced mark does not hide the rest of the line", () => {
    expect(brief("《关于整改的通知，共整改问题12个")).toEqual([["12个", 12, "个", 14]]);
  });
});

describe("quote marks found by the number scan", () => {
  it("scanLine reports the same opening marks as a search of the folded line", () => {
    const alphabet = fc.constantFrom(..."“”‘’「」『』《》〈〉\"一两三5６%％个项次，。".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((a) => a.join("")), (s) => {
        const { text, openers } = scanLine(s);
        expect(markQuotes(text, openers)).toEqual(markQuotes(text));
        expect(openers).toEqual([...text].flatMap((ch, i) => ("“‘「『《〈\"".includes(ch) ? [i] : [])));
      }),
      { numRuns: 2000 },
    );
  });
  it("a \"…\" quote hides the marks inside it", () => {
    expect(markQuotes('他说"《三个》"，《5年》', scanLine('他说"《三个》"，《5年》').openers)).toEqual([3, 7, 1, 10, 12, 2]);
  });
});

describe("one-character numerals", () => {
  it("read from the precomputed table, as splitScale reads them", () => {
    for (const ch of CN_NUMERAL_CHARS) {
      const split = splitScale(ch);
      const toks = scanLine(`共${ch}人`).tokens;
      if (split === null) expect(toks, ch).toEqual([]);
      else expect(toks.map((t) => [t.start, t.end, t.raw, t.coef, t.scale, t.script]), ch).toEqual([[1, 2, ch, split.coef, split.scale, "chinese"]]);
    }
  });
});
