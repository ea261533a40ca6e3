// A section that finds fault over one numbered heading, beside a sibling section whose numbered
// headings are problems, is a category too: its heading is a problem though its words find none.
// Notices made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const notice = (third: string) =>
  parseText(
    [
      "某某公司党委关于巡视整改情况的通报",
      "一、整改落实情况",
      "（一）服务大局不够有力",
      "1.产品研发投入不足。整改措施：设立研发专项资金。整改状态：已完成。",
      "2.市场拓展力度不够。整改措施：组建营销团队。整改状态：正在推进。",
      "（二）财务监管存在漏洞",
      third,
      "二、下一步打算",
      "持续巩固整改成果。",
    ].join("\n"),
    src,
  );

describe("a one-problem section beside a category", () => {
  it("is the category of its numbered heading, which has fields of its own", () => {
    const d = notice("3.对外担保审批随意。整改措施：修订担保管理办法。整改状态：已完成。");
    expect(d.items.map((i) => [i.number, i.problem, i.category, i.status])).toEqual([
      ["1", "产品研发投入不足", "服务大局不够有力", "completed"],
      ["2", "市场拓展力度不够", "服务大局不够有力", "in_progress"],
      ["3", "对外担保审批随意", "财务监管存在漏洞", "completed"],
    ]);
  });
  it("keeps a numbered measure below it a measure (制定…, no fields of its own)", () => {
    const d = notice("1.制定财务审批流程，开展专项检查2次。");
    expect(d.items.map((i) => [i.problem, i.measures.length])).toEqual([
      ["产品研发投入不足", 1],
      ["市场拓展力度不够", 1],
      ["财务监管存在漏洞", 1],
    ]);
  });
});
