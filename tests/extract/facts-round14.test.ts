// Facts of round 14: joint sign-offs with a stationed discipline-inspection group, breakdowns of
// persons after 其中, titles, kinds of problems in hand, masked phones. Every sentence is made up.
import { describe, it, expect } from "vitest";
import { parseBytes } from "../../src/index.js";
import { findSignoff, findTitle, findPageDate, findHeader, findInspectionDates, findCommentPeriod, issuerFromTitle, type TextLine } from "../../src/extract/facts.js";
import { findPeriods } from "../../src/extract/dates.js";
import { findReported } from "../../src/extract/reported.js";
import { findContacts } from "../../src/extract/contact.js";

const parse = (...lines: string[]) => parseBytes(new TextEncoder().encode(lines.join("\n") + "\n"), { path: "t.txt" });
const l = (...texts: string[]): TextLine[] => texts.map((t, k) => ({ text: t, written: t, line: k + 1 }));
const body = [
  "关于某某区商务局党组巡察整改情况的通报",
  "根据区委统一部署，2025年4月1日至5月30日，区委第一巡察组对区商务局党组开展了常规巡察。",
  "一、整改落实情况",
  "（一）合同管理不规范。",
  "整改情况：已修订合同管理办法。",
  "",
];

describe("a joint sign-off with the discipline-inspection group stationed at the unit", () => {
  it("gives the unit as the issuer, the group on the next line", () => {
    expect(findSignoff(l("欢迎监督。", "中共某某区商务局党组", "驻区商务局纪检监察组", "2025年7月2日")).issuer).toBe("中共某某区商务局党组");
    expect(findSignoff(l("欢迎监督。", "某某集团有限公司党委", "中央纪委国家监委驻某某集团纪检监察组（代章）", "2025年7月2日")).issuer).toBe("某某集团有限公司党委");
  });
  it("gives the unit when both stand on one line set apart by spaces, or with the date after them", () => {
    expect(findSignoff(l("欢迎监督。", "某某区商务局党组　　区纪委监委派驻第三纪检组", "2025年7月2日")).issuer).toBe("某某区商务局党组");
    expect(findSignoff(l("欢迎监督。", "某某区商务局党组  驻区商务局纪检组  2025年7月2日")).issuer).toBe("某某区商务局党组");
  });
  it("leaves out the seal mark after each organisation on one line", () => {
    expect(findSignoff(l("欢迎监督。", "某某集团有限公司党委（代章）  驻某某集团纪检监察组（代章）", "2025-07-10")).issuer).toBe("某某集团有限公司党委");
    expect(findSignoff(l("欢迎监督。", "某某集团有限公司党委（盖章）  某某集团有限公司（盖章）", "2025-07-10")).issuer).toBe("某某集团有限公司党委 某某集团有限公司");
  });
  it("gives the unit when the date stands above them", () => {
    expect(findSignoff(l("欢迎监督。", "2025年7月2日", "某某区商务局党组", "驻区商务局纪检组")).issuer).toBe("某某区商务局党组");
  });
  it("keeps a group that signs alone, and two units that sign together", () => {
    expect(findSignoff(l("欢迎监督。", "区纪委监委派驻第二纪检监察组（代章）", "2025年7月2日")).issuer).toBe("区纪委监委派驻第二纪检监察组");
    expect(findSignoff(l("欢迎监督。", "中共某某镇委员会", "某某镇人民政府", "2025年7月2日")).issuer).toBe("中共某某镇委员会 某某镇人民政府");
    // (two units and the group: the units)
    expect(findSignoff(l("欢迎监督。", "中共某某镇委员会", "某某镇人民政府", "驻镇纪检组", "2025年7月2日")).issuer).toBe("中共某某镇委员会 某某镇人民政府");
  });
  it("reads so through the whole pipeline, with the group's borrowed seal on a line of its own", () => {
    const n = parse(...body, "中共某某区商务局党组", "驻区商务局纪检监察组", "（代章）", "2025年7月2日");
    expect(n.issuer).toBe("中共某某区商务局党组");
    expect(n.published).toBe("2025-07-02");
  });
});

describe("a count of persons after 其中 is a breakdown, never the total held accountable", () => {
  it("fills nothing when no total is stated", () => {
    expect(findReported("巡察反馈问题12个，已完成整改11个。其中问责3人。").people_held_accountable).toBeUndefined();
    expect(findReported("处理干部5人，其中问责2人。").people_held_accountable).toBeUndefined();
    expect(findReported("共处理6人，其中，追责问责2人。").people_held_accountable).toBeUndefined();
    expect(findReported("共处理6人，其中2人被问责。").people_held_accountable).toBeUndefined();
    expect(findReported("共处理6人，其中对3名干部进行了诫勉谈话。").people_held_accountable).toBeUndefined();
  });
  it("nor does a further count of persons listed after it", () => {
    expect(findReported("共处理5人，其中党纪处分2人，诫勉谈话1人。").people_held_accountable).toBeUndefined();
    expect(findReported("共处理5人，其中政务处分2人、组织处理1人、诫勉1人。").people_held_accountable).toBeUndefined();
  });
  it("keeps the stated total before it, and a count after a 其中 about something else", () => {
    expect(findReported("问责7人，其中给予党纪处分3人。").people_held_accountable).toBe(7);
    expect(findReported("反馈问题12个，其中党建方面5个，已问责3人。").people_held_accountable).toBe(3);
    expect(findReported("党纪处分2人，诫勉谈话3人。").people_held_accountable).toBe(5);
  });
});

