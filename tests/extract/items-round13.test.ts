// Round 13 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { DEFICIENCY, statusOf } from "../../src/extract/roles.js";
import { findFigures } from "../../src/extract/figures/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);

describe("a status, then what is left and when it will be done", () => {
  it("is in progress, the time is the deadline, and the sentence leaves the measure", () => {
    const d = parse("一、反馈问题整改情况\n（一）档案室管理不规范的问题\n清理过期档案12盒。基本完成，剩余整理工作将于10月底前完成。\n（二）群众来信回复不及时的问题\n建立来信台账，逐件跟踪。正在整改，剩余3件年底前办结。\n（三）车辆登记不全的问题\n补登车辆信息。持续推进中，其余工作计划2026年上半年完成。\n");
    expect(d.items.map((i) => [i.status, i.deadline, i.measures.map((m) => m.text)])).toEqual([
      ["in_progress", "10月底前", ["清理过期档案12盒。"]],
      ["in_progress", "年底前", ["建立来信台账，逐件跟踪。"]],
      ["in_progress", "2026年上半年", ["补登车辆信息。"]],
    ]);
  });
  it("a rest with no time, or a piece of work left as a measure, plans nothing", () => {
    const d = parse("一、反馈问题整改情况\n（一）档案室管理不规范的问题\n清理过期档案12盒，剩余档案移交县档案馆。\n");
    expect(d.items.map((i) => [i.status, i.deadline, i.measures.length])).toEqual([["unknown", null, 1]]);
  });
});

describe("immediate fixes: a status only where the words state one", () => {
  it("a heading that names the kind states no status; 已立行立改 says it was done", () => {
    const d = parse("一、巡察反馈问题整改情况\n（一）立行立改问题（2个）\n1.票据保管不善。更换保险柜。\n2.值班记录不全。补齐记录。\n（二）已即知即改的问题\n3.公示栏内容过期。更新公示内容。\n（三）其他问题\n4.采购程序不规范。整改措施：修订采购办法。整改状态：已立行立改。\n");
    expect(d.items.map((i) => [i.kind, i.status])).toEqual([
      ["immediate", "unknown"],
      ["immediate", "unknown"],
      ["immediate", "completed"],
      ["immediate", "completed"],
    ]);
  });
  it("已立行立改 is done, 立行立改 alone names a kind", () => {
    expect(["已立行立改", "均已即知即改", "立行立改", "立行立改，长期坚持"].map(statusOf)).toEqual(["completed", "completed", null, "in_progress"]);
  });
});

describe("more words that state a fault (DEFICIENCY)", () => {
  it("不优, 不审慎, 不严谨, 不主动, 缺少, 粗放 find fault; 不断, 优化 do not", () => {
    expect(["便民服务不优", "对外投资不审慎", "账务处理不严谨", "履职不主动", "缺少监督", "项目管理粗放", "数据前后不一致", "制度形同虚设"].map((t) => DEFICIENCY.test(t))).toEqual(Array(8).fill(true));
    expect(["不断优化服务", "优化营商环境", "严谨细致做好工作"].map((t) => DEFICIENCY.test(t))).toEqual([false, false, false]);
  });
  it("a heading with such a word states a problem, and an act on it (腾退) is a measure, not a finding", () => {
    const d = parse("一、整改落实情况\n（一）政务服务\n1.窗口服务不优。推行延时服务。\n2.资金审批不审慎。修订审批规程。\n（二）办公用房\n1.办公用房超标准。腾退超标办公用房2间。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["窗口服务不优", ["推行延时服务。"]],
      ["资金审批不审慎", ["修订审批规程。"]],
      ["办公用房超标准", ["腾退超标办公用房2间。"]],
    ]);
  });
});

