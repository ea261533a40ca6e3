// Periods of figures, on made-up sentences: which date a figure refers to, and which it does not.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { findPeriods } from "../../src/extract/dates.js";

const SRC = { path: "t", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
/** [figure text, period] for one made-up outcome sentence inside an item. */
const figs = (sentence: string) =>
  parseText(`二、整改情况\n1.关于虚构指标的问题\n整改成效：${sentence}`, SRC).figures.map((f) => [f.text, f.period]);

describe("comparison bases", () => {
  it("a year after 较/比/与…相比 is the base of a comparison, not the figure's period", () => {
    expect(figs("覆盖率较2022年提高1.3个百分点。")).toEqual([["1.3个百分点", null]]);
    expect(figs("营业收入比2021年增长12%。")).toEqual([["12%", null]]);
    expect(figs("与2020年相比，受理量下降35件。")).toEqual([["35件", null]]);
    expect(figs("同2019年同期相比，少了6家。")).toEqual([["6家", null]]);
    expect(figs("投诉量较2022年1-6月减少40件。")).toEqual([["40件", null]]);
  });
  it("keeps the figure's own period when a base follows it", () => {
    expect(figs("2023年参保率较2022年提高1.3个百分点。")).toEqual([["1.3个百分点", { start: "2023", end: "2023" }]]);
    expect(figs("2024年上半年产量同比2023年上半年增长8%。")).toEqual([["8%", { start: "2024-01", end: "2024-06" }]]);
  });
});

describe("open-ended periods", () => {
  // The schema's period needs an end; one the text leaves open is not invented, so no period.
  it("a period with no stated end (以来, 至今, 起) gives the figure no period", () => {
    expect(figs("2021年以来，共查处问题486个。")).toEqual([["486个", null]]);
    expect(figs("自2020年3月以来累计培训干部320人次。")).toEqual([["320人次", null]]);
    expect(figs("2019年至今，共清理台账57本。")).toEqual([["57本", null]]);
    expect(figs("2022年起，每年安排经费30万元。")).toEqual([["30万元", null]]);
  });
  it("and stops an earlier period in the sentence from reaching the figure", () => {
    expect(figs("2018年成立专班，2021年以来共办结案件73件。")).toEqual([["73件", null]]);
  });
});

describe("spans of years", () => {
  it("reads 2023年至2024年, 2022—2023年, 2022-2023年, 2022年—2023年, 2022至2023年 as one span", () => {
    const p = (t: string) => findPeriods(t).map((x) => [x.start, x.end]);
    expect(p("2023年至2024年累计投入")).toEqual([["2023", "2024"]]);
    expect(p("2022—2023年新增就业")).toEqual([["2022", "2023"]]);
    expect(p("2022-2023年新增就业")).toEqual([["2022", "2023"]]);
    expect(p("2022年—2023年新增就业")).toEqual([["2022", "2023"]]);
    expect(p("2022至2023年新增就业")).toEqual([["2022", "2023"]]);
    expect(p("2022年到2023年新增就业")).toEqual([["2022", "2023"]]);
  });
  it("ties a figure to the whole span", () => {
    expect(figs("2023年至2024年，累计投入资金5亿元。")).toEqual([["5亿元", { start: "2023", end: "2024" }]]);
    expect(figs("2022—2023年新增就业1200人。")).toEqual([["1200人", { start: "2022", end: "2023" }]]);
  });
  it("leaves month spans and single years as they were", () => {
    const p = (t: string) => findPeriods(t).map((x) => [x.start, x.end]);
    expect(p("2024年1—6月办结")).toEqual([["2024-01", "2024-06"]]);
    expect(p("2023年12月至2024年2月")).toEqual([["2023-12", "2024-02"]]);
    expect(p("2021年和2023年")).toEqual([["2021", "2021"], ["2023", "2023"]]);
    expect(figs("2024年1—6月办结信访件88件。")).toEqual([["88件", { start: "2024-01", end: "2024-06" }]]);
  });
});

describe("relative years", () => {
  it("今年以来 / 去年 name no year: no period", () => {
    expect(figs("今年以来，新建站点14个。")).toEqual([["14个", null]]);
    expect(figs("去年收回欠款23万元。")).toEqual([["23万元", null]]);
  });
  it("and an earlier year in the sentence does not reach past them", () => {
    expect(figs("2023年建成站点9个，今年以来新建站点14个。")).toEqual([["9个", { start: "2023", end: "2023" }], ["14个", null]]);
  });
  it("but a relative year as a comparison base does not stop the period", () => {
    expect(figs("2023年收入较上年增长12%。")).toEqual([["12%", { start: "2023", end: "2023" }]]);
    expect(figs("2023年收入与去年相比增长12%。")).toEqual([["12%", { start: "2023", end: "2023" }]]);
  });
});

describe("long lines", () => {
  it("a line naming many years is read in linear time", () => {
    const t = "2022年新增3个，".repeat(100_000);
    const s = performance.now();
    expect(findPeriods(t)).toHaveLength(100_000);
    expect(performance.now() - s).toBeLessThan(2000);
  });
});

describe("days without their year, and spans of days", () => {
  it("reads a span of days as one period, the end's year left out or not", () => {
    expect(figs("2024年3月10日至5月10日，走访群众1200户。")).toEqual([["1200户", { start: "2024-03-10", end: "2024-05-10" }]]);
    expect(figs("2024.3.10-2024.5.10，走访群众1200户。")).toEqual([["1200户", { start: "2024-03-10", end: "2024-05-10" }]]);
  });
  it("takes a day's year from the date named before it in the line", () => {
    expect(figs("2024年3月10日至5月10日开展巡察，6月20日反馈问题18个。")).toEqual([["18个", { start: "2024-06-20", end: "2024-06-20" }]]);
    // and the next year when the day falls earlier
    expect(figs("2023年11月5日启动清查，1月20日收回资金3万元。")).toEqual([["3万元", { start: "2024-01-20", end: "2024-01-20" }]]);
  });
  it("leaves a day alone in its line without a period", () => {
    expect(figs("6月20日反馈问题18个。")).toEqual([["18个", null]]);
  });
});
