// A table copied out of a PDF one cell per line is set back into rows. Each table is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { parseBytes } from "../../src/index.js";

// A row set back holds a tab between its cells (the segmenter's exact cells); shown here as spaces.
const texts = (s: string) => normalize(s).lines.map((l) => l.text.replace(/\t/g, " "));
const table = ["一、整改落实情况", "序号", "问题", "整改措施", "完成时限", "1", "食堂账目不清", "清查账目，补录台账", "2024年9月", "2", "公车使用审批不严", "修订公车管理办法", "2024年10月"];

describe("a table flattened one cell per line", () => {
  it("is set back into a header line and one line per row, its row numbers kept", () => {
    expect(texts([...table, "二、下一步工作打算"].join("\n"))).toEqual(["一、整改落实情况", "序号 问题 整改措施 完成时限", "1 食堂账目不清 清查账目，补录台账 2024年9月", "2 公车使用审批不严 修订公车管理办法 2024年10月", "二、下一步工作打算"]);
  });
  it("reads across a page break inside it: the page number and running header go, rows stay", () => {
    const rows = [...table.slice(0, 9), "— 2 —", "某某县财政局", ...table.slice(9), "3", "印章管理混乱", "建立用印登记制度", "2024年8月", "— 3 —", "某某县财政局", "二、下一步工作打算"];
    const lines = texts(rows.join("\n"));
    expect(lines.slice(2, 5)).toEqual(["1 食堂账目不清 清查账目，补录台账 2024年9月", "2 公车使用审批不严 修订公车管理办法 2024年10月", "3 印章管理混乱 建立用印登记制度 2024年8月"]);
  });
  it("keeps a cell that ends each row above a bare page number or row number (已完成): it is no running header", () => {
    const rows = ["序号", "问题", "整改措施", "整改状态", "1", "村级财务管理不规范", "规范报账流程", "已完成", "", "2", "", "2", "惠民资金审核不严", "建立三级审核制度", "已完成", "3", "人居环境整治不到位", "开展环境整治行动", "持续推进"];
    expect(texts(["一、问题整改情况", ...rows, "二、下一步工作打算"].join("\n")).slice(1, 5)).toEqual(["序号 问题 整改措施 整改状态", "1 村级财务管理不规范 规范报账流程 已完成", "2 惠民资金审核不严 建立三级审核制度 已完成", "3 人居环境整治不到位 开展环境整治行动 持续推进"]);
  });
  it("drops a running header printed once, between a page number and the next row's number", () => {
    const rows = [...table.slice(0, 9), "— 2 —", "某某县财政局", ...table.slice(9), "二、下一步工作打算", "持续巩固整改成果，推动工作高质量发展。", "中共某某县财政局党组", "2024年11月1日"];
    expect(texts(rows.join("\n")).slice(1, 5)).toEqual(["序号 问题 整改措施 完成时限", "1 食堂账目不清 清查账目，补录台账 2024年9月", "2 公车使用审批不严 修订公车管理办法 2024年10月", "二、下一步工作打算"]);
  });
  it("gives one item per row, with its fields from the columns", () => {
    const n = parseBytes(new TextEncoder().encode(["某某县财政局关于巡察整改情况的通报", "根据县委统一部署，县委第二巡察组对县财政局开展了巡察。", ...table].join("\n")), { path: "t.txt" });
    expect(n.items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text), i.deadline])).toEqual([
      ["1", "食堂账目不清", ["清查账目，补录台账"], "2024年9月"],
      ["2", "公车使用审批不严", ["修订公车管理办法"], "2024年10月"],
    ]);
  });
  it("joins a cell wrapped onto more lines into its cell, the lines set into the columns as a row's runs are", () => {
    const wrapped = ["一、整改落实情况", "序号", "问题", "整改措施", "完成时限", "1", "食堂账目不清，", "票据不全", "清查账目，", "补录台账", "2024年9月", "2", "公车使用审批不严", "修订公车管理办法", "2024年10月"];
    expect(texts(wrapped.join("\n")).slice(1, 4)).toEqual(["序号 问题 整改措施 完成时限", "1 食堂账目不清，票据不全 清查账目，补录台账 2024年9月", "2 公车使用审批不严 修订公车管理办法 2024年10月"]);
    // a measure on a line of its own after one that ended stays an entry of its own
    const n = parseBytes(new TextEncoder().encode(["某某局关于巡察整改情况的通报", ...wrapped.slice(0, 8), "清查账目。", "补录台账。", ...wrapped.slice(10)].join("\n")), { path: "t.txt" });
    expect(n.items.map((i) => [i.problem, i.measures.map((m) => m.text), i.deadline])).toEqual([
      ["食堂账目不清，票据不全", ["清查账目。", "补录台账。"], "2024年9月"],
      ["公车使用审批不严", ["修订公车管理办法"], "2024年10月"],
    ]);
  });
  it("is left alone when a row's lines fit no way into the columns: no row is made of the wrong cells", () => {
    const wrapped = ["一、整改落实情况", "序号", "问题", "整改措施", "完成时限", "1", "食堂账目不清", "清查账目，", "补录台账", "等待安排", "2", "公车使用审批不严", "修订公车管理办法", "2024年10月"];
    expect(texts(wrapped.join("\n")).some((t) => t.startsWith("1 ") || t.includes("序号 问题"))).toBe(false);
  });
  it("is left alone when the cells do not fit the header", () => {
    // (a row of two cells under three columns)
    const lines = texts(["一、整改落实情况", "序号", "问题", "整改措施", "1", "食堂账目不清。", "二、下一步工作打算"].join("\n"));
    expect(lines.some((t) => t.includes("序号 问题") || t.startsWith("1 "))).toBe(false);
  });
  it("joins a column's name printed on two lines (整改 / 时限) into one name", () => {
    const cut = ["一、整改落实情况", "序号", "问题", "整改措施", "整改", "时限", "1", "食堂账目不清", "清查账目", "2024年9月", "2", "公车使用审批不严", "修订公车管理办法", "2024年10月", "二、下一步工作打算"];
    expect(texts(cut.join("\n")).slice(1, 4)).toEqual(["序号 问题 整改措施 整改时限", "1 食堂账目不清 清查账目 2024年9月", "2 公车使用审批不严 修订公车管理办法 2024年10月"]);
  });
});

describe("a web page's table followed by the notice's closing", () => {
  const page = [
    "<div>某某镇党委关于巡察整改情况的通报<br/>　　县委第一巡察组对某某镇党委开展了巡察。现将整改情况公布如下：<br/>",
    "<table><tr><td>序号</td><td>反馈问题</td><td>整改措施</td><td>整改情况</td></tr>",
    "<tr><td>1</td><td>村务公开不及时</td><td>建立村务公开月报制度</td><td>已完成</td></tr>",
    "<tr><td>2</td><td>项目资金拨付滞后</td><td>清理滞留资金</td><td>正在推进</td></tr>",
    "</table><br/>　　欢迎广大干部群众监督。监督电话：0123-7654321<br/>中共某某镇委员会<br/>2024年5月6日</div>",
  ].join("\n");
  it("keeps the closing out of the last row's cells, and the row an item", () => {
    const n = parseBytes(new TextEncoder().encode(page), { path: "t.html" });
    expect(n.items.map((i) => [i.problem, i.status])).toEqual([
      ["村务公开不及时", "completed"],
      ["项目资金拨付滞后", "in_progress"],
    ]);
    expect([n.contact.phones, n.issuer, n.published]).toEqual([["0123-7654321"], "中共某某镇委员会", "2024-05-06"]);
  });
});
