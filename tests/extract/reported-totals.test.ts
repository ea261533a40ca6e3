// Stated totals in more phrasings (areas before the count, "all of them" done, a count with no
// noun, words between a count and 正在推进, measures all done, persons before the sanction).
// Each sentence and notice is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";
import { parseBytes } from "../../src/index.js";

const parse = (...lines: string[]) => parseBytes(new TextEncoder().encode(lines.join("\n") + "\n"), { path: "t.txt" });

describe("stated totals: areas, all done, counts with no noun", () => {
  it("reads the problems, not the areas they fall in", () => {
    expect(findReported("巡察组反馈问题共3个方面12条。").issues_total).toBe(12);
    expect(findReported("市委巡察组反馈问题4大类，15个。").issues_total).toBe(15);
    expect(findReported("反馈问题5个领域21项，制定措施60条。")).toEqual({ issues_total: 21, measures_total: 60 });
    // the areas alone are no total
    expect(findReported("反馈问题共计4个方面，制定措施20条。").issues_total).toBeUndefined();
  });
  it("reads all of a total written noun first as completed", () => {
    expect(findReported("县委第二巡察组反馈问题12个，已全部整改完成。")).toEqual({ issues_total: 12, issues_completed: 12 });
    expect(findReported("指出问题九个，目前均已全部整改到位。")).toEqual({ issues_total: 9, issues_completed: 9 });
    expect(findReported("反馈问题12个，要在年底前全部整改到位。").issues_completed).toBeUndefined();
  });
  it("reads all of a count done with no 已", () => {
    expect(findReported("反馈的12个问题全部整改到位。")).toEqual({ issues_total: 12, issues_completed: 12 });
    expect(findReported("确保12个问题全部整改到位。").issues_completed).toBeUndefined();
  });
  it("reads a done count and an in-progress count with no noun", () => {
    expect(findReported("对照反馈意见，19个已整改到位，1个正在推进。")).toEqual({ issues_completed: 19, issues_in_progress: 1 });
    expect(findReported("交办问题中，8项已办结，2项正在按计划推进。")).toMatchObject({ issues_completed: 8, issues_in_progress: 2 });
    // about measures, not problems
    expect(findReported("制定整改措施45条，其中40条已完成，5条正在推进。")).toEqual({ measures_total: 45 });
  });
  it("reads words between a count of problems and 正在推进", () => {
    expect(findReported("剩余的2个问题因涉及历史遗留因素，正在持续推进。")).toEqual({ issues_in_progress: 2 });
    expect(findReported("另外，3个问题需长期坚持，正在持续推进。")).toEqual({ issues_in_progress: 3 });
    // the total the notice works on is not in progress
    expect(findReported("对反馈的12个问题，正在推进整改。").issues_in_progress).toBeUndefined();
    expect(findReported("12个问题中，已完成10个，正在推进2个。")).toEqual({ issues_total: 12, issues_completed: 10, issues_in_progress: 2 });
  });
  it("reads 反馈了问题 and 巡察发现问题", () => {
    expect(findReported("市委巡察组反馈了问题7个。").issues_total).toBe(7);
    expect(findReported("巡察发现问题7个。").issues_total).toBe(7);
    expect(findReported("巡视组发现问题十一个。").issues_total).toBe(11);
    expect(findReported("自查发现问题8个。").issues_total).toBeUndefined();
  });
  it("reads measures all carried out as completed", () => {
    expect(findReported("45条整改措施已全部落实。")).toEqual({ measures_total: 45, measures_completed: 45 });
    expect(findReported("制定整改措施30项，均已完成。")).toEqual({ measures_total: 30, measures_completed: 30 });
  });
  it("reads persons named before their sanction", () => {
    expect(findReported("给予2人党纪处分。").people_held_accountable).toBe(2);
    expect(findReported("给予3名干部政务处分。").people_held_accountable).toBe(3);
    expect(findReported("对4名相关人员给予党纪处分。").people_held_accountable).toBe(4);
    // 诫勉 is one of the ways of holding to account (问责条例 Art. 8)
    expect(findReported("给予2人诫勉谈话。").people_held_accountable).toBe(2);
  });
  it("reads them in the body of a notice", () => {
    const n = parse(
      "中共某某县农业农村局党组关于县委巡察整改进展情况的通报",
      "根据县委统一部署，2024年3月4日至5月10日，县委第四巡察组对县农业农村局党组进行了巡察。6月12日，巡察组反馈了问题共3个方面12条。",
      "局党组制定整改措施45条，45条整改措施已全部落实。截至目前，10个已整改到位，2个问题因涉及跨部门协调，正在持续推进。给予2人党纪处分。",
      "一、关于落实主体责任方面",
      "1.关于“研究部署不够”问题的整改",
      "整改措施：召开专题会议研究部署。",
    );
    expect(n.reported).toEqual({ issues_total: 12, issues_completed: 10, issues_in_progress: 2, measures_total: 45, measures_completed: 45, people_held_accountable: 2 });
  });
});
