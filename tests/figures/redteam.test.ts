// Rules added for shapes a red-team pass found missing or wrong; each test is a made-up sentence
// of that shape (not taken from any notice).
import { describe, expect, it } from "vitest";
import { findFigures, type FigureMatch } from "../../src/extract/figures/index.js";

/** [text, value, unit] of every figure in s. */
const vu = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit]);
const one = (s: string): FigureMatch => {
  const fs = findFigures(s);
  expect(fs, JSON.stringify(fs.map((f) => f.text))).toHaveLength(1);
  return fs[0];
};

describe("full-width comma as a thousands separator", () => {
  it("joins the groups when the number plainly goes on after the comma", () => {
    expect(vu("收回欠款2，468.75万元。")).toEqual([["2，468.75万元", 2468.75, "万元"]]);
    expect(vu("涉及资金45，678，900元")).toEqual([["45，678，900元", 45678900, "元"]]);
    expect(vu("共培训干部5，120人次")).toEqual([["5，120人次", 5120, "人次"]]);
    const f = one("清退资金7，305.2万元");
    expect(f.normalized).toEqual({ value: 73052000, unit: "CNY" });
    expect("清退资金7，305.2万元".slice(f.start, f.end)).toBe(f.text);
  });
  it("keeps a clause break a clause break", () => {
    // a list, four digits before the comma, no unit after the group, a 4-digit group
    expect(vu("两地分别为6，318人")).toEqual([["318人", 318, "人"]]);
    expect(vu("涉及2、7，415户")).toEqual([["415户", 415, "户"]]);
    expect(vu("检查2025，发现156家")).toEqual([["156家", 156, "家"]]);
    expect(vu("排查8，1200户")).toEqual([["1200户", 1200, "户"]]);
  });
});

describe("一 after a word that ends in 单, 统, 进 …", () => {
  it("is part of the word when alone (单一, 统一, 进一步) ...", () => {
    expect(vu("统一名称，进一步规范，单一来源采购，名单一人")).toEqual([]);
  });
  it("... but 一千, 一百二十 start a number", () => {
    expect(vu("办理派单一千三百余件，梳理任务单一百零五项，核对账单一万余份")).toEqual([
      ["一千三百余件", 1300, "件"],
      ["一百零五项", 105, "项"],
      ["一万余份", 1, "万份"],
    ]);
  });
});

describe("bare 百/千 before 万/亿 next to an approximation word", () => {
  it("近千万元 is about 1000 万元; 超百亿元 over 100 亿元", () => {
    const f = one("全年节支近千万元");
    expect([f.text, f.value, f.unit, f.approx]).toEqual(["近千万元", 1000, "万元", true]);
    expect(f.normalized).toEqual({ value: 10000000, unit: "CNY" });
    expect(vu("带动投资超百亿元")).toEqual([["百亿元", 100, "亿元"]]);
  });
  it("not without the approximation word (千万不能), and not 数百万 (vague: anywhere from 2 to 9 hundred)", () => {
    expect(vu("千万不能松懈，涉及数百万元")).toEqual([]);
  });
});

describe("more physical units", () => {
  it("concentrations", () => {
    const f = one("二氧化氮年均浓度降至18微克/立方米");
    expect([f.text, f.value, f.unit, f.normalized]).toEqual(["18微克/立方米", 18, "微克/立方米", { value: 18, unit: "ug/m3" }]);
    expect(vu("出水氨氮1.5毫克/升")).toEqual([["1.5毫克/升", 1.5, "毫克/升"]]);
  });
  it("Latin symbols, not when more letters or digits follow", () => {
    expect(findFigures("改造管网12.4km，铺设管道800m，运行5min").map((f) => [f.text, f.normalized])).toEqual([
      ["12.4km", { value: 12400, unit: "m" }],
      ["800m", { value: 800, unit: "m" }],
    ]);
  });
  it("度 is a kWh with 万/亿 only", () => {
    expect(findFigures("全年少用电12万度，一度中断，室温26度").map((f) => [f.text, f.normalized])).toEqual([
      ["12万度", { value: 120000, unit: "kWh" }],
    ]);
  });
});

describe("tenths (成)", () => {
  it("a whole number up to ten before 成 at the end of a clause", () => {
    const f = one("线上办理占比四成。");
    expect([f.text, f.value, f.unit, f.metric, f.normalized]).toEqual(["四成", 4, "成", "线上办理占比", { value: 0.4, unit: "ratio" }]);
    expect(findFigures("近七成以上的村，满意度达9成多，").map((f) => [f.text, f.value, f.approx])).toEqual([
      ["近七成以上", 7, true],
      ["9成多", 9, true],
    ]);
  });
  it("not 成 that starts a word", () => {
    expect(vu("一成不变，五成员单位，三成立专班，十成多数")).toEqual([]);
  });
});

describe("ranges written with 百分之 before each number", () => {
  it("百分之八至百分之十二 is one range", () => {
    const f = one("力争降低百分之八至百分之十二");
    expect([f.text, f.value, f.unit, f.range, f.normalized]).toEqual(["百分之八至百分之十二", [8, 12], "%", true, { value: [0.08, 0.12], unit: "ratio" }]);
    expect(vu("控制在千分之二到千分之四")).toEqual([["千分之二到千分之四", [2, 4], "‰"]]);
  });
  it("not a decreasing pair, and not when the second number lacks 百分之", () => {
    expect(vu("由百分之九降到百分之六")).toEqual([["百分之九", 9, "%"], ["百分之六", 6, "%"]]);
    expect(vu("百分之二十至三十人")).toEqual([["百分之二十", 20, "%"], ["三十人", 30, "人"]]);
  });
});

describe("二 after 百分之/千分之", () => {
  it("is a numerator, though a lone 二 counts nothing elsewhere", () => {
    expect(vu("误差不超过百分之二，二期工程")).toEqual([["百分之二", 2, "%"]]);
  });
});
