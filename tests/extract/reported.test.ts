import { describe, it, expect } from "vitest";
import { findReported, REPORTED_RULES } from "../../src/extract/reported.js";

describe("stated totals", () => {
  it("reads a summary of problems, measures, rules, money and accountability", () => {
    expect(findReported("巡察反馈的3个方面15个问题中，已整改完成12个，正在整改3个。制定整改措施48条，已完成40条。建立健全制度6项，追缴资金1.2亿元，问责7人。")).toEqual({
      issues_total: 15,
      issues_completed: 12,
      issues_in_progress: 3,
      measures_total: 48,
      measures_completed: 40,
      rules_made: 6,
      recovered_wan_yuan: 12000,
      people_held_accountable: 7,
    });
  });
  it("reads other phrasings and Chinese numerals", () => {
    expect(findReported("指出意见建议五条，细化整改措施三十项。9个问题已全部整改完成。")).toEqual({ suggestions_total: 5, measures_total: 30, issues_total: 9, issues_completed: 9 });
  });
  it("reads a completion stated after a comma", () => {
    expect(findReported("市委巡察组反馈的12个问题，已全部完成整改。")).toEqual({ issues_total: 12, issues_completed: 12 });
  });
  it("converts money to 万元", () => {
    expect(findReported("挽回经济损失5000元。").recovered_wan_yuan).toBe(0.5);
  });
  it("states nothing when the notice states nothing", () => expect(findReported("我们认真开展了整改。")).toEqual({}));
  it("never starts a number inside another or after a word that makes it a remainder", () => {
    // 剩余 refuses 23; without the lead test at the match's start, 3 (inside 23) or 23 itself would be read.
    expect(findReported("剩余23个问题中，部分需要长期推进。").issues_total).toBeUndefined();
    expect(findReported("另有1,234个问题中涉及…").issues_total).toBeUndefined();
    expect(findReported("其中12个问题已全部整改完成。").issues_completed).toBe(12);
  });
  it("declares each rule with a key", () => {
    for (const r of REPORTED_RULES) expect(typeof r.key).toBe("string");
  });
});
