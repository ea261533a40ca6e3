// Items labelled instead of numbered, where the label word changes (问题1： 问题2： then 意见建议1：):
// made-up notices.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src).items;

describe("labelled items with another label word", () => {
  it("opens a suggestion at 意见建议1： after 问题2：'s measures, its count starting again", () => {
    const items = parse(
      "一、整改落实情况\n问题1：理论学习不深入。\n整改措施：制定学习计划。\n问题2：财务制度执行不严。\n整改措施：修订财务制度。\n意见建议1：加强队伍建设。\n整改措施：开展培训。\n【建议2】完善考核办法。\n整改措施：修订考核细则。",
    );
    expect(items.map((i) => [i.number, i.kind, i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["1", "issue", "理论学习不深入", ["制定学习计划。"]],
      ["2", "issue", "财务制度执行不严", ["修订财务制度。"]],
      ["1", "suggestion", "加强队伍建设", ["开展培训。"]],
      ["2", "suggestion", "完善考核办法", ["修订考核细则。"]],
    ]);
  });
  it("reads a label that names where a suggestion came from (巡察建议1：) as a suggestion", () => {
    const items = parse("一、整改落实情况\n问题1：理论学习不深入。\n整改措施：制定学习计划。\n巡察建议1：加强队伍建设。\n整改措施：开展培训。");
    expect(items.map((i) => [i.number, i.kind])).toEqual([["1", "issue"], ["1", "suggestion"]]);
  });
  it("keeps a numbered list inside a field as the field's entries", () => {
    const [a] = parse("一、整改落实情况\n问题1：理论学习不深入。\n整改措施：\n1.制定学习计划；\n2.开展专题学习。");
    expect(a.measures.map((m) => m.text)).toEqual(["制定学习计划；", "开展专题学习。"]);
  });
});

describe("items numbered only as 一是… 二是…", () => {
  it("are items with their problem, measures and status, and no sections", () => {
    const doc = parseText("某公司党委关于巡察整改情况的通报\n现将整改情况通报如下。\n一是关于采购管理不规范的问题。修订采购办法，开展专项检查。已完成整改。\n二是针对安全责任落实不到位的问题，开展隐患排查，整改隐患43处。正在持续推进。\n某公司党委\n2024年8月31日", src);
    expect(doc.sections).toEqual([]);
    expect(doc.items.map((i) => [i.number, i.problem, i.status, i.measures.map((m) => m.text)])).toEqual([
      ["1", "采购管理不规范", "completed", ["修订采购办法，开展专项检查。"]],
      ["2", "安全责任落实不到位", "in_progress", ["开展隐患排查，整改隐患43处。"]],
    ]);
  });
  it("under a part (第二部分 整改落实情况) are that part's items", () => {
    const doc = parseText("第一部分 组织情况\n成立领导小组。\n第二部分 整改落实情况\n一是关于资助管理不规范的问题。复核资助资金。\n二是关于基建项目存在风险的问题。开展专项审计。\n第三部分 下一步打算\n持续整改。", src);
    expect(doc.sections.map((s) => [s.marker, s.children.length])).toEqual([["第一部分", 0], ["第二部分", 0], ["第三部分", 0]]);
    expect(doc.items.map((i) => [i.problem, i.category])).toEqual([["资助管理不规范", "整改落实情况"], ["基建项目存在风险", "整改落实情况"]]);
  });
});

describe("a page without numbered headings", () => {
  it("lists its 问题： / 整改措施： items", () => {
    const doc = parseText("关于某局巡察整改情况的通报\n现将整改情况公布如下。\n问题：执法不严，处罚偏软。\n整改措施：开展专项行动，立案21起。\n问题：物资管理不规范。\n整改措施：建立台账。\n整改进展：正在推进。", src);
    expect(doc.items.map((i) => [i.problem, i.status, i.measures.length])).toEqual([["执法不严，处罚偏软", "unknown", 1], ["物资管理不规范", "in_progress", 1]]);
    expect(doc.sections.map((s) => s.marker)).toEqual(["问题：", "问题："]);
  });
});