describe("titles of round 14", () => {
  it("drop book-title marks set around the whole title", () => {
    expect(findTitle(l("《某某医院党委关于市委第一巡察组反馈意见整改情况的报告》", "按照市委部署，开展了巡察。")).title).toBe("某某医院党委关于市委第一巡察组反馈意见整改情况的报告");
    // (a title split in two inside the marks too; a book named inside keeps its marks)
    expect(findTitle(l("《关于某某镇党委巡察整改", "情况的通报》", "根据县委部署，开展了巡察。")).title).toBe("关于某某镇党委巡察整改情况的通报");
    expect(findTitle(l("关于落实《巡察工作条例》整改情况的通报", "正文。")).title).toBe("关于落实《巡察工作条例》整改情况的通报");
  });
  it("drop quotes set around the whole title, not a quoted name inside it", () => {
    expect(findTitle(l("“关于某某局党组巡察整改情况的通报”", "正文。")).title).toBe("关于某某局党组巡察整改情况的通报");
    expect(findTitle(l("“三重一大”巡察整改情况的通报", "正文。")).title).toBe("“三重一大”巡察整改情况的通报");
  });
  it("leave out a column's name set in quotes on the line above", () => {
    expect(findTitle(l("“巡察整改进行时”", "关于某某局党组巡察整改情况的通报", "正文。")).title).toBe("关于某某局党组巡察整改情况的通报");
    expect(findTitle(l("「巡察整改」", "关于某某局党组巡察整改情况的通报", "正文。")).title).toBe("关于某某局党组巡察整改情况的通报");
  });
  it("name no issuer by a name cut inside a document's title in book-title marks", () => {
    expect(issuerFromTitle("关于印发《某某局党组巡察整改方案》的通知")).toBeNull();
    expect(issuerFromTitle("某某局党组关于巡察整改情况的通报")).toBe("某某局党组");
  });
  it("go on past 情况 with 的通报 or 的报告 set on the line below", () => {
    expect(findTitle(l("关于县委第三巡察组反馈意见", "整改进展情况", "的通报", "根据县委部署，开展了巡察。")).title).toBe("关于县委第三巡察组反馈意见整改进展情况的通报");
    expect(findTitle(l("关于巡察整改情况", "的报告", "正文。")).title).toBe("关于巡察整改情况的报告");
    // (a sentence below is no part of it)
    expect(findTitle(l("关于巡察整改进展情况", "通报如下。")).title).toBe("关于巡察整改进展情况");
  });
});

describe("in-progress counts of several kinds, 需长期坚持 among them", () => {
  it("add up when with those done they make the total", () => {
    expect(findReported("共梳理出问题清单15条，已完成整改13个，基本完成1个，需长期坚持1个。")).toMatchObject({ issues_total: 15, issues_completed: 13, issues_in_progress: 2 });
    expect(findReported("反馈问题10个，已整改到位7个，正在整改2个，常态化推进1个。")).toMatchObject({ issues_in_progress: 3 });
  });
  it("add up to the entries of the notice's own list of problems, when it splits the feedback's into more", () => {
    expect(findReported("巡察反馈问题12个，梳理形成问题清单15条。已完成整改13个，基本完成1个，需长期坚持1个。")).toMatchObject({ issues_total: 12, issues_completed: 13, issues_in_progress: 2 });
    expect(findReported("巡察反馈问题12个，梳理形成问题清单16条。已完成整改13个，基本完成1个，需长期坚持1个。").issues_in_progress).toBe(1);
  });
  it("do not when they do not", () => {
    expect(findReported("反馈问题12个，已完成整改10个，基本完成1个，需长期坚持3个。").issues_in_progress).toBe(1);
  });
});

describe("a phone whose area code is masked (0xxx-1234567)", () => {
  it("is kept whole, as written", () => {
    expect(findContacts(["联系人：张某某，电话：0xxx-1234567"]).phones).toEqual(["0xxx-1234567"]);
    expect(findContacts(["监督电话：(0XXX)12345678；邮箱：a@b.cn"]).phones).toEqual(["(0XXX)12345678"]);
  });
  it("leaves other phones and a mailbox's name alone", () => {
    expect(findContacts(["联系电话：0415-1234567，电子邮箱：0xx@163.com"])).toMatchObject({ phones: ["0415-1234567"], emails: ["0xx@163.com"] });
  });
});

