// Document facts in shapes met in notices of other levels and kinds; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findInspectionDates, findRound, findInspector, findTarget, findKind } from "../../src/extract/facts.js";

describe("feedback date", () => {
  it("takes the date that leads up to 反馈, not an earlier one in the same sentence", () => {
    expect(findInspectionDates("区委第四巡察组自2023年5月8日起对区档案馆开展了巡察，7月6日巡察结束，8月15日向馆党支部反馈了意见。")).toEqual({ start: "2023-05-08", end: "2023-07-06", feedback_date: "2023-08-15" });
    expect(findInspectionDates("2023年5月8日至7月6日，区委第四巡察组对区档案馆开展了巡察，8月1日完成报告，8月15日反馈了巡察意见。").feedback_date).toBe("2023-08-15");
    // a date after the word when none leads up to it
    expect(findInspectionDates("2023年5月8日至7月6日，区委第四巡察组对区档案馆开展了巡察。巡察反馈会于2023年8月15日召开。").feedback_date).toBe("2023-08-15");
  });
  it("reads the end of a period that says the inspection ended (6月7日巡察结束)", () => {
    expect(findInspectionDates("县委第二巡察组于2022年3月1日起对县林业局开展巡察，4月29日巡察工作结束。").end).toBe("2022-04-29");
  });
  it("reads a part of a month (7月上旬反馈了意见) as that month, its year from the inspection's", () => {
    expect(findInspectionDates("区委第二巡察组于2024年3月12日—5月10日对区商务局党组开展了常规巡察，并于7月上旬反馈了巡察意见。").feedback_date).toBe("2024-07");
    expect(findInspectionDates("2024年3月至5月，县委第一巡察组对县林业局开展了巡察。八月中旬，巡察组向局党组反馈了意见。").feedback_date).toBe("2024-08");
    expect(findInspectionDates("县委第一巡察组于2024年3月中旬至5月中旬对县林业局开展了巡察，6月反馈了意见。").feedback_date).toBe("2024-06");
    // what stands at a date is no act's date
    expect(findInspectionDates("2024年3月至5月，县委第一巡察组对县林业局开展了巡察。截至6月底，反馈问题已整改8个。").feedback_date).toBeNull();
  });
  it("keeps a feedback date given to the month (2024年8月，…反馈了意见)", () => {
    expect(findInspectionDates("2023年4月至6月，省委第五巡视组对某某厅党组开展了常规巡视。2023年8月，省委第五巡视组向厅党组反馈了巡视意见。")).toEqual({ start: "2023-04", end: "2023-06", feedback_date: "2023-08" });
  });
});

describe("round", () => {
  it("keeps the year a round is numbered in (2024年第一轮, 2023年度第二轮, 二〇二四年第三轮)", () => {
    expect(findRound("关于2023年第一轮巡察反馈意见整改情况的通报")).toBe("2023年第一轮");
    expect(findRound("根据县委2023年度第二轮巡察工作安排")).toBe("县委2023年度第二轮");
    expect(findRound("二〇二三年第三轮巡察")).toBe("二〇二三年第三轮");
  });
  it("takes a body that runs the round by its name, not the words before it", () => {
    expect(findRound("中共某某学院委员会关于学院党委第二轮巡察整改情况的报告")).toBe("学院党委第二轮");
    expect(findRound("根据公司党委第四轮巡察工作部署")).toBe("公司党委第四轮");
    expect(findRound("关于第三轮巡察整改情况")).toBe("第三轮");
  });
});

