// Marker shapes of notices the rules had not met (probe 8): chapters and their sections, numbers in
// square or lenticular brackets, a numeral with a comma or a colon for its 、, a heading set whole in
// 【】, a field after a dash on the heading's line, ⒈ and 丶, the circles of dingbat fonts. Every line
// is made up.
import { describe, it, expect } from "vitest";
import { fold, src, outline, items } from "./helpers.js";
import { normalize } from "../../src/normalize/index.js";
import { parseText } from "../../src/index.js";
import { chapter, subchapter } from "../../src/segment/rules/chapter.js";
import { bracketCn, bracketArabic } from "../../src/segment/rules/bracketed.js";
import { cnNumeral, cnNumeralLoose } from "../../src/segment/rules/cn-numeral.js";
import { arabicLoose } from "../../src/segment/rules/arabic-loose.js";
import { arabicDot } from "../../src/segment/rules/arabic-dot.js";
import { circled, circledDark } from "../../src/segment/rules/circled.js";
import { splitHeading } from "../../src/segment/split.js";


describe("第一章 第一节 — chapters and their sections", () => {
  it("reads 第N章 / 第N篇 and 第N节, with or without a pause, and not prose", () => {
    expect(chapter.match("第二章 反馈问题整改情况")).toMatchObject({ number: 2, markerLength: 3, textStart: 4 });
    expect(chapter.match(fold("第十二章：其他"))).toMatchObject({ number: 12 });
    expect(chapter.match("第3篇 下一步打算")).toMatchObject({ number: 3 });
    expect(subchapter.match("第一节整改工作组织情况")).toMatchObject({ number: 1, markerLength: 3, textStart: 3 });
    expect(chapter.match("第三章规定，领导小组负责统筹。")).toBeNull();
    expect(subchapter.match("第一节课由书记讲授")).toBeNull();
    expect(chapter.listOnly && subchapter.listOnly).toBe(true);
  });
  it("heads the notice's levels above 一、 and 1., and gives items under them", () => {
    const text = "第一章 整改工作组织情况\n成立领导小组。\n第二章 反馈问题整改情况\n一、作风建设方面\n（一）关于台账不全的问题\n整改措施：补齐台账。\n第三章 下一步工作计划\n巩固成果。";
    expect(outline(text)).toEqual(["1|第一章|整改工作组织情况", "1|第二章|反馈问题整改情况", "2|一、|作风建设方面", "3|（一）|关于台账不全的问题", "1|第三章|下一步工作计划"]);
    expect(items(text)).toEqual([["1", "作风建设方面", "台账不全", ["补齐台账。"]]]);
    const sections = "第一节 组织情况\n召开会议。\n第二节 整改情况\n1.关于制度缺失的问题\n整改措施：修订制度。\n第三节 下一步打算";
    expect(outline(sections)).toEqual(["1|第一节|组织情况", "1|第二节|整改情况", "2|1.|关于制度缺失的问题", "1|第三节|下一步打算"]);
  });
  it("is no heading alone, where no run of chapters numbers the notice", () => {
    expect(outline("一、整改情况\n第一章 总则明确了职责\n二、下一步打算")).toEqual(["1|一、|整改情况", "1|二、|下一步打算"]);
  });
});

describe("【一】 【1】 〔二〕 — numbers in square or lenticular brackets", () => {
  it("reads Chinese numerals in 【】〖〗〔〕［］[] and digits in 【】〖〗〔〕, as two styles", () => {
    expect(bracketCn.match("【一】整改工作开展情况")).toMatchObject({ number: 1, markerLength: 3, textStart: 3 });
    expect(bracketCn.match("〔十二〕 其他")).toMatchObject({ number: 12, textStart: 5 });
    expect(bracketCn.match("[三]、下一步打算")).toMatchObject({ number: 3, markerLength: 4 });
    expect(bracketArabic.match("【2】关于台账的问题")).toMatchObject({ number: 2, markerLength: 3 });
  });
  it("is not a year, a label, a mismatched pair or a footnote's [1]", () => {
    expect(bracketArabic.match("〔2024〕12号")).toBeNull();
    expect(bracketCn.match("【问题一】学习不深入")).toBeNull();
    expect(bracketCn.match("【一〕整改情况")).toBeNull();
    expect(bracketArabic.match("[1] 见《某某办法》第三条")).toBeNull();
  });
  it("gives levels and items: 【一】 over 1., and 【1】 under 一、", () => {
    const text = "【一】整改工作开展情况\n制定方案。\n【二】反馈问题整改情况\n1.关于台账不全的问题\n整改措施：补齐台账。\n【三】下一步工作打算";
    expect(outline(text)).toEqual(["1|【一】|整改工作开展情况", "1|【二】|反馈问题整改情况", "2|1.|关于台账不全的问题", "1|【三】|下一步工作打算"]);
    expect(items(text)).toEqual([["1", "反馈问题整改情况", "台账不全", ["补齐台账。"]]]);
    expect(outline("一、整改情况\n【1】关于甲的问题\n整改措施：甲。\n【2】关于乙的问题\n整改措施：乙。")).toEqual(["1|一、|整改情况", "2|【1】|关于甲的问题", "2|【2】|关于乙的问题"]);
  });
});

