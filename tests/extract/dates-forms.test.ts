// Inspection dates in the other ways notices write them; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findInspectionDates, findTarget, findSignoff } from "../../src/extract/facts.js";
import { findDates, isoDate } from "../../src/extract/dates.js";

describe("zero written as ○ or O", () => {
  it("reads 二○二四 and 二Ｏ二四 like 二〇二四", () => {
    expect(findDates("二○二二年十月九日").map((d) => isoDate(d))).toEqual(["2022-10-09"]);
    expect(findDates("二O二一年五月六日").map((d) => isoDate(d))).toEqual(["2021-05-06"]);
  });
  it("reads a period and a sign-off written so", () => {
    expect(findInspectionDates("二○二二年四月六日至六月十日，市委第四巡察组对市统计局进行了巡察。七月八日反馈了意见。")).toEqual({ start: "2022-04-06", end: "2022-06-10", feedback_date: "2022-07-08" });
    const l = (t: string, i: number) => ({ text: t, written: t, line: i });
    expect(findSignoff([l("中共某某市统计局党组", 1), l("二○二二年十二月一日", 2)])).toEqual({ issuer: "中共某某市统计局党组", published: "2022-12-01" });
  });
});

describe("inspection period forms", () => {
  it("reads a move-in date and the end that follows", () => {
    expect(findInspectionDates("市委第一巡察组于2022年9月5日进驻市档案馆开展常规巡察，11月4日结束。12月2日反馈了巡察意见。")).toEqual({ start: "2022-09-05", end: "2022-11-04", feedback_date: "2022-12-02" });
    expect(findTarget("市委第一巡察组于2022年9月5日进驻市档案馆开展常规巡察")).toBe("市档案馆");
  });
  it("reads a start given to the month and a feedback date without its year", () => {
    expect(findInspectionDates("2021年11月，市委第三巡察组对市医保局党组开展了常规巡察，次年1月18日反馈了意见。")).toEqual({ start: "2021-11", end: null, feedback_date: "2022-01-18" });
    // a month that dates something else is not the start
    expect(findInspectionDates("2021年11月，局党组召开专题会议研究整改。").start).toBeNull();
  });
  it("reads a start alone", () => {
    expect(findInspectionDates("2022年9月5日起，市委第一巡察组对市档案馆进行了为期两个月的巡察。").start).toBe("2022-09-05");
  });
  it("reads a dotted period whose end leaves out the year", () => {
    expect(findInspectionDates("2022.9.5—11.4，市委第一巡察组对市档案馆开展了巡察。12月2日反馈了意见。")).toEqual({ start: "2022-09-05", end: "2022-11-04", feedback_date: "2022-12-02" });
  });
  it("reads a period given to parts of months", () => {
    expect(findInspectionDates("2022年9月上旬至11月中旬，市委第一巡察组对市档案馆开展了巡察。12月2日反馈了意见。")).toEqual({ start: "2022-09", end: "2022-11", feedback_date: "2022-12-02" });
  });
});

describe("inspection group inside one organisation", () => {
  it("keeps the party body that owns the group", async () => {
    const { findInspector } = await import("../../src/extract/facts.js");
    expect(findInspector("根据工作安排，医院党委第二巡察组对内科党支部开展了巡察。")).toBe("医院党委第二巡察组");
    expect(findInspector("按照控股公司党委第一巡察组的反馈意见")).toBe("控股公司党委第一巡察组");
    expect(findInspector("厅党组第三巡察组对某处进行了巡察")).toBe("厅党组第三巡察组");
  });
});

describe("relative years", () => {
  it("reads a year named relative to the notice (今年, 去年) from the notice's own date, never from today", () => {
    expect(findInspectionDates("今年3月份，区委第二巡察组对某某社区开展了巡察，4月20日反馈了问题5个。", 2023)).toEqual({ start: "2023-03", end: null, feedback_date: "2023-04-20" });
    expect(findInspectionDates("去年11月，区委第二巡察组对某某社区开展了巡察。", 2023).start).toBe("2022-11");
    expect(findInspectionDates("今年3月份，区委第二巡察组对某某社区开展了巡察。").start).toBeNull();
    expect(findInspectionDates("今年以来，区委第二巡察组对某某社区开展了巡察。", 2023).start).toBeNull();
  });
});
