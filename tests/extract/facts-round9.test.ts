// Document facts of round 9: a letterhead over the title, counts listed under one verb, totals
// with a completion rate, in-progress counts, a target wrapped across lines, contact lines that
// hold an e-mail or an address beside a phone. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const parse = (text: string) => parseText(text, { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });

describe("a letterhead above the title", () => {
  const body = "\n\n根据县委统一部署，县委第一巡察组对县林业局党组开展了巡察。\n一、整改情况\n已完成整改问题5个。\n";
  it("set apart by a blank line, is the issuer and not part of the title", () => {
    const doc = parse(`中共某某县委巡察工作领导小组办公室\n\n关于县林业局党组巡察整改情况的通报${body}`);
    expect([doc.title, doc.issuer]).toEqual(["关于县林业局党组巡察整改情况的通报", "中共某某县委巡察工作领导小组办公室"]);
    // a red header's body the same, without its 文件
    const red = parse(`某某市人民政府办公室文件\n\n某政办〔2025〕3号\n\n关于市林业局巡察整改情况的通报${body}`);
    expect([red.title, red.issuer]).toEqual(["关于市林业局巡察整改情况的通报", "某某市人民政府办公室"]);
  });
  it("set right above 关于… with no blank line, is the title's opening", () => {
    const doc = parse(`中共某某县林业局党组\n关于县委巡察整改情况的通报${body}`);
    expect(doc.title).toBe("中共某某县林业局党组关于县委巡察整改情况的通报");
  });
  it("gives way to the sign-off's issuer", () => {
    const doc = parse(`中共某某县委巡察工作领导小组办公室\n\n关于县林业局党组巡察整改情况的通报${body}\n中共某某县林业局党组\n2025年6月1日\n`);
    expect([doc.title, doc.issuer]).toEqual(["关于县林业局党组巡察整改情况的通报", "中共某某县林业局党组"]);
  });
});
