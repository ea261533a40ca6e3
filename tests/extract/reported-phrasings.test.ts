// Stated totals in the phrasings notices use besides the textbook ones; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported, countsFromStatusTitles } from "../../src/extract/reported.js";

describe("stated totals: more phrasings", () => {
  it("reads a total written noun first", () => {
    expect(findReported("市委巡察组反馈问题17个。").issues_total).toBe(17);
    expect(findReported("本轮共反馈问题九个。").issues_total).toBe(9);
    expect(findReported("巡视反馈问题共计44条。").issues_total).toBe(44);
  });
  it("reads the problems a unit takes on (认领) as the total", () => {
    expect(findReported("县教育局党委共认领问题 26 个，已整改完成 22 个。")).toMatchObject({ issues_total: 26, issues_completed: 22 });
    expect(findReported("对认领的3个方面19个问题逐项整改。").issues_total).toBe(19);
  });
  it("reads what is left in progress", () => {
    expect(findReported("反馈问题12个，已完成10个，剩余2个正在推进。").issues_in_progress).toBe(2);
    expect(findReported("其余5个问题正在持续整改中。").issues_in_progress).toBe(5);
  });
  it("reads a bare completed count only in a clause about problems", () => {
    expect(findReported("交办的问题中，已整改十一个。").issues_completed).toBe(11);
    expect(findReported("对反馈的9个问题，已完成7个。").issues_completed).toBe(7);
    expect(findReported("制定措施40条，已完成36条。").issues_completed).toBeUndefined();
    expect(findReported("提出意见建议6个，正在推进6个。").issues_in_progress).toBeUndefined();
  });
  it("reads completed measures, rules, money and accountability", () => {
    expect(findReported("已完成整改措施41条。").measures_completed).toBe(41);
    expect(findReported("建立健全制度机制12项。").rules_made).toBe(12);
    expect(findReported("出台制度规定3项。").rules_made).toBe(3);
    expect(findReported("挽回经济损失约一百五十万元。").recovered_wan_yuan).toBe(150);
    expect(findReported("收回资金三千余万元。").recovered_wan_yuan).toBe(3000);
    expect(findReported("追缴挽回经济损失共计1.5亿元。").recovered_wan_yuan).toBe(15000);
    expect(findReported("追回资金2,345.6万元。").recovered_wan_yuan).toBe(2345.6);
    expect(findReported("问责干部8人。").people_held_accountable).toBe(8);
    expect(findReported("问责处理干部5名。").people_held_accountable).toBe(5);
    expect(findReported("对9名相关责任人进行了问责。").people_held_accountable).toBe(9);
    expect(findReported("给予党纪政务处分2人。").people_held_accountable).toBe(2);
  });
});

describe("stated totals: counts split across clauses", () => {
  it("reads a rectified count after a clause about measures", () => {
    expect(findReported("针对指出的21个问题，细化整改举措60条，现已整改完成18个，剩余3个问题正在有序推进。")).toEqual({
      issues_total: 21,
      issues_completed: 18,
      issues_in_progress: 3,
      measures_total: 60,
    });
    // a bare 已完成 after measures is still about the measures
    expect(findReported("反馈的8个问题，制定措施30条，已完成25个。").issues_completed).toBeUndefined();
  });
  it("reads in progress with words between 正在 and 推进", () => {
    expect(findReported("其余4个问题正在按时序推进。").issues_in_progress).toBe(4);
  });
  it("reads completed measures written count first", () => {
    expect(findReported("45项整改措施已完成39项。").measures_completed).toBe(39);
    expect(findReported("52条整改措施已落实50条。").measures_completed).toBe(50);
    expect(findReported("208条整改措施已完成196条。").measures_completed).toBe(196);
    // after a comma, and with the count wrapped onto the next line
    expect(findReported("截至6月底，45\n项整改措施已完成39项。").measures_completed).toBe(39);
    expect(findReported("追回资金1,234万元，234项整改措施已完成200项。").measures_completed).toBe(200);
  });
  it("reads all problems done when the sentence says so after other clauses", () => {
    expect(findReported("对指出的4个方面13个具体问题，建立整改台账，明确措施40项，目前已全部整改完成。")).toMatchObject({ issues_total: 13, issues_completed: 13 });
    expect(findReported("反馈的13个问题，已完成11个，其余已全部整改到位。").issues_completed).toBe(11);
    expect(findReported("反馈的13个问题，制定整改措施40项，措施已全部整改完成。").issues_completed).toBeUndefined();
  });
  it("reads money recovered and avoided, and sanctions without 给予", () => {
    expect(findReported("挽回和避免经济损失860万元。").recovered_wan_yuan).toBe(860);
    // (诫勉 holds to account too, and a list of sanctions adds up)
    expect(findReported("党纪政务处分5人，诫勉谈话3人。").people_held_accountable).toBe(8);
    expect(findReported("处分5人。").people_held_accountable).toBeUndefined();
  });
});

