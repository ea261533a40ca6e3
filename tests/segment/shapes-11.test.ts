// Outline shapes of probe 11. Every line is made up.
import { describe, it, expect } from "vitest";
import { items, outline, fold, src } from "./helpers.js";
import { parseText } from "../../src/index.js";
import { bracketTitle } from "../../src/segment/rules/bracket-title.js";
import { matchMarker } from "../../src/segment/rules/index.js";

describe("一是… entries, each with its own 整改措施： (一是河道保洁推进滞缓。整改措施：…)", () => {
  it("are items whatever words state the fault", () => {
    const t = "二、反馈问题整改情况\n（一）作风建设方面\n一是会议文件仍有反弹。整改措施：精简会议12个。整改状态：已完成。\n二是河道保洁推进滞缓。整改措施：新增保洁员8名。整改状态：已完成。\n三、下一步打算\n持续推进。";
    expect(items(t)).toEqual([
      ["1", "作风建设方面", "会议文件仍有反弹", ["精简会议12个。"]],
      ["2", "作风建设方面", "河道保洁推进滞缓", ["新增保洁员8名。"]],
    ]);
  });
  it("are items under a part (第二部分) as under a heading", () => {
    const t = "第一部分 整改工作开展情况\n召开会议3次。\n第二部分 反馈问题整改落实情况\n一是档案移交进度迟缓。整改措施：移交档案40卷。\n二是制度执行不严。整改措施：修订制度2项。\n第三部分 下一步工作打算\n持续推进。";
    expect(items(t).map((i) => i[2])).toEqual(["档案移交进度迟缓", "制度执行不严"]);
  });
  it("are not items when the first sentence acts (一是压实责任。整改措施：…): one item's enumeration", () => {
    const t = "二、整改情况\n1.学习不深入。\n一是建立学习台账。整改措施：每月通报。\n二是开展专题研讨。整改措施：每季度一次。\n三、下一步打算\n持续推进。";
    expect(items(t).map((i) => i[2])).toEqual(["学习不深入"]);
  });
});

describe("【…方面】 — a heading with no number, set whole in brackets", () => {
  it("reads an area's or a part's words in 【】 or 〖〗, its title without the brackets", () => {
    expect(bracketTitle.match(fold("【关于落实主体责任方面】"))).toMatchObject({ markerLength: 1, textStart: 1, textEnd: 11 });
    expect(bracketTitle.match(fold("〖 选人用人方面的问题 〗"))).toMatchObject({ textStart: 2, textEnd: 11 });
    expect(bracketTitle.match(fold("【整改工作总体情况】"))).not.toBeNull();
  });
  it("is not a label, a number, a done note, a sentence or a bracket inside a line", () => {
    expect(matchMarker(fold("【整改措施】建立台账"))?.rule.name).not.toBe("bracket-title");
    expect(matchMarker(fold("【问题1】台账不全"))?.rule.name).toBe("labelled-problem");
    expect(matchMarker(fold("【一】整改情况"))?.rule.name).toBe("bracket-cn");
    expect(bracketTitle.match(fold("【已完成】"))).toBeNull();
    expect(bracketTitle.match(fold("【整改中的问题】"))).toBeNull();
    expect(bracketTitle.match(fold("【关于台账，已整改】"))).toBeNull();
    expect(bracketTitle.match(fold("【关于作风方面】已开展整治。"))).toBeNull();
    expect(bracketTitle.match(fold("【图片新闻】"))).toBeNull();
  });
  it("heads the items below it, numbered by its place", () => {
    const t = "一、整改情况\n【关于作风建设方面】\n1.会议过多。整改措施：精简会议。\n【关于财务管理方面】\n2.票据不全。整改措施：补齐票据。\n二、下一步打算\n持续推进。";
    expect(outline(t)).toEqual(["1|一、|整改情况", "2|【|关于作风建设方面", "3|1.|会议过多", "2|【|关于财务管理方面", "3|2.|票据不全", "1|二、|下一步打算"]);
    expect(items(t).map((i) => i[1])).toEqual(["关于作风建设方面", "关于财务管理方面"]);
  });
});

