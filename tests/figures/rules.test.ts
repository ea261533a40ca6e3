// Unit tests per rule, on made-up sentences (not taken from the seed notices).
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findFigures, RULES, type FigureMatch, type MatchRule } from "../../src/extract/figures/index.js";
import { markQuotes, scanLine } from "../../src/extract/figures/scan.js";
import { familyBit, unitFamiliesAfter } from "../../src/extract/figures/units.js";
import type { State } from "../../src/extract/figures/types.js";
import { FIXED_PHRASES, fixedPhrase } from "../../src/extract/figures/rules/fixed-phrase.js";

/** [text, value, unit] of every figure in s. */
const vu = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit]);
const one = (s: string): FigureMatch => {
  const fs = findFigures(s);
  expect(fs, JSON.stringify(fs.map((f) => f.text))).toHaveLength(1);
  return fs[0];
};

describe("rule table", () => {
  it("lists every rule once, guards before matchers before filters", () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const kinds = RULES.map((r) => r.kind);
    expect(kinds.lastIndexOf("guard")).toBeLessThan(kinds.indexOf("match"));
    expect(kinds.lastIndexOf("match")).toBeLessThan(kinds.indexOf("filter"));
    expect(names.indexOf("range")).toBeLessThan(names.indexOf("count"));
    expect(names.indexOf("points")).toBeLessThan(names.indexOf("count"));
    expect(names.indexOf("span")).toBeLessThan(names.indexOf("count"));
  });
});

