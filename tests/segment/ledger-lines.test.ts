// A ledger copied out as lines: each record opens with its number (问题编号：1), its fields on the
// lines below, records set apart by blank lines; the notice signs with its organisation alone. Each
// notice is made up.
import { describe, it, expect } from "vitest";
import { labelledProblem } from "../../src/segment/rules/labelled-problem.js";
import { parseText } from "../../src/index.js";
import { fold, src } from "./helpers.js";

const record = (n: number, problem: string, measure: string, status: string) =>
  `问题编号：${n}\n问题描述：${problem}\n整改措施：${measure}\n完成时限：2025年9月30日\n整改进展：${status}`;
const ledger = [
  "一、整改明细",
  record(1, "食堂采购台账缺失。", "建立采购台账，补登记录。", "已完成"),
  record(2, "公务用车登记不全。", "补登用车记录56条。", "正在推进"),
  record(3, "档案管理不规范。", "整理档案120卷。", "已完成"),
].join("\n\n") + "\n\n某某县档案馆党支部\n";

describe("labelled-problem: a record's number (问题编号：1)", () => {
  it("is a label whose number is the record's, with or without a colon before it", () => {
    expect(labelledProblem.match(fold("问题编号：3"))).toMatchObject({ number: 3 });
    expect(labelledProblem.match(fold("问题序号:12"))).toMatchObject({ number: 12 });
    expect(labelledProblem.match(fold("问题编号 4"))).toMatchObject({ number: 4 });
  });
  it("is no label without a number", () => {
    expect(labelledProblem.match(fold("问题编号规则不统一。"))).toBeNull();
    expect(labelledProblem.match(fold("问题编号："))).toBeNull();
  });
});

describe("a ledger copied as lines", () => {
  const doc = parseText(ledger, src);
  it("gives one item per record, a record's short last field not running on into the next number", () => {
    expect(doc.items.map((i) => [i.number, i.problem, i.status])).toEqual([
      ["1", "食堂采购台账缺失", "completed"],
      ["2", "公务用车登记不全", "in_progress"],
      ["3", "档案管理不规范", "completed"],
    ]);
  });
  it("reads an organisation alone on the last line, after a blank line, as the sign-off, not the last record's text", () => {
    expect(doc.items[2].outcomes).toEqual([]);
    expect(doc.issuer).toBe("某某县档案馆党支部");
  });
});
