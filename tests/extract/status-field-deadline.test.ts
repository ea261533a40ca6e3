// A status field that says the work goes on and when it will be done (整改状态：正在整改，2025年12月
// 底前完成) gives the item's deadline, as a plan field does. Sentences made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const item = (status: string) =>
  parseText(`某某局党组关于巡察整改情况的通报\n一、整改落实情况\n1.关于“档案管理不规范”问题。整改措施：开展档案清理。整改状态：${status}\n二、下一步打算\n持续巩固。`, src).items[0];

describe("a deadline in a status field", () => {
  it("is read after a pause (正在整改，…前完成 / 整改中，…底前办结)", () => {
    expect([item("正在整改，2025年12月底前完成。").deadline, item("正在整改，2025年12月底前完成。").status]).toEqual(["2025年12月底前", "in_progress"]);
    expect(item("整改中，2026年6月底前全部办结。").deadline).toBe("2026年6月底前");
  });
  it("is no deadline when the field says it was done then (已于2025年3月完成)", () => {
    expect(item("已于2025年3月完成。").deadline).toBeNull();
  });
  it("is no deadline for a piece of later work of an item done", () => {
    expect(item("已完成，2025年底前完成制度汇编。").deadline).toBeNull();
  });
});

// The same in a progress field (整改进展：, read as outcomes) and after the measures, with no plan's word.
const progress = (text: string) =>
  parseText(`某某局党组关于巡察整改情况的通报\n一、整改落实情况\n（一）会议室使用登记不全的问题\n1.建立会议室使用登记簿。\n2.每月抽查登记情况。\n${text}\n二、下一步打算\n持续巩固。`, src).items[0];

describe("a bare time and finish after a status that goes on", () => {
  it("is the deadline of a progress field, and no result (整改进展：正在推进，…前完成)", () => {
    const it1 = progress("整改进展：正在推进，2026年3月底前完成。");
    expect([it1.status, it1.deadline, it1.outcomes.length]).toEqual(["in_progress", "2026年3月底前", 0]);
  });
  it("is the deadline of a measure's closing clause (…。目前正在整改，年底前完成。)", () => {
    const it2 = progress("3.修订管理办法。目前正在整改，本年底前全部完成。");
    expect([it2.status, it2.deadline]).toEqual(["in_progress", "本年底前"]);
  });
  it("is no plan when it names the work (…，2026年底前完成验收工作) or the status says done", () => {
    expect(progress("整改进展：正在推进，2026年底前完成验收工作。").deadline).toBeNull();
    expect(progress("整改进展：已完成，2025年6月底前完成。").status).toBe("completed");
  });
});