describe("a period that names no year", () => {
  it("takes its year from the notice's own date", () => {
    expect(findInspectionDates("按照县委部署，县委第三巡察组于4月8日至6月7日对县文旅局党组开展了巡察，并于7月10日反馈了意见。", "2023-11-20")).toEqual({ start: "2023-04-08", end: "2023-06-07", feedback_date: "2023-07-10" });
    // an inspection that ran late in the year before a notice dated early in the next
    expect(findInspectionDates("10月9日至12月8日，区委第一巡察组对某某社区党委进行了巡察。1月16日反馈了巡察意见。", "2024-03-01")).toEqual({ start: "2023-10-09", end: "2023-12-08", feedback_date: "2024-01-16" });
  });
  it("stays unknown when the notice has no date", () => {
    expect(findInspectionDates("县委第三巡察组于4月8日至6月7日对县文旅局党组开展了巡察。").start).toBeNull();
  });
  it("reads such a period in a whole notice, from its sign-off date", async () => {
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("关于县委第三巡察组巡察反馈意见整改情况的通报\n3月4日至4月28日，县委第三巡察组对某某镇党委开展了常规巡察，5月30日向镇党委反馈了巡察意见。\n一、整改情况\n1.台账不全的问题\n整改措施：补齐台账。\n中共某某县某某镇委员会\n2023年9月1日", { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
    expect(doc.inspection).toMatchObject({ start: "2023-03-04", end: "2023-04-28", feedback_date: "2023-05-30" });
  });
});

describe("inspection group", () => {
  it("reads a group numbered after the word (巡察三组, 巡视第二组)", () => {
    expect(findInspector("根据区委部署，区委巡察二组于2023年对某某街道党工委开展了巡察。")).toBe("区委巡察二组");
    expect(findInspector("省委巡视第四组对某某集团党委进行了巡视。")).toBe("省委巡视第四组");
  });
  it("reads a group owned by a sector's working committee (省委教育工委第二巡察组, 市直机关工委)", () => {
    expect(findInspector("2023年5月15日至7月14日，省委教育工委第二巡察组对学院党委开展了巡察。")).toBe("省委教育工委第二巡察组");
    expect(findInspector("市直机关工委第一巡察组对市档案馆机关党委进行了巡察。")).toBe("市直机关工委第一巡察组");
  });
  it("reads a body's one unnumbered group with the body's name (公司党委巡察组)", () => {
    expect(findInspector("按照工作安排，某某港务公司党委巡察组对装卸分公司党支部开展了巡察。")).toBe("某某港务公司党委巡察组");
    expect(findInspector("学院党工委巡察组进驻后")).toBe("学院党工委巡察组");
  });
});

describe("a sign-off after a page break", () => {
  it("is kept when the same organisation heads the first page under a page number", async () => {
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("第1页 共2页\n某某县中医院党委\n关于县委第二巡察组巡察反馈意见整改情况的通报\n县委第二巡察组对县中医院党委开展了巡察。\n一、整改情况\n1.药品管理不规范\n整改措施：完善制度。\n第2页 共2页\n某某县中医院党委\n2023年9月1日", { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
    expect([doc.title, doc.issuer, doc.published]).toEqual(["某某县中医院党委关于县委第二巡察组巡察反馈意见整改情况的通报", "某某县中医院党委", "2023-09-01"]);
  });
});

describe("title", () => {
  it("drops a web page's column tag before it (【巡察整改】)", async () => {
    const { findTitle } = await import("../../src/extract/facts.js");
    const l = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));
    expect(findTitle(l("【巡视整改】中共某某市审计局党组关于巡视整改进展情况的通报", "根据省委统一部署……")).title).toBe("中共某某市审计局党组关于巡视整改进展情况的通报");
    expect(findTitle(l("[整改公开]关于区委第一巡察组反馈意见整改情况的通报", "根据区委部署……")).title).toBe("关于区委第一巡察组反馈意见整改情况的通报");
  });
});

describe("a web page's own title, with the site's name after it", () => {
  it("takes the notice's title, not the two copies joined nor the site's name", async () => {
    const { findTitle } = await import("../../src/extract/facts.js");
    const l = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));
    // the heading under it repeats the title: that line is the title, the preamble starts after it
    expect(findTitle(l("关于十二届省委第三轮巡视整改进展情况的通报_某某省交通投资集团有限公司", "关于十二届省委第三轮巡视整改进展情况的通报", "根据省委统一部署……"))).toEqual({ title: "关于十二届省委第三轮巡视整改进展情况的通报", index: 1 });
    expect(findTitle(l("市委第四巡察组反馈意见整改情况公示 - 某某市第一人民医院", "根据市委巡察工作统一安排……")).title).toBe("市委第四巡察组反馈意见整改情况公示");
    expect(findTitle(l("某某县林业局党组关于巡察整改情况的通报|某某县纪委监委", "某某县林业局党组关于巡察整改情况的通报", "根据县委部署……")).title).toBe("某某县林业局党组关于巡察整改情况的通报");
  });
});

