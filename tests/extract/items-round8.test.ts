// Round 8 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { statusOf } from "../../src/extract/roles.js";
import { plannedTime, fieldPlanTime } from "../../src/extract/items.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);
/** The first item of a two-item notice whose first item has these fields. */
const item = (fields: string) => parse(`一、整改情况\n1.台账登记不全\n${fields}\n2.会议记录缺失\n整改措施：规范记录。\n`).items[0];

describe("one plan vocabulary (计划 预计 力争 争取 拟 确保) for every rule that reads a plan", () => {
  it("a plan to finish is in progress, whichever word plans it", () => {
    for (const w of ["计划于2025年6月底前完成", "预计年底前办结", "力争6月底前整改到位", "争取年内销号", "拟于2025年3月底前完成", "确保2025年6月底前全部完成"]) expect([w, statusOf(w)]).toEqual([w, "in_progress"]);
  });
  it("not a plan: 按计划/原计划, 拟 inside another word, 确保 without a time (a promise)", () => {
    expect(statusOf("已按计划完成")).toBe("completed");
    expect(statusOf("模拟演练已完成")).toBe("completed");
    expect(statusOf("拟定方案并完成")).toBeNull();
    expect(statusOf("确保全部办结")).toBeNull();
    expect(statusOf("确保整改到位")).toBeNull();
  });
  it("the time a plan names, after any of the words", () => {
    expect(plannedTime("正在推进，拟于2025年6月底前完成")).toBe("2025年6月底前");
    expect(plannedTime("正在推进，确保2025年9月底前完成")).toBe("2025年9月底前");
    expect(plannedTime("正在推进，争取年内完成")).toBe("年内");
  });
  it("a plan sentence (its subject before the word too) with 拟 or 确保 and a time sets the status and the deadline, and is no measure", () => {
    const i = item("整改措施：开展专项检查。该问题拟于2025年6月底前完成整改。");
    expect([i.status, i.measures.map((e) => e.text), i.deadline, i.deadline_date]).toEqual(["in_progress", ["开展专项检查。"], "2025年6月底前", "2025-06"]);
    const j = item("整改措施：建立台账。\n完成情况：正在推进，确保2025年9月底前完成");
    expect([j.status, j.outcomes, j.deadline]).toEqual(["in_progress", [], "2025年9月底前"]);
    expect(item("整改措施：开展专项检查。目前，预计2025年底前完成。").deadline).toBe("2025年底前");
  });
  it("a promise without a time stays the measure's words and sets no status", () => {
    const i = item("整改措施：建立台账，确保整改到位。");
    expect([i.status, i.measures.map((e) => e.text), i.deadline]).toEqual(["unknown", ["建立台账，确保整改到位。"], null]);
  });
});

describe("a report that the work goes on, closing with the plan to finish", () => {
  it("is in progress, and the plan's time is the deadline when no field gives one; the words stay the measure's", () => {
    const i = item("整改情况：正在对项目资金开展绩效评估，预计2025年3月底前完成。");
    expect([i.status, i.deadline, i.deadline_date, i.measures.map((e) => e.text)]).toEqual(["in_progress", "2025年3月底前", "2025-03", ["正在对项目资金开展绩效评估，预计2025年3月底前完成。"]]);
    const j = item("整改措施：建立台账。\n整改进展：已修订办法，仍在清理历史资金，力争年底前全部完成。\n整改时限：2025年6月底");
    expect([j.status, j.deadline]).toEqual(["in_progress", "2025年6月底"]);
  });
  it("not a plan alone after a measure, nor a plan for a piece of the work", () => {
    expect(item("整改措施：精简会议，计划2025年完成。").status).toBe("unknown");
    const i = item("整改措施：正在对系统开展升级改造，计划2025年6月底前完成数据迁移。");
    expect([i.status, i.deadline]).toEqual(["unknown", null]);
  });
});

