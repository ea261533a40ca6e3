// Stated totals written in parts or with other words for "in all"; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";

describe("rules made, stated in parts", () => {
  it("adds up the rules made and revised in one sentence", () => {
    expect(findReported("新建制度8项，修订制度12项。").rules_made).toBe(20);
    expect(findReported("新制定制度6项、修订完善制度9项、修订3项。").rules_made).toBe(18);
    expect(findReported("出台制度办法2个; 完善制度 4 个。").rules_made).toBe(6);
  });
  it("a stated total's breakdown, abolished rules and other things are no parts", () => {
    expect(findReported("建立完善制度20项，其中新建8项、修订12项。").rules_made).toBe(20);
    expect(findReported("新建制度8项，废止制度2项，修订制度3项。").rules_made).toBe(8);
    expect(findReported("新建制度8项，完善台账措施12项。").rules_made).toBe(8);
    expect(findReported("新建制度8项。修订制度12项。").rules_made).toBe(8);
  });
});

describe("共有 before a total", () => {
  it("reads 反馈的问题共有…个", () => {
    expect(findReported("巡察组反馈的问题共有4个方面16个，已整改完成15个。")).toMatchObject({ issues_total: 16, issues_completed: 15 });
    expect(findReported("反馈问题共有 21 条。").issues_total).toBe(21);
  });
});

describe("problems counted after the opinions they were given in", () => {
  it("reads the problems, not the opinions", () => {
    expect(findReported("巡察组反馈意见4条、具体问题35个。").issues_total).toBe(35);
    expect(findReported("市委巡察组反馈巡察意见 4 条，具体问题 35 个，已完成整改30个。")).toMatchObject({ issues_total: 35, issues_completed: 30 });
  });
});

describe("accountability and money recovered, in other words", () => {
  it("追责 holds persons to account as 问责 does", () => {
    expect(findReported("严肃问责追责12人。").people_held_accountable).toBe(12);
    expect(findReported("追责8人。").people_held_accountable).toBe(8);
  });
  it("reads sums recovered with their interest or fines, and gains, taxes and rents", () => {
    expect(findReported("收回违规资金及利息共计12.5万元。").recovered_wan_yuan).toBe(12.5);
    expect(findReported("追缴税款及滞纳金2300万元。").recovered_wan_yuan).toBe(2300);
    expect(findReported("退缴违纪违法所得48.6万元。").recovered_wan_yuan).toBe(48.6);
    expect(findReported("收回拖欠租金36万元。").recovered_wan_yuan).toBe(36);
  });
});

describe("money recovered, stated in parts", () => {
  it("adds up sums in one sentence, each opened by its verb", () => {
    expect(findReported("收回资金36.25万元，清退多发补贴1.2万元。").recovered_wan_yuan).toBe(37.45);
    expect(findReported("追缴税款2300万元，督促退还违规收费12万元，追回资金1.5亿元。").recovered_wan_yuan).toBe(17312);
  });
  it("not a breakdown, another sentence, or a sum beside 挽回 (which may hold the others)", () => {
    expect(findReported("挽回经济损失1200万元，其中追缴资金800万元。").recovered_wan_yuan).toBe(1200);
    expect(findReported("收回资金36.25万元。清退补贴1.2万元。").recovered_wan_yuan).toBe(36.25);
    expect(findReported("挽回经济损失120万元，追回资金80万元。").recovered_wan_yuan).toBe(120);
    expect(findReported("追回资金80万元，挽回经济损失120万元。").recovered_wan_yuan).toBe(80);
  });
});

describe("measures drawn up, in other verbs", () => {
  it("形成, 拟定, 列出, 确定 a count of measures", () => {
    expect(findReported("公司党委形成整改措施85条。").measures_total).toBe(85);
    expect(findReported("逐条拟定整改措施 85 项，已落实80项。")).toMatchObject({ measures_total: 85, measures_completed: 80 });
    expect(findReported("列出整改措施85条。").measures_total).toBe(85);
    expect(findReported("确定整改责任人12名。").measures_total).toBeUndefined();
  });
});

describe("suggestions counted before a plain 建议", () => {
  it("reads 提出N条建议", () => {
    expect(findReported("巡察组提出3条建议。").suggestions_total).toBe(3);
    expect(findReported("对巡察组提出的 4 项工作建议逐条落实。").suggestions_total).toBe(4);
    expect(findReported("巡察组提出3条意见。").suggestions_total).toBeUndefined();
  });
});