describe("unitOnly rules", () => {
  it("match only where a unit of their family starts after the number (the engine skips them elsewhere)", () => {
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures");
    const lines = fs.readdirSync(dir).filter((f) => f.endsWith(".txt"))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split(/\r?\n/))
      .concat(["3万5千元", "两个多月", "1.2万人次", "600余万元", "5千米", "20 余次", "两倍", "3个百分点", "10平方公里"]);
    const rules = RULES.filter((r): r is MatchRule => r.kind === "match" && r.unitOnly === true);
    expect(rules.map((r) => r.name)).toContain("count");
    let matched = 0;
    for (const line of lines) {
      const { text, tokens } = scanLine(line);
      const state: State = { src: line, text, tokens, quoted: markQuotes(text) };
      for (const tok of tokens) {
        for (const r of rules) {
          if (!r.match(state, tok)) continue;
          matched++;
          expect(unitFamiliesAfter(state, tok) & familyBit(r.family!), `${r.name} at ${tok.raw} in ${line}`).not.toBe(0);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe("fixed phrases", () => {
  it("the guard fires on the first number of every listed phrase", () => {
    for (const p of FIXED_PHRASES) {
      const line = `落实${p}要求`;
      const { text, tokens } = scanLine(line);
      const state: State = { src: line, text, tokens, quoted: null };
      expect(fixedPhrase.test(state, tokens[0]), p).toBe(true);
    }
  });
});

describe("offsets and text", () => {
  it("text is input.slice(start, end)", () => {
    const s = "共收回违规资金 356.8 万元，约 12 万元，整改率达 96.5％以上。";
    for (const f of findFigures(s)) expect(s.slice(f.start, f.end)).toBe(f.text);
  });
  it("keeps spaces between number and unit", () => {
    expect(vu("检查企业 943 家次，组织学习 20 余次，拨付 948.191724 万元")).toEqual([
      ["943 家次", 943, "家次"],
      ["20 余次", 20, "次"],
      ["948.191724 万元", 948.191724, "万元"],
    ]);
  });
  it("accepts full-width digits, ％ and ．", () => {
    const f = one("追回资金３５．６万元。");
    expect([f.text, f.value, f.unit]).toEqual(["３５．６万元", 35.6, "万元"]);
    const p = one("完成率９８．５％");
    expect([p.value, p.unit]).toEqual([98.5, "%"]);
  });
  it("returns nothing for empty or number-free lines", () => {
    expect(findFigures("")).toEqual([]);
    expect(findFigures("加强组织领导，压实整改责任。")).toEqual([]);
  });
});

describe("money", () => {
  it.each([
    ["全县一般公共预算收入完成2.615亿元", 2.615, "亿元", 261500000, "CNY"],
    ["清退违规发放补贴3520元", 3520, "元", 3520, "CNY"],
    ["追缴税款1,250万元", 1250, "万元", 12500000, "CNY"],
    ["到位外资350万美元", 350, "万美元", 3500000, "USD"],
    ["补缴社保费1.2万余元", 1.2, "万元", 12000, "CNY"],
    ["投入资金800余万元", 800, "万元", 8000000, "CNY"],
    ["争取上级资金两千万元", 2000, "万元", 20000000, "CNY"],
    ["筹集资金三亿元", 3, "亿元", 300000000, "CNY"],
    ["总投资1.5万亿元", 1.5, "万亿元", 1.5e12, "CNY"],
    ["奖励资金3万5千元", 35000, "元", 35000, "CNY"],
  ] as Array<[string, number, string, number, string]>)("%s", (s, value, unit, nv, nu) => {
    const f = one(s);
    expect([f.value, f.unit]).toEqual([value, unit]);
    expect(f.normalized).toEqual({ value: nv, unit: nu });
  });
  it("余 marks an approximation", () => {
    expect(one("投入资金800余万元").approx).toBe(true);
    expect(one("投入资金800万元").approx).toBe(false);
  });
  it("元 that starts another word is not money", () => {
    expect(findFigures("推进多元化发展，坚持一元化领导")).toEqual([]);
  });
});

describe("percent and points", () => {
  it.each([
    ["群众满意度为97.3%", 97.3, "%", 0.973],
    ["整改完成率 100 %", 100, "%", 1],
    ["事故发生率控制在5‰", 5, "‰", 0.005],
    ["覆盖面达到百分之八十", 80, "%", 0.8],
    ["做到百分之百全覆盖", 100, "%", 1],
  ] as Array<[string, number, string, number]>)("%s", (s, value, unit, nv) => {
    const f = one(s);
    expect([f.value, f.unit]).toEqual([value, unit]);
    expect(f.normalized).toEqual({ value: nv, unit: "ratio" });
  });
  it.each([
    ["城镇化率提高2.4个百分点", 2.4, "个百分点", 0.024],
    ["降低两个百分点", 2, "个百分点", 0.02],
    ["高出全省平均3百分点", 3, "百分点", 0.03],
  ] as Array<[string, number, string, number]>)("%s", (s, value, unit, nv) => {
    const f = one(s);
    expect([f.value, f.unit]).toEqual([value, unit]);
    expect(f.normalized).toEqual({ value: nv, unit: "ratio_points" });
  });
});

describe("area", () => {
  it("亩 keeps its unit and normalizes to m2", () => {
    const f = one("收回闲置土地36亩");
    expect([f.value, f.unit]).toEqual([36, "亩"]);
    expect(f.normalized?.unit).toBe("m2");
    expect(f.normalized?.value as number).toBeCloseTo(24000, 6);
  });
  it.each([
    ["盘活厂房3.6万平方米", 3.6, "万平方米", 36000],
    ["复垦13.4公顷", 13.4, "公顷", 134000],
    ["新增绿地2平方公里", 2, "平方公里", 2e6],
    ["拆除违建1200平米", 1200, "平米", 1200],
    ["清理低效用地1200余亩", 1200, "亩", 800000],
  ] as Array<[string, number, string, number]>)("%s", (s, value, unit, nv) => {
    const f = one(s);
    expect([f.value, f.unit]).toEqual([value, unit]);
    expect(f.normalized?.value as number).toBeCloseTo(nv, 6);
  });
});

describe("counts with a measure word", () => {
  it.each([
    ["走访困难群众36户", 36, "户"],
    ["约谈村干部8名", 8, "名"],
    ["举办培训班5期", 5, "期"],
    ["发放明白纸1500余份", 1500, "份"],
    ["抽查企业 218 家次", 218, "家次"],
    ["培训干部2436人次", 2436, "人次"],
    ["开展督查12轮次", 12, "轮次"],
    ["建立制度14项", 14, "项"],
    ["发现问题线索7条", 7, "条"],
    ["立案审查3起", 3, "起"],
    ["组建工作专班两支", 2, "支"],
    ["开展专题培训三期", 3, "期"],
    ["引进人才1.2万人", 1.2, "万人"],
  ] as Array<[string, number, string]>)("%s", (s, value, unit) => {
    const f = one(s);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });
  it("scores in Arabic digits; 十分 and 三分之一 are not scores (三分之一 is a fraction)", () => {
    expect(vu("考核扣减2分，满分100分，十分重视，三分之一")).toEqual([
      ["2分", 2, "分"],
      ["100分", 100, "分"],
      ["三分之一", 0.3333, "分之"],
    ]);
  });
  it("a number after a word ending in 点 or 时 is not a clock time", () => {
    expect(vu("排查廉政风险点78个，设置临时3处")).toEqual([
      ["78个", 78, "个"],
      ["3处", 3, "处"],
    ]);
  });
  it("normalizes counts to the measure word, scaled", () => {
    expect(one("引进人才1.2万人").normalized).toEqual({ value: 12000, unit: "人" });
    expect(one("培训干部2436人次").normalized).toEqual({ value: 2436, unit: "人次" });
  });
  it("3大类, 5大方面, 两大类: a group word with 大 before it counts in that word", () => {
    expect(vu("梳理问题3大类，涵盖5大方面；其中两大类问题已整改，从三方面推进")).toEqual([
      ["3大类", 3, "类"],
      ["5大方面", 5, "方面"],
      ["两大类", 2, "类"],
      ["三方面", 3, "方面"],
    ]);
    expect(one("梳理问题3大类").normalized).toEqual({ value: 3, unit: "类" });
    // Not where 大 opens another word, nor an indefinite 一 (一方面, 一大类).
    expect(findFigures("实施十大工程，推进3大项目，一方面加强学习，一大类")).toEqual([]);
  });
  it("a measure word that starts another word does not count", () => {
    expect(findFigures("实现两位数增长")).toEqual([]);
    expect(findFigures("统一名称，完善名单")).toEqual([]);
    expect(findFigures("一次性补助")).toEqual([]);
  });
});

describe("spans", () => {
  it.each([
    ["办结时限压缩至5个工作日", 5, "个工作日", 5, "working_days"],
    ["限期15天内整改", 15, "天", 15, "days"],
    ["为期两周的集中整治", 2, "周", 14, "days"],
    ["持续3个月", 3, "个月", 3, "months"],
    ["值守24小时", 24, "小时", 24, "hours"],
  ] as Array<[string, number, string, number, string]>)("%s", (s, value, unit, nv, nu) => {
    const f = one(s);
    expect([f.value, f.unit]).toEqual([value, unit]);
    expect(f.normalized).toEqual({ value: nv, unit: nu });
  });
  it("一个多月 is an approximate span", () => {
    const f = one("历时一个多月");
    expect([f.text, f.value, f.unit, f.approx]).toEqual(["一个多月", 1, "个月", true]);
  });
  it("3个月 is a span, not 3个", () => {
    expect(vu("用3个月时间")).toEqual([["3个月", 3, "个月"]]);
  });
});

describe("physical units and multiples", () => {
  it.each([
    ["清运垃圾1200吨", 1200, "吨", 1200000, "kg"],
    ["硬化道路12.5公里", 12.5, "公里", 12500, "m"],
    ["铺设管网3千米", 3, "千米", 3000, "m"],
    ["新增装机2万千瓦", 2, "万千瓦", 20000, "kW"],
    ["销量增长1.5倍", 1.5, "倍", 1.5, "times"],
  ] as Array<[string, number, string, number, string]>)("%s", (s, value, unit, nv, nu) => {
    const f = one(s);
    expect([f.value, f.unit]).toEqual([value, unit]);
    expect(f.normalized).toEqual({ value: nv, unit: nu });
  });
});

describe("ranges", () => {
  it.each([
    ["上浮比例为8%-12%", [8, 12], "%", "8%-12%"],
    ["控制在8%至12%", [8, 12], "%", "8%至12%"],
    ["计划融资3-5亿元", [3, 5], "亿元", "3-5亿元"],
    ["融资3亿-5亿元", [3, 5], "亿元", "3亿-5亿元"],
    ["每次2~3人", [2, 3], "人", "2~3人"],
    ["每年开展两至三次", [2, 3], "次", "两至三次"],
    ["3到5个工作日", [3, 5], "个工作日", "3到5个工作日"],
  ] as Array<[string, [number, number], string, string]>)("%s", (s, value, unit, text) => {
    const f = one(s);
    expect([f.text, f.value, f.unit, f.range]).toEqual([text, value, unit, true]);
  });
  it("normalizes both ends", () => {
    expect(one("计划融资3-5亿元").normalized).toEqual({ value: [3e8, 5e8], unit: "CNY" });
  });
  it("a decreasing pair is not a range", () => {
    expect(vu("从12个减至5个")).toEqual([
      ["12个", 12, "个"],
      ["5个", 5, "个"],
    ]);
  });
});

describe("approximation and bounds", () => {
  it.each([
    ["盘活土地约36亩", "约36亩", true, null],
    ["惠及群众近万户", "近万户", true, null],
    ["涉及资金逾3000万元", "逾3000万元", true, null],
    ["培训1000人左右", "1000人左右", true, null],
    ["50亩以上地块", "50亩以上", true, "以上"],
    ["单笔5万元以下", "5万元以下", false, "以下"],
    ["亩均税收不低于15万元", "15万元", false, "不低于"],
    ["超过60%的村", "60%", false, "超过"],
    ["满意度达99%", "99%", false, "达"],
    ["不足10人", "10人", false, "不足"],
  ] as Array<[string, string, boolean, string | null]>)("%s", (s, text, approx, qualifier) => {
    const fs = findFigures(s);
    expect(fs).toHaveLength(1);
    expect([fs[0].text, fs[0].approx, fs[0].qualifier]).toEqual([text, approx, qualifier]);
  });
  it("约 inside 节约 or 签约 is not an approximation", () => {
    expect(one("节约资金5万元").text).toBe("5万元");
    const f = one("签约12个项目");
    expect([f.text, f.approx]).toEqual(["12个", false]);
  });
  it("40多家 is approximate", () => {
    const f = one("对接企业40多家");
    expect([f.text, f.value, f.unit, f.approx]).toEqual(["40多家", 40, "家", true]);
  });
});

describe("metric", () => {
  it.each([
    ["全县一般公共预算收入完成2.615亿元", "全县一般公共预算收入"],
    ["税收收入同比增长12.4%", "税收收入同比增长"],
    ["群众满意度达98%", "群众满意度"],
    ["完成率达95%", "完成率"],
    ["配备3名专职审计人员", "配备专职审计人员"],
    ["在3个村试点", null],
    ["较上年提高14.5个百分点", null],
  ] as Array<[string, string | null]>)("%s", (s, metric) => {
    expect(one(s).metric).toBe(metric);
  });
});

describe("not figures", () => {
  it.each([
    ["dates", "2023年6月至2024年1月，1-9月，7月17日，8月份，2022年度"],
    ["clock times", "工作日8:30-17:30受理，上午9时开会，8时30分，八点三十分"],
    ["ordinals", "排名第37位，第二批，第10万台，第1-3名，第1、2、3项，第一责任人"],
    ["session numbers", "县委十三届四十一次常委会，县政府十五届6次常务会议"],
    ["document numbers", "〔2021〕94号，﹝2023﹞12号，市政办发〔2022〕5号"],
    ["phones and postcodes", "联系电话：0415-8244886，邮政编码：118100"],
    ["house numbers", "人民路101号724 室"],
    ["names in quotes", "“十四五”规划，“三重一大”制度，“两个维护”，‘两个责任’，“一对一”帮扶，“12345”热线"],
    ["names", "12345平台，十四五规划，三重一大，一岗双责，两个确立"],
    ["titles", "《2023年度三年行动计划》"],
    ["unquoted slogans", "落实中央八项规定精神，增强四个意识，做到两个维护，用好四种形态，党建业务两张皮，落实两个确保，坚持两个坚持"],
    ["slogan shapes", "一户一策，一人一档，五位一体，两个一百年"],
    ["generations", "80后干部，60后"],
    ["codes", "5G基站，G15高速，A3纸"],
    ["indefinite 一", "一批项目，一项工作，一个问题，一套制度，一些问题，一起研究，一条龙服务"],
    ["一 inside words", "统一部署，唯一一次，进一步，逐一落实，之一"],
    ["lone 二 and 零", "二类问题，二级单位，汽车零部件，零容忍"],
    ["indefinite amounts", "几十家企业，数百人，十几个问题"],
    ["enumerations", "一是加强领导，二是完善制度，三是强化监督"],
    ["headings", "1.在学习贯彻方面 2.关于个别项目 （3）个人事项 1.2项目建设"],
    ["years as spans", "三年行动，近三年，连续两年"],
    ["place names", "七台河市，三门峡市"],
  ])("%s", (_label, s) => {
    expect(vu(s)).toEqual([]);
  });
});

describe("bare scale words", () => {
  it("a number with 万 or 亿 and no unit, at the end of a clause", () => {
    expect(vu("全年实现产值 320 亿，同比增长5%")).toEqual([
      ["320 亿", 320, "亿"],
      ["5%", 5, "%"],
    ]);
    expect(one("服务人口4.5万。").normalized).toEqual({ value: 45000, unit: "number" });
  });
  it("not when a word follows, and not for Chinese numerals alone", () => {
    expect(vu("第10万台设备，万众一心，亿万群众")).toEqual([]);
  });
});

describe("Chinese-numeral quantities", () => {
  it("counts written in Chinese numerals", () => {
    expect(vu("分两期建设，协调两个项目，两位负责同志，调整一名干部，每月召开一次，开展两批次培训")).toEqual([
      ["两期", 2, "期"],
      ["两个", 2, "个"],
      ["两位", 2, "位"],
      ["一名", 1, "名"],
      ["一次", 1, "次"],
      ["两批次", 2, "批次"],
    ]);
  });
  it("larger Chinese numerals", () => {
    expect(vu("反馈二十四个问题，制定七十项措施，惠及一千零五户")).toEqual([
      ["二十四个", 24, "个"],
      ["七十项", 70, "项"],
      ["一千零五户", 1005, "户"],
    ]);
  });
  it("bare 百/千/万 next to an approximation word", () => {
    expect(vu("惠及百余人，走访千余家，近千人参加，挽回损失万余元")).toEqual([
      ["百余人", 100, "人"],
      ["千余家", 1000, "家"],
      ["近千人", 1000, "人"],
      ["万余元", 1, "万元"],
    ]);
    expect(vu("千方百计，老百姓，万家灯火，数千人")).toEqual([]);
  });
  it("一次 in one go is not a count; 上一次 is the last time, but 每季度上一次党课 counts", () => {
    expect(vu("申报材料一次办结，实现一次告知")).toEqual([]);
    expect(vu("上一次巡察，下一次会议")).toEqual([]);
    expect(vu("每季度上一次党课")).toEqual([["一次", 1, "次"]]);
  });
  it("ages", () => {
    expect(vu("60周岁以上老人，35岁以下干部")).toEqual([
      ["60周岁以上", 60, "周岁"],
      ["35岁以下", 35, "岁"],
    ]);
  });
  it("每周一次 counts; 周一 is a weekday", () => {
    expect(vu("每周一次")).toEqual([["一次", 1, "次"]]);
    expect(vu("周一上午，星期一")).toEqual([]);
  });
});

describe("place names", () => {
  it("reads a Chinese digit, a unit and a place suffix as a name", () => {
    expect(vu("走访了五元村、两台镇和六元里的商户")).toEqual([]);
    expect(vu("在八台县、四门山、两元湖等地设立服务点")).toEqual([]);
    expect(vu("六元桥下的摊点已清理")).toEqual([]);
  });
  it("keeps real counts before a place word", () => {
    expect(vu("购置3台设备，配备四台巡逻车")).toEqual([["3台", 3, "台"], ["四台", 4, "台"]]);
    expect(vu("走访5个村，约谈三名村干部")).toEqual([["5个", 5, "个"], ["三名", 3, "名"]]);
    expect(vu("补齐两套村级台账，安装六盏路灯")).toEqual([["两套", 2, "套"], ["六盏", 6, "盏"]]);
    expect(vu("配备两辆乡镇执法车，新建三栋村委会办公楼")).toEqual([["两辆", 2, "辆"], ["三栋", 3, "栋"]]);
    expect(vu("发放补贴8元/人，拨付五万元村集体资金")).toEqual([["8元", 8, "元"], ["五万元", 5, "万元"]]);
  });
});

describe("names made of a numeral, a measure word and the noun it counts", () => {
  it("reads them as names when a place's own word follows (三眼井片区, 五棵松体育馆)", () => {
    expect(vu("整治四眼井片区环境，在七棵松体育馆周边设点")).toEqual([]);
    expect(vu("两眼桥附近的摊点和六间房乡的商户")).toEqual([]);
    expect(vu("走访九口塘村、五座楼社区")).toEqual([]);
  });
  it("keeps them as counts when no place word follows, and Arabic numerals always", () => {
    expect(vu("新打四眼井，修建两座桥梁，栽种七棵松")).toEqual([["四眼", 4, "眼"], ["两座", 2, "座"], ["七棵", 7, "棵"]]);
    expect(vu("新打3眼井片区供水井")).toEqual([["3眼", 3, "眼"]]);
    expect(vu("走访三户村民，覆盖五个村")).toEqual([["三户", 3, "户"], ["五个", 5, "个"]]);
  });
  it("reads names made with 张 家 块 条, but not a count of common nouns (村路, 街区)", () => {
    expect(vu("在四张桥村、六家店乡、两块石村和七条街社区设点")).toEqual([]);
    expect(vu("硬化两条村路，新修三条街区道路，走访五家村企业")).toEqual([["两条", 2, "条"], ["三条", 3, "条"], ["五家", 5, "家"]]);
    expect(vu("检查三家店，新建两条路")).toEqual([["三家", 3, "家"], ["两条", 2, "条"]]);
  });
});

describe("counts of visits", () => {
  it("reads 间次, 台次 and 辆次 as one unit", () => {
    expect(vu("排查房屋356间次、机械48台次、车辆90辆次")).toEqual([["356间次", 356, "间次"], ["48台次", 48, "台次"], ["90辆次", 90, "辆次"]]);
  });
});
