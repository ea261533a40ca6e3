// Round 9 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { statusOf } from "../../src/extract/roles.js";
import { answeredStatus, type Field } from "../../src/extract/fields.js";

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
  it("in a problem listed in a paragraph and then referred to by number (一是…等问题；… 针对第1个问题，…)", () => {
    expect(problems("一、巡察反馈的问题\n巡察组指出：一是干部作风不实等问题；二是财务审核不严的问题；三是资金管理问题。\n二、整改情况\n（一）针对第1个问题，开展作风整顿。\n（二）针对第2个问题，修订财务制度。\n（三）针对第3个问题，规范资金。\n")).toEqual(["干部作风不实", "财务审核不严", "资金管理问题"]);
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

/** The first item of a two-item notice whose first item has these fields. */
const item = (fields: string) => parse(`一、整改情况\n1.台账登记不全\n${fields}\n2.会议记录缺失\n整改措施：规范记录。\n`).items[0];

describe("a completed item's deadline is its own time limit, not a plan for later work", () => {
  it("a plan field under a done item gives no deadline; under one not done it still does", () => {
    const done = item("整改措施：补登台账。\n整改状态：已完成\n下一步打算：持续抓好落实，于2025年12月底前全部完成。");
    expect([done.status, done.deadline]).toEqual(["completed", null]);
    const open = item("整改措施：补登台账。\n下步计划：于2025年6月底前完成。");
    expect([open.status, open.deadline]).toEqual(["unknown", "2025年6月底前"]);
  });
  it("a done item's own deadline field stays, a plan beside it or not", () => {
    const i = item("整改措施：补登台账。\n整改时限：2024年10月底\n整改状态：已完成\n下步计划：于2025年6月底前完成制度修订。");
    expect([i.status, i.deadline]).toEqual(["completed", "2024年10月底"]);
  });
  it("in a section of done items, work said to go on with a plan gives no deadline", () => {
    const d = parse("一、已完成整改的问题\n1.台账登记不全\n整改措施：补登台账，正在开展复核，预计2025年3月底前完成。\n2.会议记录缺失\n整改措施：规范记录。\n");
    expect([d.items[0].status, d.items[0].deadline]).toEqual(["completed", null]);
  });
});

describe("every plan word plans only with a time (力争/争取/计划/预计/拟 as 确保)", () => {
  it("with a time: in progress, whichever word", () => {
    for (const w of ["力争年底前完成", "确保2025年6月底前完成", "预计近期完成", "计划于下月办结", "争取年内销号", "确保按期完成", "力争在规定时限内完成"]) expect([w, statusOf(w)]).toEqual([w, "in_progress"]);
  });
  it("将 plans before when (将于…, 将在…), as the others do", () => {
    for (const w of ["将于2025年6月底前完成", "将在年底前办结"]) expect([w, statusOf(w)]).toEqual([w, "in_progress"]);
    expect(statusOf("将全部完成")).toBeNull();
    const i = item("整改措施：补登台账。\n整改进展：正在推进，将于2025年6月底前完成。");
    expect([i.status, i.deadline]).toEqual(["in_progress", "2025年6月底前"]);
  });
  it("without one: a promise, no status, whichever word", () => {
    for (const w of ["力争整改到位", "确保整改到位", "争取全部完成", "计划完成整改", "预计完成", "拟完成", "力争尽快整改到位"]) expect([w, statusOf(w)]).toEqual([w, null]);
  });
  it("as the whole answer of a status or progress field, a plan to finish says it is not done yet, a time or none", () => {
    for (const f of ["整改状态：力争早日完成", "整改状态：确保整改到位", "完成情况：计划完成", "整改状态：预计完成整改"]) {
      const i = item(`整改措施：补登台账。\n${f}`);
      expect([f, i.status, i.outcomes]).toEqual([f, "in_progress", []]);
    }
  });
  it("a promise sentence after the measures stays a measure and sets no status; with a time it is the status and the deadline", () => {
    const i = item("整改措施：建立台账。力争整改到位。");
    expect([i.status, i.measures.map((e) => e.text), i.deadline]).toEqual(["unknown", ["建立台账。力争整改到位。"], null]);
    const j = item("整改措施：建立台账。力争2025年6月底前完成整改。");
    expect([j.status, j.measures.map((e) => e.text), j.deadline]).toEqual(["in_progress", ["建立台账。"], "2025年6月底前"]);
  });
});

describe("measures numbered by a label (措施1： 举措二： 整改措施（3）：)", () => {
  it("a line each or in one paragraph: one measure each, without the label", () => {
    const d = parse("一、整改情况\n第一个问题：台账登记不全（已完成）\n措施1：补登台账。\n措施2：建立台账管理制度。\n第二个问题：会议记录缺失\n整改措施：举措一：规范会议记录。举措二：每季度检查一次，①查记录；②查签到。\n");
    expect(d.items.map((i) => [i.problem, i.status, i.measures.map((e) => e.text)])).toEqual([
      ["台账登记不全", "completed", ["补登台账。", "建立台账管理制度。"]],
      ["会议记录缺失", "unknown", ["规范会议记录。", "每季度检查一次，①查记录；②查签到。"]],
    ]);
  });
});

describe("a measure label after a list's marker, or with a word before it (（1）措施一：, 具体措施1：)", () => {
  it("goes as 措施1： does", () => {
    const d = parse("一、整改情况\n1.台账不全\n整改措施：\n（1）措施一：补登台账。\n（2）措施二：建立制度。\n2.记录缺失\n具体措施1：规范记录。\n具体措施2：定期检查。\n");
    expect(d.items.map((i) => i.measures.map((e) => e.text))).toEqual([["补登台账。", "建立制度。"], ["规范记录。", "定期检查。"]]);
  });
});

describe("a tick or a cross alone in a status or progress cell or field", () => {
  it("√ ✓ is done, × is not yet, whatever the column asks; the mark is no result", () => {
    const d = parse("一、整改情况\n序号\t存在问题\t整改措施\t完成情况\n1\t财务公开不及时\t按季度公开\t✓\n2\t坐班制度落实不到位\t建立签到制度\t×\n3\t资产台账不全\t清查资产\t√\n");
    expect(d.items.map((i) => [i.status, i.outcomes])).toEqual([["completed", []], ["in_progress", []], ["completed", []]]);
    expect(parse("一、整改情况\n1.台账不全\n整改措施：补登台账。\n整改状态：√\n2.记录缺失\n整改措施：规范记录。\n").items[0].status).toBe("completed");
    // A column named by a status (已完成 | 正在推进) is ticked in the one that holds.
    const ticked = (label: string): Field[] => [{ field: "status", label, spans: [{ line: { text: "√" } as Field["spans"][number]["line"], start: 0, end: 1 }] }];
    expect([answeredStatus(ticked("正在推进")), answeredStatus(ticked("已完成")), answeredStatus(ticked("整改状态"))]).toEqual(["in_progress", "completed", "completed"]);
    const md = parse("一、整改情况\n| 序号 | 问题 | 整改措施 | 整改状态 |\n|---|---|---|---|\n| 1 | 台账不全 | 补登台账 | ✅ |\n| 2 | 记录缺失 | 规范记录 | ❌ |\n");
    expect(md.items.map((i) => i.status)).toEqual(["completed", "in_progress"]);
  });
});

describe("a status note in brackets before the problem, right after the marker", () => {
  it("sets the status and is no part of the problem (【已完成】 （整改中） (已整改))", () => {
    const d = parse("一、整改落实情况\n1.【已完成】采购内控制度不健全。\n整改措施：修订内控办法。\n2.（整改中）资产出租未公开招租。\n整改措施：清理出租资产。\n3.(已整改)专项资金拨付不及时。\n整改措施：建立拨付时限制度。\n");
    expect(d.items.map((i) => [i.problem, i.status])).toEqual([["采购内控制度不健全", "completed"], ["资产出租未公开招租", "in_progress"], ["专项资金拨付不及时", "completed"]]);
  });
  it("a kind noted there is the item's category (（长期坚持类）), and a name in bold-like brackets stays the problem (【违规发放补贴】)", () => {
    const d = parse("一、整改落实情况\n1.【违规发放补贴】2023年发放补贴2万元。\n整改措施：清退补贴。\n2.（长期坚持类）干部学习不深入。\n整改措施：加强学习。\n");
    expect(d.items.map((i) => [i.problem, i.status, i.category])).toEqual([["违规发放补贴", "unknown", "整改落实情况"], ["干部学习不深入", "unknown", "长期坚持类"]]);
  });
});

describe("a closing clause about the rest of the work (剩余工作正在推进中, 其余已全部完成)", () => {
  it("states the status and leaves the results", () => {
    const i = item("整改措施：建立接诉即办机制。\n整改进展：已办结投诉1200余件，剩余工作正在推进中。");
    expect([i.status, i.outcomes.map((e) => e.text)]).toEqual(["in_progress", ["已办结投诉1200余件"]]);
    const j = item("整改措施：建立接诉即办机制。\n整改进展：已办结投诉1200余件，其余已全部完成。");
    expect([j.status, j.outcomes.map((e) => e.text)]).toEqual(["completed", ["已办结投诉1200余件"]]);
  });
});

describe("more words of work not yet done", () => {
  it("部分完成, 正在办理, 实施中, 尚在整改, 未整改 are in progress; 已落实 stays done", () => {
    for (const w of ["部分完成", "部分整改", "正在办理", "办理中", "正在实施", "实施中", "尚在整改", "未整改", "未整改完成"]) expect([w, statusOf(w)]).toEqual([w, "in_progress"]);
    expect(statusOf("已落实")).toBe("completed");
    expect(item("整改措施：补登台账。\n整改状态：部分完成").status).toBe("in_progress");
    // (and, as status words, they may lead a plan: its time is the deadline)
    const i = item("整改措施：补登台账。\n整改状态：部分完成，力争2025年6月底前全部完成。");
    expect([i.status, i.deadline]).toEqual(["in_progress", "2025年6月底前"]);
  });
});

describe("a line after a section's last item that sums up the problems above (以上问题均已整改完成)", () => {
  it("states the status of that section's items, and is no measure of the last", () => {
    const d = parse("一、整改情况\n（一）党建方面\n1.支部学习不规范。整改措施：规范学习。\n2.党费收缴不及时。整改措施：按月收缴。\n以上问题均已整改完成。\n（二）财务方面\n1.报销审核不严。整改措施：修订制度。\n2.资产台账不全。整改措施：清查资产。\n上述问题正在整改中。\n（三）作风方面\n1.会风不正。整改措施：精简会议。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((e) => e.text)])).toEqual([
      ["completed", ["规范学习。"]], ["completed", ["按月收缴。"]],
      ["in_progress", ["修订制度。"]], ["in_progress", ["清查资产。"]],
      ["unknown", ["精简会议。"]],
    ]);
  });
  it("not a count (以上问题已完成整改3个，正在整改1个: a total)", () => {
    const d = parse("一、整改情况\n（一）党建方面\n1.支部学习不规范。整改措施：规范学习。\n2.党费收缴不及时。整改措施：按月收缴。\n以上问题已完成整改1个，正在整改1个。\n（二）财务方面\n1.报销审核不严。整改措施：修订制度。\n");
    expect(d.items.slice(0, 2).map((i) => i.status)).toEqual(["unknown", "unknown"]);
  });
});

describe("a status field that answers with a share of the work (整改进度：100%)", () => {
  it("is done at the whole and not yet below it, in a body or a table's column", () => {
    expect([item("整改措施：补登台账。\n整改进度：100%").status, item("整改措施：补登台账。\n整改进度：６０％").status]).toEqual(["completed", "in_progress"]);
    const d = parse("一、整改情况\n序号\t问题\t整改措施\t整改进度\n1\t台账不全\t补登台账\t100%\n2\t记录缺失\t规范记录\t80%\n");
    expect(d.items.map((i) => i.status)).toEqual(["completed", "in_progress"]);
  });
});