describe("一， 二, — a numeral with a comma for its 、", () => {
  it("reads both widths, and not lists of numbers", () => {
    expect(cnNumeralLoose.match("二，反馈问题整改情况")).toMatchObject({ number: 2, markerLength: 2, textStart: 2 });
    expect(cnNumeralLoose.match("三, 下一步打算")).toMatchObject({ number: 3, textStart: 3 });
    expect(cnNumeralLoose.match("一，二月份共受理12件")).toBeNull();
    expect(cnNumeralLoose.match("一,二,三")).toBeNull();
    expect(cnNumeral.match("二，反馈问题整改情况")).toBeNull();
    expect(cnNumeralLoose.listOnly).toBe(true);
  });
  it("heads the top level where a run of them numbers it, and not a lone 一，", () => {
    const text = "一，整改工作组织情况\n成立领导小组。\n二，反馈问题整改情况\n（一）关于台账不全的问题\n整改措施：补齐台账。\n三，下一步工作打算";
    expect(outline(text)).toEqual(["1|一，|整改工作组织情况", "1|二，|反馈问题整改情况", "2|（一）|关于台账不全的问题", "1|三，|下一步工作打算"]);
    expect(items(text)).toEqual([["1", "反馈问题整改情况", "台账不全", ["补齐台账。"]]]);
    expect(outline("一、整改情况\n十，这是一句被分页截断的话。\n二、下一步打算")).toEqual(["1|一、|整改情况", "1|二、|下一步打算"]);
  });
  it("goes on a level that 一、 opened (一、 then 二，)", () => {
    expect(outline("一、整改情况\n（一）关于甲的问题\n二，下一步打算\n三，其他")).toEqual(["1|一、|整改情况", "2|（一）|关于甲的问题", "1|二，|下一步打算", "1|三，|其他"]);
  });
});

describe("a heading set whole in 【】 (【一、整改工作组织情况】)", () => {
  it("keeps the marker and the words inside the brackets, and the body after them", () => {
    const text = "【一、整改工作组织情况】\n成立领导小组。\n【二、反馈问题整改情况】局党组逐项整改。\n（一）关于台账不全的问题\n整改措施：补齐台账。\n【（二）关于制度缺失的问题】\n整改措施：修订制度。";
    expect(outline(text)).toEqual(["1|一、|整改工作组织情况", "1|二、|反馈问题整改情况", "2|（一）|关于台账不全的问题", "2|（二）|关于制度缺失的问题"]);
    expect(items(text).map((i) => i.slice(0, 3))).toEqual([["1", "反馈问题整改情况", "台账不全"], ["2", "反馈问题整改情况", "制度缺失"]]);
    const doc = parseText(text, src);
    expect(doc.sections.map((s) => [s.marker, s.line, s.column])).toEqual([["一、", 1, 2], ["二、", 3, 2]]);
  });
  it("leaves a label or a name in 【】 as it was", () => {
    expect(normalize("【整改措施】补齐台账。\n【中央巡视】某某报道").lines.map((l) => l.text)).toEqual(["【整改措施】补齐台账。", "【中央巡视】某某报道"]);
  });
});

