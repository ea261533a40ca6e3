// Two numerals side by side name an approximate range (两三个, 三五家, 二三十人). Made-up sentences.
import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

const vu = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit, f.approx, f.range]);

describe("side-by-side numerals", () => {
  it("read as a range in the unit after them", () => {
    expect(vu("抽查了两三个乡镇，约谈五六人，走访三五家商户，涉及四五十人，追缴七八万元。")).toEqual([
      ["两三个", [2, 3], "个", true, true],
      ["五六人", [5, 6], "人", true, true],
      ["三五家", [3, 5], "家", true, true],
      ["四五十人", [40, 50], "人", true, true],
      ["七八万元", [7, 8], "万元", true, true],
    ]);
    expect(findFigures("欠款一二百万元").map((f) => f.normalized)).toEqual([{ value: [1000000, 2000000], unit: "CNY" }]);
  });
  it("read as a span (两三天, 三四个月), but not 年 (一两年, 七八十年代)", () => {
    expect(vu("整改用时两三天，持续三四个月，约一两年，建于七八十年代。")).toEqual([
      ["两三天", [2, 3], "天", true, true],
      ["三四个月", [3, 4], "个月", true, true],
    ]);
  });
  it("are no figure in idioms, decades, months, ordinals, grades and digit readings", () => {
    expect(vu("三五成群，七八十年代，五六月份，三四线城市，乱七八糟，第二三批，一二类，二〇二三年，一二三四。")).toEqual([]);
  });
});
