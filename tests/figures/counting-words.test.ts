// Counting words and units common in notices that had no entry (卷, 口, 眼, 瓶, 趟, 遍, 个季度,
// 立方, 平方); made-up sentences.
import { describe, it, expect } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

const figs = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit]);

describe("counting words", () => {
  it("reads files, wells, bottles, trips and rounds", () => {
    expect(figs("评查案卷85卷，补齐材料17卷")).toEqual([["85卷", 85, "卷"], ["17卷", 17, "卷"]]);
    expect(figs("新打机井5眼，修复水井3口")).toEqual([["5眼", 5, "眼"], ["3口", 3, "口"]]);
    expect(figs("查扣过期药品36瓶、食品12箱")).toEqual([["36瓶", 36, "瓶"], ["12箱", 12, "箱"]]);
    expect(figs("督导组下沉一线20余趟，逐条对照学习3遍")).toEqual([["20余趟", 20, "趟"], ["3遍", 3, "遍"]]);
  });
  it("reads 个季度 as a span and 立方/平方 as volume and area", () => {
    const [q] = findFigures("整改用时两个季度");
    expect([q.text, q.value, q.unit, q.normalized]).toEqual(["两个季度", 2, "个季度", { value: 6, unit: "months" }]);
    expect(findFigures("清理淤泥3000立方").map((f) => f.normalized)).toEqual([{ value: 3000, unit: "m3" }]);
    expect(findFigures("腾退用房2000平方").map((f) => f.normalized)).toEqual([{ value: 2000, unit: "m2" }]);
    expect(figs("腾退用房2000平方米、土地3平方公里")).toEqual([["2000平方米", 2000, "平方米"], ["3平方公里", 3, "平方公里"]]);
  });
  it("does not read ordinals, quarters or words as counts", () => {
    expect(figs("见第3卷、第二卷")).toEqual([]);
    expect(figs("三季度完成，第一季度启动")).toEqual([]);
    expect(figs("一口气完成，一眼望去")).toEqual([]);
    expect(figs("调阅三卷宗")).toEqual([]);
  });
  it("reads the areas and the problems of 3个方面16个问题 as two counts of 个", () => {
    // (方面 after 个 is what is counted, as 问题 is: GUIDE, a number with a measure word)
    expect(figs("反馈了3个方面16个问题")).toEqual([["3个", 3, "个"], ["16个", 16, "个"]]);
  });
});
