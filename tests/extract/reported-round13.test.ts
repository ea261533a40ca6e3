// Totals of round 13: a 其中 breakdown is no total; 整改任务 are counted as measures, and the counts
// done after their total are theirs. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";

describe("a breakdown after 其中 is no total", () => {
  it("does not read a sum after 其中 as recovered_wan_yuan when no total is stated", () => {
    expect(findReported("附表：资金清退情况\n其中退缴违纪资金12.3万元。")).toEqual({});
    expect(findReported("注：其中个人退缴0.8万元。")).toEqual({});
    expect(findReported("其中，收回多发津贴3.5万元。")).toEqual({});
    // (the sum written before the verb too)
    expect(findReported("其中违规资金2万元已全部追回。")).toEqual({});
  });
  it("reads the stated total, not its breakdown, wherever the breakdown stands", () => {
    expect(findReported("追回资金20万元，其中退缴违纪资金12.3万元。")).toEqual({ recovered_wan_yuan: 20 });
    expect(findReported("其中个人退缴0.8万元。\n整改中共收回资金5.6万元。")).toEqual({ recovered_wan_yuan: 5.6 });
  });
});

describe("整改任务 counted as measures", () => {
  it("reads a count of tasks as measures_total and a count done after it as measures_completed", () => {
    expect(findReported("明确整改任务27项，已完成整改25项，正在推进2项。")).toEqual({ measures_total: 27, measures_completed: 25 });
    expect(findReported("整改任务30项，已完成27项。")).toEqual({ measures_total: 30, measures_completed: 27 });
    expect(findReported("制定27项整改任务，目前已完成25项。")).toEqual({ measures_total: 27, measures_completed: 25 });
    // (the count done may be in the next sentence, or after a line's wrap)
    expect(findReported("明确整改任务27项。截至目前，\n已完成整改25项，正在推进2项。")).toEqual({ measures_total: 27, measures_completed: 25 });
  });
  it("keeps counts of problems apart: another noun between, or another measure word", () => {
    expect(findReported("反馈问题12个，制定27项整改任务，已完成整改10个，2个正在推进。")).toEqual({ issues_total: 12, issues_completed: 10, issues_in_progress: 2, measures_total: 27 });
    expect(findReported("明确整改任务27项，反馈的问题已完成整改10个。")).toEqual({ measures_total: 27, issues_completed: 10 });
    expect(findReported("反馈问题8个。截至目前，已完成整改7个，正在推进1个。")).toEqual({ issues_total: 8, issues_completed: 7, issues_in_progress: 1 });
  });
  it("prefers a count of measures to one of tasks, and reads no total from a count done or planned", () => {
    expect(findReported("制定了21项整改任务、68条具体措施。").measures_total).toBe(68);
    expect(findReported("反馈问题17个，完成15个整改任务。")).toEqual({ issues_total: 17 });
    expect(findReported("整改任务30项，确保年底前完成30项。")).toEqual({ measures_total: 30 });
  });
});

describe("probed in round 13", () => {
  it("reads a bare count done after a count of tasks as theirs, after a date too", () => {
    expect(findReported("明确整改任务24项。截至2025年11月30日，已完成22项，正在推进2项。")).toEqual({ measures_total: 24, measures_completed: 22 });
    expect(findReported("整改任务18项，完成16项。")).toEqual({ measures_total: 18, measures_completed: 16 });
  });
  it("reads a count's noun ending a line with its count opening the next (巡察反馈问题 / 共计20个，…)", () => {
    expect(findReported("巡察反馈问题\n共计20个，已整改完成18个。")).toEqual({ issues_total: 20, issues_completed: 18 });
    expect(findReported("制定整改措施\n45条。")).toEqual({ measures_total: 45 });
    // (not a table's label over its cell: a count alone on its line, or set off by a space)
    expect(findReported("整改情况\n反馈问题\n18个\n已完成\n16个")).toEqual({});
    expect(findReported("反馈问题\n18个 16个")).toEqual({});
  });
});

describe("a total and its state in two sentences", () => {
  it("reads all done in the next sentence, opened by its date or now, as the total done", () => {
    expect(findReported("共认领问题15个。截至2025年11月，已全部完成整改。")).toEqual({ issues_total: 15, issues_completed: 15 });
    expect(findReported("巡察反馈问题12个。目前已全部整改到位。")).toEqual({ issues_total: 12, issues_completed: 12 });
  });
  it("not a plan, nor a sentence with a count of its own", () => {
    expect(findReported("反馈问题12个。确保年底前全部整改完成。")).toEqual({ issues_total: 12 });
    expect(findReported("反馈问题12个。已完成整改10个。")).toEqual({ issues_total: 12, issues_completed: 10 });
  });
});
