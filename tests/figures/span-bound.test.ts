// 内 after a span of time bounds it, as 以内 does; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

const tq = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe("a span with 内 after it", () => {
  it("is bounded: 内 is its qualifier and part of its text", () => {
    expect(tq("要求3个月内完成专项整治")).toEqual([["3个月内", 3, "个月", "内"]]);
    expect(tq("限期15天内整改到位")).toEqual([["15天内", 15, "天", "内"]]);
    expect(tq("整改时限：三个月内")).toEqual([["三个月内", 3, "个月", "内"]]);
    expect(tq("48 小时内 办结")).toEqual([["48 小时内", 48, "小时", "内"]]);
  });
  it("not after other units, nor where 内 starts another word", () => {
    expect(tq("3天内部审计")).toEqual([["3天", 3, "天", null]]);
    expect(tq("5家企业内设机构")).toEqual([["5家", 5, "家", null]]);
    expect(tq("1个月内容审核")).toEqual([["1个月", 1, "个月", null]]);
  });
});
