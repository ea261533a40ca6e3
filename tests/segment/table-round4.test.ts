// Tables round 4: a header wrapped onto two lines, tables without a 序号 column, unnumbered
// category rows. Every table here is made up.
import { describe, it, expect } from "vitest";
import { parseText, parseBytes } from "../../src/index.js";
import { normalize } from "../../src/normalize/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const HEAD = "某某局党组关于巡察整改情况的通报\n一、整改落实情况\n";
const TAIL = "\n二、下一步工作打算\n持续巩固整改成果。";
const parse = (table: string) => parseText(HEAD + table + TAIL, src);
const rows = (table: string) =>
  parse(table).items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.deadline, i.responsible]);
const lines = (table: string) => normalize(HEAD + table + TAIL).lines.map((l) => l.text);

describe("a header wrapped onto two lines", () => {
  const expected = [
    ["1", "台账管理不规范", ["补齐台账"], "2024年6月", "办公室"],
    ["2", "学习不深入", ["开展专题学习"], "2024年10月", "机关党委"],
  ];
  it("joins each piece of its second line to the name above it (tabs, pipes, commas)", () => {
    const tab = "序号\t问题\t整改措施\t责任\t整改\n\t\t\t单位\t时限\n1\t台账管理不规范\t补齐台账\t办公室\t2024年6月\n2\t学习不深入\t开展专题学习\t机关党委\t2024年10月";
    expect(rows(tab)).toEqual(expected);
    expect(lines(tab)).toContain("序号\t问题\t整改措施\t责任单位\t整改时限");
    const pipe = tab.split("\n").map((l) => `| ${l.split("\t").join(" | ")} |`);
    pipe.splice(2, 0, "|---|---|---|---|---|");
    expect(rows(pipe.join("\n"))).toEqual(expected);
    expect(rows(tab.replace(/\t/g, ","))).toEqual(expected);
  });
  it("finds the problem column on the second line (存在 over 问题)", () => {
    const t = "序号\t存在\t整改措施\t责任单位\t完成时限\n\t问题\n1\t台账管理不规范\t补齐台账\t办公室\t2024年6月\n2\t学习不深入\t开展专题学习\t机关党委\t2024年10月";
    expect(rows(t)).toEqual(expected);
  });
  it("joins the runs of a PDF's second header line to the names they stand under, or one word to the last name", () => {
    const laid = [
      "序号  问题              整改措施        责任      整改",
      "                                        单位      时限",
      "1     台账管理不规范    补齐台账        办公室    2024年6月",
      "2     学习不深入        开展专题学习    机关党委  2024年10月",
    ].join("\n");
    expect(rows(laid)).toEqual(expected);
    const flat = "序号 问题 整改措施 整改\n时限\n1 台账管理不规范 补齐台账 2024年6月\n2 学习不深入 开展专题学习 2024年10月";
    expect(rows(flat)).toEqual(expected.map((e) => [...e.slice(0, 4), null]));
  });
  it("adds a note in brackets under a name (责任单位 over （责任人）)", () => {
    const t = "序号\t问题\t整改措施\t责任单位\t完成时限\n\t\t\t（责任人）\n1\t台账管理不规范\t补齐台账\t办公室\t2024年6月";
    expect(lines(t)).toContain("序号\t问题\t整改措施\t责任单位(责任人)\t完成时限");
    expect(rows(t)).toEqual(expected.slice(0, 1));
  });
  it("takes the sub-columns of a two-level header under a group's name (责任 over 责任领导 and 责任单位)", () => {
    const t = "序号\t问题\t整改措施\t责任\t\t完成时限\n\t\t\t责任领导\t责任单位\t\n1\t台账管理不规范\t补齐台账\t张某\t办公室\t2024年6月";
    expect(lines(t)).toContain("序号\t问题\t整改措施\t责任领导\t责任单位\t完成时限");
    expect(rows(t)).toEqual([["1", "台账管理不规范", ["补齐台账"], "2024年6月", "张某；办公室"]]);
  });
  it("takes no row or category under a whole header as its second line", () => {
    const t = "序号 问题 整改措施 完成时限\n党的建设方面\n1 台账管理不规范 补齐台账 2024年6月";
    expect(lines(t)).toContain("序号\t问题\t整改措施\t完成时限");
    expect(rows(t)).toEqual([["1", "台账管理不规范", ["补齐台账"], "2024年6月", null]]);
  });
});

