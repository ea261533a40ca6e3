// Marker styles beyond the standard four, each on made-up lines and notices: the rule itself,
// the level it is given in a notice's outline, and the items read under it.
import { describe, it, expect } from "vitest";
import { fold, src, outline, items } from "./helpers.js";
import { parseText } from "../../src/index.js";
import { parenCnNumeral } from "../../src/segment/rules/paren-cn-numeral.js";
import { parenArabic } from "../../src/segment/rules/paren-arabic.js";
import { arabicParen } from "../../src/segment/rules/arabic-paren.js";
import { cnCloseParen } from "../../src/segment/rules/cn-close-paren.js";
import { listMarkerRuns } from "../../src/segment/rules/index.js";
import { cnCapital } from "../../src/segment/rules/cn-capital.js";
import { decimal2, decimal3 } from "../../src/segment/rules/decimal-outline.js";
import { roman } from "../../src/segment/rules/roman.js";
import { latinUpper, latinLower } from "../../src/segment/rules/latin-letter.js";
import { paddedNumber } from "../../src/segment/rules/padded-number.js";


describe("（一）、 and （1）、 — a bracketed number followed by 、", () => {
  it("takes the 、 into the marker", () => {
    expect(parenCnNumeral.match(fold("（二）、集中整改情况"))).toMatchObject({ number: 2, markerLength: 4, textStart: 4 });
    expect(parenCnNumeral.match(fold("(三) 、 下一步打算"))).toMatchObject({ number: 3, markerLength: 5, textStart: 6 });
    expect(parenArabic.match(fold("（12）、关于台账的问题"))).toMatchObject({ number: 12, markerLength: 5, textStart: 5 });
    expect(parenArabic.match("⑵、完善制度")).toMatchObject({ number: 2, markerLength: 2, textStart: 2 });
  });
  it("gives headings, levels and items without the 、", () => {
    const text = "一、整改情况\n（一）、已完成的问题\n（1）、关于台账不全的问题\n整改措施：\n（1）、建立台账；\n（2）、定期核对。\n（二）、正在整改的问题\n（1）、关于制度缺失的问题\n整改措施：修订制度。";
    expect(outline(text)).toEqual(["1|一、|整改情况", "2|（一）、|已完成的问题", "3|（1）、|关于台账不全的问题", "2|（二）、|正在整改的问题", "3|（1）、|关于制度缺失的问题"]);
    expect(items(text)).toEqual([
      ["1", "整改情况", "台账不全", ["建立台账；", "定期核对。"]],
      ["1", "整改情况", "制度缺失", ["修订制度。"]],
    ]);
  });
  it("is the same style as （一） without the 、", () => {
    expect(outline("一、整改情况\n（一）、甲类\n1.关于甲的问题\n（二）乙类\n1.关于乙的问题")).toEqual(["1|一、|整改情况", "2|（一）、|甲类", "3|1.|关于甲的问题", "2|（二）|乙类", "3|1.|关于乙的问题"]);
  });
});