describe("stated totals: what is not a total", () => {
  it("does not take case leads for problems", () => {
    expect(findReported("巡视组移交7条问题线索；对反馈的30个问题，已完成整改28个。")).toEqual({ issues_total: 30, issues_completed: 28 });
  });
  it("does not take a completed count for the total", () => {
    expect(findReported("目前已完成整改11个问题，2个问题正在整改。").issues_total).toBeUndefined();
  });
});

describe("counts in status headings", () => {
  it("reads completed and in-progress counts from the headings", () => {
    expect(countsFromStatusTitles(["已完成整改的问题（4个）", "正在推进整改的问题（2个）"])).toEqual({ issues_completed: 4, issues_in_progress: 2 });
  });
  it("does not count suggestions or a heading without a count", () => {
    expect(countsFromStatusTitles(["已完成整改的意见建议（3个）", "已完成整改的问题"])).toEqual({});
  });
});

describe("stated totals: a web page's summaries of rectification", () => {
  it("reads a count in progress after 整改 in a clause that names measures too (整改 is done to problems)", () => {
    const r = findReported("对反馈的4个方面21个问题，逐项制定整改措施68条，截至目前，已完成整改19个，正在推进整改2个。");
    expect([r.issues_total, r.issues_completed, r.issues_in_progress, r.measures_total]).toEqual([21, 19, 2, 68]);
    expect(findReported("制定整改措施30项，已完成整改8个，尚未完成整改1个。").issues_in_progress).toBe(1);
    // 正在推进 with no 整改 after measures counts measures, not problems
    expect(findReported("制定措施40条，已完成36条，正在推进4条。").issues_in_progress).toBeUndefined();
  });
  it("reads completed measures counted out of the total (45条整改措施中已完成40条)", () => {
    expect(findReported("45条整改措施中已完成40条，其余5条正在推进。").measures_completed).toBe(40);
    expect(findReported("整改措施45条中，已落实42条。").measures_completed).toBe(42);
  });
  it("reads a total of measures written noun first at the start of a clause (整改措施56项)", () => {
    expect(findReported("巡察反馈问题共计4个方面18个，整改措施56项。").measures_total).toBe(56);
    expect(findReported("共有整改举措三十二条，已完成三十条。").measures_total).toBe(32);
    // what is done is not the total
    expect(findReported("目前已完成整改措施41条。").measures_total).toBeUndefined();
  });
});

describe("stated totals: completed counts and measures in shorter wordings", () => {
  it("reads 整改完成19个 where a clause starts, and 已整改完毕19个", () => {
    expect(findReported("反馈问题21个，整改完成19个，正在整改2个。")).toMatchObject({ issues_total: 21, issues_completed: 19, issues_in_progress: 2 });
    expect(findReported("巡察指出的21个问题，已整改完毕19个。").issues_completed).toBe(19);
    // measures done are not problems done
    expect(findReported("制定措施40条，完成整改措施36条。").issues_completed).toBeUndefined();
  });
  it("reads measures counted as 具体措施", () => {
    expect(findReported("针对反馈问题，制定了21项整改任务、68条具体措施。").measures_total).toBe(68);
  });
});