describe("a wrapped header printed again after a page break", () => {
  it("is dropped as a whole: no piece of it joins the row above", () => {
    const t = "序号\t问题\t整改措施\t整改\n\t\t\t时限\n1\t台账管理不规范\t补齐台账\t2024年6月\n- 2 -\n序号\t问题\t整改措施\t整改\n\t\t\t时限\n2\t学习不深入\t开展专题学习\t2024年10月";
    expect(rows(t)).toEqual([
      ["1", "台账管理不规范", ["补齐台账"], "2024年6月", null],
      ["2", "学习不深入", ["开展专题学习"], "2024年10月", null],
    ]);
  });
});

describe("a table without a 序号 column", () => {
  const read = (t: string) => parse(t).items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.deadline, i.status]);
  const expected = [
    ["1", "台账管理不规范", ["补齐台账"], "2024年6月", "completed"],
    ["2", "学习不深入，效果不好", ["开展专题学习"], "2024年10月", "in_progress"],
    ["3", "车辆管理混乱", ["收回车辆2台"], "2024年8月", "completed"],
  ];
  it("gives an item per row, numbered in order, with the fields numbered rows have (tabs, a wrapped cell, commas, pipes)", () => {
    const tab = "存在问题\t整改措施\t整改时限\t完成情况\n台账管理不规范\t补齐台账\t2024年6月\t已完成\n学习不深入，\t开展专题学习\t2024年10月\t正在推进\n效果不好\n车辆管理混乱\t收回车辆2台\t2024年8月\t已完成";
    expect(read(tab)).toEqual(expected);
    const csv = '问题,整改措施,整改时限,完成情况\n台账管理不规范,补齐台账,2024年6月,已完成\n"学习不深入，\n效果不好",开展专题学习,2024年10月,正在推进\n车辆管理混乱,收回车辆2台,2024年8月,已完成';
    expect(read(csv)).toEqual(expected.map((e, k) => (k === 1 ? [e[0], "学习不深入，效果不好", ...e.slice(2)] : e)));
    const md = "| 问题描述 | 整改措施 | 完成时限 | 整改状态 |\n|---|---|---|---|\n| 台账管理不规范 | 补齐台账 | 2024年6月 | 已完成 |\n| 车辆管理混乱 | 收回车辆2台 | 2024年8月 | 已完成 |";
    expect(read(md)).toEqual([expected[0], ["2", ...expected[2].slice(1)]]);
  });
  it("keeps its rows as table-row sections without a marker", () => {
    const doc = parse("存在问题\t整改措施\t整改时限\n台账管理不规范\t补齐台账\t2024年6月\n车辆管理混乱\t收回车辆2台\t2024年8月");
    expect(doc.sections[0].children.map((s) => [s.marker, s.style, s.number, s.title])).toEqual([
      ["", "table-row", 1, "台账管理不规范"],
      ["", "table-row", 2, "车辆管理混乱"],
    ]);
  });
  it("is not read from names set apart by spaces only (a row is known by its number there)", () => {
    const doc = parse("存在问题 整改措施 整改时限\n台账管理不规范 补齐台账 2024年6月");
    expect(doc.items.map((i) => i.problem)).not.toContain("台账管理不规范");
  });
});

