import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { parseFile, parseText, type Notice } from "../../src/index.js";
import { checkNotice, checkDates, checkTotals, compareDates, locateStatement, locateDate, splitLines, formatFinding, counts } from "../../src/validate/index.js";
import { makeNotice, makeItem } from "../write/helpers.js";

const SEED_002 = "fixtures/002_dd361c94b27cbe2f.txt";

function parseMadeUp(text: string, path = "made-up.txt"): Notice {
  const sha256 = createHash("sha256").update(text).digest("hex");
  return parseText(text, { path, encoding: "utf-8", sha256, bytes: Buffer.byteLength(text) });
}

// States 3 problems (2 completed, 1 in progress) but lists 2, both completed.
const THREE_STATED_TWO_LISTED = `
中共某某县农业农村局党组关于县委巡察整改情况的通报

根据县委统一部署，2023年3月1日至4月30日，县委第二巡察组对县农业农村局党组开展了常规巡察，并于2023年6月10日反馈了巡察意见。现将整改情况通报如下：
一、整改工作开展情况
局党组高度重视巡察整改工作，巡察反馈的3个问题中，已整改完成2个，正在推进整改1个。
二、整改落实情况
（一）已整改完成的问题
1.关于“项目资金管理不规范”问题的整改
一是修订资金管理办法。二是开展专项检查。
2.关于“干部作风不扎实”问题的整改
一是开展作风整顿。
三、下一步工作打算
持续巩固整改成果。

中共某某县农业农村局党组
2023年9月1日
`;

// Inspection ends before it starts; feedback before the end; signed before the feedback.
const DATES_OUT_OF_ORDER = `
中共某某县水利局党组关于县委巡察整改情况的通报

根据县委统一部署，2023年5月20日至2023年3月1日，县委第一巡察组对县水利局党组开展了常规巡察，并于2023年2月10日反馈了巡察意见。现将整改情况通报如下：
一、整改工作开展情况
局党组高度重视巡察整改工作，巡察反馈的2个问题已全部整改完成。
二、整改落实情况
（一）已整改完成的问题
1.关于“工程管理不规范”问题的整改
一是修订工程管理办法。二是开展专项检查。
2.关于“学习制度执行不严”问题的整改
一是完善学习制度。
三、下一步工作打算
持续巩固整改成果。

中共某某县水利局党组
2023年1月5日
`;

describe("validate: seed 002 (states 17 completed / 7 in progress, lists 18 / 6)", () => {
  it("reports exactly the two status mismatches, with both numbers, on the line of the statement", async () => {
    const doc = await parseFile(SEED_002);
    const findings = checkNotice(doc, { text: readFileSync(SEED_002, "utf8") });
    const errors = findings.filter((f) => f.level === "error").map(formatFinding);
    expect(errors).toEqual([
      `${SEED_002}:11: error reported-completed-mismatch: the notice states 17 problems completed, lists 18`,
      `${SEED_002}:11: error reported-in-progress-mismatch: the notice states 7 problems in progress, lists 6`,
    ]);
    // The total (24) and the measures (70) agree: nothing about them.
    expect(findings.some((f) => f.code === "reported-issues-mismatch" || f.code === "reported-measures-mismatch")).toBe(false);
    expect(findings.filter((f) => counts(f, true)).map((f) => f.code)).toEqual(["reported-completed-mismatch", "reported-in-progress-mismatch"]);
  });

  it("falls back to the status section's heading line without the text", async () => {
    const doc = await parseFile(SEED_002);
    const f = checkNotice(doc).filter((x) => x.level === "error");
    expect(f.map((x) => [x.code, x.line])).toEqual([
      ["reported-completed-mismatch", 13],
      ["reported-in-progress-mismatch", 50],
    ]);
  });
});

