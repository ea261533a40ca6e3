// Stated totals in wordings met across levels and unit kinds (a village's own 巡察, an
// enterprise's 巡视, a town's 提级巡察); each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";

describe("problems found or taken on", () => {
  it("reads 巡察共发现问题 with an adverb between the inspection and its verb", () => {
    expect(findReported("巡察共发现问题7个，已全部整改到位。")).toEqual({ issues_total: 7, issues_completed: 7 });
    expect(findReported("巡视组累计发现问题12条。").issues_total).toBe(12);
  });
  it("reads the problems a unit took on (认领问题23个)", () => {
    expect(findReported("镇党委共认领问题23个，已整改到位20个。")).toEqual({ issues_total: 23, issues_completed: 20 });
  });
  it("reads a list of problems (问题清单21条)", () => {
    expect(findReported("共梳理出问题清单二十一条、制定整改措施六十五项。")).toEqual({ issues_total: 21, measures_total: 65 });
  });
  it("reads a left-over count carried on as planned (其余2个按计划推进)", () => {
    expect(findReported("巡察指出的21个问题已整改完成19个，其余2个按计划推进。").issues_in_progress).toBe(2);
    expect(findReported("剩余3个问题按时序推进。").issues_in_progress).toBe(3);
  });
});

describe("measures completed, said after the count of measures in the same clause", () => {
  it("reads 已完成N项 when the clause counts measures", () => {
    expect(findReported("制定整改措施65项，截至目前已完成60项，其余5项正在推进。")).toEqual({ measures_total: 65, measures_completed: 60 });
    expect(findReported("共制定整改措施65项，其中已完成60项，正在推进5项。").measures_completed).toBe(60);
    expect(findReported("制定整改措施103条，整改措施已落实96条。").measures_completed).toBe(96);
    expect(findReported("制定整改措施65项，完成60项，建立完善制度12项。").measures_completed).toBe(60);
  });
  it("leaves a count of problems and a completed count of problems alone", () => {
    expect(findReported("反馈问题21个，制定整改措施65项，已完成整改19个。").measures_completed).toBeUndefined();
    expect(findReported("制定整改措施65项，已完成19个问题。").measures_completed).toBeUndefined();
    expect(findReported("反馈问题21个，已完成19个。").measures_completed).toBeUndefined();
    // a plan, not a result
    expect(findReported("制定整改措施65项，力争年底前完成60项。").measures_completed).toBeUndefined();
  });
});

describe("money recovered, with words naming the money", () => {
  it("reads what the funds were (集体资金, 违规发放补贴资金, 侵占群众资金)", () => {
    expect(findReported("收回集体资金3.6万元。").recovered_wan_yuan).toBe(3.6);
    expect(findReported("追回违规发放补贴资金35.6万元。").recovered_wan_yuan).toBe(35.6);
    expect(findReported("清退违规收费资金2.1万元。").recovered_wan_yuan).toBe(2.1);
    expect(findReported("督促退还侵占群众资金3.2万元。").recovered_wan_yuan).toBe(3.2);
  });
  it("does not read money spent after money came back", () => {
    expect(findReported("收回闲置土地后投入建设资金500万元。").recovered_wan_yuan).toBeUndefined();
  });
});

describe("counts done or left without 已 or 正在", () => {
  it("reads 整改完成19个 and 整改中2个", () => {
    expect(findReported("反馈问题21个，整改完成19个，整改中2个。")).toEqual({ issues_total: 21, issues_completed: 19, issues_in_progress: 2 });
    expect(findReported("反馈问题21个。截至目前，完成整改19个，剩余2个持续推进。").issues_completed).toBe(19);
  });
  it("does not read a plan", () => {
    expect(findReported("确保年底前整改完成19个。").issues_completed).toBeUndefined();
  });
  it("reads money paid back (退缴, 退赔)", () => {
    expect(findReported("督促退缴违规发放津补贴8.2万元。").recovered_wan_yuan).toBe(8.2);
  });
});

describe("more wordings of the total and of all done", () => {
  it("reads 共发现问题21个 with words between the group and its verb", () => {
    expect(findReported("巡察组在巡察期间共发现问题21个，移交问题线索3条。")).toEqual({ issues_total: 21 });
    expect(findReported("巡察期间共发现问题线索8条。")).toEqual({});
  });
  it("reads 全部整改销号 as all done", () => {
    expect(findReported("反馈的21个问题已全部整改销号。")).toEqual({ issues_total: 21, issues_completed: 21 });
  });
});

describe("measures completed and money recovered, other word orders", () => {
  it("reads 完成整改措施60项 without 已, but not a plan", () => {
    expect(findReported("制定整改措施65项，完成整改措施60项。")).toEqual({ measures_total: 65, measures_completed: 60 });
    expect(findReported("确保年底前完成整改措施60项。").measures_completed).toBeUndefined();
  });
  it("reads a sum written before its verb (违规资金35.6万元已全部追回)", () => {
    expect(findReported("涉及违规资金35.6万元已全部追回。").recovered_wan_yuan).toBe(35.6);
    expect(findReported("涉及违规资金35.6万元，正在督促退还。").recovered_wan_yuan).toBeUndefined();
  });
});

describe("problems to rectify, said with 需 or 应 (共需整改问题12项)", () => {
  it("reads the total wherever the clause starts", () => {
    expect(findReported("本轮巡察共需整改问题14项，已完成11项。")).toEqual({ issues_total: 14, issues_completed: 11 });
    expect(findReported("镇党委需整改问题共9个。").issues_total).toBe(9);
    expect(findReported("对照反馈意见，该局应整改问题17个，已整改完成15个。")).toEqual({ issues_total: 17, issues_completed: 15 });
    expect(findReported("学校党委应当整改的问题2个方面共8条。").issues_total).toBe(8);
  });
  it("does not read what is still to do, or 对应/相应, as the total", () => {
    expect(findReported("已完成10个，尚需整改问题2个。").issues_total).toBeUndefined();
    expect(findReported("还需整改问题3个，仍需整改问题4个。").issues_total).toBeUndefined();
    expect(findReported("逐一对应整改问题6个。").issues_total).toBeUndefined();
  });
});