describe("一） and 1） 1) — a number with only a closing bracket", () => {
  it("matches full-width and ASCII brackets, and only where a run of them numbers a list", () => {
    expect(cnCloseParen.match(fold("二）集中整改情况"))).toMatchObject({ number: 2, markerLength: 2, textStart: 2 });
    expect(cnCloseParen.match("十一) 其他")).toMatchObject({ number: 11, textStart: 4 });
    expect(cnCloseParen.match(fold("（二）集中整改情况"))).toBeNull();
    expect(arabicParen.match(fold("3）完善制度"))).toMatchObject({ number: 3, textStart: 2 });
    expect(arabicParen.match("12) 完善制度")).toMatchObject({ number: 12, textStart: 4 });
    expect(cnCloseParen.listOnly && arabicParen.listOnly).toBe(true);
  });
  it("gives headings, levels and items", () => {
    const text = "一、整改工作组织情况\n县委高度重视。\n二、集中整改进展情况\n一）已完成的问题\n1）关于台账不全的问题\n整改措施：\n1）建立台账；\n2）定期核对。\n2）关于制度缺失的问题\n整改措施：修订制度。\n二）正在整改的问题\n1) 关于档案缺失的问题\n整改措施：补录档案。\n三、下一步工作打算\n继续抓好整改。";
    expect(outline(text)).toEqual([
      "1|一、|整改工作组织情况", "1|二、|集中整改进展情况", "2|一）|已完成的问题", "3|1）|关于台账不全的问题", "3|2）|关于制度缺失的问题",
      "2|二）|正在整改的问题", "3|1)|关于档案缺失的问题", "1|三、|下一步工作打算",
    ]);
    expect(items(text)).toEqual([
      ["1", "集中整改进展情况", "台账不全", ["建立台账；", "定期核对。"]],
      ["2", "集中整改进展情况", "制度缺失", ["修订制度。"]],
      ["1", "集中整改进展情况", "档案缺失", ["补录档案。"]],
    ]);
  });
  it("reads nested lists of one style apart, and a lone 1） where the style numbers lists elsewhere", () => {
    expect(listMarkerRuns(["1）甲", "1）措施", "2）措施", "2）乙", "1) 丙", "5）次"].map(fold))).toEqual([[0, 3], [1, 2], [4]]);
    expect(listMarkerRuns(["1）甲", "正文", "3）次"].map(fold))).toEqual([]);
  });
  it("heads a list even where no other marker stands among its entries (unlike 第一， paragraphs)", () => {
    const text = "一、整改工作组织情况\n成立领导小组。\n二、集中整改进展情况\n一）已完成整改的问题\n已全部完成。\n二）正在推进整改的问题\n1.关于丙的问题\n整改措施：推进。\n2.关于丁的问题\n整改措施：推进。";
    expect(outline(text)).toEqual(["1|一、|整改工作组织情况", "1|二、|集中整改进展情况", "2|一）|已完成整改的问题", "2|二）|正在推进整改的问题", "3|1.|关于丙的问题", "3|2.|关于丁的问题"]);
    expect(parseText(text, src).items.map((i) => i.status)).toEqual(["in_progress", "in_progress"]);
  });
  it("numbers measures inside a paragraph after a pause (1）…；2）…)", () => {
    expect(items("二、整改情况\n1.关于台账不全的问题\n整改措施：1）建立台账；2）定期核对。")[0][3]).toEqual(["建立台账；", "定期核对。"]);
    expect(items("二、整改情况\n1.关于台账不全的问题\n整改措施：1) 建立台账。2) 定期核对。")[0][3]).toEqual(["建立台账。", "定期核对。"]);
  });
  it("is not a heading where a page break cut a sentence before the number", () => {
    const text = "一、整改情况\n1.关于会议不规范的问题\n整改期间共召开专题会议12次（其中常委会\n\n3）次），研究整改事项。\n2.关于台账不全的问题\n整改措施：建立台账。";
    expect(outline(text)).toEqual(["1|一、|整改情况", "2|1.|关于会议不规范的问题", "2|2.|关于台账不全的问题"]);
    expect(outline("一、整改情况\n经研究，分二\n\n一）步推进整改。\n二、下一步打算")).toEqual(["1|一、|整改情况", "1|二、|下一步打算"]);
  });
});

