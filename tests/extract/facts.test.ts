// Document facts, each rule with made-up sentences from other places and levels.
import { describe, it, expect } from "vitest";
import { findInspector, findTarget, findRound, findKind, findInspectionDates, findCommentPeriod, issuerFromTitle, findTitle, findSignoff } from "../../src/extract/facts.js";
import { findContacts } from "../../src/extract/contact.js";

const lines = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));

describe("inspection group", () => {
  it("takes the owning committee with its place name", () => {
    expect(findInspector("2024年3月1日至5月10日，长沙市委第五巡察组对市水务局开展了巡察。")).toBe("长沙市委第五巡察组");
    expect(findInspector("根据省委统一部署，省委第二巡视组于2023年对我厅进行了巡视。")).toBe("省委第二巡视组");
  });
  it("does not take a verb phrase for a place name", () => {
    expect(findInspector("6月6日邀请市委第七巡察组组长作辅导报告")).toBe("市委第七巡察组");
    expect(findInspector("经县委批准由县委第一巡察组开展巡察")).toBe("县委第一巡察组");
  });
  it("prefers the group named most, in its fullest form found anywhere", () => {
    expect(findInspector("第三巡察组对某局开展巡察。", "正文中县委第三巡察组反馈了意见。")).toBe("县委第三巡察组");
  });
  it("keeps 中共 and the committee's term as written", () => {
    expect(findInspector("按照县委部署，中共长丰县委第二巡察组对县水务局开展了巡察。")).toBe("中共长丰县委第二巡察组");
    expect(findInspector("九届区委第四巡察组对区教体局进行了巡察。")).toBe("九届区委第四巡察组");
  });
  it("keeps a body's name that holds 中 or 同 (疾控中心, 同济大学)", () => {
    expect(findInspector("市疾控中心党委第一巡察组对检验科开展了巡察。")).toBe("市疾控中心党委第一巡察组");
    expect(findInspector("同济大学党委第二巡察组进驻。")).toBe("同济大学党委第二巡察组");
  });
  it("returns null when no group is named", () => expect(findInspector("本单位开展了自查。")).toBeNull());
});