describe("a table's cell that closes with a status (…整改隐患41处，已完成)", () => {
  it("sets the row's status, and the status is no part of the measure", () => {
    const d = parse("一、整改情况\n序号\t问题描述\t整改要求\t完成时限\t整改情况\n1\t安全隐患排查不彻底\t全面排查\t2024年10月底\t已排查机构23家，整改隐患41处，已完成\n2\t殡葬改革推进缓慢\t制定方案\t2025年6月底\t方案已报审定，正在推进\n3\t台账不全\t建立台账\t2024年9月\t建立台账12本\n");
    expect(d.items.map((i) => [i.status, i.measures.map((e) => e.text), i.deadline])).toEqual([
      ["completed", ["已排查机构23家，整改隐患41处"], "2024年10月底"],
      ["in_progress", ["方案已报审定"], "2025年6月底"],
      ["unknown", ["建立台账12本"], "2024年9月"],
    ]);
  });
});

describe("a plan field (下步计划：…) gives the deadline when no field does", () => {
  it("reads the time the plan finishes by, after a pause, 于/在 or a plan's word", () => {
    expect(item("整改措施：建立台账。\n下步计划：继续加大清理力度，于2025年6月底前完成全部整改。").deadline).toBe("2025年6月底前");
    expect(item("整改措施：建立台账。\n下一步计划：年底前全部办结。").deadline).toBe("年底前");
    const i = item("整改措施：建立台账。\n下步措施：加强轮训，力争在3个月内全部完成。");
    expect([i.deadline, i.measures.map((e) => e.text)]).toEqual(["3个月内", ["建立台账。"]]);
    expect(item("整改措施：建立台账。\n下一步打算：2025年6月30日前完成整改任务。").deadline_date).toBe("2025-06-30");
  });
  it("leaves a deadline field as it is", () => {
    expect(item("整改措施：建立台账。\n整改时限：2024年12月\n下步计划：2025年6月底前完成修订。").deadline).toBe("2024年12月");
  });
  it("names no deadline from a time already past, or from words that are no time", () => {
    expect(item("整改措施：建立台账。\n下步打算：巩固已于2024年12月完成的整改成果。").deadline).toBeNull();
    expect(item("整改措施：建立台账。\n下步计划：巩固2024年12月完成的整改成果。").deadline).toBeNull();
    expect(item("整改措施：建立台账。\n下步计划：对剩余3个问题完成整改。").deadline).toBeNull();
    // (a plan for a piece of the work, as in a plan sentence)
    expect(item("整改措施：建立台账。\n下步计划：2025年6月底前完成导游队伍规范化培训。").deadline).toBeNull();
    expect(fieldPlanTime("在全县范围内完成排查")).toBeNull();
  });
  it("is read only in a plan's field: a goal is no plan", () => {
    expect(item("整改措施：建立台账。\n整改目标：2025年6月底前完成。").deadline).toBeNull();
  });
});

describe("立行立改 and then kept up long-term", () => {
  it("as the deadline (立行立改，长期坚持 / 立行立改并长期坚持): no immediate fix, and the deadline is whole", () => {
    for (const d of ["立行立改，长期坚持", "立行立改并长期坚持", "立行立改,常态化推进", "立行立改、持续推进"]) {
      const i = item(`整改措施：建立台账。\n整改时限：${d}`);
      expect([d, i.kind, i.deadline]).toEqual([d, "issue", d]);
    }
  });
  it("立行立改 alone is still an immediate fix, and a date then a status still gives the status", () => {
    expect(item("整改措施：建立台账。\n整改时限：立行立改").kind).toBe("immediate");
    const i = item("整改措施：建立台账。\n整改时限：2024年底，目前正在推进");
    expect([i.kind, i.deadline, i.status]).toEqual(["issue", "2024年底", "in_progress"]);
  });
  it("as a section or a kind line over the items", () => {
    const d = parse("一、立行立改并常态化推进的问题\n1.食堂管理不规范\n整改措施：规范管理。\n二、立行立改问题\n1.值班缺岗\n整改措施：建立制度。\n");
    expect(d.items.map((i) => i.kind)).toEqual(["issue", "immediate"]);
    const e = parse("一、整改情况\n（一）作风方面\n立行立改并长期坚持类\n1.食堂管理不规范\n整改措施：规范管理。\n立行立改类\n2.值班缺岗\n整改措施：建立制度。\n");
    expect(e.items.map((i) => i.kind)).toEqual(["issue", "immediate"]);
  });
});