describe("validate: the other seeds", () => {
  it("finds no errors in 000 and 003, and passes the parser's numbering warnings of 003 through", async () => {
    const d000 = await parseFile("fixtures/000_cc9f593380da10b4.txt");
    expect(checkNotice(d000).filter((f) => f.level !== "info")).toEqual([]);
    const d003 = await parseFile("fixtures/003_489d3953438e12cd.txt");
    const f003 = checkNotice(d003);
    expect(f003.filter((f) => f.level === "error")).toEqual([]);
    const numbering = d003.diagnostics.filter((d) => d.code.startsWith("numbering-") && d.level === "warning");
    expect(numbering.length).toBeGreaterThan(0);
    for (const d of numbering) expect(f003).toContainEqual({ file: d003.source.path, line: d.line, level: "warning", code: d.code, message: d.message });
  });
});

describe("validate: made-up notices", () => {
  it("a notice stating 3 problems but listing 2", () => {
    const doc = parseMadeUp(THREE_STATED_TWO_LISTED);
    expect(doc.items).toHaveLength(2);
    const f = checkNotice(doc, { text: THREE_STATED_TWO_LISTED }).filter((x) => x.level === "error");
    expect(f.map(formatFinding)).toEqual([
      "made-up.txt:6: error reported-issues-mismatch: the notice states 3 problems, lists 2",
      "made-up.txt:6: error reported-in-progress-mismatch: the notice states 1 problem in progress, lists 0",
    ]);
  });

  it("dates out of order", () => {
    const doc = parseMadeUp(DATES_OUT_OF_ORDER);
    const f = checkNotice(doc, { text: DATES_OUT_OF_ORDER }).filter((x) => x.level === "error");
    expect(f.map((x) => [x.line, x.code])).toEqual([
      [4, "inspection-end-before-start"],
      [4, "feedback-before-inspection"],
      [17, "published-before-feedback"],
    ]);
    expect(f[0].message).toBe("the inspection ends on 2023-03-01, before it starts on 2023-05-20");
    expect(f[2].message).toBe("the notice is signed on 2023-01-05, before the feedback of 2023-02-10");
  });

  it("a text that is not a notice: no headings is an error in validate", () => {
    const doc = parseMadeUp("今天天气很好。\n我们去公园散步。\n");
    const f = checkNotice(doc);
    expect(f.find((x) => x.code === "no-headings")?.level).toBe("error");
    expect(f.find((x) => x.code === "no-inspector")?.level).toBe("warning");
  });
});

describe("checkTotals", () => {
  it("compares suggestions and measures, and the notice's own totals with each other", () => {
    const doc = makeNotice({
      reported: { issues_total: 2, issues_completed: 1, issues_in_progress: 2, suggestions_total: 2, measures_total: 5 },
      items: [makeItem({ status: "completed" }), makeItem({ id: "i2", status: "in_progress" }), makeItem({ id: "i3", kind: "suggestion", status: "unknown" })],
    });
    const codes = checkTotals(doc).map((d) => `${d.code}: ${d.message}`);
    expect(codes).toEqual([
      "reported-in-progress-mismatch: the notice states 2 problems in progress, lists 1",
      "reported-suggestions-mismatch: the notice states 2 suggestions, lists 1",
      "reported-measures-mismatch: the notice states 5 measures, lists 2 under its 2 problems",
      "reported-totals-inconsistent: the notice states 2 problems but 1 completed and 2 in progress (3)",
    ]);
  });

  it("counts 立行立改 items as problems", () => {
    const doc = makeNotice({ reported: { issues_total: 2 }, items: [makeItem(), makeItem({ id: "i2", kind: "immediate" })] });
    expect(checkTotals(doc)).toEqual([]);
  });

  it("compares the stated immediate fixes (immediate_total) with the items of kind immediate", () => {
    const items = [makeItem(), makeItem({ id: "i2", kind: "immediate" }), makeItem({ id: "i3", kind: "immediate" })];
    expect(checkTotals(makeNotice({ reported: { immediate_total: 2 }, items }))).toEqual([]);
    const off = checkTotals(makeNotice({ reported: { immediate_total: 3 }, items }));
    expect(off.map((d) => `${d.code}: ${d.message}`)).toEqual(["reported-immediate-mismatch: the notice states 3 problems fixed on the spot, lists 2"]);
    expect(checkNotice(makeNotice({ reported: { immediate_total: 3 }, items })).find((f) => f.code === "reported-immediate-mismatch")?.level).toBe("warning");
  });

  it("places an immediate_total mismatch on the line that states it", () => {
    const text = "关于巡察整改情况的通报\n巡察反馈问题3个，其中立行立改问题2个。\n一、整改情况\n（一）台账管理不规范。整改措施：建立台账。";
    const doc = makeNotice({ reported: { immediate_total: 2 }, items: [makeItem()] });
    const lines = splitLines(text);
    expect(checkTotals(doc, lines).map((d) => [d.code, d.line])).toEqual([["reported-immediate-mismatch", 2]]);
  });

  it("does not call unknown statuses a mismatch when the stated count can still hold", () => {
    const items = [makeItem({ status: "completed" }), makeItem({ id: "i2", status: "unknown" }), makeItem({ id: "i3", status: "unknown" })];
    const holds = checkTotals(makeNotice({ reported: { issues_completed: 2 }, items }));
    expect(holds.map((d) => d.code)).toEqual(["reported-status-unchecked"]);
    const cannot = checkTotals(makeNotice({ reported: { issues_completed: 4 }, items }));
    expect(cannot.map((d) => `${d.code}: ${d.message}`)).toEqual(["reported-completed-mismatch: the notice states 4 problems completed, lists 1 (and 2 of unknown status)"]);
  });
});