describe("target, round and kind", () => {
  it("reads the inspected unit", () => {
    expect(findTarget("市委第一巡察组对市卫生健康委员会党组进行了巡察")).toBe("市卫生健康委员会党组");
    expect(findTarget("区委第二巡察组对某某街道党工委开展了“回头看”专项巡察")).toBe("某某街道党工委");
    // as written, with the 党组织 it names
    expect(findTarget("县委第三巡察组对某某乡所属8个村党组织开展了巡察")).toBe("某某乡所属8个村党组织");
  });
  it("returns the inspected unit as written, brackets and digits in their own width, as the title is", async () => {
    const { foldString } = await import("../../src/normalize/fold.js");
    const written = "县委第二巡察组对某某镇１２个村（社区）党组织开展了常规巡察";
    expect(findTarget(foldString(written), written)).toBe("某某镇１２个村（社区）党组织");
    const { parseText } = await import("../../src/index.js");
    const doc = parseText("关于县委第二巡察组巡察反馈意见整改情况的通报\n根据县委部署，县委第二巡察组对某某镇１２个村（社区）党组织开展了常规巡察。\n一、整改情况\n1.关于台账不全的问题\n整改措施：补齐台账。", { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
    expect(doc.inspection.target).toBe("某某镇１２个村（社区）党组织");
  });
  it("reads the round and the kind", () => {
    expect(findRound("关于十二届县委第三轮巡察反馈意见整改情况的通报")).toBe("十二届县委第三轮");
    expect(findKind("对区教育局开展了提级巡察")).toBe("提级巡察");
    expect(findKind("省委第一巡视组进行了巡视")).toBe("巡视");
  });
});

describe("dates", () => {
  it("reads the period; the end takes the start's year", () => {
    const d = findInspectionDates("2023年11月20日至2024年1月15日，县委巡察组进行了巡察，并于3月2日反馈了意见。");
    expect(d).toEqual({ start: "2023-11-20", end: "2024-01-15", feedback_date: "2024-03-02" });
  });
  it("infers a missing year after the inspection (feedback in the next year)", () => {
    const d = findInspectionDates("2022年10月8日至12月20日，市委第四巡察组进行了巡察。1月12日，巡察组反馈了巡察意见。");
    expect(d).toEqual({ start: "2022-10-08", end: "2022-12-20", feedback_date: "2023-01-12" });
  });
  it("reads spaced digits and ISO dates", () => {
    const d = findInspectionDates("2024 年 5 月 6 日至 7 月 1 日，第二巡察组对某局开展巡察。2024-08-15反馈巡察意见。");
    expect(d).toEqual({ start: "2024-05-06", end: "2024-07-01", feedback_date: "2024-08-15" });
  });
  it("reads the public comment period", () => {
    expect(findCommentPeriod("公示期：2024年9月1日至9月7日。")).toEqual({ start: "2024-09-01", end: "2024-09-07" });
    expect(findCommentPeriod("没有期限。")).toBeNull();
  });
});

describe("title, issuer, sign-off", () => {
  it("joins a title set on two lines and skips page chrome", () => {
    const t = findTitle(lines("发布时间：2024-05-01", "中共某县财政局党组关于县委第二轮巡察", "反馈意见整改情况的通报", "根据县委统一部署，……。"));
    expect(t.title).toBe("中共某县财政局党组关于县委第二轮巡察反馈意见整改情况的通报");
  });
  it("takes the issuer from the title when there is no sign-off", () => {
    expect(issuerFromTitle("中共某某区委宣传部关于巡察整改进展情况的通报")).toBe("中共某某区委宣传部");
    expect(issuerFromTitle("关于区委第二巡察组对某某镇党委巡察整改情况的通报")).toBe("某某镇党委");
  });
  it("reads the sign-off: organisation then date, in Arabic or Chinese numerals", () => {
    expect(findSignoff(lines("正文。", "中共某某县卫生健康局委员会", "二〇二四年十二月三十一日"))).toEqual({ issuer: "中共某某县卫生健康局委员会", published: "2024-12-31" });
    expect(findSignoff(lines("正文。", "联系电话：12345678。"))).toEqual({ issuer: null, published: null });
  });
});

describe("contacts", () => {
  it("reads phones, e-mails, postcodes and addresses from contact sentences", () => {
    const c = findContacts(["联系电话：010-12345678（工作日9:00-17:00），电子邮箱：xunCha_2024@example.gov.cn；通信地址：某市某区人民路1号，邮编：100001。"]);
    expect(c).toEqual({ phones: ["010-12345678"], emails: ["xunCha_2024@example.gov.cn"], postcodes: ["100001"], addresses: ["某市某区人民路1号"] });
  });
  it("reads a mobile number and ignores figures in other lines", () => {
    expect(findContacts(["完成投资12345678元。", "举报电话 13912345678"]).phones).toEqual(["13912345678"]);
  });
});

describe("title among page chrome", () => {
  it("skips breadcrumbs and metadata lines that mention 巡察", () => {
    const t = findTitle(lines("您当前的位置：首页 > 巡察工作 > 整改公开", "中共某某镇委员会关于区委巡察整改情况的通报", "发布时间：2024-06-18  来源：区纪委"));
    expect(t.title).toBe("中共某某镇委员会关于区委巡察整改情况的通报");
  });
});

describe("title block", () => {
  const parse = async (text: string) => (await import("../../src/index.js")).parseText(text, { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
  it("joins the issuer set on its own line above a long 关于… line", () => {
    const t = findTitle(lines("中共某某市交通运输局委员会", "关于十三届市委第二轮巡察集中整改进展情况的通报", "根据市委统一部署，开展了巡察。"));
    expect(t.title).toBe("中共某某市交通运输局委员会关于十三届市委第二轮巡察集中整改进展情况的通报");
  });
  it("leaves out a letterhead wrapped into the issuer line above 关于…", () => {
    // an enterprise's name and a department printed on lines 1-2, the issuer on line 3
    const wrapped = [
      { text: "某某交通建设集团有限公司党委巡察办中共某某路桥工程有限公司委员会", written: "某某交通建设集团有限公司党委巡察办中共某某路桥工程有限公司委员会", line: 1 },
      { text: "关于集团党委第三轮巡察整改情况的通报", written: "关于集团党委第三轮巡察整改情况的通报", line: 4 },
      { text: "根据集团党委统一部署，开展了巡察。", written: "根据集团党委统一部署，开展了巡察。", line: 5 },
    ];
    expect(findTitle(wrapped).title).toBe("中共某某路桥工程有限公司委员会关于集团党委第三轮巡察整改情况的通报");
    // an issuer on one line keeps its whole name
    const one = wrapped.map((l, k) => ({ ...l, line: k + 1 }));
    expect(findTitle(one).title).toBe("某某交通建设集团有限公司党委巡察办中共某某路桥工程有限公司委员会关于集团党委第三轮巡察整改情况的通报");
  });
  it("leaves out a web page's column name above the title", async () => {
    const doc = await parse("巡察工作\n中共某某区审计局党组关于区委\n第二轮巡察整改进展情况的通报\n根据区委统一部署，开展了巡察。");
    expect(doc.title).toBe("中共某某区审计局党组关于区委第二轮巡察整改进展情况的通报");
  });
  it("reads the issuer printed under the title; the bracketed date there is not the feedback date, nor a signature", async () => {
    const doc = await parse("关于省委第四轮巡视整改进展情况的通报\n中共某某省林业局党组\n（2023年12月6日）\n\n2023年5月8日至7月2日，省委第三巡视组对省林业局党组开展了巡视，并于2023年8月30日反馈了意见。\n一、整改情况\n已完成整改9项。");
    // published is the signature's date (GUIDE.md): this notice signs with none.
    expect([doc.issuer, doc.published, doc.inspection.feedback_date]).toEqual(["中共某某省林业局党组", null, "2023-08-30"]);
  });
});