describe("a site's name above the title", () => {
  it("is not the issuer's line of the title when page chrome stood between them", async () => {
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("某某能源集团有限公司\n当前位置：集团首页 > 党建工作 > 巡察整改\n关于集团党委第三巡察组对某某发电有限公司党委巡察反馈意见整改情况的通报\n集团党委第三巡察组对某某发电有限公司党委进行了巡察。\n一、整改情况\n1.燃料采购管理存在漏洞。\n整改措施：完善制度。\n某某发电有限公司党委\n2024年9月2日", { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
    expect(doc.title).toBe("关于集团党委第三巡察组对某某发电有限公司党委巡察反馈意见整改情况的通报");
  });
});

describe("a title with the page's metadata after it on its line", () => {
  it("leaves out 发布时间：…, 来源：… and a date with its time", async () => {
    const { findTitle } = await import("../../src/extract/facts.js");
    const l = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));
    expect(findTitle(l("中共某某县财政局党组关于县委第二轮巡察整改进展情况的通报 发布时间：2024-08-12 来源：县纪委监委", "根据县委统一部署……")).title).toBe("中共某某县财政局党组关于县委第二轮巡察整改进展情况的通报");
    expect(findTitle(l("关于县委第二轮巡察整改进展情况的通报　　2024-08-12 10:20", "根据县委统一部署……")).title).toBe("关于县委第二轮巡察整改进展情况的通报");
    // a publisher's name before the metadata is not a title
    expect(findTitle(l("某某县委巡察办 发布时间：2024-01-15", "关于县委巡察整改进展情况的通报", "根据县委统一部署……")).title).toBe("关于县委巡察整改进展情况的通报");
  });
});

describe("kind", () => {
  it("reads “回头看”巡察 as 巡察回头看 and 机动式巡察 as written", async () => {
    const { findKind } = await import("../../src/extract/facts.js");
    expect(findKind("区委第一巡察组对某某镇党委开展了“回头看”巡察")).toBe("巡察回头看");
    expect(findKind("县委第二巡察组对县粮食局开展了机动式巡察")).toBe("机动式巡察");
  });
  it("takes a plain kind from the group's own word, not 巡察 said in passing", async () => {
    const { findKind } = await import("../../src/extract/facts.js");
    expect(findKind("省委第四巡视组对某某市进行了巡视，推动巡视巡察上下联动。")).toBe("巡视");
    expect(findKind("市委第三巡察组落实巡视整改要求，对某某局进行了巡察。")).toBe("巡察");
  });
});

describe("comment period without a year", () => {
  it("takes the year from the notice's date, and is null rather than empty without one", async () => {
    const { findCommentPeriod } = await import("../../src/extract/facts.js");
    expect(findCommentPeriod("公示时间：12月28日至1月5日。", "2023-12-27")).toEqual({ start: "2023-12-28", end: "2024-01-05" });
    expect(findCommentPeriod("公示时间：12月28日至1月5日。")).toBeNull();
  });
});

describe("a period whose end names its day only", () => {
  it("ends in the start's month (2023年6月5日至28日, 二〇二三年六月五日至二十八日)", () => {
    expect(findInspectionDates("2023年6月5日至28日，县委第五巡察组对县统计局党组开展了机动巡察，7月6日反馈了意见。")).toEqual({ start: "2023-06-05", end: "2023-06-28", feedback_date: "2023-07-06" });
    expect(findInspectionDates("二〇二三年六月五日至二十八日，县委第五巡察组对县统计局党组开展了机动巡察。")).toMatchObject({ start: "2023-06-05", end: "2023-06-28" });
  });
});

