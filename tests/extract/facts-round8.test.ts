// Document facts of round 8: a committee before its term in the round, a 回头看 of the
// rectification, a second phone without its area code, periods in working days from the notice's
// own date. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findRound, findKind, findCommentPeriod, findInspector, findTarget } from "../../src/extract/facts.js";
import { findContacts } from "../../src/extract/contact.js";
import { findReported } from "../../src/extract/reported.js";

describe("the round", () => {
  it("keeps the committee written before its term (县委十四届第五轮)", () => {
    expect(findRound("根据县委十四届第五轮巡察工作安排，县委第二巡察组对县水利局开展了巡察。")).toBe("县委十四届第五轮");
    expect(findRound("按照省委十二届第3轮巡视部署")).toBe("省委十二届第3轮");
    // the term before the committee, as before; a place name before 县委 is still not the owner's
    expect(findRound("十三届市委第六轮巡察")).toBe("十三届市委第六轮");
    expect(findRound("根据某某县委十四届第五轮巡察工作安排")).toBe("县委十四届第五轮");
  });
});

describe("a 回头看 of the rectification", () => {
  it("is the kind 巡察回头看 (巡视回头看)", () => {
    expect(findKind("关于巡察整改“回头看”情况的通报")).toBe("巡察回头看");
    expect(findKind("省委第三巡视组对某厅开展了巡视整改\"回头看\"。")).toBe("巡视回头看");
    expect(findKind("2024年3月，县委第一巡察组对县林业局开展了整改“回头看”。")).toBe("巡察回头看");
    // a plain 巡察 stays plain
    expect(findKind("县委第一巡察组对县林业局开展了巡察，并督促整改。")).toBe("巡察");
    // a 回头看 still to come is no kind of the inspection done
    expect(findKind("县委第一巡察组对县林业局开展了巡察。下一步，将适时开展“回头看”。")).toBe("巡察");
    expect(findKind("县委第一巡察组对县林业局开展了巡察，巡察办拟开展“回头看”。")).toBe("巡察");
    expect(findKind("县委第一巡察组对县林业局开展了巡察。局党组将坚持问题导向，对已完成的整改事项开展“回头看”。")).toBe("巡察");
  });
});

describe("a phone number listed without its area code after one with it", () => {
  const phones = (s: string) => findContacts([s]).phones;
  it("is in the first one's area, written as the first is", () => {
    expect(phones("联系电话：0851-1234567、7654321。")).toEqual(["0851-1234567", "0851-7654321"]);
    expect(phones("监督电话：(0736)7251234，7254321或7259876")).toEqual(["(0736)7251234", "(0736)7254321", "(0736)7259876"]);
    expect(phones("举报电话：010-65123456/65127890")).toEqual(["010-65123456", "010-65127890"]);
  });
  it("of another length, after a mobile or after another label, stays as written", () => {
    expect(phones("电话：0851-1234567、12345678")).toEqual(["0851-1234567", "12345678"]);
    expect(phones("电话：13912345678、7654321")).toEqual(["13912345678", "7654321"]);
    expect(phones("电话：0851-1234567；传真：7654321")).toEqual(["0851-1234567", "7654321"]);
  });
});

describe("a phone in brackets", () => {
  it("leaves the brackets out; an area code's own bracket, closed, stays", () => {
    expect(findContacts(["请通过电话(0991-4561234)或来信反映。"]).phones).toEqual(["0991-4561234"]);
    expect(findContacts(["电话：(0991)4561234，(+86-991)4567890"]).phones).toEqual(["(0991)4561234", "(+86-991)4567890"]);
  });
});

