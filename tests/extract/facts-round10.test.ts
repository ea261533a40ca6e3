// Facts in shapes met in round 10; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findInspector, findRound, findKind } from "../../src/extract/facts.js";
import { findContacts } from "../../src/extract/contact.js";

describe("a group's owner under two names", () => {
  it("keeps a bracketed alternative name inside the owner (省局（公司）党组)", () => {
    expect(findInspector("根据工作安排，省局（公司）党组第二巡察组对某某市局（公司）开展了巡察。")).toBe("省局（公司）党组第二巡察组");
    expect(findInspector("按照市局(公司)党组第一巡察组的反馈意见")).toBe("市局(公司)党组第一巡察组");
    expect(findInspector("集团（公司）党委巡察组对所属单位进行了巡察")).toBe("集团（公司）党委巡察组");
    // a company's full name in the bracket
    expect(findInspector("按照统一部署，省电力公司（国网某某省电力有限公司）党委第四巡察组对某供电公司开展了巡察。")).toBe("省电力公司（国网某某省电力有限公司）党委第四巡察组");
  });
  it("still cuts the owner at a word no name holds, and leaves a bracket with no name before it", () => {
    expect(findInspector("根据省局（公司）党组巡察工作部署，由党组第二巡察组开展巡察。")).toBe("党组第二巡察组");
    expect(findInspector("（公司）党组第三巡察组对某部进行了巡察。")).toBe("党组第三巡察组");
  });
  it("reads the round of such an owner too", () => {
    expect(findRound("根据省局（公司）党组第一轮巡察工作部署")).toBe("省局（公司）党组第一轮");
  });
});

describe("a bare group after the body that deploys it", () => {
  // 根据县委统一部署 names who deploys the inspection, not whose the group is: the group stays as
  // written; the kind and round are read as ever.
  it("does not lend the deploying body to the group", () => {
    const s = "根据县委统一部署，第三巡察组于2024年4月对县交通运输局党组开展了常规巡察。";
    expect(findInspector(s)).toBe("第三巡察组");
    expect(findKind(s)).toBe("常规巡察");
    expect(findRound(s)).toBeNull();
    const t = "根据县委巡察工作领导小组统一部署，2023年县委第五轮巡察期间，第二巡察组对某某镇党委进行了巡察。";
    expect(findInspector(t)).toBe("第二巡察组");
    expect(findRound(t)).toBe("2023年县委第五轮");
    expect(findKind(t)).toBe("巡察");
  });
});

describe("a phone whose area code is set apart by a space", () => {
  it("gives the space after a bare area code as a dash; a bracket sets it apart itself", () => {
    expect(findContacts(["监督电话：0415 1234567"]).phones).toEqual(["0415-1234567"]);
    expect(findContacts(["联系电话：010 6512 3456；传真：(0415) 1234 5678"]).phones).toEqual(["010-65123456", "(0415)12345678"]);
    expect(findContacts(["联系电话：０４１５　１２３４５６７"].map((w) => ({ text: w.normalize("NFKC"), written: w }))).phones).toEqual(["０４１５-１２３４５６７"]);
  });
  it("leaves a mobile, a dashed number and a local number as they were", () => {
    expect(findContacts(["电话：139 1234 5678，0415 - 1234567，12345678"]).phones).toEqual(["13912345678", "0415-1234567", "12345678"]);
  });
  it("lends the dashed area code to a local number listed after it", () => {
    expect(findContacts(["举报电话：0851 1234567、7654321"]).phones).toEqual(["0851-1234567", "0851-7654321"]);
  });
});
