// One block per heading rule, with made-up lines of every width and spacing.
import { describe, it, expect } from "vitest";
import { matchMarker, HEADING_RULES } from "../../src/segment/rules/index.js";
import { cnNumeral } from "../../src/segment/rules/cn-numeral.js";
import { parenCnNumeral } from "../../src/segment/rules/paren-cn-numeral.js";
import { arabicDot } from "../../src/segment/rules/arabic-dot.js";
import { arabicComma } from "../../src/segment/rules/arabic-comma.js";
import { parenArabic } from "../../src/segment/rules/paren-arabic.js";
import { arabicParen } from "../../src/segment/rules/arabic-paren.js";
import { circled } from "../../src/segment/rules/circled.js";
import { labelledProblem } from "../../src/segment/rules/labelled-problem.js";
import { part } from "../../src/segment/rules/part.js";
import { cnOrdinal } from "../../src/segment/rules/cn-ordinal.js";
import { article } from "../../src/segment/rules/article.js";
import { listMarkerLines } from "../../src/segment/rules/index.js";
import { cnHeadingNumber } from "../../src/segment/rules/numerals.js";
import { foldChar } from "../../src/normalize/fold.js";

const fold = (s: string) => [...s].map(foldChar).join("");

describe("cn-numeral 一、", () => {
  it("matches 一、 to 九十九、 and 一. / 一．", () => {
    expect(cnNumeral.match("一、总体情况")).toMatchObject({ number: 1, textStart: 2 });
    expect(cnNumeral.match("十二、其他事项")).toMatchObject({ number: 12 });
    expect(cnNumeral.match(fold("三．下一步打算"))).toMatchObject({ number: 3 });
    expect(cnNumeral.match("二十一、 附则")?.textStart).toBe(5);
  });
  it("ignores 一是 enumerations and lists of numbers", () => {
    expect(cnNumeral.match("一是加强学习")).toBeNull();
    expect(cnNumeral.match("一、二级医院各3家")).toBeNull();
    expect(cnNumeral.match("一二、")).toBeNull();
  });
  it("ignores a count of quarters, batches or rounds that a hard wrap set at a line's start", () => {
    expect(cnNumeral.match("一、二季度分别开展督导")).toBeNull();
    expect(cnNumeral.match("三、四批次项目已验收")).toBeNull();
    expect(cnNumeral.match("一、十二月开展复查")).toBeNull();
    expect(cnNumeral.match("一、两个责任落实不到位")).toMatchObject({ number: 1 });
    expect(cnNumeral.match("二、二〇二五年工作打算")).toMatchObject({ number: 2 });
  });
});

describe("paren-cn-numeral （一）", () => {
  it("matches full- and half-width parentheses and ㈠", () => {
    expect(parenCnNumeral.match(fold("（三）关于党建方面"))).toMatchObject({ number: 3, textStart: 3 });
    expect(parenCnNumeral.match("(四) 正在整改的问题")).toMatchObject({ number: 4, textStart: 4 });
    expect(parenCnNumeral.match("㈡ 已完成的问题")).toMatchObject({ number: 2 });
  });
  it("does not match arabic numbers in parentheses", () => expect(parenCnNumeral.match("(2)规范流程")).toBeNull());
});

describe("arabic-dot 1.", () => {
  it("matches 1. 1． and `1. ` with a space", () => {
    expect(arabicDot.match("1.关于财务管理的问题")).toMatchObject({ number: 1, textStart: 2 });
    expect(arabicDot.match(fold("12．在干部管理方面"))).toMatchObject({ number: 12 });
    expect(arabicDot.match("7. 关于“x”问题的整改")).toMatchObject({ number: 7, textStart: 3 });
  });
  it("is not a decimal or a percentage", () => {
    expect(arabicDot.match("1.393亿元已到位")).toBeNull();
    expect(arabicDot.match("3.5万平方米")).toBeNull();
    expect(arabicDot.match("2024年以来")).toBeNull();
  });
});

describe("arabic-comma 1、", () => {
  it("matches 1、 and 2 、", () => {
    expect(arabicComma.match("1、 领导班子履职情况")).toMatchObject({ number: 1, textStart: 3 });
    expect(arabicComma.match("2 、整改落实情况")).toMatchObject({ number: 2 });
  });
  it("is not a list of numbers", () => expect(arabicComma.match("1、2号楼已完工")).toBeNull());
});

