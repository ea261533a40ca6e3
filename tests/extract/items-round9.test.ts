// Round 9 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);
const problems = (text: string) => parse(text).items.map((i) => i.problem);

describe("a trailing 等问题 / 的问题 goes as a heading's wrapper does, wherever the problem is stated", () => {
  it("after a numbered heading, a label, or a 针对…等问题， lead", () => {
    expect(problems("一、整改情况\n（一）党建方面\n1.支部学习流于形式等问题。\n整改措施：规范学习。\n2.公务接待超标准的问题\n整改措施：清退。\n")).toEqual(["支部学习流于形式", "公务接待超标准"]);
    expect(problems("一、整改情况\n问题1：报销审核不严等问题。\n整改措施：规范报销。\n问题2：车辆管理混乱等的问题\n整改措施：规范。\n")).toEqual(["报销审核不严", "车辆管理混乱"]);
    expect(problems("一、整改情况\n针对票据审核不严等问题，建立审核台账。\n针对会议记录缺失的问题，规范记录。\n")).toEqual(["票据审核不严", "会议记录缺失"]);
  });
  it("in a problem field (存在问题：…) or the line under a bare label, one sentence; not a list of several", () => {
    const d = parse("一、整改情况\n（一）党建方面\n存在问题：支部学习流于形式等问题。\n整改措施：规范。\n（二）财务方面\n存在问题：1.报销审核不严的问题。2.账目混乱的问题。\n整改措施：规范。\n");
    expect(d.items.map((i) => [i.problem, i.problem_details])).toEqual([["支部学习流于形式", null], ["1.报销审核不严的问题。2.账目混乱的问题", null]]);
    expect(problems("一、整改情况\n问题1\n干部作风不实等问题。\n整改措施：开展作风整顿。\n问题2\n档案管理不规范的问题\n整改措施：整理。\n")).toEqual(["干部作风不实", "档案管理不规范"]);
  });
  it("kept where the words before it only name a thing (资金管理等问题, 廉政风险问题)", () => {
    expect(problems("一、整改情况\n问题1：资金管理等问题\n整改措施：规范。\n问题2：廉政风险问题\n整改措施：排查。\n")).toEqual(["资金管理等问题", "廉政风险问题"]);
  });
});

describe("a marker alone on its line over fields numbers them: it joins the fields that follow", () => {
  it("under a heading that states the problem, the fields are that item's: no empty item", () => {
    const d = parse("一、整改情况\n（一）关于干部作风不实的问题\n1.\n整改措施：开展作风整顿。\n整改状态：已完成\n2.\n整改措施：建立作风台账。\n（二）关于档案管理不规范的问题\n（1）\n整改状态：已完成\n整改措施：整理档案。\n");
    expect(d.items.map((i) => [i.problem, i.status, i.measures.map((e) => e.text)])).toEqual([
      ["干部作风不实", "completed", ["开展作风整顿。", "建立作风台账。"]],
      ["档案管理不规范", "completed", ["整理档案。"]],
    ]);
  });
  it("under a problem named inside a rectification section too, and a ① alone in a body is no text of the item", () => {
    const d = parse("一、整改情况\n1.台账管理\n（1）\n整改措施：补登台账。\n整改时限：2025年6月\n2.公车管理\n①\n整改措施：规范派车。\n整改状态：已完成\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((e) => e.text), i.deadline, i.problem_details, i.status])).toEqual([
      ["台账管理", ["补登台账。"], "2025年6月", null, "unknown"],
      ["公车管理", ["规范派车。"], null, null, "completed"],
    ]);
  });
  it("a bare marker with the problem on the next line is still the item (问题 text under it)", () => {
    expect(problems("一、整改情况\n1.\n干部作风不实\n整改措施：开展作风整顿。\n2.\n档案不全\n整改措施：整理。\n")).toEqual(["干部作风不实", "档案不全"]);
  });
});
