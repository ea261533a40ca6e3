// Tables as they come out of web pages, spreadsheets and PDFs: cells wrapped onto the next line,
// empty cells, comma- and pipe-separated rows, a table cut by a page break, and the many names a
// column goes by. Every table here is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { normalize } from "../../src/normalize/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const HEAD = "某某局党组关于巡察整改情况的通报\n一、整改落实情况\n";
const TAIL = "\n二、下一步工作打算\n持续巩固整改成果。";
const parse = (table: string) => parseText(HEAD + table + TAIL, src);
const rows = (table: string) =>
  parse(table).items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.deadline, i.responsible]);

describe("a cell wrapped onto the next line", () => {
  it("joins its column's cell above (tabs keep the columns: empty cells lead the line)", () => {
    const t = "序号\t问题\t整改措施\t责任单位\t完成时限\n1\t食堂采购未公开，部分票据\t建立采购登记，\t后勤科\t2024年6月\n\t不全\t每月公示\n2\t公车登记不全\t补录登记\t办公室\t2024年7月";
    expect(rows(t)).toEqual([
      ["1", "食堂采购未公开，部分票据不全", ["建立采购登记，每月公示"], "2024年6月", "后勤科"],
      ["2", "公车登记不全", ["补录登记"], "2024年7月", "办公室"],
    ]);
  });
  it("keeps a merged cell's sub-row (one problem, a second measure, unit and deadline) as lines of their own, a value repeated once", () => {
    const t = "序号\t问题\t整改措施\t责任单位\t牵头领导\t完成时限\n1\t财务制度执行不严\t修订财务管理办法\t财务科\t赵某\t2024年9月\n\t\t开展专项检查\t审计科\t赵某\t2024年10月\n2\t公车管理混乱\t收回车辆\t办公室\t钱某\t2024年8月";
    expect(parse(t).items.map((i) => [i.problem, i.measures.map((m) => m.text), i.responsible, i.deadline])).toEqual([
      ["财务制度执行不严", ["修订财务管理办法", "开展专项检查"], "财务科；审计科；赵某", "2024年9月；2024年10月"],
      ["公车管理混乱", ["收回车辆"], "办公室；钱某", "2024年8月"],
    ]);
  });
  it("joins the longest cells of the row above when the line has only text, one run for each", () => {
    const t = "序号 问题 整改措施 责任单位 完成时限\n1 档案管理混乱，部分会议记录 补齐会议记录并 综合股 2024年8月\n缺失 专人管理\n2 印章使用未登记 建立用印登记 办公室 2024年9月";
    expect(rows(t)).toEqual([
      ["1", "档案管理混乱，部分会议记录缺失", ["补齐会议记录并专人管理"], "2024年8月", "综合股"],
      ["2", "印章使用未登记", ["建立用印登记"], "2024年9月", "办公室"],
    ]);
  });
  it("joins the column each run stands under when the line is set out in columns (a PDF's layout)", () => {
    const t = [
      "序号  问题                  整改措施              完成时限",
      "1     学习制度落实不严格    完善学习制度，        2024年6月",
      "                            建立考勤台账",
      "2     会议记录不全          补齐会议记录          2024年7月",
    ].join("\n");
    expect(rows(t)).toEqual([
      ["1", "学习制度落实不严格", ["完善学习制度，建立考勤台账"], "2024年6月", null],
      ["2", "会议记录不全", ["补齐会议记录"], "2024年7月", null],
    ]);
  });
  it("goes on with the last cell of a tab row cut short (a spreadsheet cell holding a line break: one entry a line)", () => {
    const t = "序号\t问题\t整改措施\t完成时限\n1\t资产账实不符\t开展资产清查；\n核销报废资产\t2024年10月\n2\t合同管理不规范\t修订合同管理办法\t2024年11月";
    expect(rows(t)).toEqual([
      ["1", "资产账实不符", ["开展资产清查；", "核销报废资产"], "2024年10月", null],
      ["2", "合同管理不规范", ["修订合同管理办法"], "2024年11月", null],
    ]);
  });
  it("fills a tab row cut short by column when the next line opens with tabs (its cells name their columns)", () => {
    const t = "序号\t问题\t整改措施\t完成时限\n1\t台账不全\n\t\t补齐台账\t2024年底\n2\t学习不深入\t开展专题学习\t2024年10月";
    expect(rows(t)).toEqual([
      ["1", "台账不全", ["补齐台账"], "2024年底", null],
      ["2", "学习不深入", ["开展专题学习"], "2024年10月", null],
    ]);
  });
  it("leaves a sentence after the table, a line of the notice's own, a remark and a sign-off out of the last row", () => {
    for (const after of ["以上问题均已整改完成。", "下一步工作打算", "（此件公开发布）", "中共某某局党组\n2024年10月8日"]) {
      const doc = parseText(HEAD + "序号 问题 整改措施 完成时限\n1 台账缺失 建立台账 2024年6月\n2 公车私用 收回车辆 2024年7月\n" + after, src);
      expect(doc.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([["台账缺失", ["建立台账"]], ["公车私用", ["收回车辆"]]]);
    }
  });
  it("joins a line of one run between two rows, or after a cell cut at a pause", () => {
    expect(rows("序号 问题 整改措施 完成时限\n1 会议记录不全 补齐缺失的会议记录 2024年6月\n并专人保管\n2 印章管理混乱 建立用印登记 2024年7月")[0]).toEqual(["1", "会议记录不全", ["补齐缺失的会议记录并专人保管"], "2024年6月", null]);
    expect(rows("序号 问题 整改措施 完成时限\n1 会议记录不全 补齐会议记录， 2024年6月\n专人保管")[0]).toEqual(["1", "会议记录不全", ["补齐会议记录，专人保管"], "2024年6月", null]);
  });
});

describe("empty cells", () => {
  it("keep the columns in place: two tabs in a row, and a blank cell at the end of a row", () => {
    const t = "序号\t问题\t整改措施\t责任人\t完成时限\t备注\n1\t财务公开不及时\t每季度公开财务\t张某\t2024年9月\t\n2\t低保复核不严\t\t李某\t2024年10月\t已清退3户\n3\t环境整治不彻底\t开展清洁行动\t\t长期坚持\t\n4\t资产底数不清\t开展清产核资\t王某\t\t";
    expect(rows(t)).toEqual([
      ["1", "财务公开不及时", ["每季度公开财务"], "2024年9月", "张某"],
      ["2", "低保复核不严", [], "2024年10月", "李某"],
      ["3", "环境整治不彻底", ["开展清洁行动"], "长期坚持", null],
      ["4", "资产底数不清", ["开展清产核资"], null, "王某"],
    ]);
  });
});

describe("empty cells of a table set out in columns with spaces (a PDF's layout)", () => {
  it("leave each run under the column whose name it stands under", () => {
    const t = [
      "  序号      问题              整改措施        责任人    完成时限",
      "   1    食堂账目不清        清查食堂账目      赵某      2024年9月",
      "   2    公车登记不全                          钱某      2024年10月",
      "   3    会议记录缺失        补齐会议记录                长期坚持",
      "   4    印章管理混乱        建立用印登记      孙某",
    ].join("\n");
    expect(rows(t)).toEqual([
      ["1", "食堂账目不清", ["清查食堂账目"], "2024年9月", "赵某"],
      ["2", "公车登记不全", [], "2024年10月", "钱某"],
      ["3", "会议记录缺失", ["补齐会议记录"], "长期坚持", null],
      ["4", "印章管理混乱", ["建立用印登记"], null, "孙某"],
    ]);
  });
});

describe("comma-separated rows", () => {
  it("read as cells, quoted cells holding commas and line breaks, a surplus comma joined back into a text cell", () => {
    const t = '序号,问题,整改措施,责任单位,完成时限\n1,医疗废物台账不全,"补建台账,每月检查",医务科,2024年8月\n2,"药品采购,程序不规范","修订采购制度\n开展专项检查",药剂科,2024年9月\n3,公车管理混乱,私用时有发生,收回车辆2台,办公室,2024年7月';
    expect(rows(t)).toEqual([
      ["1", "医疗废物台账不全", ["补建台账,每月检查"], "2024年8月", "医务科"],
      ["2", "药品采购,程序不规范", ["修订采购制度", "开展专项检查"], "2024年9月", "药剂科"],
      ["3", "公车管理混乱,私用时有发生", ["收回车辆2台"], "2024年7月", "办公室"],
    ]);
  });
});

describe("pipe tables", () => {
  it("read a Markdown table (its |---| rule dropped) with an empty cell, one in full-width bars, one without bars at its ends", () => {
    const md = "| 序号 | 问题 | 整改措施 | 责任单位 | 完成时限 |\n|---|:---|---|---|---|\n| 1 | 审计计划执行不严 | 修订计划管理办法 | 法规科 | 2024年6月 |\n| 2 | 培训针对性不强 |  | 人事科 | 2024年12月 |";
    const expected = [
      ["1", "审计计划执行不严", ["修订计划管理办法"], "2024年6月", "法规科"],
      ["2", "培训针对性不强", [], "2024年12月", "人事科"],
    ];
    expect(rows(md)).toEqual(expected);
    expect(rows(md.replace(/\|/g, "｜"))).toEqual(expected);
    // the bars at the ends left out
    expect(rows(md.split("\n").map((l) => l.replace(/^\| | \|$/g, "")).join("\n"))).toEqual(expected);
  });
});

describe("a table cut by a page break", () => {
  it("is one table: the page number goes, the header printed again is no item, no row runs into it", () => {
    const t = "序号 问题 整改措施 完成时限\n1 食堂管理不规范 建立食堂制度 2024年6月\n2 培训经费使用不规范 开展专项检查 2024年9月\n- 2 -\n序号 问题 整改措施 完成时限\n3 维修审批不严 修订审批流程 2024年10月";
    const doc = parse(t);
    expect(doc.items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.deadline])).toEqual([
      ["1", "食堂管理不规范", ["建立食堂制度"], "2024年6月"],
      ["2", "培训经费使用不规范", ["开展专项检查"], "2024年9月"],
      ["3", "维修审批不严", ["修订审批流程"], "2024年10月"],
    ]);
    // a tab table too, the row before the break cut across it
    const tab = "序号\t问题\t整改措施\t完成时限\n1\t食堂管理不规范，部分\t建立食堂制度\t2024年6月\n- 2 -\n\t账目不清\n2\t维修审批不严\t修订审批流程\t2024年10月";
    expect(parse(tab).items.map((i) => [i.problem, i.deadline])).toEqual([["食堂管理不规范，部分账目不清", "2024年6月"], ["维修审批不严", "2024年10月"]]);
  });
  it("sets every row back into one line that no page-break join extends", () => {
    const lines = normalize("序号 问题 整改措施 完成时限\n1 食堂管理不规范 建立食堂制度 2024年6月\n- 2 -\n序号 问题 整改措施 完成时限\n2 维修审批不严 修订审批流程 2024年10月").lines;
    expect(lines.map((l) => l.text.split("\t").length)).toEqual([4, 4, 4, 4]);
  });
});