describe("an unnumbered category row, or one numbered like the heading over the table", () => {
  const read = (doc: ReturnType<typeof parse>) => doc.items.map((i) => [i.number, i.category, i.problem, i.measures.map((m) => m.text)]);
  const expected = [
    ["1", "党的建设方面（2个）", "会风文风不实", ["精简会议文件"]],
    ["2", "党的建设方面（2个）", "督查检查过多", ["统筹督查事项"]],
    ["3", "作风建设类问题", "公务接待超标", ["修订接待办法"]],
  ];
  const TAB = "序号\t问题\t整改措施\t完成时限\n党的建设方面（2个）\t\t\t\n1\t会风文风不实\t精简会议文件\t2024年6月\n2\t督查检查过多\t统筹督查事项\t2024年7月\n作风建设类问题\n3\t公务接待超标\t修订接待办法\t2024年8月";
  it("heads the rows below it (tabs, spaces, pipes)", () => {
    expect(read(parse(TAB))).toEqual(expected);
    expect(read(parse(TAB.replace(/\t+$/gm, "").replace(/\t/g, "  ")))).toEqual(expected);
    const md = TAB.split("\n").map((l) => `| ${l.replace(/\t+$/, "").split("\t").join(" | ")} |`);
    md.splice(1, 0, "|---|---|---|---|");
    expect(read(parse(md.join("\n")))).toEqual(expected);
  });
  it("is a category section over its rows, no marker of its own", () => {
    const doc = parse(TAB);
    expect(doc.sections[0].children.map((s) => [s.marker, s.style, s.title, s.role, s.children.map((c) => c.title)])).toEqual([
      ["", "table-category", "党的建设方面（2个）", "category", ["会风文风不实", "督查检查过多"]],
      ["", "table-category", "作风建设类问题", "category", ["公务接待超标"]],
    ]);
  });
  it("numbered like the heading the table stands under (一、 under 一、整改落实情况), stays inside the table", () => {
    const t = "序号\t问题\t整改措施\t完成时限\n一、党的建设方面\n1\t会风文风不实\t精简会议文件\t2024年6月\n2\t督查检查过多\t统筹督查事项\t2024年7月\n二、\t作风建设方面\n3\t公务接待超标\t修订接待办法\t2024年8月";
    const doc = parse(t);
    expect(read(doc)).toEqual([
      ["1", "党的建设方面", "会风文风不实", ["精简会议文件"]],
      ["2", "党的建设方面", "督查检查过多", ["统筹督查事项"]],
      ["3", "作风建设方面", "公务接待超标", ["修订接待办法"]],
    ]);
    expect(doc.sections.map((s) => [s.marker, s.title, s.children.map((c) => [c.marker, c.style, c.title])])).toEqual([
      ["一、", "整改落实情况", [["一、", "cn-numeral", "党的建设方面"], ["二、", "cn-numeral", "作风建设方面"]]],
      ["二、", "下一步工作打算", []],
    ]);
  });
  it("heads the rows of a table without a number column, and of a table before any heading", () => {
    const t = "存在问题\t整改措施\t完成时限\n党的建设方面\n会风文风不实\t精简会议文件\t2024年6月\n财务管理方面\n公务接待超标\t修订接待办法\t2024年8月";
    expect(read(parse(t))).toEqual([
      ["1", "党的建设方面", "会风文风不实", ["精简会议文件"]],
      ["2", "财务管理方面", "公务接待超标", ["修订接待办法"]],
    ]);
    const pre = parseText("某某局党组关于巡察整改情况的通报\n现将整改情况通报如下。\n" + TAB, src);
    expect(read(pre)).toEqual(expected);
  });
  it("takes no sentence between rows for a category", () => {
    const t = "序号\t问题\t整改措施\t完成时限\n1\t会风文风不实\t精简会议文件\t2024年6月\n以上问题属于作风建设方面。\n2\t督查检查过多\t统筹督查事项\t2024年7月";
    expect(read(parse(t)).map((r) => r[1])).toEqual(["整改落实情况", "整改落实情况"]);
  });
});

