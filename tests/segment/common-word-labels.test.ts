// One-word labels that are also common words (结果：, 进展：, 下一步：) and the completion-date label
// 销号时间：. Each line is made up.
import { describe, it, expect } from "vitest";
import { matchFieldLabel, labelField } from "../../src/segment/fields.js";
import { parseText } from "../../src/index.js";
import { src } from "./helpers.js";

describe("common words as labels", () => {
  it("label the results and the plan with their colon at a line's start", () => {
    expect(matchFieldLabel("结果:已完成")).toMatchObject({ field: "outcomes", label: "结果" });
    expect(matchFieldLabel("进展:正在推进")).toMatchObject({ field: "outcomes", label: "进展" });
    expect(matchFieldLabel("下一步:年底前全部办结。")).toMatchObject({ field: "other", label: "下一步" });
    expect(matchFieldLabel("下步:持续跟踪。")).toMatchObject({ field: "other", label: "下步" });
  });
  it("are no label without their colon, as a column name, nor before a comma", () => {
    expect(matchFieldLabel("结果")).toBeNull();
    expect(matchFieldLabel("进展顺利，已完成一半。")).toBeNull();
    expect(matchFieldLabel("下一步，将加强检查。")).toBeNull();
    expect(labelField("进展")).toBeNull();
  });
  it("销号时间 is the completion date, read as the deadline (as 完成时间 and 办结时间 are)", () => {
    expect(matchFieldLabel("销号时间:2024年3月")).toMatchObject({ field: "deadline", label: "销号时间" });
    expect(labelField("销号时间")).toBe("deadline");
  });
});

describe("items with such labels", () => {
  const items = (text: string) => parseText(text, src).items.map((i) => ({ status: i.status, measures: i.measures.map((m) => m.text), deadline: i.deadline }));
  it("reads 结果：… as the status, not a measure, and 下一步：… after a sentence as a plan", () => {
    const got = items(
      ["一、关于财务管理的问题", "1.报销审核把关不严。", "措施：完善报销审核流程，检查结果：全部合规。", "结果：已完成", "2.固定资产底数不清。", "措施：开展资产清查。下一步：于2026年6月底前全部完成。", "进展：正在推进", "3.合同管理不规范。", "措施：建立合同台账。", "销号时间：2024年9月"].join("\n"),
    );
    expect(got[0]).toEqual({ status: "completed", measures: ["完善报销审核流程，检查结果：全部合规。"], deadline: null });
    expect(got[1]).toMatchObject({ status: "in_progress", measures: ["开展资产清查。"], deadline: "2026年6月底前" });
    expect(got[2]).toMatchObject({ measures: ["建立合同台账。"], deadline: "2024年9月" });
  });
});
