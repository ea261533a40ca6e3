// Tables whose columns are named by a status (已完成 | 正在推进, a tick in one), and rows whose
// number cell names what it numbers (问题1). Every table here is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { columnOf, cellNumber } from "../../src/segment/table.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const HEAD = "某某镇党委关于巡察整改情况的通报\n一、整改落实情况\n";
const TAIL = "\n二、下一步工作打算\n持续巩固整改成果。";
const rows = (table: string) => parseText(HEAD + table + TAIL, src).items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.status]);

describe("columns named by a status", () => {
  it("are status columns; a column of what a status leaves to tell is none", () => {
    expect(columnOf("已完成")).toBe("status");
    expect(columnOf("正在推进")).toBe("status");
    expect(columnOf("未完成原因")).toBeNull();
  });
  it("give each row the status its tick stands under (tabs, pipes)", () => {
    const tab = "序号\t存在问题\t整改措施\t已完成\t正在推进\n1\t值班记录缺失\t补全值班记录\t√\t\n2\t车辆登记混乱\t建立用车台账\t\t√";
    const expected = [
      ["1", "值班记录缺失", ["补全值班记录"], "completed"],
      ["2", "车辆登记混乱", ["建立用车台账"], "in_progress"],
    ];
    expect(rows(tab)).toEqual(expected);
    expect(rows(tab.split("\n").map((l) => `| ${l.split("\t").join(" | ")} |`).join("\n"))).toEqual(expected);
  });
});

describe("a number cell that names what it numbers", () => {
  it("numbers the row (问题1, 问题 2, 问题三), not a problem of one word", () => {
    expect(cellNumber("问题1", 0)).toBe(1);
    expect(cellNumber("问题 2", 0)).toBe(2);
    expect(cellNumber("问题三", 0)).toBe(3);
    expect(cellNumber("问题清单", 2)).toBeNull();
  });
  it("reads such rows as rows, set apart exactly or by spaces", () => {
    const expected = [
      ["1", "值班记录缺失", ["补全值班记录"]],
      ["2", "车辆登记混乱", ["建立用车台账"]],
    ];
    const tab = "序号\t存在问题\t整改措施\t整改时限\n问题1\t值班记录缺失\t补全值班记录\t2024年6月\n问题2\t车辆登记混乱\t建立用车台账\t长期坚持";
    expect(rows(tab).map((r) => r.slice(0, 3))).toEqual(expected);
    expect(rows(tab.replace(/\t/g, "  ")).map((r) => r.slice(0, 3))).toEqual(expected);
  });
});
