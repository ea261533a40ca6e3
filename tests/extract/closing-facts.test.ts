// Comment periods and contacts in the closing block; each line is made up.
import { describe, it, expect } from "vitest";
import { findCommentPeriod } from "../../src/extract/facts.js";
import { findContacts } from "../../src/extract/contact.js";

describe("comment period", () => {
  it("reads a span in the invitation to comment", () => {
    expect(findCommentPeriod("欢迎监督。请于2023年6月5日至6月14日通过以下方式反映。")).toEqual({ start: "2023-06-05", end: "2023-06-14" });
    expect(findCommentPeriod("请在2023年6月5日至6月14日期间向我们反映意见。")).toEqual({ start: "2023-06-05", end: "2023-06-14" });
  });
  it("reads other labels and an end that names its day only", () => {
    expect(findCommentPeriod("意见反馈期：2023年6月5日至6月14日")).toEqual({ start: "2023-06-05", end: "2023-06-14" });
    expect(findCommentPeriod("受理时间：2023年6月5日至6月14日")).toEqual({ start: "2023-06-05", end: "2023-06-14" });
    expect(findCommentPeriod("公示期：2023年6月5日-14日")).toEqual({ start: "2023-06-05", end: "2023-06-14" });
  });
  it("reads a period that only names its end as starting on the notice's own date", () => {
    expect(findCommentPeriod("反映时间：即日起至2024年9月10日。", "2024-09-01")).toEqual({ start: "2024-09-01", end: "2024-09-10" });
    expect(findCommentPeriod("请于2024年9月10日前通过来信来电反映。", "2024-09-01")).toEqual({ start: "2024-09-01", end: "2024-09-10" });
    expect(findCommentPeriod("公示期：自本通报发布之日起至9月10日止。", "2024-09-01")).toEqual({ start: "2024-09-01", end: "2024-09-10" });
    // without a date of its own the notice's start is unknown
    expect(findCommentPeriod("反映时间：即日起至2024年9月10日。")).toEqual({ start: null, end: "2024-09-10" });
  });
  it("reads a span whose purpose comes after a long list of ways to send it", () => {
    expect(findCommentPeriod("请于2023年12月20日至12月27日期间，通过电话0746-8381234或电子邮箱dangban@xxzy.edu.cn反映。")).toEqual({ start: "2023-12-20", end: "2023-12-27" });
  });
  it("reads 意见反馈：, 监督时间为 and an invitation with 可于/可在", () => {
    expect(findCommentPeriod("意见反馈：2024年8月12日至8月21日")).toEqual({ start: "2024-08-12", end: "2024-08-21" });
    expect(findCommentPeriod("欢迎社会各界监督，监督时间为2024年8月12日至8月26日。")).toEqual({ start: "2024-08-12", end: "2024-08-26" });
    expect(findCommentPeriod("如有意见建议，可于2024年8月12日至8月21日期间通过以下方式反映。")).toEqual({ start: "2024-08-12", end: "2024-08-21" });
    expect(findCommentPeriod("意见建议可在2024年8月12日至8月26日内反映。")).toEqual({ start: "2024-08-12", end: "2024-08-26" });
  });
  it("does not read a deadline for something else", () => {
    expect(findCommentPeriod("请于2023年6月5日至6月14日完成自查。")).toBeNull();
    expect(findCommentPeriod("整改工作可于2023年6月5日至6月14日完成。")).toBeNull();
    expect(findCommentPeriod("省委巡视组意见反馈会于2024年6月20日召开。")).toBeNull();
  });
});

describe("contacts", () => {
  it("reads a mobile alone, a five-digit service line and an extension", () => {
    expect(findContacts(["手机：13812345678", "举报电话：12380", "联系电话：0371-61234567转6002"]).phones).toEqual(["13812345678", "12380", "0371-61234567转6002"]);
  });
  it("reads every dash between a phone's digit groups, and keeps the one written", () => {
    expect(findContacts(["联系电话：0551—65123456；传真：0551–65123457，举报电话：0551－65123458", "热线电话：0551——65123459转8001，010 ‒ 12345678—12"]).phones).toEqual([
      "0551—65123456", "0551–65123457", "0551－65123458", "0551——65123459转8001", "010‒12345678—12",
    ]);
  });
  it("reads a local number set in two groups after an area code", () => {
    expect(findContacts(["电话 (0415) 1234 5678；邮编：118000", "监督电话：010-6512 3456、0411 876 5432"]).phones).toEqual(["(0415)12345678", "010-65123456", "0411-8765432"]);
    // two numbers set apart by a space stay two
    expect(findContacts(["联系电话：0415-1234567 0415-7654321"]).phones).toEqual(["0415-1234567", "0415-7654321"]);
  });
  it("reads a second phone set alone on the line below a phone line", () => {
    expect(findContacts(["联系电话：0738-3222111", "          0738-3222112", "0738-3222113", "电子信箱：a@b.cn"]).phones).toEqual(["0738-3222111", "0738-3222112", "0738-3222113"]);
    // a number alone after a line with no phone is not read
    expect(findContacts(["通信地址：某某路1号", "3222112"]).phones).toEqual([]);
  });
  it("keeps a bracketed, labelled postcode out of the address", () => {
    const c = findContacts(["通讯地址：某某县教育局（邮政编码：026000）", "来信地址：某某路1号(邮编: 026001)"]);
    expect([c.addresses, c.postcodes]).toEqual([["某某县教育局", "某某路1号"], ["026000", "026001"]]);
  });
  it("reads a postcode in brackets after the address", () => {
    const c = findContacts(["通信地址：某某市人民路8号（450001）"]);
    expect(c.postcodes).toEqual(["450001"]);
    expect(c.addresses).toEqual(["某某市人民路8号"]);
  });
});

describe("sign-off forms", () => {
  const l = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));
  it("reads issuer and date on one line", async () => {
    const { findSignoff } = await import("../../src/extract/facts.js");
    expect(findSignoff(l("联系电话：0371-61234567", "中共某某市审计局党组  2023年8月9日"))).toEqual({ issuer: "中共某某市审计局党组", published: "2023-08-09" });
  });
  it("reads a bracketed date and a date with 印发", async () => {
    const { findSignoff } = await import("../../src/extract/facts.js");
    expect(findSignoff(l("中共某某市审计局党组", "（2023年8月9日）"))).toEqual({ issuer: "中共某某市审计局党组", published: "2023-08-09" });
    expect(findSignoff(l("中共某某市审计局党组", "2023年8月9日印发"))).toEqual({ issuer: "中共某某市审计局党组", published: "2023-08-09" });
  });
  it("accepts issuers that end in 管委会, 巡察办, 领导小组, 林场, 广播电视台, 供销合作社", async () => {
    const { findSignoff } = await import("../../src/extract/facts.js");
    for (const org of ["某某高新区管委会", "中共某某区委巡察办", "某某县巡察工作领导小组", "某某国有林场", "某某市广播电视台", "某某县供销合作社"]) {
      expect(findSignoff(l(org, "2023年8月9日")).issuer).toBe(org);
    }
  });
});
