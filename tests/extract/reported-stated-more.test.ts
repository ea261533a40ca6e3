// Stated totals: 整改问题N个 noun first, a heading's （共N个）, the rest 取得阶段性成效, and the
// sanctions of the 问责条例 (诫勉, 组织处理, 纪律处分) as persons held to account. Sentences made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";
import { parseBytes } from "../../src/index.js";

const parse = (...lines: string[]) => parseBytes(new TextEncoder().encode(lines.join("\n") + "\n"), { path: "t.txt" });

describe("problems to rectify, noun first", () => {
  it("reads 整改问题N个 where a clause starts as the total", () => {
    expect(findReported("对照巡察反馈意见，梳理形成整改清单。整改问题28个，已完成25个。")).toMatchObject({ issues_total: 28, issues_completed: 25 });
    expect(findReported("截至目前，需整改问题12项，已整改10项。").issues_total).toBe(12);
  });
  it("does not read a count done or under way as the total", () => {
    expect(findReported("已整改问题25个。").issues_total).toBeUndefined();
    expect(findReported("正在整改问题3个。").issues_total).toBeUndefined();
    expect(findReported("整改问题线索4条。").issues_total).toBeUndefined();
    // (what is still to be done is no total)
    expect(findReported("目前仍需整改问题3个。").issues_total).toBeUndefined();
  });
});

describe("a heading's count of problems in brackets", () => {
  it("reads （共N个） after a heading about problems", () => {
    expect(findReported("二、巡察反馈问题整改落实情况（共28个）").issues_total).toBe(28);
    expect(findReported("二、巡察反馈问题整改落实情况(共计28个问题)").issues_total).toBe(28);
  });
  it("not a status heading's, nor immediate fixes'", () => {
    expect(findReported("（一）已完成整改的问题（共25个）").issues_total).toBeUndefined();
    expect(findReported("（二）正在推进整改的问题（共3个）").issues_total).toBeUndefined();
    expect(findReported("三、立行立改问题（共4个）").issues_total).toBeUndefined();
  });
  it("reads it in a notice", () => {
    const n = parse(
      "中共某某县林业局党组关于县委巡察整改进展情况的通报",
      "根据县委统一部署，县委第二巡察组于2024年4月对县林业局党组开展了巡察。",
      "一、巡察反馈问题整改情况（共6个）",
      "（一）关于“理论学习不深入”问题的整改",
      "整改措施：制定学习计划。",
    );
    expect(n.reported.issues_total).toBe(6);
  });
});

describe("the rest under way", () => {
  it("reads 剩余/其余N个 取得阶段性成效 as in progress", () => {
    expect(findReported("反馈问题28个，已完成25个，剩余3个已取得阶段性成效。")).toMatchObject({ issues_total: 28, issues_completed: 25, issues_in_progress: 3 });
    expect(findReported("反馈问题28个，已完成25个，其余3个问题取得阶段性进展。").issues_in_progress).toBe(3);
    // not the rest of the measures
    expect(findReported("制定整改措施60条，已落实55条，其余5条已取得阶段性成效。").issues_in_progress).toBeUndefined();
  });
});

describe("persons held to account: the sanctions of the 问责条例", () => {
  it("reads 诫勉 and 组织处理 as held to account, and adds up a list", () => {
    expect(findReported("诫勉谈话3人。").people_held_accountable).toBe(3);
    expect(findReported("对2名干部进行组织处理。").people_held_accountable).toBe(2);
    expect(findReported("给予党纪政务处分4人，组织处理2人、诫勉谈话3人。").people_held_accountable).toBe(9);
  });
  it("keeps a stated total and does not add its breakdown", () => {
    expect(findReported("问责9人，其中党纪政务处分4人，组织处理2人。").people_held_accountable).toBe(9);
    expect(findReported("组织处理2人，其中1人诫勉谈话。").people_held_accountable).toBe(2);
  });
  it("not person-times, nor reminders", () => {
    expect(findReported("开展提醒谈话、诫勉谈话12人次。").people_held_accountable).toBeUndefined();
    expect(findReported("谈话提醒5人，批评教育3人。").people_held_accountable).toBeUndefined();
  });
});