describe("壹、 贰、 — financial capitals", () => {
  it("reads the capitals, also in their traditional forms", () => {
    expect(cnCapital.match("壹、整改工作组织情况")).toMatchObject({ number: 1, markerLength: 2, textStart: 2 });
    expect(cnCapital.match("貳、 集中整改情况")).toMatchObject({ number: 2, textStart: 3 });
    expect(cnCapital.match(fold("拾贰．其他事项"))).toMatchObject({ number: 12 });
    expect(cnCapital.match("叁万元已退还")).toBeNull();
    expect(cnCapital.match("壹贰、")).toBeNull();
  });
  it("is a level of its own above 一、 in a notice that uses both", () => {
    const text = "壹、整改工作组织情况\n成立领导小组。\n贰、集中整改进展情况\n一、已完成的问题\n1.关于台账不全的问题\n整改措施：建立台账。\n二、正在整改的问题\n1.关于制度缺失的问题\n整改措施：修订制度。\n叁、下一步工作打算\n一、强化学习\n二、建章立制";
    expect(outline(text)).toEqual([
      "1|壹、|整改工作组织情况", "1|贰、|集中整改进展情况", "2|一、|已完成的问题", "3|1.|关于台账不全的问题", "2|二、|正在整改的问题", "3|1.|关于制度缺失的问题",
      "1|叁、|下一步工作打算", "2|一、|强化学习", "2|二、|建章立制",
    ]);
    expect(parseText(text, src).items.map((i) => [i.number, i.status, i.category, i.problem])).toEqual([
      ["1", "completed", "集中整改进展情况", "台账不全"],
      ["1", "in_progress", "集中整改进展情况", "制度缺失"],
    ]);
  });
  it("goes on a level that 一、 opened in another shape (一、 二、 then 叁、)", () => {
    expect(outline("一、组织情况\n二、整改情况\n（一）甲类\n1.关于甲的问题\n叁、下一步打算")).toEqual(["1|一、|组织情况", "1|二、|整改情况", "2|（一）|甲类", "3|1.|关于甲的问题", "1|叁、|下一步打算"]);
  });
});

describe("1.1 1.1.1 2.3、 — decimal outline numbers", () => {
  it("reads the last part as the number, one style per depth", () => {
    expect(decimal2.match("2.3、关于台账的问题")).toMatchObject({ number: 3, markerLength: 4, textStart: 4, scope: "2" });
    expect(decimal2.match(fold("１．２ 已完成的问题"))).toMatchObject({ number: 2, markerLength: 3, textStart: 4 });
    expect(decimal2.match("1.10. 其他")).toMatchObject({ number: 10, markerLength: 5 });
    expect(decimal3.match("2.1.3 关于台账的问题")).toMatchObject({ number: 3, markerLength: 5, scope: "2.1" });
    expect(decimal2.match("2.1.3 关于台账的问题")).toBeNull();
    expect(decimal3.match("2.1 关于台账的问题")).toBeNull();
  });
  it("is not a figure, a date or a number in a sentence", () => {
    expect(decimal2.match("3.5万元用于整改")).toBeNull();
    expect(decimal2.match("8.71 亿元，同比增长")).toBeNull();
    expect(decimal2.match("2.5倍")).toBeNull();
    expect(decimal2.match("6.1日前完成")).toBeNull();
    expect(decimal2.match("2024.6.1")).toBeNull();
    expect(decimal2.match("1.5 2.5 3.5")).toBeNull();
    expect(decimal2.match("12.35%")).toBeNull();
    expect(decimal2.match("3.1个百分点")).toBeNull();
    expect(decimal2.match("2.6 公里道路")).toBeNull();
  });
  it("takes a title that opens with a measure word or a word that starts like a unit", () => {
    expect(decimal2.match("1.2项目建设推进缓慢")).toMatchObject({ number: 2 });
    expect(decimal2.match("3.1个别单位制度缺失")).toMatchObject({ number: 1 });
    expect(decimal2.match("1.3公务接待不规范")).toMatchObject({ number: 3 });
    expect(decimal2.match("2.2年度计划未落实")).toMatchObject({ number: 2 });
    expect(decimal2.match("1.1 2024年整改工作")).toMatchObject({ number: 1 });
  });
  it("nests by depth under the notice's own levels, and gives items", () => {
    const text = "一、整改工作组织情况\n成立领导小组。\n二、集中整改进展情况\n2.1 已完成整改的问题\n2.1.1 关于学习不深入的问题\n整改措施：加强学习。\n2.1.2 关于台账不全的问题\n整改措施：建立台账，投入\n\n3.5万元。\n2.2 正在推进的问题\n2.2.1 关于档案缺失的问题\n整改措施：补录档案。\n三、下一步工作打算\n3.1、强化学习\n3.2、建章立制";
    expect(outline(text)).toEqual([
      "1|一、|整改工作组织情况", "1|二、|集中整改进展情况", "2|2.1|已完成整改的问题", "3|2.1.1|关于学习不深入的问题", "3|2.1.2|关于台账不全的问题",
      "2|2.2|正在推进的问题", "3|2.2.1|关于档案缺失的问题", "1|三、|下一步工作打算", "2|3.1、|强化学习", "2|3.2、|建章立制",
    ]);
    expect(items(text)).toEqual([
      ["1", "集中整改进展情况", "学习不深入", ["加强学习。"]],
      ["2", "集中整改进展情况", "台账不全", ["建立台账，投入3.5万元。"]],
      ["1", "集中整改进展情况", "档案缺失", ["补录档案。"]],
    ]);
    expect(parseText(text, src).figures.map((f) => f.text)).toEqual(["3.5万元"]);
  });
  it("is not a heading alone, or where the numbers do not run within one section", () => {
    expect(outline("一、整改情况\n1.关于甲的问题\n整改措施：核减投资\n\n1.2 亿元，已完成。")).toEqual(["1|一、|整改情况", "2|1.|关于甲的问题"]);
    expect(outline("一、整改情况\n1.1 关于甲的问题\n3.2 关于乙的问题")).toEqual(["1|一、|整改情况"]);
  });
});

