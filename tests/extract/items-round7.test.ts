// Round 7 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);

describe("keycap emoji as list numbers (1️⃣ 2️⃣, WeChat text)", () => {
  it("number headings as 1. does, so each is an item under its area", () => {
    const d = parse("一、组织建设方面\n1\ufe0f\u20e3支部换届不及时\n整改措施：督促两个支部完成换届。\n2\ufe0f\u20e3党费收缴不规范\n整改措施：补缴党费并建立台账。\n二、作风方面\n1\ufe0f\u20e3会议过多\n整改措施：精简会议。\n");
    expect(d.items.map((i) => [i.number, i.category, i.problem])).toEqual([
      ["1", "组织建设方面", "支部换届不及时"],
      ["2", "组织建设方面", "党费收缴不规范"],
      ["1", "作风方面", "会议过多"],
    ]);
  });
  it("number measures, and the keycap is not part of a measure's text (with or without U+FE0F)", () => {
    const d = parse("一、整改情况\n1.台账不全\n整改措施：\n1\ufe0f\u20e3建立台账；\n2\u20e3逐月核对。\n");
    expect(d.items[0].measures.map((e) => e.text)).toEqual(["建立台账；", "逐月核对。"]);
  });
});

describe("a closing sentence about the problems above", () => {
  const doc = (closing: string) => parse(`一、整改情况\n1.台账不全\n整改措施：建立台账。\n2.会议记录缺失\n整改措施：规范记录。\n${closing}\n\n某某局党组\n2024年10月1日\n`);
  it("is the notice's: it marks every item done and is no measure of the last item", () => {
    for (const c of ["以上问题已全部整改完成。", "上述5个问题均已整改到位。"]) {
      const d = doc(c);
      expect(d.items.map((i) => i.status)).toEqual(["completed", "completed"]);
      expect(d.items[1].measures.map((e) => e.text)).toEqual(["规范记录。"]);
    }
  });
  it("that does not say they are done sets no status", () => {
    const d = doc("以上问题将持续跟踪整改。");
    expect(d.items.map((i) => i.status)).toEqual(["unknown", "unknown"]);
  });
});

describe("a problem label or the inspectors' finding around the problem", () => {
  it("drops a numbered problem label after the heading's marker", () => {
    const d = parse("一、整改情况\n（一）问题一：台账登记不全\n整改措施：建立台账。\n（二）问题2:会议记录缺失\n整改措施：规范记录。\n");
    expect(d.items.map((i) => i.problem)).toEqual(["台账登记不全", "会议记录缺失"]);
  });
  it("keeps a heading that only mentions 问题 with a number in its words", () => {
    const d = parse("一、整改情况\n（一）问题线索3件处置不及时\n整改措施：逐件处置。\n");
    expect(d.items[0].problem).toBe("问题线索3件处置不及时");
  });
  it("reads the quote of 巡察指出：“…” / 巡视发现“…” as the problem", () => {
    const d = parse("一、整改情况\n1.巡察指出：“台账登记不全”。\n整改措施：建立台账。\n2.巡视发现「会议记录缺失」\n整改措施：规范记录。\n");
    expect(d.items.map((i) => i.problem)).toEqual(["台账登记不全", "会议记录缺失"]);
  });
});

describe("时限： alone labels the deadline", () => {
  it("fills deadline and is no measure", () => {
    const d = parse("一、整改情况\n1.问题：台账不全。\n措施：建立台账。\n时限：2024年6月\n状态：已完成\n");
    expect(d.items[0].deadline).toBe("2024年6月");
    expect(d.items[0].deadline_date).toBe("2024-06");
    expect(d.items[0].measures.map((e) => e.text)).toEqual(["建立台账。"]);
  });
});

