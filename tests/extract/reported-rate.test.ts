// The completion rate a notice states (整改完成率92.5%): a ratio 0–1, as figures normalise a
// percentage. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";
import { parseText } from "../../src/index.js";

describe("completion_rate", () => {
  it("reads the rate of problems rectified in its wordings", () => {
    expect(findReported("共整改问题40个，整改完成率92.5%。").completion_rate).toBe(0.925);
    expect(findReported("目前，完成率达100%。").completion_rate).toBe(1);
    expect(findReported("问题整改率为85%，其余正在推进。").completion_rate).toBe(0.85);
    expect(findReported("反馈问题整改到位率达到了97.3％。").completion_rate).toBe(0.973);
    expect(findReported("整改措施落实率 88 %").completion_rate).toBe(0.88);
    expect(findReported("整改完成率百分之百。").completion_rate).toBe(1);
    expect(findReported("截至目前，整改完成率：95%。").completion_rate).toBe(0.95);
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
  it("leaves a rate aimed at (确保…整改完成率达到100%)", () => {
    expect(findReported("确保年底前整改完成率达到100%。").completion_rate).toBeUndefined();
    expect(findReported("力争问题整改率达95%以上，目前整改完成率为80%。").completion_rate).toBe(0.8);
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

describe("completion_rate in a table", () => {
  it("reads a rate column beside the counts, which the % no longer hides", () => {
    expect(findReported("统计如下：\n反馈问题 已完成 正在推进 整改完成率\n12 10 2 83.3%\n")).toEqual({ issues_total: 12, issues_completed: 10, issues_in_progress: 2, completion_rate: 0.833 });
    expect(findReported("\n反馈问题（个） 整改完成率（%）\n12 83.3\n")).toEqual({ issues_total: 12, completion_rate: 0.833 });
  });
  it("reads it on a label row, and no other rate nor a percentage under a count's label", () => {
    expect(findReported("\n反馈问题：12\n已完成整改：10\n整改完成率：83.3%\n")).toEqual({ issues_total: 12, issues_completed: 10, completion_rate: 0.833 });
    expect(findReported("\n反馈问题 满意率 已完成\n12 98% 10\n")).toEqual({ issues_total: 12, issues_completed: 10 });
    expect(findReported("\n反馈问题 已完成\n12 83%\n")).toEqual({ issues_total: 12 });
  });
});

describe("completion_rate wrapped at a page's width", () => {
  it("reads a rate whose word or number went on to the next line", () => {
    expect(findReported("目前已完成整改十一个，整改完\n成率91.7%，剩余一个正在推进。").completion_rate).toBe(0.917);
    expect(findReported("已完成整改11个，整改完成率\n91.7%。").completion_rate).toBe(0.917);
  });
  it("does not join a table's label row to its counts", () => {
    expect(findReported("\n项目完成率 反馈问题\n96% 12\n").completion_rate).toBeUndefined();
  });
});

describe("completion_rate in a notice organised by its items alone", () => {
  const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
  const notice = (preamble: string) =>
    parseText(
      [
        "某集团党委关于巡视整改进展情况的通报",
        "",
        `省委第六巡视组对某集团党委开展了常规巡视。${preamble}`,
        "",
        "一、关于“服务大局不到位”问题的整改",
        "针对反馈的8个问题，制定整改措施30条，已完成整改7个。一是加强学习。二是完善机制。",
        "",
        "二、关于“监督责任不到位”问题的整改",
        "一是压实责任。二是强化监督。",
        "",
        "某集团党委",
        "2024年11月1日",
      ].join("\n"),
      src,
    ).reported;
  it("a rate in the summary keeps the counts the items' introductions state", () => {
    expect(notice("截至目前，整改完成率95%。")).toEqual({ issues_total: 8, issues_completed: 7, measures_total: 30, completion_rate: 0.95 });
    expect(notice("")).toEqual({ issues_total: 8, issues_completed: 7, measures_total: 30 });
  });
});

describe("completion_rate in linear time", () => {
  it("a long run of space after the rate's word, with no number, is passed over at once", () => {
    // (optional words each with a run of space before them once backtracked as n^4: 100 s here)
    const t0 = performance.now();
    expect(findReported(`整改完成率${" ".repeat(5000)}x，` + "整改完成率达到了约 x，".repeat(20000)).completion_rate).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