describe("merged cells copied into each row they span", () => {
  const read = (t: string) => parse(t).items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.responsible, i.deadline]);
  const expected = [
    ["1", "财务制度执行不严", ["修订财务管理办法", "开展专项检查"], "财务科；审计科", "2024年9月；2024年10月"],
    ["2", "公车管理混乱", ["收回车辆"], "办公室", "2024年8月"],
  ];
  it("make a row repeating the number and problem above a sub-row of it: one item (tabs, spaces, no number column)", () => {
    const tab = "序号\t问题\t整改措施\t责任单位\t完成时限\n1\t财务制度执行不严\t修订财务管理办法\t财务科\t2024年9月\n1\t财务制度执行不严\t开展专项检查\t审计科\t2024年10月\n2\t公车管理混乱\t收回车辆\t办公室\t2024年8月";
    expect(read(tab)).toEqual(expected);
    expect(read(tab.replace(/\t/g, "  "))).toEqual(expected);
    expect(read(tab.replace(/^(?:序号|\d)\t/gm, "").replace(/^问题/m, "存在问题"))).toEqual(expected);
  });
  it("add nothing to the row above when only the problem is repeated under an empty number (a value repeated once)", () => {
    const t = "序号\t问题\t整改措施\t责任单位\t完成时限\n1\t财务制度执行不严\t修订财务管理办法\t财务科\t2024年9月\n\t财务制度执行不严\t开展专项检查\t财务科\t2024年10月";
    expect(read(t)).toEqual([["1", "财务制度执行不严", ["修订财务管理办法", "开展专项检查"], "财务科", "2024年9月；2024年10月"]]);
  });
  it("leave rows of one problem under two numbers two items", () => {
    const t = "序号\t问题\t整改措施\t完成时限\n1\t财务制度执行不严\t修订财务管理办法\t2024年9月\n2\t财务制度执行不严\t开展专项检查\t2024年10月";
    expect(read(t).map((r) => r[0])).toEqual(["1", "2"]);
  });
});

describe("column names a ledger uses", () => {
  it("预计完成时间/完成时间节点 (deadline), 问题具体表现 (details), 目前进展/完成进度 (results), 销号情况 (status)", () => {
    const doc = parse("序号\t问题\t问题具体表现\t整改措施\t预计完成时间\t目前进展\t销号情况\n1\t台账不全\t缺少3本台账\t补齐台账\t2024年6月\t已补齐台账3本\t已销号\n2\t学习不深入\t学习次数少\t开展学习\t2024年10月底\t开展学习2次\t未销号");
    expect(doc.items.map((i) => [i.problem, i.problem_details, i.deadline, i.outcomes.map((o) => o.text), i.status])).toEqual([
      ["台账不全", "缺少3本台账", "2024年6月", ["已补齐台账3本"], "completed"],
      ["学习不深入", "学习次数少", "2024年10月底", ["开展学习2次"], "in_progress"],
    ]);
    const d2 = parse("序号\t问题\t整改措施\t完成时间节点\t完成进度\n1\t台账不全\t补齐台账\t2024年6月\t已完成");
    expect(d2.items.map((i) => [i.deadline, i.status])).toEqual([["2024年6月", "completed"]]);
  });
});

describe("names spaced out letter by letter (序  号  问  题, as a Word table centres them)", () => {
  it("are joined into the names they spell (tabs, spaces)", () => {
    const expected = [
      ["1", "台账管理不规范", ["补齐台账"], "2024年6月", "办公室"],
      ["2", "学习不深入", ["开展专题学习"], "2024年10月", "机关党委"],
    ];
    expect(rows("序 号\t问  题\t整改措施\t责任单位\t完成时限\n1\t台账管理不规范\t补齐台账\t办公室\t2024年6月\n2\t学习不深入\t开展专题学习\t机关党委\t2024年10月")).toEqual(expected);
    const laid = [
      "序  号    问    题        整 改 措 施     责 任 单 位    完 成 时 限    备  注",
      " 1      台账管理不规范    补齐台账        办公室          2024年6月",
      " 2      学习不深入        开展专题学习    机关党委        2024年10月     已完成",
    ].join("\n");
    expect(rows(laid)).toEqual(expected);
    expect(lines(laid)).toContain("序号\t问题\t整改措施\t责任单位\t完成时限\t备注");
  });
});

