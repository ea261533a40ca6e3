import { describe, it, expect } from "vitest";
import { problemOf } from "../../src/extract/items.js";
import { statusOf, roleOf } from "../../src/extract/roles.js";
import { splitEntries, splitFields } from "../../src/extract/fields.js";
import { normalize } from "../../src/normalize/index.js";
import { cleanText, type Span } from "../../src/normalize/span.js";
import { findDates, isoDate, standaloneDate } from "../../src/extract/dates.js";

const spans = (text: string): Span[] => normalize(text).lines.map((l) => ({ line: l, start: 0, end: l.text.length }));
const entries = (text: string) => splitEntries(spans(text)).map((e) => e.spans.map(cleanText).join(""));

describe("problem statements", () => {
  it("takes the quoted text of 关于“…”问题", () => {
    expect(problemOf("关于“台账管理不规范”问题的整改")).toBe("台账管理不规范");
    expect(problemOf("关于“对‘三重一大’执行不严。”问题的整改")).toBe("对‘三重一大’执行不严");
  });
  it("removes 在…方面 and 关于…问题 wrappers", () => {
    expect(problemOf("在选人用人不规范方面")).toBe("选人用人不规范");
    expect(problemOf("关于专项资金监管不严的问题")).toBe("专项资金监管不严");
    expect(problemOf("关于落实主体责任不到位问题的整改情况")).toBe("落实主体责任不到位");
    expect(problemOf("干部队伍老化")).toBe("干部队伍老化");
    expect(problemOf("关于巡察移交问题线索办理方面")).toBe("巡察移交问题线索办理");
    expect(problemOf("关于加强村级财务监管的建议")).toBe("加强村级财务监管");
    expect(problemOf("关于完善选人用人机制的意见建议落实情况")).toBe("完善选人用人机制");
    expect(problemOf("关于违规发放补贴的问题（已完成）")).toBe("违规发放补贴");
    // A kind noted after it (（立行立改） （即知即改）) is not part of the problem either.
    expect(problemOf("文物安全监管存在薄弱环节（立行立改）")).toBe("文物安全监管存在薄弱环节");
    expect(problemOf("关于公车私用的问题(即知即改)")).toBe("公车私用");
    expect(problemOf("关于台账不全的问题【已办结】")).toBe("台账不全");
    expect(problemOf("关于“两个责任”落实（不含下属单位）")).toBe("关于“两个责任”落实（不含下属单位）");
  });
});

describe("roles and status", () => {
  it("reads status sections", () => {
    expect(statusOf("已整改完成的问题27个")).toBe("completed");
    expect(statusOf("正在推进整改的问题")).toBe("in_progress");
    expect(statusOf("尚未完成整改的问题")).toBe("in_progress");
    expect(statusOf("需长期坚持的问题")).toBe("in_progress");
    expect(statusOf("关于财务管理")).toBeNull();
  });
  it("reads section roles", () => {
    expect(roleOf("已完成整改的问题（12个）")).toBe("status");
    expect(roleOf("整改工作组织情况")).toBe("organisation");
    expect(roleOf("巡察反馈问题整改落实情况")).toBe("rectification");
    expect(roleOf("下一步工作打算")).toBe("plan");
    expect(roleOf("集中整改期间已完成的整改事项")).toBe("status");
    expect(roleOf("关于党的建设方面")).toBe("other");
  });
});