describe("a field after a dash on a heading's line (1、台账不全——整改措施：…)", () => {
  it("ends the heading at the dash, the field opening its body", () => {
    const line = "1、台账登记不全——整改措施：补齐台账。已完成。";
    const { titleEnd, bodyStart } = splitHeading(line, 2);
    expect(line.slice(2, titleEnd)).toBe("台账登记不全");
    expect(line.slice(bodyStart)).toBe("整改措施：补齐台账。已完成。");
    const single = "(二)制度缺失—整改情况：已修订。";
    expect(single.slice(3, splitHeading(single, 3).titleEnd)).toBe("制度缺失");
  });
  it("does not cut at a dash inside the heading's words, nor at a single hyphen", () => {
    const line = "1、“一岗双责”——落实不到位的问题";
    expect(line.slice(2, splitHeading(line, 2).titleEnd)).toBe("“一岗双责”——落实不到位的问题");
    const hyphen = "2、A-整改措施：x";
    expect(splitHeading(hyphen, 2).titleEnd).toBe(hyphen.length);
  });
  it("gives the item its problem and measures", () => {
    const text = "一、整改情况\n1、台账登记不全——整改措施：补齐台账。已完成。\n2、制度建设滞后——整改措施：修订制度。";
    expect(items(text)).toEqual([
      ["1", "整改情况", "台账登记不全", ["补齐台账。"]],
      ["2", "整改情况", "制度建设滞后", ["修订制度。"]],
    ]);
  });
});

describe("⒈ ⒉ and 一丶 — a list's number and pause in one character, and 丶 typed for 、", () => {
  it("reads ⒈ … ⒛ as 1. … 20., and 丶 as 、", () => {
    expect(arabicDot.match("⒈社会救助政策落实不精准")).toMatchObject({ number: 1, markerLength: 1, textStart: 1 });
    expect(arabicDot.match("⒛ 其他")).toMatchObject({ number: 20, textStart: 2 });
    expect(cnNumeral.match(fold("三丶下一步工作打算"))).toMatchObject({ number: 3, markerLength: 2 });
  });
  it("gives levels and items, the markers as written", () => {
    const text = "一丶整改工作组织情况\n成立领导小组。\n二丶反馈问题整改情况\n⒈关于台账不全的问题\n整改措施：补齐台账。\n⒉关于制度缺失的问题\n整改措施：修订制度。\n三丶下一步工作打算";
    expect(outline(text)).toEqual(["1|一丶|整改工作组织情况", "1|二丶|反馈问题整改情况", "2|⒈|关于台账不全的问题", "2|⒉|关于制度缺失的问题", "1|三丶|下一步工作打算"]);
    expect(items(text).map((i) => i.slice(0, 3))).toEqual([["1", "反馈问题整改情况", "台账不全"], ["2", "反馈问题整改情况", "制度缺失"]]);
  });
});

describe("❶ ➀ ⓵ ⓫ — the circles of dingbat fonts", () => {
  it("reads light ones (➀ ⓵) as ①, and dark ones (❶ ➊ ⓫) as a style of their own", () => {
    expect(circled.match("➁ 林业项目资金管理不规范")).toMatchObject({ number: 2, textStart: 2 });
    expect(circled.match("⓷台账不全")).toMatchObject({ number: 3 });
    expect(circledDark.match("❿其他")).toMatchObject({ number: 10 });
    expect(circledDark.match("➊ 整改情况")).toMatchObject({ number: 1 });
    expect(circledDark.match("⓬其他")).toMatchObject({ number: 12 });
    expect(circled.match("❶整改情况")).toBeNull();
    expect(circledDark.match("①整改情况")).toBeNull();
  });
  it("nests ➀ under ❶, and splits a measure field at ➀ as at ①", () => {
    const text = "❶ 整改工作组织情况\n成立领导小组。\n❷ 反馈问题整改情况\n➀ 森林防火责任落实不到位\n整改措施：➀签订责任书；➁开展巡查。\n➁ 项目资金管理不规范\n整改措施：开展审计。\n❸ 下一步工作打算";
    expect(outline(text)).toEqual(["1|❶|整改工作组织情况", "1|❷|反馈问题整改情况", "2|➀|森林防火责任落实不到位", "2|➁|项目资金管理不规范", "1|❸|下一步工作打算"]);
    expect(items(text)).toEqual([
      ["1", "反馈问题整改情况", "森林防火责任落实不到位", ["签订责任书；", "开展巡查。"]],
      ["2", "反馈问题整改情况", "项目资金管理不规范", ["开展审计。"]],
    ]);
  });
});

