// Document facts of round 11: phones set with brackets, spaces and full-width dashes; the rate of
// problems against the rate of tasks; names that hold 九成/八成; a bulletin's masthead and its date.
// Each sentence is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { findReported } from "../../src/extract/reported.js";
import { findContacts } from "../../src/extract/contact.js";
import { foldString } from "../../src/normalize/fold.js";
import { findKind, findInspectionDates } from "../../src/extract/facts.js";

const parse = (text: string) => parseText(text, { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
// (as the pipeline gives them: matched folded, read back as written)
const phones = (...lines: string[]) => findContacts(lines.map((w) => ({ text: foldString(w), written: w }))).phones;

describe("phones set with an area code in brackets, spaces or a full-width dash", () => {
  it("reads a seven-digit local number set 4 + 3 after its area code", () => {
    expect(phones("联系电话：(0551) 6543 210；电子邮箱：ab@c.cn")).toEqual(["(0551)6543210"]);
    // (no bracket: the space after the area code is a dash, as for 0415 1234567)
    expect(phones("举报电话：0551 6543 210")).toEqual(["0551-6543210"]);
    expect(phones("监督电话：0551-6543 210")).toEqual(["0551-6543210"]);
    // with the country code too
    expect(phones("电话：+86 551 6543 210")).toEqual(["+86-551-6543210"]);
  });
  it("keeps full-width brackets and dashes as written", () => {
    expect(phones("联系电话：（0551）65432109")).toEqual(["（0551）65432109"]);
    expect(phones("联系电话：0551－6543210")).toEqual(["0551－6543210"]);
    expect(phones("联系电话：（0551）6543 2109")).toEqual(["（0551）65432109"]);
  });
  it("never reads a sum, an ID number or a date as a phone", () => {
    expect(phones("联系电话：0551-6543210，收回资金3054321元。")).toEqual(["0551-6543210"]);
    expect(phones("联系电话：65432109，涉及金额65432100万元")).toEqual(["65432109"]);
    expect(phones("举报电话：0551-6543210，身份证号340102198807154321")).toEqual(["0551-6543210"]);
    expect(phones("举报电话：0551-6543210，身份证号34010219880715432X")).toEqual(["0551-6543210"]);
    expect(phones("电话：0551-6543210，受理时间：20250602至20250611")).toEqual(["0551-6543210"]);
    expect(phones("电话：0551-6543210，截止日期20250611")).toEqual(["0551-6543210"]);
    // (nor two such set out as a span)
    expect(phones("联系电话：0551-6543210，20250601—20250610期间受理")).toEqual(["0551-6543210"]);
    // eight digits that read as a day but follow no word of dates are a local number
    expect(phones("值班电话：20250611")).toEqual(["20250611"]);
    expect(phones("电话：20250611、20250612")).toEqual(["20250611", "20250612"]);
  });
});

describe("the rate of problems and the rate of tasks", () => {
  it("the problems' rate is completion_rate, in either order", () => {
    expect(findReported("反馈问题15个，整改任务完成率86.7%，问题整改率93.3%。").completion_rate).toBe(0.933);
    expect(findReported("反馈问题15个，问题整改率93.3%，整改任务完成率86.7%。").completion_rate).toBe(0.933);
    // a bare 整改完成率 is the problems' (整改 is done to problems)
    expect(findReported("整改任务完成率80%，整改完成率90%。").completion_rate).toBe(0.9);
    expect(findReported("整改完成率90%，整改措施落实率80%。").completion_rate).toBe(0.9);
  });
  it("a rate of tasks or measures alone is still read", () => {
    expect(findReported("整改任务完成率86.7%。").completion_rate).toBe(0.867);
    expect(findReported("共制定整改措施30条，措施落实率90%。").completion_rate).toBe(0.9);
  });
  it("the same in a table's labels", () => {
    expect(findReported("\n整改任务完成率 问题整改完成率\n80% 90%").completion_rate).toBe(0.9);
    expect(findReported("\n问题整改完成率 整改任务完成率\n90% 80%").completion_rate).toBe(0.9);
  });
});

describe("names that hold 九成 or 八成", () => {
  it("are no rate, nor any total", () => {
    expect(findReported("高九成同志牵头整改，反馈问题10个，已整改完成8个。")).toEqual({ issues_total: 10, issues_completed: 8 });
    expect(findReported("由李八成同志负责，整改完成8个。").completion_rate).toBeUndefined();
    expect(findContacts(["联系人：高九成，联系电话：13912345678"]).phones).toEqual(["13912345678"]);
  });
  it("a rate stated in tenths after its word is read", () => {
    expect(findReported("高九成同志牵头，整改完成率达八成以上。").completion_rate).toBe(0.8);
    expect(findReported("问题整改完成率为9成。").completion_rate).toBe(0.9);
    // (not 成 that makes a word: 九成员)
    expect(findReported("整改完成率九成员").completion_rate).toBeUndefined();
  });
});

describe("a bulletin's masthead above the title", () => {
  const body = "\n\n县委第二巡察组对县水务局党组开展了巡察，并于5月8日反馈了巡察意见。\n一、整改情况\n已完成整改问题5个。\n如有意见，请于7月1日至7月7日反映。联系电话：0551-6543210\n";
  it("is no part of the title; its letterhead is the issuer, its date dates the notice", () => {
    // the letterhead with the date on its line, a blank line, the title (normalize joins them)
    const doc = parse(`第3期\n\n中共某某县委巡察工作领导小组办公室      2025年6月30日\n\n关于县水务局党组巡察整改情况的通报${body}`);
    expect([doc.title, doc.issuer, doc.published]).toEqual(["关于县水务局党组巡察整改情况的通报", "中共某某县委巡察工作领导小组办公室", null]);
    // (a masthead's date is no signature, but gives the year to the feedback and the comment period)
    expect([doc.inspection.feedback_date, doc.comment_period]).toEqual(["2025-05-08", { start: "2025-07-01", end: "2025-07-07" }]);
  });
  it("its name and issue on one line, its date in Chinese numerals", () => {
    const doc = parse(`巡察工作简报\n第12期\n中共某某县委巡察工作领导小组办公室　　二〇二五年六月三十日\n\n关于县水务局党组巡察整改情况的通报${body}`);
    expect([doc.title, doc.issuer, doc.inspection.feedback_date]).toEqual(["关于县水务局党组巡察整改情况的通报", "中共某某县委巡察工作领导小组办公室", "2025-05-08"]);
  });
  it("the letterhead with its issue right above the title, no blank line between", () => {
    const doc = parse(`中共某某县委巡察工作领导小组办公室2025年第6期\n关于县水务局党组巡察整改情况的通报${body}`);
    expect([doc.title, doc.issuer]).toEqual(["关于县水务局党组巡察整改情况的通报", "中共某某县委巡察工作领导小组办公室"]);
    // (an issue is no date: the year stays unknown)
    expect(doc.comment_period).toBeNull();
    const total = parse(`某某市纪委监委简报 总第37期\n\n关于县水务局党组巡察整改情况的通报${body}`);
    expect(total.title).toBe("关于县水务局党组巡察整改情况的通报");
  });
  it("its letterhead with the word or label of who edits it (…巡察办编, 编印：…)", () => {
    const doc = parse(`巡察工作动态\n第3期（总第45期）\n中共某某县委巡察工作领导小组办公室编            2025年6月30日\n\n关于县水务局党组巡察整改情况的通报${body}`);
    expect([doc.title, doc.issuer, doc.comment_period]).toEqual(["关于县水务局党组巡察整改情况的通报", "中共某某县委巡察工作领导小组办公室", { start: "2025-07-01", end: "2025-07-07" }]);
    const label = parse(`编印：中共某某县委巡察办    2025年6月30日\n\n关于县水务局党组巡察整改情况的通报${body}`);
    expect([label.title, label.issuer]).toEqual(["关于县水务局党组巡察整改情况的通报", "中共某某县委巡察办"]);
  });
  it("a date alone between the letterhead and the title", () => {
    const doc = parse(`中共某某县委巡察工作领导小组办公室\n\n2025年6月30日\n\n关于县水务局党组巡察整改情况的通报${body}`);
    expect([doc.title, doc.issuer, doc.published, doc.inspection.feedback_date]).toEqual(["关于县水务局党组巡察整改情况的通报", "中共某某县委巡察工作领导小组办公室", null, "2025-05-08"]);
  });
  it("gives way to the sign-off's date and issuer", () => {
    const doc = parse(`中共某某县委巡察工作领导小组办公室  2025年6月30日\n\n关于县水务局党组巡察整改情况的通报${body}\n中共某某县水务局党组\n2024年6月30日\n`);
    expect([doc.issuer, doc.published, doc.inspection.feedback_date]).toEqual(["中共某某县水务局党组", "2024-06-30", "2024-05-08"]);
  });
});

describe("counts said with 已有 and 未…", () => {
  it("已有N个问题整改完成 is a count done", () => {
    expect(findReported("截至目前，已有17个问题整改完成。")).toEqual({ issues_completed: 17 });
    expect(findReported("反馈问题20个，已有17个整改到位。")).toEqual({ issues_total: 20, issues_completed: 17 });
    // (not a count of something else)
    expect(findReported("已有3个项目完成验收。")).toEqual({});
  });
  it("未办结N个 / 尚未完成N个 after a clause break is in progress", () => {
    expect(findReported("反馈问题20个，已办结17个，未办结3个。")).toEqual({ issues_total: 20, issues_completed: 17, issues_in_progress: 3 });
    expect(findReported("反馈问题20个，已销号17个、尚未销号3个。").issues_in_progress).toBe(3);
    // (measures not finished are no problems in hand)
    expect(findReported("制定整改措施60条，已完成55条，未完成5条。").issues_in_progress).toBeUndefined();
  });
});

describe("a kind named by a group", () => {
  it("is the kind only when no other is named", () => {
    expect(findKind("县委巡察办组建联动巡察组，对某某村开展了村级巡察。")).toBe("村级巡察");
    expect(findKind("省委专项巡视组对某某厅党组开展了巡视。")).toBe("专项巡视");
  });
});

describe("a count done after all of them", () => {
  it("N个问题已整改完成M个 is M done, not N", () => {
    expect(findReported("截至目前，20个问题已整改完成17个。")).toEqual({ issues_total: 20, issues_completed: 17 });
    expect(findReported("20个问题已整改完成。")).toEqual({ issues_total: 20, issues_completed: 20 });
  });
  it("a count wrapped at a page's width between its number and its word is read", () => {
    const wrapped = "学校党委对照巡视反馈的3个方面20个问题，逐项制定整改措施。截至目前，20个问题已整改完成17\n个，3个正在推进。";
    expect(findReported(wrapped)).toEqual({ issues_total: 20, issues_completed: 17, issues_in_progress: 3 });
    // (not after a short line: a table's row)
    expect(findReported("\n反馈问题 已完成\n20 17\n个").issues_completed).toBe(17);
    expect(findReported("已整改完成\n17\n个问题").issues_completed).toBeUndefined();
  });
});

describe("a rectification period beside the inspection's dates", () => {
  it("is no inspection period, and the feedback keeps its year", () => {
    expect(findInspectionDates("2025年3月，市委第二巡察组对某某局党组开展了巡察，6月10日反馈了巡察意见。巡察反馈意见集中整改期为2025年6月11日至9月10日。")).toEqual({ start: "2025-03", end: null, feedback_date: "2025-06-10" });
    expect(findInspectionDates("2025年3月至5月，市委第二巡察组对某某局党组开展了巡察，6月10日反馈了意见，集中整改时间为2025年6月11日至2025年9月10日。")).toEqual({ start: "2025-03", end: "2025-05", feedback_date: "2025-06-10" });
    expect(findInspectionDates("县委第一巡察组于2025年3月对某局开展了巡察，巡察整改期限为2025年6月至9月。").end).toBeNull();
    // (the inspection's own span is still read)
    expect(findInspectionDates("2025年3月10日至5月10日，县委第一巡察组对县水利局党组开展了巡察。")).toEqual({ start: "2025-03-10", end: "2025-05-10", feedback_date: null });
  });
  it("a date under a 反馈 label after it is the feedback's", () => {
    expect(findInspectionDates("县委第一巡察组于2025年3月对某局开展了巡察。整改期限：2025年6月11日—9月10日，反馈时间：2025年6月10日。").feedback_date).toBe("2025-06-10");
  });
});

describe("persons held to account named before their count", () => {
  it("the count after 等 is read, whatever numeral a name holds", () => {
    expect(findReported("问责李八成等2人。")).toEqual({ people_held_accountable: 2 });
    expect(findReported("对张某某、高九成等3名责任人进行了问责。")).toEqual({ people_held_accountable: 3 });
    expect(findReported("给予王某、赵九成等2人诫勉谈话。")).toEqual({ people_held_accountable: 2 });
  });
  it("not a count of something else, nor a talk that holds no one to account", () => {
    expect(findReported("对违规发放津贴补贴等3个问题进行了问责。")).toEqual({});
    expect(findReported("对村干部等5人进行了约谈提醒。")).toEqual({});
  });
});