describe("target", () => {
  it("reads the unit when many words stand before 巡察, and several units named together", async () => {
    const { findTarget } = await import("../../src/extract/facts.js");
    expect(findTarget("市委第二巡察组对市档案馆党组开展了为期近两个月的常规巡察")).toBe("市档案馆党组");
    expect(findTarget("市委第二巡察组对市档案馆党组开展了为期两个月的“回头看”专项巡察")).toBe("市档案馆党组");
    expect(findTarget("县委第四巡察组对县商务局、县供销社党组开展了联动巡察")).toBe("县商务局、县供销社党组");
  });
  it("reads the leadership, not its members, when the group inspected both (领导班子及其成员)", async () => {
    const { findTarget } = await import("../../src/extract/facts.js");
    expect(findTarget("县委第二巡察组对县水利局领导班子及其成员开展了常规巡察")).toBe("县水利局领导班子");
    expect(findTarget("市委第一巡察组对某某公司党委领导班子和班子成员进行了巡察")).toBe("某某公司党委领导班子");
  });
  it("takes the issuer for a unit that names itself (对我镇…, 对本单位…), and nothing without one", async () => {
    const { parseText } = await import("../../src/index.js");
    const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
    const body = "2024年5月，区委第三巡察组对我镇开展了常规巡察。\n一、整改情况\n1.台账不全。整改措施：建立台账。\n";
    expect(parseText(`中共某某镇委员会关于巡察整改情况的通报\n${body}中共某某镇委员会\n2024年10月8日\n`, src).inspection.target).toBe("中共某某镇委员会");
    expect(parseText(`巡察整改情况通报\n${body}`, src).inspection.target).toBeNull();
  });
});

describe("title under a site's metadata", () => {
  const l = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));
  it("skips the metadata table and reads the title after its label (名称：, 标题：)", async () => {
    const { findTitle } = await import("../../src/extract/facts.js");
    expect(findTitle(l("索 引 号:001/2023-0042发布机构:某某区审计局生成日期:2023-05-06主题分类:巡察整改", "名  称:中共某某区审计局党组关于区委第三巡察组反馈意见整改情况的通报", "文  号:", "根据区委统一部署……。")).title).toBe("中共某某区审计局党组关于区委第三巡察组反馈意见整改情况的通报");
    expect(findTitle(l("标题：关于区委第三巡察组反馈意见整改情况的通报", "作者：区审计局　来源：区政府网", "根据区委统一部署……。")).title).toBe("关于区委第三巡察组反馈意见整改情况的通报");
  });
});

describe("the inspection told in the first section", () => {
  it("reads its dates, target and kind from the summary when the lines above the first heading lack them", async () => {
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("中共某某县统计局党组关于巡察整改情况的通报\n根据有关要求，现将整改情况通报如下：\n一、巡察反馈及整改总体情况\n2023年4月3日至5月31日，县委第四巡察组对县统计局党组开展了专项巡察。6月21日，县委第四巡察组向局党组反馈了巡察意见。\n二、整改落实情况\n1.统计台账不全。整改情况：补齐台账。\n中共某某县统计局党组\n2023年9月1日", { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
    expect(doc.inspection).toMatchObject({ inspector: "县委第四巡察组", target: "县统计局党组", start: "2023-04-03", end: "2023-05-31", feedback_date: "2023-06-21", kind: "专项巡察" });
  });
});

describe("a group named right after its round", () => {
  it("belongs to the committee that runs the round", () => {
    expect(findInspector("根据省委统一部署，十三届省委第二轮巡视第五巡视组对省粮食局党组开展了常规巡视。")).toBe("省委第五巡视组");
    expect(findInspector("2023年4月，县委第三轮巡察第二巡察组对县民政局党组进行了巡察。")).toBe("县委第二巡察组");
  });
});

describe("sign-off of units named 馆, 站, 队, 厂 and people's organisations", () => {
  it("reads them as issuers", async () => {
    const { findSignoff } = await import("../../src/extract/facts.js");
    const l = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));
    expect(findSignoff(l("欢迎监督。", "某某市图书馆", "2023年9月1日")).issuer).toBe("某某市图书馆");
    expect(findSignoff(l("欢迎监督。", "某某县公安局交通警察大队", "2023年9月1日")).issuer).toBe("某某县公安局交通警察大队");
    expect(findSignoff(l("欢迎监督。", "某某县妇联", "2023年9月1日")).issuer).toBe("某某县妇联");
  });
});

describe("a feedback date with no year and no inspection period", () => {
  it("takes its year from the notice's date", () => {
    expect(findInspectionDates("县委第二巡察组对县民宗局党组开展了巡察，于5月20日反馈了巡察意见。", "2023-09-01").feedback_date).toBe("2023-05-20");
    expect(findInspectionDates("县委第二巡察组对县民宗局党组开展了巡察，于11月20日反馈了巡察意见。", "2024-02-01").feedback_date).toBe("2023-11-20");
    expect(findInspectionDates("县委第二巡察组对县民宗局党组开展了巡察，于11月20日反馈了巡察意见。").feedback_date).toBeNull();
  });
});