describe("paren-arabic （1）", () => {
  it("matches （1） (1) and ⑴", () => {
    expect(parenArabic.match(fold("（1）建立台账"))).toMatchObject({ number: 1, textStart: 3 });
    expect(parenArabic.match("( 12 ) 修订办法")).toMatchObject({ number: 12 });
    expect(parenArabic.match("⑶ 开展检查")).toMatchObject({ number: 3 });
  });
});

describe("arabic-paren 1)", () => {
  it("matches 1) but not (1)", () => {
    expect(arabicParen.match("3)完善制度")).toMatchObject({ number: 3 });
    expect(arabicParen.match("(3)完善制度")).toBeNull();
  });
});

describe("circled ①", () => {
  it("reads ① … ⑳ and ㉑", () => {
    expect(circled.match("①加强监管")).toMatchObject({ number: 1, textStart: 1 });
    expect(circled.match("⑳ 其他")).toMatchObject({ number: 20, textStart: 2 });
    expect(circled.match("㉑ 其他")).toMatchObject({ number: 21 });
  });
});

describe("labelled-problem 问题1：", () => {
  it("matches 问题1： 问题 2: 问题三、", () => {
    expect(labelledProblem.match(fold("问题1：审批不规范"))).toMatchObject({ number: 1 });
    expect(labelledProblem.match("问题 2: 台账不全")).toMatchObject({ number: 2 });
    expect(labelledProblem.match("问题三、制度缺失")).toMatchObject({ number: 3 });
  });
  it("matches a label alone on its line (问题1, 问题 二), not one run into words (问题3个方面)", () => {
    expect(labelledProblem.match("问题1")).toMatchObject({ number: 1, textStart: 3 });
    expect(labelledProblem.match("问题 二 ")).toMatchObject({ number: 2 });
    expect(labelledProblem.match("问题3个方面")).toBeNull();
    expect(labelledProblem.match("问题1党组学习不深入。")).toBeNull();
  });
  it("matches a bracketed number or label, and suggestions: 问题（4）： 【问题5】 意见建议1： 建议2：", () => {
    expect(labelledProblem.match(fold("问题（4）：党员教育不严"))).toMatchObject({ number: 4, textStart: 6 });
    expect(labelledProblem.match(fold("【问题5】干部队伍老化"))).toMatchObject({ number: 5, textStart: 5 });
    expect(labelledProblem.match(fold("意见建议1：建议加快改革"))).toMatchObject({ number: 1 });
    expect(labelledProblem.match(fold("建议二：加强监管"))).toMatchObject({ number: 2 });
  });
  it("matches a label that says where the problem came from, and an ordinal: 反馈问题1： 存在问题（2）： 巡察反馈意见3： 第四个问题：", () => {
    expect(labelledProblem.match(fold("反馈问题1：审批不规范"))).toMatchObject({ number: 1, textStart: 6 });
    expect(labelledProblem.match(fold("存在问题（2）：台账不全"))).toMatchObject({ number: 2, textStart: 8 });
    expect(labelledProblem.match(fold("巡察反馈意见3：制度缺失"))).toMatchObject({ number: 3, textStart: 8 });
    expect(labelledProblem.match(fold("第四个问题：会议过多"))).toMatchObject({ number: 4, textStart: 6 });
    expect(labelledProblem.match(fold("第2个问题:文风不实"))).toMatchObject({ number: 2 });
  });
  it("is not a sentence about problems", () => {
    expect(labelledProblem.match(fold("存在问题12个，已整改10个"))).toBeNull();
    expect(labelledProblem.match(fold("意见3条"))).toBeNull();
    expect(labelledProblem.match(fold("第一个问题是会议过多"))).toBeNull();
    expect(labelledProblem.match("问题整改到位")).toBeNull();
    expect(labelledProblem.match(fold("建议3年内完成"))).toBeNull();
    expect(labelledProblem.match(fold("【问题5干部队伍老化"))).toBeNull();
  });
});

describe("part 第一部分", () => {
  it("matches 第一部分 and 第2部分：", () => {
    expect(part.match("第一部分 整改工作组织情况")).toMatchObject({ number: 1, markerLength: 4, textStart: 5 });
    expect(part.match(fold("第2部分：整改落实情况"))).toMatchObject({ number: 2, textStart: 5 });
  });
  it("is not another ordinal", () => {
    expect(part.match("第一批问题已整改。")).toBeNull();
    expect(part.match("第二轮巡察")).toBeNull();
    expect(part.match("第一部分工作已完成，第二部分正在推进。")).toBeNull();
  });
});