describe("a status and the plan to finish", () => {
  const item = (fields: string) => parse(`一、整改情况\n1.台账登记不全\n${fields}\n2.会议记录缺失\n整改措施：规范记录。\n`).items[0];
  it("in a progress field of its own sets the status and is no result", () => {
    const i = item("整改措施：建立台账。\n整改进展：已建台账12本。\n完成情况：已完成");
    expect([i.status, i.outcomes.map((e) => e.text)]).toEqual(["completed", ["已建台账12本。"]]);
    const j = item("整改措施：建立台账。\n完成情况：正在推进，计划2025年6月底前完成");
    expect([j.status, j.outcomes, j.deadline, j.deadline_date]).toEqual(["in_progress", [], "2025年6月底前", "2025-06"]);
    const k = item("整改措施：建立台账。\n整改结果：正在整改，计划于2025年年底前完成。");
    expect([k.status, k.outcomes, k.deadline_date]).toEqual(["in_progress", [], "2025-12"]);
  });
  it("as the measures' last sentence (完成全部整改 too) gives the deadline when no field does", () => {
    const i = item("整改情况：开展专项检查，建立监管制度。计划2025年6月底前完成全部整改。");
    expect([i.status, i.measures.map((e) => e.text), i.deadline]).toEqual(["in_progress", ["开展专项检查，建立监管制度。"], "2025年6月底前"]);
  });
  it("leaves a deadline field as it is, and a plan without a time gives none", () => {
    expect(item("整改措施：建立台账。计划2025年6月底前完成整改。\n整改时限：2024年12月底").deadline).toBe("2024年12月底");
    expect(item("整改措施：建立台账。\n完成情况：正在推进，计划尽快完成").deadline).toBeNull();
  });
  it("a plan for one piece of the work stays a measure and names no deadline", () => {
    const i = item("整改措施：新建制度5项。计划2025年6月底前完成内控体系建设。");
    expect([i.measures.length, i.deadline]).toEqual([1, null]);
  });
});

describe("a numbered entry that opens with a year", () => {
  it("loses its marker 1. before 2024年", () => {
    const d = parse("一、整改情况\n（一）台账不全\n整改措施：建立台账。\n整改成效：\n1.2024年共核对台账3次；\n2.台账完整率100%。\n");
    expect(d.items[0].outcomes.map((e) => e.text)).toEqual(["2024年共核对台账3次；", "台账完整率100%。"]);
  });
});

describe("measures after the one who acts and after a pointer back to the problem", () => {
  const measures = (body: string) => parse(`一、整改情况\n（一）台账登记不全\n${body}\n（二）会议记录缺失\n整改措施：规范记录。\n`).items[0].measures.map((e) => e.text);
  it("splits 一是…二是… right after a unit or 我们", () => {
    expect(measures("针对该问题，局党组一是建立台账；二是逐月核对。")).toEqual(["建立台账；", "逐月核对。"]);
    expect(measures("我们一是建立台账，二是逐月核对。")).toEqual(["建立台账，", "逐月核对。"]);
  });
  it("not inside a word (统一是)", () => {
    expect(measures("整改措施：台账格式统一是基础，建立台账并逐月核对。")).toEqual(["台账格式统一是基础，建立台账并逐月核对。"]);
  });
  it("drops 针对该问题， / 针对上述问题， before a single measure", () => {
    expect(measures("针对该问题，对全部台账逐本核对。")).toEqual(["对全部台账逐本核对。"]);
    expect(measures("整改措施：针对上述问题，建立台账。")).toEqual(["建立台账。"]);
  });
});

describe("a status sentence whose words a comma parts", () => {
  it("leaves the measures, and its plan gives the deadline", () => {
    const i = parse("一、整改情况\n1.台账不全\n整改情况：建立台账12本。目前，该问题正在持续整改中，预计2025年底前完成。\n").items[0];
    expect([i.status, i.measures.map((e) => e.text), i.deadline, i.deadline_date]).toEqual(["in_progress", ["建立台账12本。"], "2025年底前", "2025-12"]);
  });
  it("a closing 以上3个问题，已完成整改2个 is the notice's, not the last item's deadline", () => {
    const d = parse("一、整改情况\n1.台账不全\n整改措施：建立台账。\n整改时限：2024年12月底前完成。\n以上1个问题，已完成整改1个。\n\n某某局党组\n2024年10月1日\n");
    expect(d.items[0].deadline).toBe("2024年12月底前完成");
  });
});