describe("target named as a subordinate unit", () => {
  it("drops 所属/下属 before the unit's name", async () => {
    const { findTarget } = await import("../../src/extract/facts.js");
    expect(findTarget("集团党委第二巡察组对所属某某物流公司开展了专项巡察")).toBe("某某物流公司");
    expect(findTarget("县委第三巡察组对某某乡所属8个村党组织开展了巡察")).toBe("某某乡所属8个村党组织");
  });
});

describe("sign-off forms", () => {
  const l = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));
  it("reads a date with a bracketed remark after it (（此件公开发布）)", async () => {
    const { findSignoff } = await import("../../src/extract/facts.js");
    expect(findSignoff(l("欢迎监督。", "中共某某县林业局党组", "2023年9月1日（此件公开发布）"))).toEqual({ issuer: "中共某某县林业局党组", published: "2023-09-01" });
  });
  it("reads two organisations on one line as a joint sign-off, joined by a space", async () => {
    const { findSignoff } = await import("../../src/extract/facts.js");
    expect(findSignoff(l("欢迎监督。", "中共某某县林业局党组　　某某县林业局", "2023年9月1日")).issuer).toBe("中共某某县林业局党组 某某县林业局");
  });
});

describe("target after 进驻 with a comma before the work", () => {
  it("reads the unit the group moved into", async () => {
    const { findTarget } = await import("../../src/extract/facts.js");
    expect(findTarget("市委第四巡察组于2023年3月6日进驻市供销社，开展为期两个月的常规巡察。")).toBe("市供销社");
  });
});

describe("a period given to the month, in Chinese numerals or with no year", () => {
  it("reads 二〇二三年三月至五月, and 3月至5月 with the year of the notice's date", () => {
    expect(findInspectionDates("二〇二三年三月至五月，县委第一巡察组对县审计局党组开展了巡察，六月十二日反馈了巡察意见。")).toEqual({ start: "2023-03", end: "2023-05", feedback_date: "2023-06-12" });
    expect(findInspectionDates("3月至5月，县委第一巡察组对县审计局党组开展了巡察，6月12日反馈了巡察意见。", "2023-10-09")).toEqual({ start: "2023-03", end: "2023-05", feedback_date: "2023-06-12" });
    expect(findInspectionDates("11月至12月，县委第一巡察组对县审计局党组开展了巡察。", "2024-03-01")).toMatchObject({ start: "2023-11", end: "2023-12" });
    expect(findInspectionDates("3月至5月，县委第一巡察组对县审计局党组开展了巡察。").start).toBeNull();
  });
});

describe("a follow-up inspection named by its word alone (对某局开展了“回头看”)", () => {
  it("reads the unit and the kind", () => {
    expect(findTarget("区委第三巡察组对区民政局党组开展了“回头看”。")).toBe("区民政局党组");
    expect(findKind("区委第三巡察组对区民政局党组开展了“回头看”。")).toBe("巡察回头看");
    expect(findKind("省委第一巡视组对某市进行“回头看”")).toBe("巡视回头看");
    // a kind written out wins
    expect(findKind("区委第三巡察组对区民政局党组开展了专项巡察")).toBe("专项巡察");
  });
  it("dates it by the month before it, as 开展了巡察 is", () => {
    expect(findInspectionDates("2023年10月，区委第三巡察组对区民政局党组开展了“回头看”。").start).toBe("2023-10");
    expect(findInspectionDates("2023年第四季度，区委第三巡察组对区民政局党组开展“回头看”。")).toEqual({ start: "2023-10", end: "2023-12", feedback_date: null });
  });
});

describe("a group numbered after its word, named right after its round (区委第三轮巡察第二组)", () => {
  // (巡察第二组 is no name without its round: read as the notice states it, not composed as 区委巡察第二组)
  it("is named with its committee and round, as written; 区委第三轮巡察第二巡察组 belongs to the committee", () => {
    expect(findInspector("根据区委统一部署，区委第三轮巡察第二组对区民政局党组开展了常规巡察。")).toBe("区委第三轮巡察第二组");
    expect(findInspector("省委第一轮巡视第四组对某市开展了巡视。")).toBe("省委第一轮巡视第四组");
    expect(findInspector("区委第三轮巡察第二巡察组对区民政局党组开展了常规巡察。")).toBe("区委第二巡察组");
  });
});
