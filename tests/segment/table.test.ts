// Items set out as a table: a header row naming the columns, then one numbered row per item.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { segment } from "../../src/segment/index.js";
import { parseText } from "../../src/index.js";
import { cleanText } from "../../src/normalize/span.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const TABLE = "一、整改情况\n序号\t问题\t整改措施\t整改状态\t完成时限\n1\t食堂账目不清\t清查账目3年\t已完成\t2024年6月\n2\t公车私用\t收回车辆2台\t正在整改\t2024年12月底\n二、下一步打算\n巩固成果。";

describe("table rows", () => {
  it("reads no figure in a row's number, though a unit may follow it (2 人居环境…), and ties the row's figures to its item", () => {
    const n = parseText("一、整改情况\n序号 问题 整改措施 完成时限\n1 食堂账目不清 清查账目3次 2024年6月\n2 人居环境整治不到位 清理垃圾360吨 2024年8月\n", src);
    expect(n.figures.map((f) => [f.text, f.item_id])).toEqual([["3次", "i1"], ["360吨", "i2"]]);
  });
  it("makes one table-row heading per numbered row, titled by its problem cell", () => {
    const o = segment(normalize(TABLE).lines);
    expect(o.headings.map((h) => [h.style, h.number, cleanText(h.title)])).toEqual([
      ["cn-numeral", 1, "整改情况"],
      ["table-row", 1, "食堂账目不清"],
      ["table-row", 2, "公车私用"],
      ["cn-numeral", 2, "下一步打算"],
    ]);
  });
  it("fills each item's fields from the columns, cells split by runs of spaces too", () => {
    const doc = parseText(TABLE.replace(/\t/g, "   "), src);
    expect(doc.items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.status, i.deadline_date])).toEqual([
      ["1", "食堂账目不清", ["清查账目3年"], "completed", "2024-06"],
      ["2", "公车私用", ["收回车辆2台"], "in_progress", "2024-12"],
    ]);
  });
  it("goes on past a line that is not a row, and joins a measure split by a space", () => {
    const doc = parseText("一、整改情况\n序号 问题 整改措施 完成时限\n1 账目不清，票据 清查账目 2024年9月\n不全\n2 台账缺失 建立 台账 2024年10月\n3 车辆管理混乱 收回车辆 长期坚持", src);
    expect(doc.items.map((i) => [i.number, i.measures.map((m) => m.text), i.deadline])).toEqual([
      ["1", ["清查账目"], "2024年9月"],
      ["2", ["建立 台账"], "2024年10月"],
      ["3", ["收回车辆"], "长期坚持"],
    ]);
  });
  it("joins runs split by a space inside the problem cell into the problem, when the measures start after them", () => {
    const doc = parseText("一、整改情况\n序号 问题 整改措施 整改状态 完成时限\n1 食堂账目 不清 清查账目 已完成 2024年6月\n2 账目不清，票据 不全 建立 台账 正在整改 2024年9月\n3 违规发放 津补贴 清退 多发补贴 已完成 2024年底", src);
    expect(doc.items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.status, i.deadline])).toEqual([
      ["1", "食堂账目不清", ["清查账目"], "completed", "2024年6月"],
      ["2", "账目不清，票据不全", ["建立 台账"], "in_progress", "2024年9月"],
      ["3", "违规发放津补贴", ["清退 多发补贴"], "completed", "2024年底"],
    ]);
    // Cells set apart by wide gaps: a single space stands inside a cell.
    const wide = parseText("一、整改情况\n序号   问题   整改措施   完成时限\n1   食堂 账目   清查 账目   2024年6月", src);
    expect(wide.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([["食堂账目", ["清查 账目"]]]);
  });
  it("keeps units named one after another under 责任单位, out of the measures", () => {
    const doc = parseText("一、整改情况\n序号 问题 整改措施 责任单位 完成时限\n1 台账缺失 建立台账 县财政局 县审计局 2024年6月", src);
    expect(doc.items.map((i) => [i.problem, i.measures.map((m) => m.text), i.deadline])).toEqual([["台账缺失", ["建立台账"], "2024年6月"]]);
  });
  it("reads rows numbered like headings (1. 2、 （3） 4.<text>) as rows, and the heading after the table as a heading", () => {
    const doc = parseText("一、整改情况\n序号　反馈问题　整改措施　完成时限\n1.　财务公开不及时　每季度公开财务　2024年9月底\n2、 低保管理不到位 开展复核 2024年10月\n（3） 环境整治不彻底 开展清洁行动 长期坚持\n4.车辆管理混乱 收回车辆 2024年12月\n二、下一步工作打算\n1.巩固成果。", src);
    expect(doc.items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.deadline])).toEqual([
      ["1", "财务公开不及时", ["每季度公开财务"], "2024年9月底"],
      ["2", "低保管理不到位", ["开展复核"], "2024年10月"],
      ["3", "环境整治不彻底", ["开展清洁行动"], "长期坚持"],
      ["4", "车辆管理混乱", ["收回车辆"], "2024年12月"],
    ]);
    expect(doc.sections.map((s) => [s.marker, s.title])).toEqual([["一、", "整改情况"], ["二、", "下一步工作打算"]]);
    expect(doc.sections[1].children.map((s) => s.marker)).toEqual(["1."]);
  });
  it("reads a 整改情况 column after the 整改措施 column as the results, a bare status there as the status", () => {
    const doc = parseText("一、整改情况\n序号 问题 整改措施 完成时限 整改情况\n1 账目不清 清查账目 2024年9月 已完成\n2 台账缺失 建立台账 2024年10月 建立台账5本", src);
    expect(doc.items.map((i) => [i.measures.map((m) => m.text), i.outcomes.map((m) => m.text), i.status])).toEqual([
      [["清查账目"], [], "completed"],
      [["建立台账"], ["建立台账5本"], "unknown"],
    ]);
  });
  it("ties a figure in a row's cells to the row's item", () => {
    const doc = parseText("一、整改情况\n序号 问题 整改措施 完成时限\n1 标识不清 更换标识32块 2024年8月\n2 公车私用 收回车辆2台 2024年9月", src);
    expect(doc.figures.map((f) => [f.text, f.item_id])).toEqual([["32块", "i1"], ["2台", "i2"]]);
  });
  it("takes a column named for its problems (巡察反馈问题, 主要问题, 问题清单) as the problem column", () => {
    for (const name of ["巡察反馈问题", "主要问题", "问题清单", "巡察发现的问题"]) {
      const doc = parseText(`一、整改情况\n序号 ${name} 整改措施 完成时限\n1 账目不清 清查账目 2024年9月\n2 台账缺失 建立台账 2024年10月`, src);
      expect(doc.items.map((i) => [i.problem, i.deadline])).toEqual([["账目不清", "2024年9月"], ["台账缺失", "2024年10月"]]);
    }
  });
  it("needs a numbered header naming a problem column, and rows with as many cells", () => {
    expect(segment(normalize("一、整改情况\n名称 数量 单位 备注\n1 电脑 3 台").lines).headings).toHaveLength(1);
    const ragged = segment(normalize("一、整改情况\n序号 问题 整改措施 完成时限\n1 账目不清 清查账目\n").lines);
    expect(ragged.headings).toHaveLength(1);
  });
});
