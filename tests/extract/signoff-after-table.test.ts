// A notice that sets its table out before it signs: the sign-off at the very end; made-up notice.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };

const notice = (end: string[]) =>
  [
    "某某乡党委关于巡察整改情况的通报",
    "按照县委巡察工作部署，县委第二巡察组于2023年4月对某某乡党委开展了巡察。现将整改情况通报如下。",
    "附件：巡察反馈问题整改台账",
    "序号\t问题描述\t整改措施\t完成时限\t整改情况",
    "1\t集体资产底数不清\t开展清产核资\t2023年9月\t已完成",
    "2\t产业项目管理粗放\t建立项目台账\t2023年12月\t正在推进",
    ...end,
  ].join("\n");

describe("a sign-off after the notice's table", () => {
  it("gives the issuer and the date", () => {
    const doc = parseText(notice(["", "中共某某乡委员会", "2023年10月20日"]), src);
    expect([doc.issuer, doc.published]).toEqual(["中共某某乡委员会", "2023-10-20"]);
    expect(doc.items.map((i) => [i.problem, i.status])).toEqual([
      ["集体资产底数不清", "completed"],
      ["产业项目管理粗放", "in_progress"],
    ]);
  });
  it("without one, the date stays null and the issuer comes from the title", () => {
    const doc = parseText(notice([]), src);
    expect([doc.issuer, doc.published]).toEqual(["某某乡党委", null]);
  });
});

describe("a notice that opens with its first heading", () => {
  it("has no title: a heading, or a field line under one, is never taken for it", () => {
    const doc = parseText("一、整改落实情况\n（一）关于食堂管理不规范的问题\n整改措施：修订食堂管理办法。\n（二）关于车辆管理不严的问题\n整改措施：建立用车台账。", src);
    expect(doc.title).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain("no-title");
    expect(doc.items.map((i) => i.problem)).toEqual(["食堂管理不规范", "车辆管理不严"]);
  });
  it("keeps a title above the outline, and a title set on two lines stops before a heading", () => {
    expect(parseText("某某局党组关于巡察整改\n一、整改落实情况\n（一）关于食堂管理不规范的问题\n整改措施：修订办法。", src).title).toBe("某某局党组关于巡察整改");
    expect(parseText("某某局党组\n关于巡察整改情况的通报\n一、整改落实情况", src).title).toBe("某某局党组关于巡察整改情况的通报");
  });
});

describe("a sign-off whose name holds a rare Han character", () => {
  it("is a sign-off (outside the basic block: 䢺, or astral: 𠮷), not the last measure's tail", () => {
    for (const place of ["䢺滩镇", "𠮷𠮷县"]) {
      const doc = parseText(`${place}党委关于巡察整改情况的通报\n一、整改落实情况\n1. 关于“项目推进缓慢”问题的整改\n整改措施：完成投资8.71亿元。\n中共${place}委员会\n2024年6月1日`, src);
      expect([doc.issuer, doc.published]).toEqual([`中共${place}委员会`, "2024-06-01"]);
      expect(doc.items[0].measures.map((m) => m.text)).toEqual(["完成投资8.71亿元。"]);
    }
  });
});
