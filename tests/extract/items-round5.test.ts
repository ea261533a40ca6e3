// Round 5 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { problemOf } from "../../src/extract/items.js";
import { statusOf, roleOf, referredNumber } from "../../src/extract/roles.js";
import { findReported } from "../../src/extract/reported.js";

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

describe("measures that refer to a problem listed before by its number", () => {
  it("reads the number of 针对第1个问题 / 针对问题一 / 关于第二个问题 / 问题（三）的整改情况", () => {
    expect(["针对第1个问题", "针对问题一", "关于第二个问题", "关于问题（三）的整改情况", "针对第十二项问题", "第四个问题的整改情况"].map(referredNumber)).toEqual([1, 1, 2, 3, 12, 4]);
  });
  it("reads no number from a category, a pointer back, a problem named in words, or a label of a problem of its own", () => {
    expect(["针对第一方面的问题", "针对上述问题", "关于问题线索的处置", "关于台账不全的问题", "问题12345", "问题一：公车使用不规范", "问题二"].map(referredNumber)).toEqual([null, null, null, null, null, null, null]);
  });
  it("attaches paragraphs 针对第N个问题，… to the numbered problems listed above them", () => {
    const d = parse(
      "一、巡察反馈的问题\n1.理论学习不深入，学用结合不紧密。\n2.财务管理不规范，存在白条入账现象。\n" +
        "二、整改落实情况\n针对第1个问题，局党组制定学习计划，每月集中学习一次。目前已完成整改。\n针对第2个问题，修订报销制度，清查票据120张。正在推进。\n",
    );
    expect(d.items.map((i) => ({ id: i.id, problem: i.problem, status: i.status, measures: i.measures.map((e) => e.text) }))).toEqual([
      { id: "i1", problem: "理论学习不深入，学用结合不紧密", status: "completed", measures: ["局党组制定学习计划，每月集中学习一次。"] },
      { id: "i2", problem: "财务管理不规范，存在白条入账现象", status: "in_progress", measures: ["修订报销制度，清查票据120张。"] },
    ]);
    // A figure in the report belongs to the problem it was attached to.
    expect(d.figures.find((f) => f.text === "120张")?.item_id).toBe("i2");
  });
  it("attaches headings （一）针对第一个问题 / 1.针对问题二，… with their measures", () => {
    expect(brief("一、巡察反馈问题\n（一）理论学习不深入。\n（二）财务管理不规范。\n二、整改情况\n（一）针对第一个问题\n1.制定学习计划。\n2.每月召开学习会。\n（二）针对第二个问题\n1.修订报销制度。\n")).toEqual([
      { problem: "理论学习不深入", status: "unknown", measures: ["制定学习计划。", "每月召开学习会。"] },
      { problem: "财务管理不规范", status: "unknown", measures: ["修订报销制度。"] },
    ]);
    expect(brief("二、巡察反馈问题\n（一）理论学习不深入。\n（二）财务管理不规范。\n三、整改情况\n1.针对第一个问题，制定年度学习计划。\n2.针对问题二，修订财务报销制度。\n").map((i) => [i.problem, i.measures])).toEqual([
      ["理论学习不深入", ["制定年度学习计划。"]],
      ["财务管理不规范", ["修订财务报销制度。"]],
    ]);
  });
  it("nests measures numbered 1. under （一）针对第1个问题 when the problems above were numbered 1. too", () => {
    const d = parse("二、巡察反馈的问题\n1.理论学习不深入。\n2.财务管理不规范。\n三、整改落实情况\n（一）针对第1个问题\n1.修订学习制度。\n2.开展专题研讨6次。\n（二）针对第2个问题\n1.修订报销制度。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((e) => e.text)])).toEqual([
      ["理论学习不深入", ["修订学习制度。", "开展专题研讨6次。"]],
      ["财务管理不规范", ["修订报销制度。"]],
    ]);
    expect(d.diagnostics.filter((x) => x.code === "numbering-repeat")).toEqual([]);
    // The heading of a report that joined its problem is no item in the outline.
    expect(d.sections[1].children.map((c) => c.role)).toEqual(["other", "other"]);
  });
  it("takes the problem from a list in a paragraph (一是…二是…) that made no items", () => {
    const d = brief(
      "一、巡察反馈的问题\n巡察组反馈的问题主要有：一是理论学习不深入；二是财务管理不规范；三是选人用人把关不严。\n二、整改落实情况\n（一）关于问题一的整改情况\n整改措施：制定学习计划。\n整改状态：已完成\n（二）关于问题二的整改情况\n整改措施：修订报销制度。\n（三）关于第三个问题的整改情况\n整改措施：开展档案专项审核。\n",
    );
    expect(d).toEqual([
      { problem: "理论学习不深入", status: "completed", measures: ["制定学习计划。"] },
      { problem: "财务管理不规范", status: "unknown", measures: ["修订报销制度。"] },
      { problem: "选人用人把关不严", status: "unknown", measures: ["开展档案专项审核。"] },
    ]);
  });
  it("leaves items alone that name their problem in words", () => {
    expect(brief("二、整改情况\n1.关于学习不深入的问题\n整改措施：制定学习计划。\n2.关于报销不规范的问题\n整改措施：修订报销制度。\n").map((i) => i.problem)).toEqual(["学习不深入", "报销不规范"]);
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

describe("a stated count still going on, beside the count done", () => {
  it("reads 持续推进2个 / 长期坚持2个 / 常态化推进的问题2个 as problems in progress", () => {
    for (const w of ["持续推进2个", "长期坚持2个", "常态化推进的问题2个"]) {
      expect([w, findReported(`巡察反馈的15个问题，已完成整改13个，${w}。`)]).toEqual([w, { issues_total: 15, issues_completed: 13, issues_in_progress: 2 }]);
    }
  });
  it("not a count of something else that goes on", () => {
    expect(findReported("全局持续推进3个专项行动，开展检查12次。").issues_in_progress).toBeUndefined();
  });
});
