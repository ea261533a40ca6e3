// Metrics behind a list marker run on into a year, and after 通过 ("by"); made-up sentences.
import { describe, it, expect } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

const metric = (s: string) => findFigures(s).map((f) => [f.text, f.metric]);

describe("a list marker right before a year", () => {
  it("drops 1. before 2024年 (no decimal is followed by 年)", () => {
    expect(metric("1.2024年共开展培训3期")).toEqual([["3期", "开展培训"]]);
    expect(metric("2．2023年追缴资金5万元")).toEqual([["5万元", "追缴资金"]]);
  });
  it("keeps a decimal a decimal", () => {
    expect(metric("1.5万元")).toEqual([["1.5万元", null]]);
  });
});

describe("通过 before the measured act", () => {
  it("is dropped", () => {
    expect(metric("通过化解存量债务3.2亿元")).toEqual([["3.2亿元", "化解存量债务"]]);
  });
  it("but 通过率 is a metric of its own", () => {
    expect(metric("考试通过率达95%")).toEqual([["95%", "考试通过率"]]);
  });
});
