// Problems in hand stated in two or more kinds in one sentence are all in progress: added up only
// when the sum is what the total leaves after those done. Sentences made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";

describe("in-progress counts of several kinds in one sentence", () => {
  it("are added up when they and those done make the total", () => {
    expect(findReported("巡察反馈问题12个，已整改到位9个，阶段性完成2个，持续推进中1个。")).toMatchObject({ issues_total: 12, issues_completed: 9, issues_in_progress: 3 });
    expect(findReported("反馈问题20个，已完成整改15个，基本完成3个，正在整改2个。")).toMatchObject({ issues_in_progress: 5 });
  });
  it("are not added up when the sum does not make the total, or one is a breakdown (其中…)", () => {
    expect(findReported("巡察反馈问题12个，已完成整改9个，正在整改2个，持续推进中5个。").issues_in_progress).toBe(2);
    expect(findReported("巡察反馈问题12个，已完成整改9个，正在整改3个，其中基本完成2个。").issues_in_progress).toBe(3);
    expect(findReported("巡察反馈问题12个，已完成整改10个，正在整改2个。").issues_in_progress).toBe(2);
  });
});
