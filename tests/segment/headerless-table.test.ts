// A table pasted without its header row (probe 13). Every line is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { src } from "./helpers.js";
import { inferredColumns } from "../../src/segment/table.js";

const head = "关于某某镇巡察整改情况的通报\n\n现将整改情况公布如下。\n\n";
const foot = "\n某某镇党委\n2025年4月2日\n";
const read = (rows: string) => parseText(head + rows + foot, src).items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.deadline, i.status]);

describe("numbered rows of cells with no header row", () => {
  it("are items when set apart by pipes: number, problem, measures, then a deadline and a status read from their cells", () => {
    const rows = "1 | 食堂账目不清 | 清查账目，建立台账 | 2025年3月底 | 已完成\n2 | 车辆管理混乱 | 修订车辆管理办法 | 长期坚持 | 持续推进\n";
    expect(read(rows)).toEqual([
      ["1", "食堂账目不清", ["清查账目，建立台账"], "2025年3月底", "completed"],
      ["2", "车辆管理混乱", ["修订车辆管理办法"], "长期坚持", "in_progress"],
    ]);
  });
  it("are items when set apart by tabs, three cells over three rows", () => {
    const rows = "1\t食堂账目不清\t清查账目\n2\t车辆管理混乱\t修订办法\n3\t档案移交滞后\t移交档案40卷\n";
    expect(read(rows).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["1", "食堂账目不清", ["清查账目"]],
      ["2", "车辆管理混乱", ["修订办法"]],
      ["3", "档案移交滞后", ["移交档案40卷"]],
    ]);
  });
  it("are items, not headings, when their numbers are written as markers (1. or (1)) and set apart by full-width bars", () => {
    for (const rows of ["1．\t食堂账目不清\t清查账目\t已完成\n2．\t车辆管理混乱\t修订办法\t已完成\n", "（1）\t食堂账目不清\t清查账目\t已完成\n（2）\t车辆管理混乱\t修订办法\t已完成\n", "1｜食堂账目不清｜清查账目｜已完成\n\n2｜车辆管理混乱｜修订办法｜已完成\n"]) {
      expect(read(rows).map((r) => [r[1], r[2], r[4]])).toEqual([
        ["食堂账目不清", ["清查账目"], "completed"],
        ["车辆管理混乱", ["修订办法"], "completed"],
      ]);
    }
  });
  it("are a section's items when they stand under its heading", () => {
    const rows = "一、整改工作情况\n成立领导小组。\n二、问题整改情况\n| 1 | 食堂账目不清 | 清查账目 | 2025年3月 | 已完成 |\n| 2 | 车辆管理混乱 | 修订办法 | 2025年6月 | 正在推进 |\n";
    expect(parseText(head + rows + foot, src).items.map((i) => [i.category, i.problem, i.deadline])).toEqual([
      ["问题整改情况", "食堂账目不清", "2025年3月"],
      ["问题整改情况", "车辆管理混乱", "2025年6月"],
    ]);
  });
  it("are read again, with columns of their own, when a second table of other cells follows the first in one section", () => {
    const rows = "一、问题整改情况\n已完成的问题：\n1 | 食堂账目不清 | 清查账目 | 已完成\n2 | 车辆管理混乱 | 修订办法 | 已完成\n正在推进的问题：\n1 | 档案移交滞后 | 移交档案40卷 | 2025年9月 | 正在推进\n2 | 制度建设滞后 | 修订制度3项 | 长期坚持 | 持续推进\n";
    expect(parseText(head + rows + foot, src).items.map((i) => [i.number, i.problem, i.deadline, i.status])).toEqual([
      ["1", "食堂账目不清", null, "completed"],
      ["2", "车辆管理混乱", null, "completed"],
      ["1", "档案移交滞后", "2025年9月", "in_progress"],
      ["2", "制度建设滞后", "长期坚持", "in_progress"],
    ]);
  });
  it("are no table when too few, when their numbers do not count up from 1, or their cells differ in number", () => {
    expect(read("1\t食堂账目不清\t清查账目\n2\t车辆管理混乱\t修订办法\n")).toEqual([]);
    expect(read("1 | 食堂账目不清 | 清查账目 | 已完成\n3 | 车辆管理混乱 | 修订办法 | 已完成\n")).toEqual([]);
    expect(read("2 | 食堂账目不清 | 清查账目 | 已完成\n3 | 车辆管理混乱 | 修订办法 | 已完成\n")).toEqual([]);
    expect(read("1 | 食堂账目不清 | 清查账目 | 已完成\n2 | 车辆管理混乱 | 修订办法\n")).toEqual([]);
    // (a table of counts: its third cell is no measure)
    expect(read("1\t县财政局\t12\t10\n2\t县审计局\t8\t8\n3\t县民政局\t5\t4\n")).toEqual([]);
  });
  it("reads a later column as nothing when its cells are of no one kind", () => {
    expect(inferredColumns([["1", "甲", "乙", "2025年3月", "备注一"], ["2", "丙", "丁", "长期坚持", "已完成"]])).toEqual(["number", "problem", "measures", "deadline", null]);
    expect(inferredColumns([["1", "甲", "乙", "县财政局"], ["2", "丙", "丁", "县审计局、县民政局"]])).toEqual(["number", "problem", "measures", "responsible"]);
  });
});

