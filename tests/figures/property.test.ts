// Property tests: a figure made of a random number and a unit from a list, put into a sentence,
// comes back as exactly one figure with that value and unit.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findFigures } from "../../src/extract/figures/index.js";

/** Units that take any decimal number. */
const MEASURES = [
  "亿元", "万元", "元", "万美元", "%", "个百分点", "亩", "万平方米", "平方米", "公顷",
  "吨", "公里", "倍", "万人", "万户",
];
/** Measure words and spans, which count whole things. */
const COUNTS = [
  "户", "名", "人", "个", "项", "家", "次", "人次", "家次", "份", "条", "件", "期", "批次",
  "天", "个工作日", "个月",
];
const PREFIXES = ["全县累计完成", "共收回资金", "各地上报", "截至目前已整改", "，新增", "其中", ""];
const SUFFIXES = ["。", "，进一步加强监督。", "；", "", "，较上年有所提高"];

/** A positive decimal number as written in a notice (at most 3 decimals, no leading zeros). */
const decimal = fc
  .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 3 }))
  .map(([n, d]) => (d === 0 ? String(n) : (n / 10 ** d).toFixed(d)))
  .filter((s) => !/\.\d*0$/.test(s) && Number(s) > 0);

describe("figures: property", () => {
  it("a number with a unit in a sentence yields exactly that figure", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(decimal, fc.constantFrom(...MEASURES)),
          fc.tuple(fc.integer({ min: 1, max: 99_999_999 }).map(String), fc.constantFrom(...COUNTS)),
        ),
        fc.constantFrom(...PREFIXES),
        fc.constantFrom(...SUFFIXES),
        fc.constantFrom("", " "),
        ([n, u], pre, suf, space) => {
          const s = `${pre}${n}${space}${u}${suf}`;
          const fs = findFigures(s);
          expect(fs).toHaveLength(1);
          expect(fs[0].value).toBe(Number(n));
          expect(fs[0].unit).toBe(u);
          expect(fs[0].text).toBe(`${n}${space}${u}`);
          expect(s.slice(fs[0].start, fs[0].end)).toBe(fs[0].text);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("ranges with a shared unit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom("%", "亿元", "万元", "个", "人", "天"),
        fc.constantFrom("-", "至", "~"),
        (a, d, u, sep) => {
          const b = a + d;
          const s = `控制在${a}${sep}${b}${u}之间`;
          const fs = findFigures(s);
          expect(fs).toHaveLength(1);
          expect(fs[0].value).toEqual([a, b]);
          expect(fs[0].unit).toBe(u);
          expect(fs[0].range).toBe(true);
        },
      ),
    );
  });

  it("offsets always slice back to the text, on arbitrary input", () => {
    const chars = [..."0123456789.%万亿元个人次家两三十百千余多约-至“”《》第年月 ，。"];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...chars), maxLength: 60 }), (s) => {
        let last = 0;
        for (const f of findFigures(s)) {
          expect(s.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
