// Document facts in shapes met while sweeping made-up openings and closings of notices from other
// provinces, levels and units. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findRound, findInspectionDates, findCommentPeriod, issuerFromTitle, findTitle, findTarget } from "../../src/extract/facts.js";

describe("round: the year before the body that runs it", () => {
  it("keeps both, in the order written", () => {
    expect(findRound("2024年度集团党委第一轮巡察期间，集团党委第二巡察组对某公司开展了巡察")).toBe("2024年度集团党委第一轮");
    expect(findRound("根据二〇二四年公司党委第二轮巡察工作安排")).toBe("二〇二四年公司党委第二轮");
    expect(findRound("按照2024年 市委第一轮巡察统一部署")).toBe("2024年市委第一轮");
  });
  it("reads a round set with spaces around its number (2024 年第 2 轮), given without them", () => {
    expect(findRound("根据区委2023 年第 3 轮巡察工作安排")).toBe("区委2023年第3轮");
    expect(findRound("按照集团党委 第 2 轮巡察部署")).toBe("集团党委第2轮");
  });
});

describe("the deadline for the public's comments", () => {
  it("is the comment period's end, from the notice's own date", () => {
    expect(findCommentPeriod("意见反馈截止时间：2024年8月11日。", "2024-08-01")).toEqual({ start: "2024-08-01", end: "2024-08-11" });
    expect(findCommentPeriod("公示截止日期为2024年8月11日。", "2024-08-01")).toEqual({ start: "2024-08-01", end: "2024-08-11" });
  });
  it("is no feedback date of the inspection", () => {
    expect(findInspectionDates("意见反馈截止时间：2024年8月11日。", "2024-08-01").feedback_date).toBeNull();
    expect(findInspectionDates("公示期至2024年8月11日，意见可反馈至邮箱。", "2024-08-01").feedback_date).toBeNull();
    // a sentence that gives the feedback and then says the notice is made public keeps its date
    expect(findInspectionDates("县委第三巡察组于2024年4月8日至5月31日进行了巡察，6月24日进行了反馈，现将整改情况予以公示。", "2024-09-02").feedback_date).toBe("2024-06-24");
  });
});

describe("issuer from a title that speaks of the notice's own unit", () => {
  it("我局, 本单位 name no organisation", () => {
    expect(issuerFromTitle("关于市委第三巡察组对我局巡察反馈意见整改情况的通报")).toBeNull();
    expect(issuerFromTitle("关于对本单位巡察整改情况的通报")).toBeNull();
    expect(issuerFromTitle("关于市委第二巡察组对县人民医院党委巡察整改情况的通报")).toBe("县人民医院党委");
  });
  it("a name that opens with 本 (本溪, 本钢) is a name", () => {
    expect(issuerFromTitle("关于市委第八巡察组对本溪高新区党工委巡察整改情况的通报")).toBe("本溪高新区党工委");
    expect(issuerFromTitle("关于集团党委第一巡察组对本钢板材公司党委巡察整改情况的通报")).toBe("本钢板材公司党委");
    expect(issuerFromTitle("关于对本局党组巡察整改情况的通报")).toBeNull();
  });
});

describe("feedback date: 反馈 naming the problems, and a date things stand at", () => {
  const P = "2024年3月5日至4月30日，市委第五巡察组对市局党组开展了常规巡察。";
  it("a meeting on the feedback's rectification is no feedback", () => {
    expect(findInspectionDates(`${P}2024年6月10日，局党组召开巡察反馈意见整改工作部署会。`, "2024-08-01").feedback_date).toBeNull();
  });
  it("截至 a date, the problems fed back stand at a count: no feedback date", () => {
    expect(findInspectionDates(`${P}截至2024年7月底，反馈问题已整改完成30个。`, "2024-08-01").feedback_date).toBeNull();
  });
  it("the act itself is still read", () => {
    expect(findInspectionDates(`${P}6月5日，巡察组向局党组反馈了巡察意见。6月10日，局党组召开巡察反馈意见整改部署会。`, "2024-08-01").feedback_date).toBe("2024-06-05");
    expect(findInspectionDates("2024年6月5日，巡察组反馈问题35个。", "2024-08-01").feedback_date).toBe("2024-06-05");
  });
});

