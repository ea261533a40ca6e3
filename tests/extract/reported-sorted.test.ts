// Stated totals the notice sorts out itself (梳理/查摆 … 问题N个, areas before the noun or the
// count), and shapes next to a total that are not one. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";

describe("stated totals: problems the notice sorted out", () => {
  it("reads 梳理/查摆 … 问题 N as the total, not the areas", () => {
    expect(findReported("共梳理问题4个方面18个，已完成整改17个，剩余1个正在推进。")).toEqual({ issues_total: 18, issues_completed: 17, issues_in_progress: 1 });
    expect(findReported("梳理出2个方面问题9个，已完成整改8个，其余1个正在有序推进。")).toEqual({ issues_total: 9, issues_completed: 8, issues_in_progress: 1 });
    expect(findReported("对照反馈意见，查摆问题二十个，已整改完成十九个。")).toEqual({ issues_total: 20, issues_completed: 19 });
    expect(findReported("查摆出3大类问题11条, 已整改10条.")).toEqual({ issues_total: 11, issues_completed: 10 });
    expect(findReported("共梳理反馈问题13条，已全部整改完成。")).toEqual({ issues_total: 13, issues_completed: 13 });
    expect(findReported("梳理出问题7个，已全部整改完成。")).toEqual({ issues_total: 7, issues_completed: 7 });
    // the areas alone are no total; case leads are no problems
    expect(findReported("共梳理问题5个方面，制定措施20条。").issues_total).toBeUndefined();
    expect(findReported("梳理出问题线索3条。").issues_total).toBeUndefined();
  });
  it("reads other common total shapes", () => {
    // a rate is not a count: it is the completion rate
    expect(findReported("反馈问题21个，已整改完成19个，整改完成率90.5%。")).toEqual({ issues_total: 21, issues_completed: 19, completion_rate: 0.905 });
    expect(findReported("共21个问题，已完成19个，2个正在整改。")).toEqual({ issues_total: 21, issues_completed: 19, issues_in_progress: 2 });
    // immediate fixes are a part of the total, and case leads are never problems
    expect(findReported("巡察反馈问题21个，其中立行立改问题4个，已完成整改19个。")).toEqual({ issues_total: 21, issues_completed: 19, immediate_total: 4 });
    expect(findReported("移交问题线索3件。")).toEqual({});
    expect(findReported("巡察组移交问题线索3件，反馈问题21个。")).toEqual({ issues_total: 21 });
  });
  it("reads a left-over count with words before its progress", () => {
    expect(findReported("已完成整改11个，剩余2个为长期坚持类，正在持续推进。")).toEqual({ issues_completed: 11, issues_in_progress: 2 });
    expect(findReported("已整改完成11个, 其余2个正在按照时间节点有序推进.")).toEqual({ issues_completed: 11, issues_in_progress: 2 });
    // measures and case leads are not problems; a count done in part is not in progress
    expect(findReported("已完成整改11个，其余3项措施按照计划正在推进。")).toEqual({ issues_completed: 11 });
    expect(findReported("已完成11个，另有2条问题线索按程序正在核查推进。")).toEqual({ issues_completed: 11 });
  });
});
