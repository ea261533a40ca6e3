// Items a notice sets out in an attachment after its sign-off (具体整改情况见附件).
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const BODY = "某某局党组关于巡察整改情况的通报\n\n二、整改落实情况\n反馈问题8个，已整改完成6个。具体整改情况见附件。\n\n三、下一步打算\n巩固整改成果。\n\n联系电话：0123-7654321\n某某局党组\n2024年5月6日\n";

describe("attachments after the sign-off", () => {
  it("reads a table in an attachment as items, keeping the sign-off and contacts of the notice", () => {
    const doc = parseText(BODY + "\n附件：整改情况表\n\n序号 问题 整改措施 整改状态\n1 甲账目不清 清查账目 已完成\n2 乙车辆私用 收回车辆 正在整改\n", src);
    expect(doc.items.map((i) => [i.problem, i.status, i.measures.map((m) => m.text).join("")])).toEqual([
      ["甲账目不清", "completed", "清查账目"],
      ["乙车辆私用", "in_progress", "收回车辆"],
    ]);
    expect([doc.issuer, doc.published, doc.contact.phones]).toEqual(["某某局党组", "2024-05-06", ["0123-7654321"]]);
    expect(doc.sections.map((s) => [s.style, s.title])).toEqual([
      ["cn-numeral", "整改落实情况"],
      ["cn-numeral", "下一步打算"],
      ["attachment", "整改情况表"],
    ]);
  });
  it("starts an attachment at 附件： over a table's header row when the page lost the sign-off", () => {
    const doc = parseText("关于巡察整改情况的通报\n一、整改落实情况\n问题1：理论学习不深入。\n整改措施：制定学习计划。\n问题2：财务制度执行不严。\n整改措施：修订财务制度。\n附件：问题清单\n序号 问题 整改措施 完成情况\n1 公车管理不规范 建立公车台账 已完成\n", src);
    expect(doc.items.map((i) => [i.problem, i.measures.length])).toEqual([["理论学习不深入", 1], ["财务制度执行不严", 1], ["公车管理不规范", 1]]);
    expect(doc.sections.map((s) => s.style)).toEqual(["cn-numeral", "attachment"]);
  });
  it("nests an attachment's own numbered headings under it, whatever level their style had in the notice", () => {
    const doc = parseText(BODY + "附件1\n巡察反馈问题整改清单\n一、关于丙制度执行不严的问题\n整改措施：修订制度2项。\n二、关于丁台账缺失的问题\n整改措施：建立台账。\n", src);
    expect(doc.items.map((i) => i.problem)).toEqual(["丙制度执行不严", "丁台账缺失"]);
    const att = doc.sections.find((s) => s.style === "attachment")!;
    expect(att.children.map((c) => [c.level, c.marker])).toEqual([[2, "一、"], [2, "二、"]]);
  });
  it("keeps a list of attachment names after the sign-off as closing matter", () => {
    const doc = parseText(BODY + "附件：\n1.整改任务清单\n2.整改台账\n", src);
    expect(doc.sections.map((s) => s.style)).toEqual(["cn-numeral", "cn-numeral"]);
    expect(doc.items).toEqual([]);
  });
  it("reads an 附件 line in the body, before the sign-off, as body text", () => {
    const doc = parseText("某某局党组关于巡察整改情况的通报\n二、整改落实情况\n1.关于戊的问题\n整改措施：建立制度。详见附件\n附件：制度清单\n序号 制度 整改措施 时限\n某某局党组\n2024年5月6日\n", src);
    expect(doc.sections.map((s) => s.style)).toEqual(["cn-numeral"]);
  });
});