describe("一是…二是… entries in one paragraph, each opening with a fault, under an area", () => {
  it("give one item an entry, its first sentence the problem, the area (关于…方面的问题 too) the category", () => {
    const d = parse("一、关于基层党建方面的问题\n一是支部书记履职不到位。已约谈3名支部书记，整改已完成。二是党员教育管理松散。已建立积分管理制度，正在推进。\n二、作风建设方面\n一是会风文风不实；精简会议12个。 二是公务接待不规范；修订接待办法。\n");
    expect(d.items.map((i) => [i.category, i.problem, i.status, i.measures.map((e) => e.text)])).toEqual([
      ["关于基层党建方面的问题", "支部书记履职不到位", "completed", ["已约谈3名支部书记"]],
      ["关于基层党建方面的问题", "党员教育管理松散", "in_progress", ["已建立积分管理制度"]],
      ["作风建设方面", "会风文风不实", "unknown", ["精简会议12个。"]],
      ["作风建设方面", "公务接待不规范", "unknown", ["修订接待办法。"]],
    ]);
  });
  it("not entries that act (一是建立台账), nor entries under a heading that names one problem", () => {
    const d = parse("一、整改情况\n（一）作风建设方面\n一是建立会议台账。二是精简文件。\n（二）纪律建设方面\n一是开展警示教育。二是签订承诺书。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((e) => e.text)])).toEqual([
      ["作风建设方面", ["建立会议台账。", "精简文件。"]],
      ["纪律建设方面", ["开展警示教育。", "签订承诺书。"]],
    ]);
    const e = parse("一、整改情况\n1.关于财务管理不规范的问题\n一是报销审核不严。已修订报销办法。二是票据管理混乱。已建立票据台账。\n");
    expect(e.items.map((i) => i.problem)).toEqual(["财务管理不规范"]);
  });
});

describe("keycap ten (🔟) and the digit-full-stop numbers (⒈ … ⒛) as list numbers", () => {
  it("🔟 goes on after 9️⃣ as 10., at the same level", () => {
    const d = parse("一、组织建设方面\n9\ufe0f\u20e3支部换届不及时\n整改措施：督促换届。\n\u{1f51f}党费收缴不规范\n整改措施：\n1\u20e3补缴党费；\n2\u20e3建立台账。\n");
    expect(d.items.map((i) => [i.number, i.category, i.problem, i.measures.map((e) => e.text)])).toEqual([
      ["9", "组织建设方面", "支部换届不及时", ["督促换届。"]],
      ["10", "组织建设方面", "党费收缴不规范", ["补缴党费；", "建立台账。"]],
    ]);
    expect(d.sections[0].children.map((s) => [s.style, s.number])).toEqual([["arabic-dot", 9], ["arabic-dot", 10]]);
    expect(d.sections[0].children[1].marker).toBe("\u{1f51f}");
  });
  it("⒈ ⒉ number headings and measures as 1. 2. do", () => {
    const d = parse("一、作风方面\n⒈会议过多\n整改措施：\n⒈精简会议；\n⒉压缩文件。\n⒉文风不实\n整改措施：改进文风。\n");
    expect(d.items.map((i) => [i.number, i.problem, i.measures.map((e) => e.text)])).toEqual([
      ["1", "会议过多", ["精简会议；", "压缩文件。"]],
      ["2", "文风不实", ["改进文风。"]],
    ]);
  });
  it("🔟 at a line's end is still an ornament, cut", () => {
    const d = parse("一、整改情况\n1.台账不全\u{1f51f}\n整改措施：建立台账。\n");
    expect(d.items[0].problem).toBe("台账不全");
  });
});