describe("a category row in a table as a PDF gives it", () => {
  it("one cell a line: stays a row of its own over the rows below (一、 under 一、…, or unnumbered)", () => {
    const t = ["序号", "问题", "整改措施", "完成时限", "一、党的建设方面", "1", "台账管理不规范", "补齐台账", "2024年6月", "作风建设方面（1个）", "2", "学习不深入", "开展专题学习", "2024年10月"].join("\n");
    expect(parse(t).items.map((i) => [i.number, i.category, i.problem, i.deadline])).toEqual([
      ["1", "党的建设方面", "台账管理不规范", "2024年6月"],
      ["2", "作风建设方面（1个）", "学习不深入", "2024年10月"],
    ]);
  });
  it("set out in columns, centred under a column: heads the rows below, and joins no cell above", () => {
    const t = [
      "序号  问题              整改措施        完成时限",
      "               党的建设方面",
      "1     台账管理不规范    补齐台账        2024年6月",
      "             作风建设方面（1个）",
      "2     学习不深入        开展专题学习    2024年10月",
    ].join("\n");
    expect(parse(t).items.map((i) => [i.number, i.category, i.problem])).toEqual([
      ["1", "党的建设方面", "台账管理不规范"],
      ["2", "作风建设方面（1个）", "学习不深入"],
    ]);
  });
});

describe("row numbers in Chinese numerals (一, 二、 in the 序号 column)", () => {
  it("number rows set apart exactly; beside one cell, 一 is no row", () => {
    const t = "序号\t问题\t整改措施\t完成时限\n一\t台账管理不规范\t补齐台账\t2024年6月\n二、\t学习不深入\t开展专题学习\t2024年10月";
    expect(rows(t)).toEqual([
      ["1", "台账管理不规范", ["补齐台账"], "2024年6月", null],
      ["2", "学习不深入", ["开展专题学习"], "2024年10月", null],
    ]);
    expect(rows("序号\t问题\t整改措施\t完成时限\n一\t党的建设方面\n1\t台账管理不规范\t补齐台账\t2024年6月").map((r) => r[1])).toEqual(["台账管理不规范"]);
  });
});

describe("a merged cell's sub-row from a web page (rowspan: the number and problem only in the row above)", () => {
  it("fills the last columns, a second deadline under the first: one item (spaces, as a <td> becomes)", () => {
    const t = "序号 问题 整改措施 责任单位 完成时限\n1 财务制度执行不严 修订财务管理办法 财务科 2024年9月\n开展专项检查 审计科 2024年10月\n2 公车管理混乱 收回车辆 办公室 2024年8月";
    expect(rows(t)).toEqual([
      ["1", "财务制度执行不严", ["修订财务管理办法", "开展专项检查"], "2024年9月；2024年10月", "财务科；审计科"],
      ["2", "公车管理混乱", ["收回车辆"], "2024年8月", "办公室"],
    ]);
    const html = '<html><body><p>某某局党组关于巡察整改情况的通报</p><p>一、整改落实情况</p><table><tr><td>序号</td><td>问题</td><td>整改措施</td><td>责任单位</td><td>完成时限</td></tr><tr><td rowspan="2">1</td><td rowspan="2">财务制度执行不严</td><td>修订财务管理办法</td><td>财务科</td><td>2024年9月</td></tr><tr><td>开展专项检查</td><td>审计科</td><td>2024年10月</td></tr></table><p>二、下一步工作打算</p></body></html>';
    const doc = parseBytes(new TextEncoder().encode(html), { path: "t.html" });
    expect(doc.items.map((i) => [i.problem, i.measures.map((m) => m.text), i.deadline, i.responsible])).toEqual([["财务制度执行不严", ["修订财务管理办法", "开展专项检查"], "2024年9月；2024年10月", "财务科；审计科"]]);
  });
});