describe("the metric of a count before its noun, and of two joined figures", () => {
  const metrics = (s: string) => findFigures(s).map((f) => [f.text, f.metric]);
  it("a short verb, the count, then the noun: the verb and the noun", () => {
    expect(metrics("选派6名机关干部到社区任职")).toEqual([["6名", "选派机关干部"]]);
    expect(metrics("约谈3名村支部书记；督促2个支部补齐记录")).toEqual([["3名", "约谈村支部书记"], ["2个", "督促支部"]]);
    // (a count of times counts the act; a longer noun-like lead is no verb)
    expect(metrics("每月开展一次巡河检查；召开党委会、专题会议9次研究部署")).toEqual([["一次", null], ["9次", null]]);
    // (a place before the count, a preposition, or a noun that runs on with 的: none)
    expect(metrics("全县12个乡镇；在2个村试点；整治5处隐患的整改验收工作")).toEqual([["12个", null], ["2个", null], ["5处", null]]);
    // (an adverb or a determiner before a preposition, and the last noun of a list, are no verb)
    expect(metrics("已对46家企业开展检查；首批4个事项正在剥离；将拨付、记账2个职责分离定岗")).toEqual([["46家", null], ["4个", null], ["2个", null]]);
  });
  it("共计/合计 joins a second figure of the same thing: both measure it", () => {
    expect(metrics("腾退超标准办公用房3间共计56平方米")).toEqual([["3间", "腾退超标准办公用房"], ["56平方米", "腾退超标准办公用房"]]);
    expect(metrics("清退违规补贴4笔合计1.2万元")).toEqual([["4笔", "清退违规补贴"], ["1.2万元", "清退违规补贴"]]);
    // (共产党员 is a noun, not 共 joining a figure)
    expect(metrics("发展3个共产党员")).toEqual([["3个", "发展共产党员"]]);
  });
});

describe("statuses and plans from probes of round 13", () => {
  const rows = (text: string) => parse(text).items.map((i) => [i.status, i.deadline, i.measures.map((m) => m.text), i.outcomes.map((o) => o.text)]);
  it("done and then kept up (已完成并长期坚持) is done, as a sentence or a field", () => {
    expect(["已完成并长期坚持", "已整改到位并常态化推进", "长期坚持", "立行立改，长期坚持"].map(statusOf)).toEqual(["completed", "completed", "in_progress", "in_progress"]);
    expect(rows("二、整改情况\n反馈问题1：门卫登记不严。\n整改落实情况：制定来访登记制度。已完成并长期坚持。\n反馈问题2：值班制度执行不力。\n整改落实情况：修订值班制度。整改状态：已完成并长期坚持。\n")).toEqual([
      ["completed", null, ["制定来访登记制度。"], []],
      ["completed", null, ["修订值班制度。"], []],
    ]);
  });
  it("阶段性完成 as a sentence of its own, and 已即知即改 opening the measures, leave them", () => {
    expect(rows("一、整改情况\n（一）门面出租不审慎的问题\n清理出租合同9份。阶段性完成。\n（二）公示不及时的问题\n已即知即改，当场补充公示内容。\n")).toEqual([
      ["in_progress", null, ["清理出租合同9份。"], []],
      ["completed", null, ["当场补充公示内容。"], []],
    ]);
  });
  it("what is left and when: naming the work left, after a measure, as a sentence or a progress field of its own", () => {
    expect(rows("一、整改情况\n（一）派出所设施老化的问题\n改造派出所3个。阶段性完成，剩余2个派出所2026年上半年完成改造。\n（二）隐患排查不细的问题\n排查整治隐患路段28处，剩余路段治理计划于2026年上半年完成。\n（三）审判管理粗放的问题\n建立通报机制。剩余工作于本年度内完成。\n（四）登记服务不优的问题\n整改措施：推行一窗受理。\n整改进展：阶段性完成，剩余系统对接将于2026年6月底前完成。\n（五）结案率偏低的问题\n开展执行攻坚，执结案件521件。阶段性完成，剩余积案本年度内清理完毕。\n")).toEqual([
      ["in_progress", "2026年上半年", ["改造派出所3个。"], []],
      ["in_progress", "2026年上半年", ["排查整治隐患路段28处，剩余路段治理计划于2026年上半年完成。"], []],
      ["in_progress", "本年度内", ["建立通报机制。"], []],
      ["in_progress", "2026年6月底前", ["推行一窗受理。"], []],
      ["in_progress", "本年度内", ["开展执行攻坚，执结案件521件。"], []],
    ]);
  });
});

describe("an adverb of progress alone is no metric", () => {
  it("阶段性完成1个 and 部分完成2个 measure nothing by their words; 持续推进中1个 keeps its verb", () => {
    expect(findFigures("已整改到位9个，阶段性完成2个，部分完成1个，持续推进中1个").map((f) => f.metric)).toEqual(["已整改到位", null, null, "持续推进中"]);
  });
});
