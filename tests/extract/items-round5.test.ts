// Round 5 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { problemOf } from "../../src/extract/items.js";
import { statusOf, roleOf } from "../../src/extract/roles.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);
const brief = (text: string) => parse(text).items.map((i) => ({ problem: i.problem, status: i.status, measures: i.measures.map((e) => e.text) }));

describe("a 备注 remark that carries the status", () => {
  const item = (remark: string) => parse(`二、整改落实情况\n1.关于台账登记不全的问题\n整改措施：建立台账，逐月核对。\n${remark}\n2.关于会议记录缺失的问题\n整改措施：规范会议记录。`).items;
  it("sets the status, with a full-width or ASCII colon or in brackets", () => {
    expect(item("备注：已完成").map((i) => i.status)).toEqual(["completed", "unknown"]);
    expect(item("备注:已整改销号").map((i) => i.status)).toEqual(["completed", "unknown"]);
    expect(item("【备注】长期坚持").map((i) => i.status)).toEqual(["in_progress", "unknown"]);
    expect(item("备注：正在推进，计划年底前完成").map((i) => i.status)).toEqual(["in_progress", "unknown"]);
  });
  it("is not a measure, and a remark that states no status sets none", () => {
    expect(item("备注：已完成")[0].measures.map((e) => e.text)).toEqual(["建立台账，逐月核对。"]);
    expect(item("备注：涉及资金由财务科另行核算").map((i) => i.status)).toEqual(["unknown", "unknown"]);
  });
  it("in a table's 备注 column", () => {
    const d = parse("二、整改落实情况\n序号\t问题\t整改措施\t备注\n1\t台账登记不全\t建立台账\t已完成\n2\t会议记录缺失\t规范会议记录\t持续推进\n");
    expect(d.items.map((i) => [i.problem, i.status])).toEqual([["台账登记不全", "completed"], ["会议记录缺失", "in_progress"]]);
  });
  it("gives way to the item's own status field", () => {
    expect(item("整改状态：正在推进\n备注：已完成")[0].status).toBe("in_progress");
  });
});

describe("the status vocabulary: partly done, ongoing, struck off", () => {
  it("reads 阶段性完成 / 基本完成 / 基本整改到位 as in progress, not done", () => {
    for (const w of ["阶段性完成", "基本完成", "基本整改到位", "已基本整改到位", "基本办结"]) expect([w, statusOf(w)]).toEqual([w, "in_progress"]);
  });
  it("reads 常态化推进 / 持续推进 / 长期坚持 as in progress (the schema's ongoing status)", () => {
    for (const w of ["常态化推进", "持续推进", "长期坚持", "需常态化整改"]) expect([w, statusOf(w)]).toEqual([w, "in_progress"]);
  });
  it("reads 已…销号 as done", () => {
    for (const w of ["已整改销号", "已销号", "已完成整改销号", "均已销号"]) expect([w, statusOf(w)]).toEqual([w, "completed"]);
  });
  it("in a status field, and in a status section's title", () => {
    const st = (w: string) => parse(`二、整改落实情况\n1.关于台账登记不全的问题\n整改措施：建立台账。\n整改状态：${w}\n2.关于会议记录缺失的问题\n整改措施：规范会议记录。`).items[0].status;
    expect(["阶段性完成", "基本整改到位", "常态化推进", "已整改销号"].map(st)).toEqual(["in_progress", "in_progress", "in_progress", "completed"]);
    expect(roleOf("常态化推进的问题")).toBe("status");
    expect(parse("二、整改落实情况\n（一）常态化推进的问题\n1.关于台账登记不全的问题\n整改措施：建立台账。").items[0].status).toBe("in_progress");
  });
});