describe("Ⅰ、 II. — Roman numerals", () => {
  it("reads Ⅰ … Ⅻ and Roman numerals in capitals before a pause", () => {
    expect(roman.match("Ⅲ、下一步工作打算")).toMatchObject({ number: 3, markerLength: 2, textStart: 2 });
    expect(roman.match("Ⅻ 其他")).toMatchObject({ number: 12, markerLength: 1, textStart: 2 });
    expect(roman.match("ⅳ.整改情况")).toMatchObject({ number: 4 });
    expect(roman.match("IV、整改情况")).toMatchObject({ number: 4, markerLength: 3 });
    expect(roman.match(fold("XII．其他"))).toMatchObject({ number: 12 });
    expect(roman.match("IIII、整改情况")).toBeNull();
    expect(roman.match("IV期临床")).toBeNull();
    expect(roman.match("VI.VII")).toBeNull();
  });
  it("gives levels and items", () => {
    const text = "Ⅰ、整改工作组织情况\n成立领导小组。\nⅡ、集中整改进展情况\n1.关于台账不全的问题\n整改措施：建立台账。\n2.关于制度缺失的问题\n整改措施：修订制度。\nⅢ、下一步工作打算";
    expect(outline(text)).toEqual(["1|Ⅰ、|整改工作组织情况", "1|Ⅱ、|集中整改进展情况", "2|1.|关于台账不全的问题", "2|2.|关于制度缺失的问题", "1|Ⅲ、|下一步工作打算"]);
    expect(items(text).map((i) => i.slice(0, 3))).toEqual([["1", "集中整改进展情况", "台账不全"], ["2", "集中整改进展情况", "制度缺失"]]);
  });
});

