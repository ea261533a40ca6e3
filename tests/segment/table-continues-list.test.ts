// A table whose rows go on with the numbers of the heading above it (3. …, then rows 4 and 5) is
// the rest of that list, as a web page sets out the last problems of a section as a table.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const notice = (rows: string) =>
  [
    "某某县卫健局党组关于巡察整改情况的通报",
    "一、整改落实情况",
    "（一）作风建设方面",
    "1.会议费报销不规范。整改措施：修订会议费管理办法。",
    "（二）财务管理方面",
    "2.固定资产账实不符。整改措施：开展资产清查。",
    "3.专项资金拨付滞后。整改措施：建立拨付台账。",
    "序号\t问题\t整改措施\t完成时限",
    rows,
    "二、下一步打算",
    "持续巩固整改成果。",
  ].join("\n");

describe("table rows that continue a heading's numbering", () => {
  it("are siblings of that heading, under the same category", () => {
    const doc = parseText(notice("4\t公车使用登记不全\t补登用车记录\t2025年6月\n5\t印章管理混乱\t建立用印登记\t2025年7月"), src);
    expect(doc.items.map((i) => [i.number, i.problem, i.category])).toEqual([
      ["1", "会议费报销不规范", "作风建设方面"],
      ["2", "固定资产账实不符", "财务管理方面"],
      ["3", "专项资金拨付滞后", "财务管理方面"],
      ["4", "公车使用登记不全", "财务管理方面"],
      ["5", "印章管理混乱", "财务管理方面"],
    ]);
    const money = doc.sections[0].children[1];
    expect(money.children.map((c) => c.number)).toEqual([2, 3, 4, 5]);
  });
  it("stay beneath the heading when their numbers start again (a table of its own)", () => {
    const doc = parseText(notice("1\t公车使用登记不全\t补登用车记录\t2025年6月\n2\t印章管理混乱\t建立用印登记\t2025年7月"), src);
    const money = doc.sections[0].children[1];
    expect(money.children.map((c) => c.number)).toEqual([2, 3]);
    expect(money.children[1].children.map((c) => c.number)).toEqual([1, 2]);
  });
});

describe("table rows after a category numbered in words", () => {
  it("stay its rows though their numbers go on from the section before", () => {
    const doc = parseText(
      "某某局党组关于巡察整改情况的通报\n一、整改落实情况\n序号\t问题\t整改措施\t完成时限\n（一）\t作风建设方面\n1\t会风不实\t精简会议\t2024年6月\n（二）\t财务管理方面\n2\t接待超标\t修订办法\t2024年8月\n二、下一步打算\n持续巩固。",
      src,
    );
    expect(doc.items.map((i) => [i.number, i.category])).toEqual([
      ["1", "作风建设方面"],
      ["2", "财务管理方面"],
    ]);
  });
});
