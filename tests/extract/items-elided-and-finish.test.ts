// An editor's elision note under a list, and a plan finished with a verb and 完毕; each notice is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "x.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const items = (body: string, section = "一、已完成整改的问题") => parseText(`某某乡党委关于巡察整改情况的通报\n${section}\n${body}\n二、下一步打算\n持续巩固。`, src).items;

describe("an elision note", () => {
  it("is no measure of the item above it ((其余5个问题略) / （以下从略）)", () => {
    const it1 = items("1.食堂采购无台账。整改措施：建立采购台账。\n（其余5个问题略）")[0];
    expect(it1.measures.map((m) => m.text)).toEqual(["建立采购台账。"]);
    const it2 = items("1.档案散乱。整改措施：\n一是集中归档；\n二是专人管理。\n【以下从略】")[0];
    expect(it2.measures.length).toBe(2);
  });
  it("a bracketed measure that is no elision stays (（已完成）is a status, 建立台账（略有调整）stays)", () => {
    const it3 = items("1.档案散乱。整改措施：\n一是集中归档（略有调整）；\n二是专人管理。")[0];
    expect(it3.measures.map((m) => m.text)[0]).toContain("略有调整");
  });
});

describe("a plan finished by a verb and 完毕", () => {
  it("gives the deadline (…，计划2026年6月底前化解完毕)", () => {
    const it1 = items("1.历史债务化解缓慢。整改措施：已化解债务200万元，剩余债务正在协商，计划2026年6月底前化解完毕。", "一、整改落实情况")[0];
    expect([it1.status, it1.deadline]).toEqual(["in_progress", "2026年6月底前"]);
  });
  it("keeps the time's own 前 (…年底前清理完毕 → 年底前)", () => {
    const it2 = items("1.积案较多。整改措施：正在逐件清理，预计2025年底前清理完毕。", "一、整改落实情况")[0];
    expect(it2.deadline).toBe("2025年底前");
  });
});
