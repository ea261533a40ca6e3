// Page shapes of probe 11: a field's label cut in two by a page break, a running header set across
// the page's width, a bulletin's masthead over the title. Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { parseText } from "../../src/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);
const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };

describe("a field's label cut by a page break (…。整改 / 第 2 页 共 5 页 / 状态：已完成。)", () => {
  it("is joined into one label, whatever the cut", () => {
    expect(texts("1.台账不全。整改措施：补齐台账。整改\n第 2 页 共 5 页\n状态：已完成。")).toEqual(["1.台账不全。整改措施:补齐台账。整改状态:已完成。"]);
    expect(texts("2.制度缺失。整改措施：修订制度。完成时\n- 3 -\n限：2025年6月底前")).toEqual(["2.制度缺失。整改措施:修订制度。完成时限:2025年6月底前"]);
    // (整 + 措施：… is no label: a word of its own after the stop does not join a label)
    expect(texts("3.学习不深。整\n措施：开展研讨。")).toEqual(["3.学习不深。整", "措施:开展研讨。"]);
  });
  it("gives the item its status and no stray word in its measure", () => {
    const doc = parseText("二、整改情况\n1.台账不全。整改措施：补齐台账，清理票据12张。整改\n第 2 页 共 5 页\n状态：已完成。\n2.制度缺失。整改措施：修订制度。整改状态：正在推进。", src);
    expect(doc.items.map((i) => [i.problem, i.status, i.measures.map((m) => m.text)])).toEqual([
      ["台账不全", "completed", ["补齐台账，清理票据12张。"]],
      ["制度缺失", "in_progress", ["修订制度。"]],
    ]);
  });
  it("is not a line that ends on a word of the text before a label of its own", () => {
    // (no sentence end before the words: 推进整改 is text, 状态：… a field of the next line)
    expect(texts("1.台账不全。整改措施：补齐台账，持续推进整改\n状态：已完成。")).toEqual(["1.台账不全。整改措施:补齐台账，持续推进整改", "状态:已完成。"]);
  });
});

describe("a running header set across the page's width (简报名      2024年第12期)", () => {
  it("is dropped after each page number, its spaces not counted in its length", () => {
    const pad = " ".repeat(50);
    const t = `一、整改情况\n1.台账不全。整改措施：补齐台账，\n·2·\n某某工作简报${pad}2024年第12期\n清理票据。\n2.制度缺失。整改措施：修订制度。\n·3·\n某某工作简报${pad}2024年第12期\n二、下一步打算`;
    expect(texts(t)).toEqual(["一、整改情况", "1.台账不全。整改措施:补齐台账，清理票据。", "2.制度缺失。整改措施:修订制度。", "二、下一步打算"]);
  });
});

describe("a bulletin's masthead over the title (某某委 / 巡察工作简报 / 第12期)", () => {
  it("keeps each of its lines apart from the title", () => {
    expect(texts("某某县纪委监委\n巡察工作简报\n第12期\n\n中共某某局党组\n关于巡察整改情况的通报\n\n根据县委统一部署……")).toEqual([
      "某某县纪委监委",
      "巡察工作简报",
      "第12期",
      "中共某某局党组",
      "关于巡察整改情况的通报",
      "根据县委统一部署……",
    ]);
    expect(texts("巡察专报\n(总第45期)\n关于某某局巡察整改情况的通报")).toEqual(["巡察专报", "(总第45期)", "关于某某局巡察整改情况的通报"]);
    // its name and issue on one line, and an issue with its running number after it
    expect(texts("巡察工作简报 第5期\n关于某某局巡察整改情况的通报")).toEqual(["巡察工作简报 第5期", "关于某某局巡察整改情况的通报"]);
    expect(texts("巡察专报\n第5期（总第37期）\n关于某某局巡察整改情况的通报")).toEqual(["巡察专报", "第5期(总第37期)", "关于某某局巡察整改情况的通报"]);
  });
  it("leaves the title to the title", () => {
    const doc = parseText("某某县纪委监委\n巡察工作简报\n2024年第3期\n\n中共某某局党组\n关于巡察整改情况的通报\n\n一、整改情况\n1.台账不全。整改措施：补齐台账。", src);
    expect(doc.title).toBe("中共某某局党组关于巡察整改情况的通报");
  });
});

describe("a note's reference in square brackets (…14个[1]。)", () => {
  it("is cut after a word or a closing mark, as a superscript mark is", () => {
    expect(texts("新建村卫生室14个[1]。追回资金23.5万元［2］，开展“回头看”[3]；巡察[12]工作")).toEqual(["新建村卫生室14个。追回资金23.5万元，开展“回头看”；巡察工作"]);
  });
  it("gives a measure without it, the figure still read", () => {
    const doc = parseText("二、整改情况\n1.台账不全。整改措施：补齐台账14个[1]。整改状态：已完成。", src);
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["补齐台账14个。"]);
    expect(doc.figures.map((f) => f.text)).toContain("14个");
  });
  it("is not a marker at a line's start, a year in brackets, a number after a digit, nor a note's own number", () => {
    expect(texts("[1]整改情况")).toEqual(["[1]整改情况"]);
    expect(texts("某巡办〔2024〕12号")).toEqual(["某巡办〔2024〕12号"]);
    expect(texts("见表1[2]。")).toEqual(["见表1[2]。"]);
    expect(texts("注：[1]数据截至年底。")).toEqual(["注:[1]数据截至年底。"]);
    expect(texts("数组a[10]赋值")).toEqual(["数组a[10]赋值"]);
  });
});