describe("一： 1： 1， — a colon or a comma for the pause", () => {
  it("reads a numeral or a number before a colon or a comma, not a time, a thousands separator or a ratio", () => {
    expect(cnNumeralLoose.match(fold("二：反馈问题整改情况"))).toMatchObject({ number: 2, markerLength: 2 });
    expect(arabicLoose.match(fold("1：市容环境整治不彻底"))).toMatchObject({ number: 1, markerLength: 2, textStart: 2 });
    expect(arabicLoose.match("12， 执法不规范")).toMatchObject({ number: 12, textStart: 4 });
    expect(arabicLoose.match("8:30召开会议")).toBeNull();
    expect(arabicLoose.match("1,200万元已到位")).toBeNull();
    expect(arabicLoose.match(fold("1：1配套资金"))).toBeNull();
    expect(arabicLoose.listOnly && cnNumeralLoose.listOnly).toBe(true);
  });
  it("gives levels and items where runs of them number the notice, and no heading for a lone 3，", () => {
    const text = "一：整改工作组织情况\n成立领导小组。\n二：反馈问题整改情况\n1：关于台账不全的问题\n整改措施：补齐台账。\n2：关于制度缺失的问题\n整改措施：修订制度。\n三：下一步工作打算";
    expect(outline(text)).toEqual(["1|一：|整改工作组织情况", "1|二：|反馈问题整改情况", "2|1：|关于台账不全的问题", "2|2：|关于制度缺失的问题", "1|三：|下一步工作打算"]);
    expect(items(text).map((i) => i.slice(0, 3))).toEqual([["1", "反馈问题整改情况", "台账不全"], ["2", "反馈问题整改情况", "制度缺失"]]);
    expect(outline("一、整改情况\n3，其中2个已办结。\n二、下一步打算")).toEqual(["1|一、|整改情况", "1|二、|下一步打算"]);
  });
});

describe("a table whose header stands before the first heading, its category rows numbered like headings", () => {
  it("reads the rows under each category with the header's columns", () => {
    const text = "某某局党组关于巡察整改情况的通报\n现将整改落实情况公布如下。\n序号\t问题\t整改措施\t责任单位\t完成时限\n一、党的建设方面\n1\t学习不深入\t开展专题学习\t办公室\t2024年8月\n2\t台账不全\t补齐台账\t机关党委\t2024年10月\n二、业务工作方面\n3\t预算执行慢\t建立通报制度\t预算股\t长期坚持";
    expect(parseText(text, src).items.map((i) => [i.number, i.category, i.problem, i.measures.map((m) => m.text), i.responsible, i.deadline])).toEqual([
      ["1", "党的建设方面", "学习不深入", ["开展专题学习"], "办公室", "2024年8月"],
      ["2", "党的建设方面", "台账不全", ["补齐台账"], "机关党委", "2024年10月"],
      ["3", "业务工作方面", "预算执行慢", ["建立通报制度"], "预算股", "长期坚持"],
    ]);
  });
  it("leaves a heading after the table, not set among its cells, without rows of its own", () => {
    const text = "现将整改落实情况公布如下。\n序号\t问题\t整改措施\n1\t学习不深入\t开展专题学习\n一、下一步工作打算\n1.持续巩固整改成果。";
    const doc = parseText(text, src);
    expect(doc.items.map((i) => i.problem)).toEqual(["学习不深入"]);
    expect(doc.sections.map((s) => [s.marker, s.title])).toEqual([["1", "学习不深入"], ["一、", "下一步工作打算"]]);
  });
});

describe("one list mistyped with two pauses (１．… then ２、…)", () => {
  it("goes on with the open level after a field, as its next heading", () => {
    const text = "一、整改情况\n（一）作风建设方面\n１．关于台账不全的问题\n整改措施：补齐台账。\n２、关于会议过多的问题\n整改措施：精简会议。\n（二）财务管理方面\n１．关于票据不全的问题\n整改措施：补齐票据。";
    expect(outline(text)).toEqual(["1|一、|整改情况", "2|（一）|作风建设方面", "3|１．|关于台账不全的问题", "3|２、|关于会议过多的问题", "2|（二）|财务管理方面", "3|１．|关于票据不全的问题"]);
    expect(items(text).map((i) => i.slice(0, 3))).toEqual([["1", "作风建设方面", "台账不全"], ["2", "作风建设方面", "会议过多"], ["1", "财务管理方面", "票据不全"]]);
  });
  it("leaves a field's own list, and one begun inside the label's line, in the field", () => {
    const own = "一、整改情况\n1.关于台账不全的问题\n整改措施：\n1、补齐台账；\n2、定期核对。\n2.关于会议过多的问题";
    expect(outline(own)).toEqual(["1|一、|整改情况", "2|1.|关于台账不全的问题", "2|2.|关于会议过多的问题"]);
    const inline = "一、整改情况\n1.关于台账不全的问题\n整改措施：1、补齐台账；\n2、定期核对。\n2.关于会议过多的问题";
    expect(outline(inline)).toEqual(["1|一、|整改情况", "2|1.|关于台账不全的问题", "2|2.|关于会议过多的问题"]);
  });
});
