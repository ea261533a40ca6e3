// The completion rate a notice states (整改完成率92.5%): a ratio 0–1, as figures normalise a
// percentage. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";

describe("completion_rate", () => {
  it("reads the rate of problems rectified in its wordings", () => {
    expect(findReported("共整改问题40个，整改完成率92.5%。").completion_rate).toBe(0.925);
    expect(findReported("目前，完成率达100%。").completion_rate).toBe(1);
    expect(findReported("问题整改率为85%，其余正在推进。").completion_rate).toBe(0.85);
    expect(findReported("反馈问题整改到位率达到了97.3％。").completion_rate).toBe(0.973);
    expect(findReported("整改措施落实率 88 %").completion_rate).toBe(0.88);
    expect(findReported("整改完成率百分之百。").completion_rate).toBe(1);
    expect(findReported("整改完成率达百分之九十二点五。").completion_rate).toBe(0.925);
    expect(findReported("14个问题已整改完成12个，整改完成率约85.7%。").completion_rate).toBe(0.857);
  });
  it("keeps the counts beside it", () => {
    expect(findReported("反馈问题20个，已整改完成18个，整改完成率90%。")).toEqual({ issues_total: 20, issues_completed: 18, completion_rate: 0.9 });
  });
  it("leaves other rates alone", () => {
    expect(findReported("群众满意度达98.5%。").completion_rate).toBeUndefined();
    expect(findReported("政策知晓率达95%。").completion_rate).toBeUndefined();
    expect(findReported("年度重点项目完成率达96%。").completion_rate).toBeUndefined();
    expect(findReported("信访件办结率为99%。").completion_rate).toBeUndefined();
    expect(findReported("整改完成率达120%。").completion_rate).toBeUndefined();
  });
  it("reads a rectifying rate after another rate in the same text", () => {
    expect(findReported("项目完成率达96%，问题整改完成率达80%。").completion_rate).toBe(0.8);
  });
});

describe("completion_rate, a numeral that is none", () => {
  it("goes on to the next rate when one cannot be read", () => {
    expect(findReported("整改完成率百分之点，问题整改率为85%。").completion_rate).toBe(0.85);
  });
});
