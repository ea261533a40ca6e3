// Rules added for shapes a red-team pass found missing or wrong; each test is a made-up sentence
// of that shape (not taken from any notice).
import { describe, expect, it } from "vitest";
import { findFigures, type FigureMatch } from "../../src/extract/figures/index.js";

/** [text, value, unit] of every figure in s. */
const vu = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit]);
const one = (s: string): FigureMatch => {
  const fs = findFigures(s);
  expect(fs, JSON.stringify(fs.map((f) => f.text))).toHaveLength(1);
  return fs[0];
};

describe("full-width comma as a thousands separator", () => {
  it("joins the groups when the number plainly goes on after the comma", () => {
    expect(vu("收回欠款2，468.75万元。")).toEqual([["2，468.75万元", 2468.75, "万元"]]);
    expect(vu("涉及资金45，678，900元")).toEqual([["45，678，900元", 45678900, "元"]]);
    expect(vu("共培训干部5，120人次")).toEqual([["5，120人次", 5120, "人次"]]);
    const f = one("清退资金7，305.2万元");
    expect(f.normalized).toEqual({ value: 73052000, unit: "CNY" });
    expect("清退资金7，305.2万元".slice(f.start, f.end)).toBe(f.text);
  });
  it("keeps a clause break a clause break", () => {
    // a list, four digits before the comma, no unit after the group, a 4-digit group
    expect(vu("两地分别为6，318人")).toEqual([["318人", 318, "人"]]);
    expect(vu("涉及2、7，415户")).toEqual([["415户", 415, "户"]]);
    expect(vu("检查2025，发现156家")).toEqual([["156家", 156, "家"]]);
    expect(vu("排查8，1200户")).toEqual([["1200户", 1200, "户"]]);
  });
});

describe("一 after a word that ends in 单, 统, 进 …", () => {
  it("is part of the word when alone (单一, 统一, 进一步) ...", () => {
    expect(vu("统一名称，进一步规范，单一来源采购，名单一人")).toEqual([]);
  });
  it("... but 一千, 一百二十 start a number", () => {
    expect(vu("办理派单一千三百余件，梳理任务单一百零五项，核对账单一万余份")).toEqual([
      ["一千三百余件", 1300, "件"],
      ["一百零五项", 105, "项"],
      ["一万余份", 1, "万份"],
    ]);
  });
});
