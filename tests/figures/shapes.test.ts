// Figure shapes beyond the seeds: thousands commas, vague hundreds, Latin units, tenths, ranges
// of 百分之, qualifiers and slogans. Each test is a made-up sentence of its shape.
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

describe("fractions (N分之M)", () => {
  it("a proper fraction, Chinese or Arabic, as its share (unit 分之, normalized as a ratio)", () => {
    const f = one("线上办理率提高到三分之二。");
    expect([f.text, f.value, f.unit, f.normalized]).toEqual(["三分之二", 0.6667, "分之", { value: 0.6667, unit: "ratio" }]);
    expect(vu("超过3分之1的村，约占四分之一以上，十分之一。")).toEqual([["3分之1", 0.3333, "分之"], ["四分之一以上", 0.25, "分之"], ["十分之一", 0.1, "分之"]]);
  });
  it("not 之一 meaning one of, nor an improper fraction; 百分之一 stays a percentage", () => {
    expect(vu("原因之一，五分之七")).toEqual([]);
    expect(vu("达到百分之一。")).toEqual([["百分之一", 1, "%"]]);
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

describe("倍多", () => {
  it("is a little over the multiple; 多 that starts a word is not", () => {
    const f = one("产量是上年的3倍多。");
    expect([f.text, f.value, f.unit, f.approx]).toEqual(["3倍多", 3, "倍", true]);
    expect(findFigures("效率提高1.5倍多项指标").map((f) => [f.text, f.approx])).toEqual([["1.5倍", false]]);
  });
});

describe("qualifiers", () => {
  it("a bound after the figure wins over a verb before it", () => {
    const f = one("脱贫户年收入均达到2万元以上");
    expect([f.text, f.qualifier, f.metric]).toEqual(["2万元以上", "以上", "脱贫户年收入"]);
    expect(one("覆盖率达85%以下").qualifier).toBe("以下");
    expect(one("办理时限不超过3天").qualifier).toBe("不超过");
  });
  it("人均 and the like keep their 均", () => {
    expect(one("职工人均达到6万元").metric).toBe("职工人均");
  });
  it("累计 in the figure's clause is the qualifier, not part of the metric", () => {
    const [a, b] = findFigures("累计拨付补助资金2.6亿元，新建校舍15栋");
    expect([a.text, a.qualifier, a.metric]).toEqual(["2.6亿元", "累计", "拨付补助资金"]);
    expect([b.text, b.qualifier]).toEqual(["15栋", null]);
    expect(one("累计超过300人").qualifier).toBe("超过");
  });
});

describe("metric after a part of a year", () => {
  it("drops 前三季度, 上半年 with the year", () => {
    expect(one("2023年前三季度税收收入5.2亿元").metric).toBe("税收收入");
    expect(one("今年上半年接待游客12万人次").metric).toBe("接待游客");
    expect(one("2022年第四季度新增就业480人").metric).toBe("新增就业");
  });
});

describe("not figures, and not metrics", () => {
  it("slogans with a numeral inside", () => {
    expect(vu("推行审批最多跑一次，办事只跑一次，一次都不跑改革")).toEqual([]);
    expect(vu("每月跑一次")).toEqual([["一次", 1, "次"]]);
  });
  it("an instruction is no metric", () => {
    const f = one("请于10个工作日内书面答复");
    expect([f.text, f.metric]).toEqual(["10个工作日内", null]);
  });
});

describe("metric after a span of years", () => {
  it("drops 2021年至2022年 and 2021—2022年", () => {
    expect(one("2021年至2022年争取资金3亿元").metric).toBe("争取资金");
    expect(one("2021—2022年新建住房260套").metric).toBe("新建住房");
  });
});

describe("平均 in a metric", () => {
  it("keeps 平均 (average), as 人均 and 亩均", () => {
    expect(findFigures("审批时间平均压缩至3天").map((f) => f.metric)).toEqual(["审批时间平均"]);
  });
});

describe("no metric taken from another figure's noun or an event's span", () => {
  it("a count after the areas of another count has no metric (4个方面21个)", () => {
    const fs = findFigures("巡察组反馈问题4个方面21个，已完成整改19个");
    expect(fs.map((f) => [f.text, f.metric])).toEqual([["4个", null], ["21个", null], ["19个", "已完成整改"]]);
    // a clause of its own after the other figure keeps its metric
    expect(findFigures("配备2名专职人员，服务企业30家").map((f) => f.metric)).toEqual(["配备专职人员", "服务企业"]);
  });
  it("the span of an event (为期两个月的巡察) has no metric", () => {
    expect(findFigures("巡察组进驻后，开展了为期两个月的机动巡察").map((f) => [f.text, f.metric])).toEqual([["两个月", null]]);
  });
});

describe("metric after months, and words that only look like prepositions", () => {
  it("drops months before the metric (截至8月底, 1-6月份, 1—8月)", () => {
    expect(findFigures("截至2024年8月底完成投资12亿元").map((f) => f.metric)).toEqual(["完成投资"]);
    expect(findFigures("1-6月份接待游客3万人次").map((f) => f.metric)).toEqual(["接待游客"]);
    expect(findFigures("1—8月完成投资12亿元").map((f) => f.metric)).toEqual(["完成投资"]);
  });
  it("keeps a metric that opens like a preposition but is a noun", () => {
    expect(findFigures("在岗职工120人").map((f) => f.metric)).toEqual(["在岗职工"]);
    expect(findFigures("比例达到30%").map((f) => f.metric)).toEqual(["比例"]);
    // a real preposition still gives none
    expect(findFigures("在2个村试点").map((f) => f.metric)).toEqual([null]);
  });
});

describe("an adverb alone is no metric", () => {
  it("基本完成2个, 已经完成3个, 其余2个 give no metric; 正在整改2个 keeps its verb", () => {
    expect(findFigures("基本完成2个，已经完成3个，其余2个，正在整改2个").map((f) => f.metric)).toEqual([null, null, null, "正在整改"]);
  });
});
