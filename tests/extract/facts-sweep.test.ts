// Document facts in shapes met while sweeping made-up openings and closings of notices from other
// provinces, levels and units. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findRound } from "../../src/extract/facts.js";

describe("round: the year before the body that runs it", () => {
  it("keeps both, in the order written", () => {
    expect(findRound("2024年度集团党委第一轮巡察期间，集团党委第二巡察组对某公司开展了巡察")).toBe("2024年度集团党委第一轮");
    expect(findRound("根据二〇二四年公司党委第二轮巡察工作安排")).toBe("二〇二四年公司党委第二轮");
    expect(findRound("按照2024年 市委第一轮巡察统一部署")).toBe("2024年市委第一轮");
  });
});