describe("column names", () => {
  it("map each name to the item field it fills", () => {
    const t = "序号\t问题描述\t整改目标\t整改举措\t牵头领导\t配合单位\t完成时限\t整改成效\t是否完成\t备注\n1\t制度执行不严\t规范执行\t修订制度\t王某\t办公室\t2024年6月\t修订制度2项\t是\t无\n2\t台账缺失\t健全台账\t建立台账\t李某\t财务科\t2024年9月\t建立台账1本\t否\t";
    const doc = parse(t);
    expect(doc.items.map((i) => [i.problem, i.measures.map((m) => m.text), i.outcomes.map((m) => m.text), i.responsible, i.deadline, i.status])).toEqual([
      ["制度执行不严", ["修订制度"], ["修订制度2项"], "王某；办公室", "2024年6月", "completed"],
      ["台账缺失", ["建立台账"], ["建立台账1本"], "李某；财务科", "2024年9月", "in_progress"],
    ]);
    for (const [problem, measures, who, due, progress, state] of [
      ["问题表现", "整改措施", "责任领导", "整改时限", "进展情况", "完成状态"],
      ["反馈问题", "整改措施", "责任单位（人）", "完成时限", "整改成效", "整改状态"],
      ["具体问题", "整改措施及成效", "责任单位/责任人", "完成时限", "进展情况", "完成状态"],
    ]) {
      const d = parse(`序号 ${problem} ${measures} ${who} ${due} ${progress} ${state}\n1 制度执行不严 修订制度 王某 2024年6月 修订制度2项 已完成`);
      expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text), i.responsible, i.deadline, i.outcomes.map((m) => m.text), i.status])).toEqual([
        ["制度执行不严", ["修订制度"], "王某", "2024年6月", ["修订制度2项"], "completed"],
      ]);
    }
  });
});