describe("title: a WeChat column name set off by a bar", () => {
  const lines = (...t: string[]) => t.map((text, k) => ({ text, written: text, line: k + 1 }));
  it("is not part of the title", () => {
    expect(findTitle(lines("巡察整改丨中共某某县水利局党组关于巡察整改情况的通报", "根据县委统一部署，……")).title).toBe("中共某某县水利局党组关于巡察整改情况的通报");
    expect(findTitle(lines("巡察整改 | 某某县水利局党组关于巡察整改进展情况的通报", "根据县委统一部署，……")).title).toBe("某某县水利局党组关于巡察整改进展情况的通报");
  });
});

describe("issuer: the organisation a title opens with, without 关于", () => {
  it("is read before 巡察 or 落实", () => {
    expect(issuerFromTitle("某某县水利局党组巡察整改情况公示")).toBe("某某县水利局党组");
    expect(issuerFromTitle("中共某某县委员会落实县委巡察反馈意见整改情况的报告")).toBe("中共某某县委员会");
  });
  it("is read after a 关于 that opens the title, without it", () => {
    expect(issuerFromTitle("关于县水利局党组巡察整改情况的通报")).toBe("县水利局党组");
    expect(issuerFromTitle("关于县委第二巡察组巡察反馈意见整改情况的通报")).toBeNull();
  });
  it("not the committee that runs the inspection, nor words that name none", () => {
    expect(issuerFromTitle("市委巡察组巡察整改情况的通报")).toBeNull();
    expect(issuerFromTitle("某某县委巡察整改情况通报")).toBeNull();
    expect(issuerFromTitle("县委第三巡察组反馈意见整改情况通报")).toBeNull();
    expect(issuerFromTitle("2024年度巡察整改情况通报")).toBeNull();
  });
});

describe("a preamble of labelled facts (巡察对象：…, 反馈时间：…)", () => {
  it("reads the target from its label", () => {
    expect(findTarget("巡察组别：县委第三巡察组\n巡察对象：县水利局党组\n巡察时间：2024年3月5日至4月30日")).toBe("县水利局党组");
    expect(findTarget("被巡察单位：某某镇党委")).toBe("某某镇党委");
  });
  it("反馈时间 naming one day is the group's feedback, no comment period", () => {
    expect(findCommentPeriod("巡察时间：2024年3月5日至4月30日\n反馈时间：2024年6月5日", "2024-08-05")).toBeNull();
    expect(findCommentPeriod("反馈时间：2024年6月5日\n公示时间：2024年8月5日至8月11日", "2024-08-05")).toEqual({ start: "2024-08-05", end: "2024-08-11" });
  });
});

describe("a 反馈 label that gives a span (反馈时间：2024年3月1日至3月31日)", () => {
  it("is the comment period, and no feedback date", () => {
    const text = "欢迎广大干部群众监督。反馈时间：2024年9月2日至9月13日。联系电话：0411-87654321。";
    expect(findCommentPeriod(text, "2024-09-02")).toEqual({ start: "2024-09-02", end: "2024-09-13" });
    expect(findInspectionDates(text, "2024-09-02").feedback_date).toBeNull();
    expect(findCommentPeriod("反馈日期：2024年9月2日—13日", "2024-09-02")).toEqual({ start: "2024-09-02", end: "2024-09-13" });
    expect(findInspectionDates("意见反馈时间为2024年9月2日至2024年9月13日", "2024-09-02").feedback_date).toBeNull();
  });
  it("is not the inspection's period either, and leaves the group's feedback day alone", () => {
    const d = findInspectionDates("2024年7月15日，县委第二巡察组反馈了巡察意见，反馈时间为2024年9月2日至9月13日。", "2024-09-02");
    expect(d).toEqual({ start: null, end: null, feedback_date: "2024-07-15" });
    // one day under the label is still the group's feedback
    expect(findInspectionDates("反馈时间：2024年7月15日", "2024-09-02").feedback_date).toBe("2024-07-15");
  });
});

describe("an inspection month written in Chinese numerals (二〇二四年五月，…开展了巡察)", () => {
  it("is its start, as 2024年5月 is", () => {
    expect(findInspectionDates("二〇二三年九月，市委第四巡察组对市档案馆党组开展了常规巡察。").start).toBe("2023-09");
    expect(findInspectionDates("二○二三年十一月中旬，区委第二巡察组进驻某街道开展巡察。").start).toBe("2023-11");
    expect(findInspectionDates("2023年9月，市委第四巡察组对市档案馆党组开展了常规巡察。").start).toBe("2023-09");
  });
});
