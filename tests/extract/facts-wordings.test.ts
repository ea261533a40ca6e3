// Document facts in wordings met across levels and unit kinds; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findKind } from "../../src/extract/facts.js";
import { parseBytes } from "../../src/index.js";

describe("kind", () => {
  it("reads a kind quoted before its word (“机动式”巡察, \"提级\"巡察)", () => {
    expect(findKind("县委第一巡察组对城关镇党委开展了“机动式”巡察")).toBe("机动式巡察");
    expect(findKind('市委第二巡察组对某某镇开展了"提级"巡察')).toBe("提级巡察");
  });
});

describe("totals stated in a section's heading", () => {
  const parse = (...lines: string[]) => parseBytes(new TextEncoder().encode(lines.join("\n") + "\n"), { path: "t.txt" });
  it("reads them, and an all-done there gives the items their status", () => {
    const n = parse(
      "中共某某乡委员会关于巡察整改情况的通报",
      "2024年3月10日至5月10日，县委第四巡察组对某某乡党委开展了常规巡察，6月20日反馈了巡察意见。",
      "一、巡察反馈问题整改情况（共反馈问题2个，已全部整改完成）",
      "（一）关于“基层党组织软弱涣散”问题",
      "整改措施：调整村党支部书记。",
      "（二）关于“集体资金管理混乱”问题",
      "整改措施：清理账目。",
    );
    expect(n.reported).toEqual({ issues_total: 2, issues_completed: 2 });
    expect(n.items.map((i) => i.status)).toEqual(["completed", "completed"]);
  });
  it("leaves status headings to the sum of their counts", () => {
    const n = parse(
      "关于区委巡察整改情况的通报",
      "根据区委统一部署，2023年4月10日至6月9日，区委第一巡察组对区商务局党组进行了巡察。",
      "一、整改落实情况",
      "（一）正在推进整改的问题1个",
      "1.关于“台账不全”问题的整改",
      "整改措施：补齐台账。",
      "（二）正在推进整改的问题1个",
      "2.关于“人员不足”问题的整改",
      "整改措施：招聘人员。",
    );
    expect(n.reported).toEqual({ issues_in_progress: 2 });
  });
});

describe("all done, said as 整改销号", () => {
  it("gives the items their status", () => {
    const n = parseBytes(new TextEncoder().encode([
      "关于区委巡察整改情况的通报",
      "2023年4月10日至6月9日，区委第一巡察组对区商务局党组进行了巡察。巡察反馈的问题已全部整改销号。",
      "一、整改落实情况",
      "1.关于“台账不全”问题的整改",
      "整改措施：补齐台账。",
      "2.关于“人员不足”问题的整改",
      "整改措施：招聘人员。",
    ].join("\n") + "\n"), { path: "t.txt" });
    expect(n.items.map((i) => i.status)).toEqual(["completed", "completed"]);
  });
});
