// A metric keeps a word that ends in a character the metric otherwise drops as a verb; made-up sentences.
import { describe, it, expect } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

const metric = (s: string) => findFigures(s).map((f) => f.metric);

describe("metric ending in a word, not a verb", () => {
  it("keeps 审计, 统计, 行为, 迟到", () => {
    expect(metric("完成专项审计1次")).toEqual(["完成专项审计"]);
    expect(metric("开展数据统计3次")).toEqual(["开展数据统计"]);
    expect(metric("查处违纪行为3起")).toEqual(["查处违纪行为"]);
    expect(metric("全年迟到3次")).toEqual(["迟到"]);
  });
  it("still drops the verb itself", () => {
    expect(metric("反馈问题计12个")).toEqual(["反馈问题"]);
    expect(metric("整改率为95%")).toEqual(["整改率"]);
    expect(metric("资金拨付到3个乡镇")).toEqual([null]);
  });
});

describe("给予 opens a metric, 给 the preposition does not", () => {
  it("keeps 给予党纪处分 and drops 给群众", () => {
    expect(metric("给予党纪处分2人")).toEqual(["给予党纪处分"]);
    expect(metric("给群众办实事3件")).toEqual([null]);
  });
});