describe("a problem quoted in single or corner quotes", () => {
  it("is the quoted text, as with “…”", () => {
    expect(["关于‘台账登记不全’的问题", "关于「台账登记不全」问题", "关于『台账登记不全』问题的整改情况", "关于“台账登记不全”的问题"].map(problemOf)).toEqual(Array(4).fill("台账登记不全"));
  });
  it("keeps a quote that is only part of the problem", () => {
    expect(problemOf("关于‘三重一大’决策制度执行不严格的问题")).toBe("‘三重一大’决策制度执行不严格");
    expect(problemOf("关于「三重一大」决策制度执行不严格问题的整改情况")).toBe("「三重一大」决策制度执行不严格");
  });
  it("in a paragraph led by the quoted problem", () => {
    expect(brief("二、整改情况\n关于‘台账登记不全’问题。建立台账，逐月核对。\n关于『会议记录缺失』问题。规范会议记录。\n").map((i) => [i.problem, i.measures])).toEqual([
      ["台账登记不全", ["建立台账，逐月核对。"]],
      ["会议记录缺失", ["规范会议记录。"]],
    ]);
  });
});

describe("a bracketed done note at the end of an item's text", () => {
  it("after a labelled problem's full stop sets the status and stays out of the problem", () => {
    expect(brief("二、整改情况\n问题1：台账登记不全。（已完成）\n整改措施：建立台账。\n问题2：会议记录缺失。【已整改】\n整改措施：规范会议记录。\n问题3：报销审核不严。\n整改措施：修订制度。\n").map((i) => [i.problem, i.status, i.measures])).toEqual([
      ["台账登记不全", "completed", ["建立台账。"]],
      ["会议记录缺失", "completed", ["规范会议记录。"]],
      ["报销审核不严", "unknown", ["修订制度。"]],
    ]);
  });
  it("at the end of a problem field", () => {
    expect(brief("二、整改情况\n（一）党建方面\n存在问题：台账登记不全。(已整改到位)\n整改措施：建立台账。\n（二）财务方面\n存在问题：报销审核不严。\n整改措施：修订制度。\n").map((i) => [i.problem, i.status])).toEqual([
      ["台账登记不全", "completed"],
      ["报销审核不严", "unknown"],
    ]);
  });
  it("after a heading, in any bracket", () => {
    expect(brief("二、整改情况\n1.台账登记不全（已完成）\n整改措施：建立台账。\n2.会议记录缺失【已整改】\n整改措施：规范会议记录。\n3.报销审核不严(已整改到位)\n整改措施：修订制度。\n").map((i) => [i.problem, i.status])).toEqual([
      ["台账登记不全", "completed"],
      ["会议记录缺失", "completed"],
      ["报销审核不严", "completed"],
    ]);
  });
  it("but a bracket that states no status stays in the problem", () => {
    expect(brief("二、整改情况\n问题1：台账登记不全。（涉及3个科室）\n整改措施：建立台账。\n问题2：报销审核不严。\n整改措施：修订制度。\n")[0].status).toBe("unknown");
  });
});

describe("headings that refer to a problem", () => {
  it("关于“…”的问题 and the feedback words around the quote give the quoted problem", () => {
    expect(["关于巡察反馈“财务管理不规范”问题的整改情况", "关于反映“财务管理不规范”问题整改落实情况", "关于“财务管理不规范”等问题的整改情况", "关于“财务管理不规范”问题整改进展情况", "关于“财务管理不规范”问题的整改情况：", "关于巡察组指出的“财务管理不规范”问题"].map(problemOf)).toEqual(Array(6).fill("财务管理不规范"));
  });
  it("关于……问题的整改情况 names the problem without the words around it", () => {
    expect(["关于财务管理不规范问题的整改情况", "关于财务管理不规范问题整改进展情况", "关于财务管理不规范等问题的整改落实情况：", "关于财务管理不规范的整改情况"].map(problemOf)).toEqual(Array(4).fill("财务管理不规范"));
  });
  it("keeps words before the quote that are part of the problem", () => {
    expect(problemOf("关于执行“三重一大”制度不严格的问题")).toBe("执行“三重一大”制度不严格");
  });
});