// Probe 14: shapes of a headerless table as text comes out of PDFs and Word. Every line is made up.
describe("headerless tables whose cells wrap, are set out in spaced columns, or stand one a line", () => {
  const cells = (rows: string) => read(rows).map((r) => [r[0], r[1], r[2], r[3], r[4]]);
  const three = [
    ["1", "食堂账目不清", ["清查账目，建立台账"], "2025年3月底", "completed"],
    ["2", "车辆管理混乱", ["修订车辆管理办法"], "长期坚持", "in_progress"],
    ["3", "档案移交滞后", ["移交档案40卷"], "2025年6月", "completed"],
  ];
  it("joins a cell wrapped onto the next line (its number cell empty) to its column's cell, pipes or tabs", () => {
    const pipes = "| 1 | 食堂账目不清 | 清查账目，建立 | 2025年3月底 | 已完成 |\n|  |  | 台账 |  |  |\n| 2 | 车辆管理混乱 | 修订车辆管理办法 | 长期坚持 | 持续推进 |\n| 3 | 档案移交滞后 | 移交档案40卷 | 2025年6月 | 已完成 |\n";
    expect(cells(pipes)).toEqual(three);
    const tabs = "1\t食堂账目\t清查账目，建立\t2025年3月底\t已完成\n\t不清\t台账\n2\t车辆管理混乱\t修订车辆管理办法\t长期坚持\t持续推进\n3\t档案移交滞后\t移交档案40卷\t2025年6月\t已完成\n";
    expect(cells(tabs)).toEqual(three);
    // (the number's cell left out: fewer cells, from the problem's column on; only between rows)
    const shifted = "| 1 | 食堂账目 | 清查账目，建立 | 2025年3月底 | 已完成 |\n| 不清 | 台账 |\n| 2 | 车辆管理混乱 | 修订车辆管理办法 | 长期坚持 | 持续推进 |\n| 3 | 档案移交滞后 | 移交档案40卷 | 2025年6月 | 已完成 |\n";
    expect(cells(shifted)).toEqual(three);
    expect(cells(shifted + "| 另有说明 | 见附件 |\n")).toEqual(three);
  });
  it("reads columns aligned by runs of spaces, a wrapped line's pieces going to the columns they start under", () => {
    const spaced = "1    食堂账目不清    清查账目，建立    2025年3月底    已完成\n                     台账\n2    车辆管理混乱    修订车辆管理办法  长期坚持    持续推进\n3    档案移交滞后    移交档案40卷    2025年6月    已完成\n";
    expect(cells(spaced)).toEqual(three);
  });
  it("reads a table copied one cell a line, its row numbers alone on their lines", () => {
    const lone = "1\n食堂账目不清\n清查账目，建立台账\n2025年3月底\n已完成\n2\n车辆管理混乱\n修订车辆管理办法\n长期坚持\n持续推进\n3\n档案移交滞后\n移交档案40卷\n2025年6月\n已完成\n";
    expect(cells(lone)).toEqual(three);
    expect(cells(lone.replace(/^(\d)$/gm, "$1."))).toEqual(three);
    // (two rows are enough with a column of deadlines and one of states; not with one of them only)
    const two = lone.slice(0, lone.indexOf("3\n"));
    expect(cells(two)).toEqual(three.slice(0, 2));
    expect(cells(two.replace("已完成\n", "完成全部整改\n").replace("持续推进\n", "压实主体责任\n"))).toEqual([]);
  });
  it("reads no table from prose that happens to hold spaces, nor from short paragraphs between page numbers", () => {
    // (a sentence with spaces in it, numbered: one run of gaps, rows of other widths)
    expect(read("1  完善制度  加强监督，推动整改落实。\n2  压实责任  强化考核  严格问责，确保整改到位。\n3  建立机制  长效常治。\n")).toEqual([]);
    // (pages of two short paragraphs, each page numbered: no column of deadlines or states)
    // (headings spaced out from their fields: the fields' labels are read, not cells)
    expect(read("一、问题整改情况\n1.  台账不全  整改措施：建立台账  整改状态：已完成\n2.  票据审核不严  整改措施：修订办法  整改状态：已完成\n").map((r) => [r[1], r[2]])).toEqual([
      ["台账不全", ["建立台账"]],
      ["票据审核不严", ["修订办法"]],
    ]);
    // (a heading's marker alone over its problem and its fields: headings, not rows)
    expect(read("一、问题整改情况\n1.\n台账管理不规范\n整改措施：建立台账。\n整改状态：已完成\n2.\n票据审核不严\n整改措施：修订办法。\n整改状态：已完成\n3.\n培训不足\n整改措施：组织培训。\n整改状态：正在推进\n").map((r) => [r[1], r[2]])).toEqual([
      ["台账管理不规范", ["建立台账。"]],
      ["票据审核不严", ["修订办法。"]],
      ["培训不足", ["组织培训。"]],
    ]);
    expect(read("1\n局党组高度重视巡察整改工作。\n成立了整改工作领导小组。\n2\n召开专题会议研究部署。\n逐项制定整改措施。\n3\n强化督促检查。\n推动问题整改到位。\n")).toEqual([]);
  });
});