describe("A. B. — Latin letters", () => {
  it("reads capitals and small letters as two styles, counting from A", () => {
    expect(latinUpper.match(fold("Ｃ．关于台账的问题"))).toMatchObject({ number: 3, markerLength: 2, textStart: 2 });
    expect(latinUpper.match("B、 制度缺失")).toMatchObject({ number: 2, textStart: 3 });
    expect(latinLower.match("b. 制度缺失")).toMatchObject({ number: 2, textStart: 3 });
    expect(latinUpper.match("A.B.C.分类")).toBeNull();
    expect(latinUpper.match("A级景区")).toBeNull();
    expect(latinUpper.listOnly && latinLower.listOnly).toBe(true);
  });
  it("gives levels and items where a run of letters numbers a list, not a lone letter", () => {
    const text = "一、整改情况\nA. 关于台账不全的问题\n整改措施：建立台账。\nB. 关于制度缺失的问题\n整改措施：修订制度。\n二、下一步工作打算";
    expect(outline(text)).toEqual(["1|一、|整改情况", "2|A.|关于台账不全的问题", "2|B.|关于制度缺失的问题", "1|二、|下一步工作打算"]);
    expect(items(text).map((i) => i.slice(0, 3))).toEqual([["1", "整改情况", "台账不全"], ["2", "整改情况", "制度缺失"]]);
    expect(outline("一、整改情况\n经核查，问题涉及\n\nC.类资产的管理。\n二、下一步工作打算")).toEqual(["1|一、|整改情况", "1|二、|下一步工作打算"]);
  });
});

describe("01 02 PART 01 — a web article's section numbers", () => {
  it("reads 01, 01丨, 01 and a space, PART 01, and not a figure or a time", () => {
    expect(paddedNumber.match("01")).toMatchObject({ number: 1, markerLength: 2, textStart: 2 });
    expect(paddedNumber.match("02丨作风建设方面")).toMatchObject({ number: 2, markerLength: 3, textStart: 3 });
    expect(paddedNumber.match(fold("０３ 作风建设方面"))).toMatchObject({ number: 3, textStart: 3 });
    expect(paddedNumber.match("03作风建设方面")).toMatchObject({ number: 3, textStart: 2 });
    expect(paddedNumber.match("PART 02")).toMatchObject({ number: 2, markerLength: 7 });
    expect(paddedNumber.match("PART.03 作风建设")).toMatchObject({ number: 3, markerLength: 7, textStart: 8 });
    expect(paddedNumber.match(fold("Ｐａｒｔ１ 组织领导"))).toMatchObject({ number: 1, textStart: 6 });
    expect(paddedNumber.match("05年以来共整改12项")).toBeNull();
    expect(paddedNumber.match("08个单位完成整改")).toBeNull();
    expect(paddedNumber.match("09:30召开会议")).toBeNull();
    expect(paddedNumber.match("0.5万元")).toBeNull();
    expect(paddedNumber.match("10 作风建设")).toBeNull();
    expect(paddedNumber.listOnly).toBe(true);
  });
  it("heads the article's sections, a 01 alone on its line joined to the heading below it", () => {
    const body = "（一）关于党的建设方面\n1.学习制度执行不严的问题。\n整改情况：修订学习制度。\n2.台账不全的问题。\n整改情况：补齐台账。";
    const want = ["1|01|整改工作总体情况", "1|02|巡察反馈问题整改落实情况", "2|（一）|关于党的建设方面", "3|1.|学习制度执行不严的问题", "3|2.|台账不全的问题", "1|03|下一步工作打算"];
    const text = `某某局党组关于巡察整改情况的通报\n01\n整改工作总体情况\n局党组召开专题会议3次，研究部署整改。\n02\n巡察反馈问题整改落实情况\n${body}\n03\n下一步工作打算\n持续巩固整改成果。`;
    expect(outline(text)).toEqual(want);
    expect(outline(text.replace(/\n(0\d)\n/g, "\n\n$1\n\n"))).toEqual(want);
    expect(outline(text.replace(/\n(0\d)\n/g, "\n$1丨"))).toEqual(want.map((h) => h.replace(/\|(0\d)\|/, "|$1丨|")));
    expect(outline(text.replace(/\n(0\d)\n/g, "\nPART $1\n"))).toEqual(want.map((h) => h.replace(/\|(0\d)\|/, "|PART $1|")));
    expect(items(text).map((i) => i.slice(0, 3))).toEqual([["1", "关于党的建设方面", "学习制度执行不严"], ["2", "关于党的建设方面", "台账不全"]]);
  });
});