describe("a comment period in days from the notice's own date", () => {
  it("starts on the notice's date and has no end (working days need the holiday calendar)", () => {
    expect(findCommentPeriod("公示期：自本通报发布之日起5个工作日。", "2025-04-07")).toEqual({ start: "2025-04-07", end: null });
    expect(findCommentPeriod("公示期为即日起7天。", "2025-04-07")).toEqual({ start: "2025-04-07", end: null });
    expect(findCommentPeriod("如有意见建议，可自本通报发布之日起10个工作日内通过来信反映。", "2025-04-07")).toEqual({ start: "2025-04-07", end: null });
  });
  it("is read without 请/可 before it in a sentence that says how to reach the inspectors", () => {
    expect(findCommentPeriod("欢迎监督。自即日起10个工作日内，干部群众如有意见建议，请通过以下方式反映。", "2025-04-07")).toEqual({ start: "2025-04-07", end: null });
    expect(findCommentPeriod("欢迎监督，即日起至2025年4月20日，电话：0851-1234567。", "2025-04-07")).toEqual({ start: "2025-04-07", end: "2025-04-20" });
  });
  it("is null without the notice's date, and a measure's 自即日起 is none", () => {
    expect(findCommentPeriod("公示期：自发布之日起5个工作日。")).toBeNull();
    expect(findCommentPeriod("自即日起至2025年12月底开展专项整治，建立长效机制。", "2025-04-07")).toBeNull();
  });
});

describe("shapes met probing made-up notices (hospitals, villages, universities, state firms)", () => {
  it("the group in its fullest form, wherever it stands first", () => {
    expect(findInspector("关于县委第二巡察组巡察反馈意见整改情况的通报\n2024年4月，长丰县委第二巡察组对县水务局开展了巡察。")).toBe("长丰县委第二巡察组");
  });
  it("several groups named together (第一、二、三巡察组) are named as written", () => {
    expect(findInspector("县委第一、二、三巡察组分别对县财政局等9个单位党组织开展了常规巡察。")).toBe("县委第一、二、三巡察组");
    expect(findInspector("市委第四和第五巡察组对市直12个部门开展了巡察。")).toBe("市委第四和第五巡察组");
    expect(findInspector("县委第一至第四巡察组对12个县直单位开展了常规巡察。")).toBe("县委第一至第四巡察组");
  });
  it("the round in its fullest mention, not another round's", () => {
    expect(findRound("关于县委第二轮巡察整改情况的通报\n县委十五届第二轮巡察于2024年4月开展。")).toBe("县委十五届第二轮");
    expect(findRound("关于市委第二轮巡察整改情况的通报\n此前，市委十三届第一轮巡察已经完成。")).toBe("市委第二轮");
  });
  it("the unit inspected by a kind written with brackets (开展了村（社区）巡察)", () => {
    expect(findTarget("区委第三巡察组对某某社区党委开展了村（社区）巡察。")).toBe("某某社区党委");
  });
  it("an invitation whose words of comment stand before it in its sentence", () => {
    expect(findCommentPeriod("如有意见，请于2025年1月3日前发送邮件至tsg@example.edu.cn。", "2024-12-27")).toEqual({ start: "2024-12-27", end: "2025-01-03" });
  });
  it("problems done in part (阶段性完成2个) are in progress", () => {
    expect(findReported("目前，已完成整改24个，阶段性完成2个。")).toMatchObject({ issues_completed: 24, issues_in_progress: 2 });
    expect(findReported("目前，已完成整改10个，基本完成2个。")).toMatchObject({ issues_completed: 10, issues_in_progress: 2 });
    expect(findReported("已完成整改10个，基本整改到位3个。")).toMatchObject({ issues_completed: 10, issues_in_progress: 3 });
    expect(findReported("已完成整改10个，部分完成整改1个。")).toMatchObject({ issues_completed: 10, issues_in_progress: 1 });
    expect(findReported("反馈问题26个，已完成24个，阶段性整改2个。").issues_in_progress).toBe(2);
  });
  it("a named kind of 党纪 or 政务 sanction counts its people", () => {
    expect(findReported("给予党内警告处分1人。").people_held_accountable).toBe(1);
    expect(findReported("给予党内严重警告处分2人，政务记过处分1人。").people_held_accountable).toBe(3);
    // a stated 问责N人 still wins over its breakdown
    expect(findReported("问责5人，其中给予留党察看处分2人。").people_held_accountable).toBe(5);
  });
});