describe("entries of a field", () => {
  it("counts 一是 or 1. entries with ①② points inside them as one entry each", () => {
    expect(entries("一是加强学习，①每月集中学习；②开展研讨。二是完善制度。")).toEqual(["一是加强学习，①每月集中学习；②开展研讨。", "二是完善制度。"]);
    expect(entries("一是清理往来款项:\n①梳理应收款；\n②逐笔催收。\n二是规范报销。")).toEqual(["一是清理往来款项:①梳理应收款；②逐笔催收。", "二是规范报销。"]);
    expect(entries("1.加强学习：①集中学习；②专题研讨。\n2.完善制度。")).toEqual(["1.加强学习:①集中学习；②专题研讨。", "2.完善制度。"]);
    // ①② that open the field number it, with 一是 inside them.
    expect(entries("①加强学习，一是集中学，二是研讨；②完善制度。")).toEqual(["①加强学习，一是集中学，二是研讨；", "②完善制度。"]);
  });
  it("counts ①② wherever they stand, with a lead-in left out", () => {
    expect(entries("成立专班。①清查账目；②催收欠款。")).toEqual(["①清查账目；", "②催收欠款。"]);
    expect(entries("①园区投资完成。\n②推动建设。")).toEqual(["①园区投资完成。", "②推动建设。"]);
  });
  it("counts 一是/二是 after a pause, not inside a word", () => {
    expect(entries("一是加强学习，统一思想；二是完善制度。三是强化监督。")).toEqual(["一是加强学习，统一思想；", "二是完善制度。", "三是强化监督。"]);
    expect(entries("把思想统一是关键。")).toEqual(["把思想统一是关键。"]);
  });
  it("counts 第一，/第二， inside a paragraph after a sentence, not an ordinal inside one", () => {
    expect(entries("第一，收回车辆；第二，建立台账。第三、开展检查。")).toEqual(["第一，收回车辆；", "第二，建立台账。", "第三、开展检查。"]);
    expect(entries("组织学习，全县排名第二，仍需加强。")).toEqual(["组织学习，全县排名第二，仍需加强。"]);
  });
  it("counts numbered lines and inline （1）（2）", () => {
    expect(entries("1.建立台账；\n2.修订办法。")).toEqual(["1.建立台账；", "2.修订办法。"]);
    expect(entries("(1)召开会议；(2)开展巡查。")).toEqual(["(1)召开会议；", "(2)开展巡查。"]);
  });
  it("counts separate lines, and one paragraph as one", () => {
    expect(entries("加强学习。\n完善制度。")).toHaveLength(2);
    expect(entries("开展培训。梳理流程。强化管理。")).toHaveLength(1);
  });
  it("runs a wrapped line on into the next when the field's lines end their sentences", () => {
    // Cut after 的, and a long cut line: one measure each; short bare phrases stay a list.
    expect(entries("清退多发的\n交通补贴。\n修订制度。")).toEqual(["清退多发的交通补贴。", "修订制度。"]);
    expect(entries("对近三年来全部公务用车使用记录逐笔开展复核\n整改问题车辆3台。")).toEqual(["对近三年来全部公务用车使用记录逐笔开展复核整改问题车辆3台。"]);
    expect(entries("修订制度。\n建立台账\n完善制度\n开展培训")).toEqual(["修订制度。", "建立台账", "完善制度", "开展培训"]);
    // Lines longer than a page are paragraphs of a web page that lost their full stops.
    const para = (n: number) => `第${n}批措施`.padEnd(60, "落");
    expect(entries(`修订制度。\n${para(1)}\n${para(2)}`)).toHaveLength(3);
  });
  it("a wrapped line that opens with a decimal keeps its number", async () => {
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("二、整改情况\n1.关于补贴的问题\n整改措施：追回2022年以来多发的下乡交通补贴共计\n2.5万元。", { path: "x.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["追回2022年以来多发的下乡交通补贴共计2.5万元。"]);
  });
  it("reads 整改情况 after 整改措施 as the results, each field its own list", async () => {
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("二、整改情况\n问题1：食堂账目不清。\n整改措施：1.清查账目；2.建立台账。\n整改情况：已追回资金3万元。\n问题2：会议记录缺失。\n整改情况：补齐记录。", { path: "x.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
    expect(doc.items.map((i) => [i.measures.map((m) => m.text), i.outcomes.map((m) => m.text)])).toEqual([
      [["清查账目；", "建立台账。"], ["已追回资金3万元。"]],
      [["补齐记录。"], []],
    ]);
  });
  it("splits an item body into labelled fields, labels inside a line too", () => {
    const f = splitFields(spans("问题描述：台账不全。\n整改措施：建立台账。整改成效：已建立。\n整改时限: 2024年底"));
    expect(f.map((x) => [x.field, x.spans.map(cleanText).join("")])).toEqual([
      ["problem", "台账不全。"],
      ["measures", "建立台账。"],
      ["outcomes", "已建立。"],
      ["deadline", "2024年底"],
    ]);
  });
});

describe("dates", () => {
  it("finds dates in Arabic and Chinese numerals, keeping precision", () => {
    const ds = findDates("2024年1月至二〇二四年九月三十日");
    expect(ds.map((d) => isoDate(d))).toEqual(["2024-01", "2024-09-30"]);
  });
  it("infers a year from a reference date, never from today", () => {
    const [d] = findDates("3月5日");
    expect(isoDate(d, { year: 2021, month: 11, day: 1 })).toBe("2022-03-05");
    expect(isoDate(d, null)).toBeNull();
  });
  it("recognises a standalone sign-off date", () => {
    expect(standaloneDate("2025年7月21日")).not.toBeNull();
    expect(standaloneDate("2025年7月21日召开会议")).toBeNull();
  });
});

describe("deadlines", () => {
  it("keeps the precision written and takes the end of a period", async () => {
    const { parseDeadline } = await import("../../src/extract/dates.js");
    expect(parseDeadline("2024年12月31日前")).toBe("2024-12-31");
    expect(parseDeadline("2024年底")).toBe("2024-12");
    expect(parseDeadline("2025年6月底前")).toBe("2025-06");
    expect(parseDeadline("2024年1-9月")).toBe("2024-09");
    expect(parseDeadline("2024年上半年")).toBe("2024-06");
    expect(parseDeadline("2025年内")).toBe("2025");
    expect(parseDeadline("长期坚持")).toBeNull();
  });
});

describe("which headings are items", () => {
  const itemTitles = async (text: string) => {
    const { segment } = await import("../../src/segment/index.js");
    const { assignRoles, findItemNodes } = await import("../../src/extract/items.js");
    const n = normalize(text);
    const o = segment(n.lines);
    const t = (h: (typeof o.headings)[number]) => cleanText(h.title);
    return findItemNodes(o.headings, assignRoles(o.headings, t), t).map(t);
  };
  it("an area (关于…方面) with numbered problems below it is their category", async () => {
    expect(await itemTitles("二、整改落实情况\n（一）关于作风建设方面\n1.会议多。整改情况：精简会议。\n2.文件多。整改情况：精简文件。")).toEqual(["会议多", "文件多"]);
  });
  it("a problem heading with numbered measures below it stays the item", async () => {
    expect(await itemTitles("二、整改情况\n1.关于台账不全的问题\n（1）建立台账。\n（2）定期核对。")).toEqual(["关于台账不全的问题"]);
  });
  it("a problem that uses a section's words (反馈问题, 组织领导, 工作计划, 未完成) is still an item", async () => {
    expect(await itemTitles("一、巡察反馈问题整改情况\n1.上轮审计反馈问题整改不彻底\n整改措施：逐项销号。\n2.对安全生产组织领导不力\n整改措施：调整分工。\n3.年度工作计划执行不严格\n整改措施：按月调度。\n4.部分整改任务未完成\n整改措施：挂牌督办。")).toEqual([
      "上轮审计反馈问题整改不彻底", "对安全生产组织领导不力", "年度工作计划执行不严格", "部分整改任务未完成",
    ]);
  });
  it("a category ending in 问题 with problems below it is their category", async () => {
    expect(await itemTitles("一、整改落实情况\n（一）关于党的领导弱化问题\n1.理论学习不够深入。\n一是建立制度。二是开展学习。\n2.议事规则执行不严格。\n修订议事规则。")).toEqual(["理论学习不够深入", "议事规则执行不严格"]);
  });
  it("plain problems beside one phrased 关于…问题 are items too, under a status section as well", async () => {
    expect(await itemTitles("二、已完成整改的问题\n1.违规收取资料费。\n整改措施：全额退还。\n2.食堂账实不符问题\n整改措施：引入审计。")).toEqual(["违规收取资料费", "食堂账实不符问题"]);
    expect(await itemTitles("一、作风建设方面\n1.调查研究不够深入\n整改措施：建立联系点。\n2.落实惠民政策有差距\n整改措施：开展回访。")).toEqual(["调查研究不够深入", "落实惠民政策有差距"]);
  });
  it("suggestions phrased 关于“…”的意见建议 are items; a general-situation section is not", async () => {
    expect(await itemTitles("二、意见建议落实情况\n（一）关于“加强队伍建设”的意见建议\n落实措施：招录社工8名。")).toEqual(["关于“加强队伍建设”的意见建议"]);
    expect(await itemTitles("一、整改工作总体情况\n已完成3项。\n二、贷款审查制度执行不严\n修订制度。\n三、员工管理存在薄弱环节\n开展排查。")).toEqual(["贷款审查制度执行不严", "员工管理存在薄弱环节"]);
    expect(problemOf("关于“加强队伍建设”的意见建议")).toBe("加强队伍建设");
    expect(problemOf("完善人才引进机制的建议")).toBe("完善人才引进机制");
  });
  it("numbered measures below a problem stay its measures, even when they name a fault", async () => {
    expect(await itemTitles("一、整改情况\n1.工地安全监管不到位。\n（1）对存在隐患的12处点位完成整改。\n（2）对整改不到位的3家企业约谈。\n2.燃气排查不彻底。\n（1）排查隐患点45处。")).toEqual(["工地安全监管不到位", "燃气排查不彻底"]);
    expect(await itemTitles("二、整改情况\n（一）关于财务管理不规范的问题\n1.违规发放的补贴已全部清退。\n2.修订财务制度3项。")).toEqual(["关于财务管理不规范的问题"]);
  });
  it("a heading beside one that holds 整改措施： is an item, its numbered lines its measures", async () => {
    expect(await itemTitles("一、整改情况\n1.老旧小区改造推进缓慢。\n（1）完成改造项目27个。\n（2）倒排工期。\n2.燃气排查不彻底。\n整改措施：开展专项整治。")).toEqual(["老旧小区改造推进缓慢", "燃气排查不彻底"]);
  });
  it("sections that report on the work (其他需要说明的情况, 主要成效, 差距和不足) are not items", async () => {
    expect(await itemTitles("二、整改情况\n（一）关于“食堂监管缺位”问题\n整改措施：建立制度。\n（二）关于“台账不全”问题\n整改措施：补录。\n（三）其他需要说明的情况\n（四）整改工作的主要成效\n（五）整改中存在的差距和不足\n一是认识不足。")).toEqual(["关于“食堂监管缺位”问题", "关于“台账不全”问题"]);
  });
  it("a 关于…的问题 heading over headings with bodies of their own is their category", async () => {
    expect(await itemTitles("二、整改落实情况\n（一）关于基层党建薄弱的问题\n1.支部班子有短板。一是调整班子；二是开展培训。\n（二）关于作风不实的问题\n2.会议偏多。一是精简会议；二是合并发文。")).toEqual(["支部班子有短板", "会议偏多"]);
    expect(await itemTitles("二、整改情况\n1.关于台账不全的问题\n（1）全面梳理台账。补齐缺失材料。\n（2）定期核对。")).toEqual(["关于台账不全的问题"]);
    expect(await itemTitles("二、整改情况\n1.关于执纪偏软的问题\n（1）加大问责力度。对干部进行问责。\n（2）推动案件查办。")).toEqual(["关于执纪偏软的问题"]);
  });
  it("a 关于意见建议落实情况 section holds the suggestions below it", async () => {
    expect(await itemTitles("二、整改情况\n（一）党建方面\n1.党建薄弱。一是健全制度。\n（二）关于意见建议落实情况\n2.建议加强队伍建设。选派干部10名。\n3.建议健全合规体系。出台办法1个。")).toEqual(["党建薄弱", "建议加强队伍建设", "建议健全合规体系"]);
  });
  it("paragraphs numbered 第一， 第二、 第三： are items like 1. 2. 3., and as field lines they are measures", async () => {
    expect(await itemTitles("二、整改落实情况\n第一，关于学习不深入的问题。整改措施：制定学习计划。\n第二、关于台账缺失的问题。整改措施：补齐台账。\n第三：关于选派第一书记不及时的问题。整改措施：选派干部。")).toEqual(["关于学习不深入的问题", "关于台账缺失的问题", "关于选派第一书记不及时的问题"]);
    expect(entries("召开专题会议。\n第一，建立台账，逐项销号；\n第二，修订制度。")).toEqual(["第一，建立台账，逐项销号；", "第二，修订制度。"]);
  });
  it("a measure numbered 第一， 第二、 is read without its marker, as one numbered 一是 or 1. is", async () => {
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("二、整改落实情况\n1.关于台账不全的问题\n整改措施：\n第一，建立台账，逐项销号；\n第二、第一时间修订制度。", { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["建立台账，逐项销号；", "第一时间修订制度。"]);
  });
  it("organisation and plan sections hold no items", async () => {
    expect(await itemTitles("一、整改工作组织情况\n（一）加强领导\n二、整改落实情况\n（一）关于甲的问题\n三、下一步工作打算\n（一）巩固成果")).toEqual(["关于甲的问题"]);
  });
});

describe("periods", () => {
  it("reads month spans, parts of a year, years and days with their precision", async () => {
    const { findPeriods } = await import("../../src/extract/dates.js");
    const p = (t: string) => findPeriods(t).map((x) => [x.start, x.end]);
    expect(p("2023年1-9月产值增长")).toEqual([["2023-01", "2023-09"]]);
    expect(p("2023年1月至11月")).toEqual([["2023-01", "2023-11"]]);
    expect(p("2022年上半年")).toEqual([["2022-01", "2022-06"]]);
    expect(p("2021年全县")).toEqual([["2021", "2021"]]);
    expect(p("2024年3月5日召开")).toEqual([["2024-03-05", "2024-03-05"]]);
  });
  it("ties a figure to the period its sentence names before it", async () => {
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("二、整改情况\n1.关于产值的问题\n整改成效：2023年1-9月完成产值12.5亿元，同比增长8%。新增企业3家。", { path: "t", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 });
    expect(doc.figures.map((f) => [f.text, f.period])).toEqual([
      ["12.5亿元", { start: "2023-01", end: "2023-09" }],
      ["8%", { start: "2023-01", end: "2023-09" }],
      ["3家", null],
    ]);
  });
});