describe("the sentence that announces a single measure", () => {
  const measures = (body: string) => parse(`一、整改情况\n1.台账登记不全。${body}\n2.会议记录缺失。整改措施：规范记录。\n`).items[0].measures.map((e) => e.text);
  it("is dropped with or without a pointer back", () => {
    expect(measures("针对此问题，镇党委采取以下措施：建立台账，逐月核对。")).toEqual(["建立台账，逐月核对。"]);
    expect(measures("整改措施：局党组采取了如下整改措施：建立台账。")).toEqual(["建立台账。"]);
  });
  it("a measure that only mentions 措施 keeps its words", () => {
    expect(measures("整改措施：制定防控措施12条。")).toEqual(["制定防控措施12条。"]);
  });
});

describe("a closing count of the problems after a time word", () => {
  it("is the notice's totals, not the last item's measure", () => {
    const d = parse("一、整改情况\n1.台账不全\n整改措施：建立台账。\n2.记录缺失\n整改措施：规范记录。\n目前，2个问题已整改完成1个，1个正在整改中。\n\n某某局党组\n2024年10月1日\n");
    expect(d.items[1].measures.map((e) => e.text)).toEqual(["规范记录。"]);
    expect(d.reported.issues_completed).toBe(1);
  });
});

describe("a progress field with no measures field", () => {
  const item = (fields: string) => parse(`一、整改情况\n1.台账登记不全\n${fields}\n2.会议记录缺失\n整改措施：规范记录。\n`).items[0];
  it("stays the results (the gold counts what 整改进展情况： lists as outcomes), and the status is read", () => {
    const i = item("整改进展：建立台账12本，逐月核对。\n完成情况：已完成");
    expect([i.measures, i.outcomes.map((e) => e.text), i.status]).toEqual([[], ["建立台账12本，逐月核对。"], "completed"]);
  });
  it("stays the results after a measures field, and a results field stays results", () => {
    expect(item("整改措施：建立台账。\n整改进展：已建台账12本。").outcomes.map((e) => e.text)).toEqual(["已建台账12本。"]);
    expect(item("整改成效：台账完整率100%。").measures).toEqual([]);
  });
});

describe("① lines that state a fault and then its report", () => {
  it("are items under their areas, and the next area's ① lines of that shape too", () => {
    const d = parse("一、整改情况\n（一）党建方面\n①支部换届不及时。已督促3个支部完成换届。\n②党费收缴不规范。补缴党费1.2万元。\n（二）业务方面\n①审批时限过长。审批时限压缩至5个工作日。\n");
    expect(d.items.map((i) => [i.category, i.problem, i.measures.map((e) => e.text)])).toEqual([
      ["党建方面", "支部换届不及时", ["已督促3个支部完成换届。"]],
      ["党建方面", "党费收缴不规范", ["补缴党费1.2万元。"]],
      ["业务方面", "审批时限过长", ["审批时限压缩至5个工作日。"]],
    ]);
  });
  it("① lines that open with an action stay an item's measures", () => {
    const d = parse("一、整改情况\n（一）支部换届不及时\n①督促支部换届。共督促3个支部。\n②建立换届提醒制度。每季度提醒1次。\n");
    expect(d.items.map((i) => [i.problem, i.measures.length])).toEqual([["支部换届不及时", 2]]);
  });
});