describe("a row that heads the rows under it", () => {
  const TABLE = "序号\t问题\t整改措施\t完成时限\n（一）\t作风建设方面\n1\t会风文风不实\t精简会议文件\t2024年6月\n2\t督查检查过多\t统筹督查事项\t2024年7月\n（二）\t财务管理方面\n3\t公务接待超标\t修订接待办法\t2024年8月";
  const expected = [
    ["作风建设方面", "会风文风不实", ["精简会议文件"]],
    ["作风建设方面", "督查检查过多", ["统筹督查事项"]],
    ["财务管理方面", "公务接待超标", ["修订接待办法"]],
  ];
  const read = (t: string) => parse(t).items.map((i) => [i.category, i.problem, i.measures.map((m) => m.text)]);
  it("is a category inside the table, its rows still rows (tabs, spaces, pipes)", () => {
    expect(read(TABLE)).toEqual(expected);
    expect(read(TABLE.replace(/）\t/g, "）").replace(/\t/g, " "))).toEqual(expected);
    const md = TABLE.split("\n").map((l) => `| ${l.split("\t").join(" | ")} |`);
    md.splice(1, 0, "|---|---|---|---|");
    expect(read(md.join("\n"))).toEqual(expected);
  });
  it("unnumbered (作风建设方面), is no part of the row above", () => {
    const t = TABLE.replace(/（[一二]）\t/g, "").replace(/\t/g, " ");
    expect(parse(t).items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual(expected.map((e) => e.slice(1)));
  });
});

describe("figures in a row's cells", () => {
  it("take no period from the deadline cell before them: a cell is a sentence of its own", () => {
    const doc = parse("序号\t问题\t整改措施\t完成时限\t整改成效\n1\t台账缺失\t建立台账\t2024年6月\t建立台账5本\n2\t公车私用\t收回车辆\t2024年7月\t2024年5月收回车辆2台");
    expect(doc.figures.map((f) => [f.text, f.period, f.item_id])).toEqual([
      ["5本", null, "i1"],
      ["2台", { start: "2024-05", end: "2024-05" }, "i2"],
    ]);
  });
});

describe("a table before any heading", () => {
  it("gives its rows as items (a notice that is a preamble and its ledger)", () => {
    const pre = "某某局党组关于巡察整改情况的通报\n根据县委统一部署，县委第二巡察组对某某局开展了巡察。现将整改情况通报如下。\n";
    const t = "序号\t问题\t整改措施\t完成时限\n1\t票据管理不严\t建立票据台账\t2024年6月\n2\t车辆管理混乱，\t收回车辆\t2024年7月\n\t长期占用\n\n中共某某局党组\n2024年8月1日";
    for (const text of [t, t.replace(/\n\t长期占用/, "").replace(/\t/g, " ")]) {
      const doc = parseText(pre + text, src);
      expect(doc.items.map((i) => [i.number, i.problem.replace(/，.*/, ""), i.measures.map((m) => m.text), i.deadline])).toEqual([
        ["1", "票据管理不严", ["建立票据台账"], "2024年6月"],
        ["2", "车辆管理混乱", ["收回车辆"], "2024年7月"],
      ]);
      expect(doc.published).toBe("2024-08-01");
    }
    expect(parseText(pre + t, src).items[1].problem).toBe("车辆管理混乱，长期占用");
  });
});

describe("a second problem column", () => {
  it("(问题 then 具体表现/问题表现) gives the problem's details", () => {
    const doc = parse("序号\t问题\t具体表现\t整改措施\t完成时限\n1\t财务管理不规范\t部分票据未及时入账\t规范报账流程\t2024年6月");
    expect(doc.items.map((i) => [i.problem, i.problem_details, i.measures.map((m) => m.text)])).toEqual([["财务管理不规范", "部分票据未及时入账", ["规范报账流程"]]]);
  });
});