describe("dates", () => {
  it("compares at the precision both dates have", () => {
    expect(compareDates("2024-05", "2024-05-20")).toBe(0);
    expect(compareDates("2024-04", "2024-05-20")).toBeLessThan(0);
    expect(compareDates("2025", "2024-12-31")).toBeGreaterThan(0);
  });

  it("a partial date is not out of order when it may be the same day", () => {
    const doc = makeNotice({ inspection: { ...makeNotice().inspection, end: "2023-06-20", feedback_date: "2023-06" } });
    expect(checkDates(doc)).toEqual([]);
  });

  it("checks publication against the inspection when there is no feedback date", () => {
    const doc = makeNotice({ inspection: { ...makeNotice().inspection, feedback_date: null }, published: "2023-04-01" });
    expect(checkDates(doc).map((d) => d.code)).toEqual(["published-before-inspection"]);
  });
});

describe("locate", () => {
  const lines = splitLines("标题\n共梳理出3个方面12个问题，制定整改措施45项。\n目前已整改完成的问题十个。\n2023年9月15日");
  it("finds the line of a stated total with the parser's rules, Chinese numerals included", () => {
    expect(locateStatement(lines, "issues_total", 12)).toBe(2);
    expect(locateStatement(lines, "measures_total", 45)).toBe(2);
    expect(locateStatement(lines, "issues_completed", 10)).toBe(3);
    expect(locateStatement(lines, "issues_completed", 11)).toBe(null);
  });
  it("reads each line from its start, whatever an earlier search left in the rules' regexes", () => {
    const two = splitLines("第一批已整改完成5个，涉及20个单位的整改工作正在推进\n已整改完成20个。");
    expect(locateStatement(two, "issues_completed", 20)).toBe(2);
    expect(locateStatement(two, "issues_completed", 20)).toBe(2);
  });
  it("finds the line of a date", () => {
    expect(locateDate(lines, "2023-09-15")).toBe(4);
    expect(locateDate(lines, "2023-09")).toBe(4);
    expect(locateDate(lines, "2023-10-01")).toBe(null);
  });
});

describe("missing-rectification-section", () => {
  const codes = (text: string) => checkNotice(parseMadeUp(text)).map((f) => f.code);
  it("is not reported when the items themselves report what was done under area headings", () => {
    expect(codes("某局党组关于巡察整改情况的通报\n一、党的领导方面\n1.学习不深入\n整改措施：建立学习制度。\n二、作风方面\n2.会议过多\n整改措施：精简会议。\n")).not.toContain("missing-rectification-section");
  });
  it("is reported when headings report on nothing done", () => {
    expect(codes("某局党组关于巡察整改情况的通报\n一、基本情况\n本局共有干部20人。\n二、工作打算\n持续巩固成果。\n")).toContain("missing-rectification-section");
  });
});