describe("a problem named in bold-like brackets", () => {
  it("is the name; the description after it is the details", () => {
    const d = parse("一、整改情况\n1.【违规发放补贴】2023年发放加班补贴2万元。整改措施：全额清退。\n2.【接待不规范】部分接待无公函。整改措施：修订办法。\n");
    expect(d.items.map((i) => [i.problem, i.problem_details])).toEqual([["违规发放补贴", "2023年发放加班补贴2万元"], ["接待不规范", "部分接待无公函"]]);
  });
  it("a bracketed status or kind is no name", () => {
    const d = parse("一、整改情况\n1.【立行立改】台账登记不全。整改措施：建立台账。\n");
    expect(d.items[0].problem).not.toBe("立行立改");
  });
});

describe("a section of long-term problems", () => {
  it("is the category of its items, as its sibling 立行立改 section is, and sets them in progress", () => {
    const d = parse("一、整改情况\n（一）立行立改问题\n1.台账不全\n整改措施：建立台账。\n（二）长期坚持问题\n1.作风不够扎实\n整改措施：开展作风建设行动。\n");
    expect(d.items.map((i) => [i.kind, i.category, i.status])).toEqual([["immediate", "立行立改问题", "unknown"], ["issue", "长期坚持问题", "in_progress"]]);
  });
  it("a plain status section is no category", () => {
    const d = parse("一、整改情况\n（一）正在推进整改的问题\n1.台账不全\n整改措施：建立台账。\n");
    expect(d.items.map((i) => [i.category, i.status])).toEqual([["整改情况", "in_progress"]]);
  });
});

describe("an item whose deadline is 立行立改", () => {
  it("is an immediate fix, wherever it stands", () => {
    const d = parse("一、整改情况\n1.台账不全\n整改措施：建立台账。\n整改时限：立行立改\n2.记录缺失\n整改措施：规范记录（整改时限：即知即改）\n3.作风不实\n整改措施：开展作风建设。\n整改时限：2024年底前完成立行立改事项\n");
    expect(d.items.map((i) => i.kind)).toEqual(["immediate", "immediate", "issue"]);
  });
});

describe("a field noted after the heading in brackets", () => {
  const d = parse("一、整改情况\n（一）关于台账登记不全的问题（完成时限：2024年12月）\n整改措施：建立台账。\n（二）关于记录缺失的问题（责任单位：办公室）\n整改措施：规范记录。\n（三）关于作风不实的问题（整改状态：已完成）\n整改措施：开展作风建设。\n（四）关于制度不健全的问题（已完成）\n整改措施：修订制度。\n");
  it("fills its field and is no part of the problem", () => {
    expect(d.items.map((i) => [i.problem, i.deadline, i.responsible, i.status])).toEqual([
      ["台账登记不全", "2024年12月", null, "unknown"],
      ["记录缺失", null, "办公室", "unknown"],
      ["作风不实", null, null, "completed"],
      ["制度不健全", null, null, "completed"],
    ]);
    expect(d.items[0].deadline_date).toBe("2024-12");
  });
});

describe("目前进展： and a difficulties field that says none", () => {
  const item = (fields: string) => parse(`一、整改情况\n1.台账登记不全\n${fields}\n2.会议记录缺失\n整改措施：规范记录。\n`).items[0];
  it("目前进展： is a progress field, not the deadline's tail", () => {
    const i = item("整改措施：建立台账。\n整改时限：2025年3月底前\n目前进展：已建台账12本。");
    expect([i.deadline, i.outcomes.map((e) => e.text)]).toEqual(["2025年3月底前", ["已建台账12本。"]]);
  });
  it("存在困难：无 / 暂无 is no difficulty; a stated one stays", () => {
    expect(item("整改措施：建立台账。\n存在困难：无").difficulties).toBeNull();
    expect(item("整改措施：建立台账。\n存在的困难：暂无。").difficulties).toBeNull();
    expect(item("整改措施：建立台账。\n存在困难：无专职人员").difficulties).toBe("无专职人员");
  });
});