describe("cn-ordinal 第一，", () => {
  it("matches 第一， 第二、 第三： 第十二，", () => {
    expect(cnOrdinal.match("第一，关于学习不深入的问题")).toMatchObject({ number: 1, markerLength: 3, textStart: 3 });
    expect(cnOrdinal.match("第二、财务管理不规范")).toMatchObject({ number: 2 });
    expect(cnOrdinal.match(fold("第三：制度执行不严"))).toMatchObject({ number: 3 });
    expect(cnOrdinal.match("第十二， 台账缺失")).toMatchObject({ number: 12, textStart: 5 });
    expect(cnOrdinal.listOnly).toBe(true);
  });
  it("matches 其一、 其二， 其三：, the same ordinals in a written style", () => {
    expect(cnOrdinal.match("其一、资产台账登记不全")).toMatchObject({ number: 1, markerLength: 3, textStart: 3 });
    expect(cnOrdinal.match("其二，合同审核把关不严")).toMatchObject({ number: 2 });
    expect(cnOrdinal.match(fold("其十：未按期整改"))).toMatchObject({ number: 10 });
    expect(cnOrdinal.match("其中，3个问题已整改")).toBeNull();
    expect(cnOrdinal.match("其一是制度不健全")).toBeNull();
  });
  it("is not an ordinal in prose or a list of ordinals", () => {
    expect(cnOrdinal.match("第一巡察组进驻后")).toBeNull();
    expect(cnOrdinal.match("第一书记驻村帮扶")).toBeNull();
    expect(cnOrdinal.match("第一时间召开会议，研究整改")).toBeNull();
    expect(cnOrdinal.match("第一、二批问题已整改")).toBeNull();
    expect(cnOrdinal.match("第一、第二季度完成")).toBeNull();
    expect(cnOrdinal.match("第一、第二、第三批次")).toBeNull();
  });
  it("matches an entry that opens with another ordinal word (第二、第一时间…)", () => {
    expect(cnOrdinal.match("第二、第一时间修订制度")).toMatchObject({ number: 2 });
    expect(cnOrdinal.match("第三，“三重一大”制度执行不严")).toMatchObject({ number: 3 });
    expect(cnOrdinal.match("第一，三重一大制度执行不严")).toMatchObject({ number: 1 });
    expect(cnOrdinal.match("第二，2023年以来未开展培训")).toMatchObject({ number: 2 });
  });
});

describe("article 第一条 第1项", () => {
  it("reads 第一条 第十二条 第1项 第 2 项, with a space, a pause or nothing after them", () => {
    expect(article.match("第一条 落实责任不到位。")).toMatchObject({ number: 1, markerLength: 3, textStart: 4, scope: "条" });
    expect(article.match(fold("第十二条：台账不全"))).toMatchObject({ number: 12 });
    expect(article.match("第1项加强队伍建设")).toMatchObject({ number: 1, textStart: 3, scope: "项" });
    expect(article.match("第 2 项、规范管理")).toMatchObject({ number: 2 });
    expect(article.match("第一条")).toBeNull();
    expect(article.match("第一次会议")).toBeNull();
  });
  it("counts only in a list of its own unit word: 第三条规定… alone is prose", () => {
    expect([...listMarkerLines(["第三条规定，应当公开。", "其他内容"])]).toEqual([]);
    expect([...listMarkerLines(["第一条 甲不到位。", "整改措施：做了。", "第二条 乙不严。"])]).toEqual([0, 2]);
    // 第2项 does not go on with 第一条's list.
    expect([...listMarkerLines(["第一条 甲不到位。", "第2项 乙不严。"])]).toEqual([]);
  });
});

describe("rule chain", () => {
  it("lists every rule once, by unique name", () => {
    const names = HEADING_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it("picks the first matching rule", () => {
    expect(matchMarker("(一)总体情况")?.rule.name).toBe("paren-cn-numeral");
    expect(matchMarker("(1)总体情况")?.rule.name).toBe("paren-arabic");
    expect(matchMarker("普通的一句话。")).toBeNull();
  });
  it("reads heading numbers in Chinese", () => {
    expect([cnHeadingNumber("一"), cnHeadingNumber("十"), cnHeadingNumber("十九"), cnHeadingNumber("二十三"), cnHeadingNumber("一百零五")]).toEqual([1, 10, 19, 23, 105]);
    expect(cnHeadingNumber("一二")).toBeNull();
  });
});
