// Document facts in shapes met while probing made-up notices of other levels and kinds of unit
// (国企, 高校, 医院, 乡镇, 街道, 村). Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findInspectionDates, findCommentPeriod, findTitle } from "../../src/extract/facts.js";
import { findReported } from "../../src/extract/reported.js";
import { findContacts } from "../../src/extract/contact.js";

describe("a count rectified after a count of measures", () => {
  it("in another measure word than the measures' own is problems, not measures done", () => {
    const r = findReported("对反馈的4个方面21个问题，局党组制定了60项整改措施，已完成整改19个，剩余2个正在推进。");
    expect(r.measures_completed).toBeUndefined();
    expect(r.issues_completed).toBe(19);
    expect(r.measures_total).toBe(60);
    const s = findReported("针对反馈的9个问题，制定了30条整改措施，目前已完成整改8个。");
    expect(s.measures_completed).toBeUndefined();
    expect(s.issues_completed).toBe(8);
  });
  it("in the measures' own word is still measures done", () => {
    expect(findReported("制定76项整改措施，已完成整改70项。").measures_completed).toBe(70);
    expect(findReported("共制定45条整改措施，已落实41条。").measures_completed).toBe(41);
  });
  it("makes a bare count left over after it a count of problems", () => {
    expect(findReported("公司党委制定整改措施50条，已完成整改16个，剩余3个正在按计划推进。").issues_in_progress).toBe(3);
    expect(findReported("制定整改措施50条，整改完成16个，其余1个正按计划推进。").issues_in_progress).toBe(1);
    // a count left over of measures stays no count of problems
    expect(findReported("制定整改措施50条，已落实46条，剩余4条正在推进。").issues_in_progress).toBeUndefined();
  });
});

describe("a month in 同年 or 当年", () => {
  it("takes the year of the last date before it", () => {
    const d = findInspectionDates("自2023年11月6日起至2024年1月5日止，县委第一巡察组对县林业局党组开展了巡察，于同年2月上旬反馈了意见。");
    expect(d.start).toBe("2023-11-06");
    expect(d.feedback_date).toBe("2024-02");
    expect(findInspectionDates("2024年3月4日至4月30日，市委第二巡察组对某公司开展了巡察，当年6月12日反馈了巡察意见。").feedback_date).toBe("2024-06-12");
  });
});

describe("an invitation from the notice's own date (可自…起至…)", () => {
  it("starts on the notice's date and ends on the date named", () => {
    expect(findCommentPeriod("如有意见建议，可自本公告发布之日起至2024年5月20日通过来信反映。", "2024-05-13")).toEqual({ start: "2024-05-13", end: "2024-05-20" });
    expect(findCommentPeriod("请自即日起至2024年5月20日前通过电话反映意见。", "2024-05-13")).toEqual({ start: "2024-05-13", end: "2024-05-20" });
  });
  it("with no word of feedback is no comment period", () => {
    expect(findCommentPeriod("可自2024年5月起申请补贴。", "2024-05-13")).toBeNull();
  });
});

describe("contacts", () => {
  it("reads a mobile set in groups of 3-4-4 with spaces, given without them", () => {
    expect(findContacts(["联系人：李某，手机：138 0013 8000"]).phones).toEqual(["13800138000"]);
    expect(findContacts(["监督电话：0571-1234567  手机 150 1234 5678"]).phones).toEqual(["0571-1234567", "15012345678"]);
  });
  it("reads a post-office box after 信箱：, not an e-mail after 电子信箱：", () => {
    const c = findContacts(["来信：信箱：某某市邮政局2002号信箱（邮编：300000）", "电子信箱：abc@163.com"]);
    expect(c.addresses).toEqual(["某某市邮政局2002号信箱"]);
    expect(c.emails).toEqual(["abc@163.com"]);
    expect(c.postcodes).toEqual(["300000"]);
  });
});

describe("money recovered and persons held to account, in more words", () => {
  it("reads 退回/返还 and pay (工资, 绩效, 奖金) as money recovered", () => {
    expect(findReported("督促退回违规资金23.6万元。").recovered_wan_yuan).toBe(23.6);
    expect(findReported("责令返还违规领取补助4.2万元。").recovered_wan_yuan).toBe(4.2);
    expect(findReported("清退违规发放绩效12.36万元，追回多发工资3.5万元。").recovered_wan_yuan).toBe(15.86);
    expect(findReported("收回超发奖金8000元。").recovered_wan_yuan).toBe(0.8);
  });
  it("reads 追究责任 as 追责", () => {
    expect(findReported("追究相关人员责任5人。").people_held_accountable).toBe(5);
    expect(findReported("追究责任8人，其中给予党纪处分3人。").people_held_accountable).toBe(8);
  });
});

describe("an enterprise's 400/800 service line", () => {
  it("is a phone as written", () => {
    expect(findContacts(["客服热线：400-123-4567，监督电话：0532-81234567"]).phones).toEqual(["400-123-4567", "0532-81234567"]);
    expect(findContacts(["举报电话：8008101234"]).phones).toEqual(["8008101234"]);
  });
  it("not a number without a phone cue", () => {
    expect(findContacts(["完成投资4001234567元"]).phones).toEqual([]);
  });
});

describe("an editor's note above the title", () => {
  const lines = (texts: string[]) => texts.map((t, k) => ({ text: t, written: t, line: k + 1 }));
  it("is not part of the title", () => {
    const t = findTitle(lines(["编者按：为加强巡察整改监督，现将整改情况予以公布。", "关于某某县粮食局党组巡察整改情况的通报", "2024年5月，县委第一巡察组对县粮食局党组开展了巡察。"]));
    expect(t.title).toBe("关于某某县粮食局党组巡察整改情况的通报");
    const u = findTitle(lines(["导读：巡察整改进行时", "关于某某公司", "巡察整改情况的通报", "正文。"]));
    expect(u.title).toBe("关于某某公司巡察整改情况的通报");
  });
});