describe("totals of round 14", () => {
  it("read a list of problems drawn up (梳理形成问题清单15条) as the total when no feedback count is stated", () => {
    expect(findReported("梳理形成问题清单15条，细化整改措施48条。")).toMatchObject({ issues_total: 15, measures_total: 48 });
    expect(findReported("巡察反馈问题12个，梳理形成问题清单15条。").issues_total).toBe(12);
  });
  it("read a list of tasks beside it as the measures, unless measures are counted", () => {
    expect(findReported("共梳理出问题清单15条、任务清单48项、责任清单20条。")).toMatchObject({ issues_total: 15, measures_total: 48 });
    expect(findReported("制定整改任务清单40项，整改措施48条。").measures_total).toBe(48);
    expect(findReported("建立责任清单20条。").measures_total).toBeUndefined();
  });
  it("read problems kept up over time after a count as in progress", () => {
    expect(findReported("反馈问题12个，已整改完成10个，剩余2个需长期坚持。").issues_in_progress).toBe(2);
    expect(findReported("反馈问题12个，已完成整改11个，1个需长期坚持。").issues_in_progress).toBe(1);
    expect(findReported("反馈问题12个，已完成整改11个，其余1个属于常态化推进。").issues_in_progress).toBe(1);
    // (not a count of measures kept up)
    expect(findReported("制定整改措施20条，已完成18条，2条需长期坚持。").issues_in_progress).toBeUndefined();
  });
});

describe("a WeChat byline's date (某某清风  2025-07-01 09:30  发表于河南)", () => {
  it("dates the page, as 发布时间 does", () => {
    expect(findPageDate("某某清风  2025-07-01 09:30  发表于河南\n正文")).toBe("2025-07-01");
    expect(findPageDate("标题\r\n原创 某某清风 2025年07月01日 09:30 河南\r\n")).toBe("2025-07-01");
    // (a sentence that names a time is no byline, nor a long line)
    expect(findPageDate("2025年5月30日 9:30，召开巡察反馈会。\n")).toBeNull();
    expect(findPageDate(`${"某".repeat(90)} 2025-07-01 09:30\n`)).toBeNull();
  });
  it("gives the year to a period that leaves it out, and is no signature", () => {
    const n = parse("关于某某局党组巡察整改情况的通报", "某某清风  2025-07-01 09:30  发表于河南", "", "县委第三巡察组于3月10日至5月10日对某某局党组开展了巡察。", "一、整改情况", "1.台账不全。整改措施：补齐台账。已完成。", "", "某某局党组");
    expect(n.inspection).toMatchObject({ start: "2025-03-10", end: "2025-05-10" });
    expect(n.published).toBeNull();
  });
});

describe("the issuer printed under the title's bracketed date", () => {
  it("is read as the one printed over it is", () => {
    expect(findHeader(l("关于巡察反馈意见整改落实情况的报告", "（2025年8月12日）", "中共某某县某某乡委员会", "2025年3月，县委第二巡察组开展了巡察。"), 0)).toEqual({ issuer: "中共某某县某某乡委员会", published: "2025-08-12", end: 3 });
    expect(findHeader(l("关于巡察反馈意见整改落实情况的报告", "中共某某县某某乡委员会", "（2025年8月12日）", "正文。"), 0)).toEqual({ issuer: "中共某某县某某乡委员会", published: "2025-08-12", end: 3 });
  });
  it("is no sentence of the text", () => {
    expect(findHeader(l("关于巡察反馈意见整改落实情况的报告", "（2025年8月12日）", "2025年3月，县委第二巡察组开展了巡察。"), 0).issuer).toBeNull();
  });
});

describe("a span set with a doubled dash (——) or an en dash (–)", () => {
  it("is the inspection period, with or without the year", () => {
    expect(findInspectionDates("市委第一巡察组于3月10日——5月10日对某医院开展了巡察。", "2025-08-01")).toMatchObject({ start: "2025-03-10", end: "2025-05-10" });
    expect(findInspectionDates("2025年3月10日——5月10日，市委第一巡察组对某医院开展了巡察。")).toMatchObject({ start: "2025-03-10", end: "2025-05-10" });
    expect(findInspectionDates("市委第一巡察组于2025年3月10日–5月10日对某医院开展了巡察。")).toMatchObject({ start: "2025-03-10", end: "2025-05-10" });
    expect(findInspectionDates("2025年3月——5月，市委第一巡察组对某医院开展了巡察。")).toMatchObject({ start: "2025-03", end: "2025-05" });
    expect(findInspectionDates("2025.3.10——5.10，市委第一巡察组对某医院开展了巡察。")).toMatchObject({ start: "2025-03-10", end: "2025-05-10" });
  });
  it("is a comment period, and a figure's period of months", () => {
    expect(findCommentPeriod("请于2025年9月10日——20日期间反映。", "2025-09-01")).toEqual({ start: "2025-09-10", end: "2025-09-20" });
    expect(findPeriods("2024年1月——9月实现产值480万元")[0]).toMatchObject({ start: "2024-01", end: "2024-09" });
    expect(findPeriods("2022——2023年共投入120万元")[0]).toMatchObject({ start: "2022", end: "2023" });
  });
});