describe("一是… entries in sibling sections (（一）… / 一是推进缓慢。… and （二）… / 一是会风不正。…)", () => {
  it("words of pace and excess (推进缓慢, 拨付迟缓, 会议过多) state a fault", () => {
    const t = "一、存在问题及整改情况\n（一）项目建设方面\n一是重点项目推进缓慢。已成立专班。\n二是资金拨付迟缓。已完善拨付流程。\n（二）作风建设方面\n一是会议过多。已精简会议12个。\n二是文件偏多。已压减文件。";
    expect(items(t).map((i) => [i[1], i[2]])).toEqual([
      ["项目建设方面", "重点项目推进缓慢"],
      ["项目建设方面", "资金拨付迟缓"],
      ["作风建设方面", "会议过多"],
      ["作风建设方面", "文件偏多"],
    ]);
  });
  it("a sibling's entries are problems too when each states a sentence, then what was done", () => {
    const t = "一、存在问题及整改情况\n（一）项目建设方面\n一是重点项目推进缓慢。已成立专班。\n二是资金拨付迟缓。已完善拨付流程。\n（二）作风建设方面\n一是会风文风不正。已开展整顿。\n二是调查研究不深。已制定调研计划。";
    expect(items(t).map((i) => [i[1], i[2], i[3]])).toEqual([
      ["项目建设方面", "重点项目推进缓慢", ["已成立专班。"]],
      ["项目建设方面", "资金拨付迟缓", ["已完善拨付流程。"]],
      ["作风建设方面", "会风文风不正", ["已开展整顿。"]],
      ["作风建设方面", "调查研究不深", ["已制定调研计划。"]],
    ]);
  });
  it("…but not entries that act (一是加强学习。…), which stay one item's measures", () => {
    const t = "一、存在问题及整改情况\n（一）项目建设方面\n一是重点项目推进缓慢。已成立专班。\n二是资金拨付迟缓。已完善拨付流程。\n（二）作风建设方面\n一是加强作风建设。开展整顿3次。\n二是建立调研制度。制定计划。";
    expect(items(t).map((i) => [i[2], i[3]])).toEqual([
      ["重点项目推进缓慢", ["已成立专班。"]],
      ["资金拨付迟缓", ["已完善拨付流程。"]],
      ["作风建设方面", ["加强作风建设。开展整顿3次。", "建立调研制度。制定计划。"]],
    ]);
  });
});

describe("a section beside categories that hold items, with a paragraph of its own", () => {
  it("is an item itself, so its text is not lost (（一）… / 1.… 2.… and （二）作风方面 / 作风不实。已整顿。)", () => {
    const t = "一、存在问题及整改情况\n（一）项目建设方面\n1.重点项目推进缓慢。已成立专班。\n2.资金拨付迟缓。已完善拨付流程。\n（二）作风建设方面\n作风建设不扎实。已开展整顿3次。\n（三）其他方面\n无。\n（四）下一步工作\n持续巩固整改成果，建立长效机制。";
    expect(items(t).map((i) => [i[1], i[2]])).toEqual([
      ["项目建设方面", "重点项目推进缓慢"],
      ["项目建设方面", "资金拨付迟缓"],
      ["存在问题及整改情况", "作风建设方面"],
    ]);
  });
});

describe("a section of no named role right over items (一、关于政治建设方面 / ①…)", () => {
  it("is their category", () => {
    const doc = parseText("一、关于政治建设方面\n①理论学习不深入。整改措施：制定学习计划。\n②落实上级部署不到位。整改措施：建立督办台账。\n二、关于作风建设方面\n①会议过多。整改措施：精简会议。", src);
    expect(doc.sections.map((s) => [s.title, s.role, s.children.map((c) => c.role)])).toEqual([
      ["关于政治建设方面", "category", ["item", "item"]],
      ["关于作风建设方面", "category", ["item"]],
    ]);
  });
});
