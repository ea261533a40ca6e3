// Item status, kind and category decided through the whole pipeline, on made-up notices.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const items = (text: string) => parseText(text, src).items.map((i) => [i.kind, i.status, i.category, i.problem]);

describe("status", () => {
  it("comes from the status section an item stands in", () => {
    expect(items("二、整改落实情况\n（一）已完成整改的问题（2个）\n1.关于甲的问题\n一是做了。\n（二）正在整改的问题\n1.关于乙的问题\n一是在做。")).toEqual([
      ["issue", "completed", "整改落实情况", "甲"],
      ["issue", "in_progress", "整改落实情况", "乙"],
    ]);
  });
  it("comes from a 整改状态 field or a progress field that is only a status", () => {
    expect(items("二、整改情况\n1.关于台账不全的问题\n整改措施：建立台账。\n完成情况：已完成\n2.关于制度缺失的问题\n整改状态：持续推进").map((i) => i[1])).toEqual(["completed", "in_progress"]);
  });
  it("reads more status words: 整改完毕 已解决 已全部完成, 落实中 进行中 序时推进 按期推进, in fields and section headings", () => {
    const field = (v: string) => items(`二、整改情况\n1.关于台账不全的问题\n整改措施：建立台账。\n整改状态：${v}\n2.关于制度缺失的问题\n整改措施：制定制度。`)[0][1];
    expect(["整改完毕", "已解决", "已全部完成", "落实中", "进行中", "序时推进", "按期推进"].map(field)).toEqual(["completed", "completed", "completed", "in_progress", "in_progress", "in_progress", "in_progress"]);
    expect(items("二、整改情况\n（一）整改完毕的问题\n1.关于台账不全的问题\n整改措施：建立台账。\n（二）序时推进的问题\n1.关于制度缺失的问题\n整改措施：制定制度。").map((i) => i[1])).toEqual(["completed", "in_progress"]);
  });
  it("does not come from a short results field that reports a thing done (完成目录梳理)", () => {
    expect(items("二、整改情况\n1.关于台账不全的问题\n整改措施：建立台账。\n完成情况：完成台账梳理。\n2.关于制度缺失的问题\n整改措施：修订制度。\n完成情况：已全部整改完成。\n3.关于会议过多的问题\n整改措施：精简会议。\n整改进展：按期完成").map((i) => i[1])).toEqual(["unknown", "completed", "completed"]);
  });
  it("is completed when the notice says all problems are done, unknown otherwise", () => {
    expect(items("一、总体情况\n反馈的5个问题已全部整改完成。\n二、整改情况\n1.关于甲的问题\n整改措施：做了。")[0][1]).toBe("completed");
    expect(items("一、总体情况\n提出的4条意见建议已全部办理完毕。\n二、意见建议办理情况\n1.关于加强学习的建议\n办理情况：制定学习计划。")[0].slice(0, 2)).toEqual(["suggestion", "completed"]);
    expect(items("一、总体情况\n我们将确保全部整改完成。\n二、整改情况\n1.关于甲的问题\n整改措施：做了。")[0][1]).toBe("unknown");
    // said by the counts: as many done as were fed back
    expect(items("一、总体情况\n巡察反馈问题3个方面12项，已整改完成12项。\n二、整改情况\n1.关于甲的问题\n整改措施：做了。")[0][1]).toBe("completed");
    expect(items("一、总体情况\n巡察反馈问题12项，已整改完成11项。\n二、整改情况\n1.关于甲的问题\n整改措施：做了。")[0][1]).toBe("unknown");
  });
});

describe("kind", () => {
  it("marks suggestions and immediate fixes by their section", () => {
    expect(items("二、整改情况\n（一）立行立改事项\n1.关于甲的问题\n做了。\n（二）意见建议落实情况\n1.关于“加强学习”的建议\n做了。").map((i) => i[0])).toEqual(["immediate", "suggestion"]);
  });
});

describe("kind sections named otherwise", () => {
  const body = "\n1.加强干部队伍建设。\n落实情况：制定培养计划。\n2.规范资金管理。\n落实情况：出台管理办法。";
  it("hold suggestions (对巡察建议的落实情况, 巡察组所提3条建议的办理情况, 关于巡察建议的整改情况) and immediate fixes (即知即改问题, 边巡边改事项)", () => {
    for (const [head, kind] of [["对巡察建议的落实情况", "suggestion"], ["巡察组所提3条建议的办理情况", "suggestion"], ["关于巡察建议的整改情况", "suggestion"], ["即知即改问题", "immediate"], ["边巡边改事项", "immediate"]]) {
      const got = items(`二、整改落实情况\n1.财务审批不严格。\n整改措施：修订制度。\n三、${head}${body}`);
      expect(got.map((i) => [i[0], i[2], i[3]])).toEqual([
        ["issue", "整改落实情况", "财务审批不严格"],
        [kind, head, "加强干部队伍建设"],
        [kind, head, "规范资金管理"],
      ]);
    }
  });
});

describe("closing block", () => {
  it("the last item's measures stop before the invitation, contacts and sign-off", () => {
    const doc = parseText("二、整改情况\n1.关于甲的问题\n整改措施：建立台账。\n欢迎广大干部群众监督。联系电话：0571-12345678。\n中共某某县委员会\n2024年6月1日", src);
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["建立台账。"]);
    expect(doc.published).toBe("2024-06-01");
    expect(doc.contact.phones).toEqual(["0571-12345678"]);
  });
  it("a sign-off dated in Chinese numerals closes the last item too", () => {
    const doc = parseText("二、整改情况\n1.关于乙的问题\n整改措施：修订制度。\n某某市审计局党组\n二〇二四年六月一日", src);
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["修订制度。"]);
    expect(doc.published).toBe("2024-06-01");
  });
  it("a sign-off dated only to the month closes the last item", () => {
    const doc = parseText("二、整改情况\n1.关于丙的问题\n整改措施：清理台账。\n中共某某县委员会\n2024年6月", src);
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["清理台账。"]);
    expect(doc.issuer).toBe("中共某某县委员会");
    expect(doc.published).toBe("2024-06");
  });
  it("a sign-off in numeric form under a hospital's name closes the last item", () => {
    const doc = parseText("二、整改情况\n1.关于丁的问题\n整改措施：完善制度。\n某某市第一人民医院\n2024.6.1", src);
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["完善制度。"]);
    expect(doc.published).toBe("2024-06-01");
  });
  it("a note and an attachment list after the sign-off stay out of the last item", () => {
    const doc = parseText("二、整改情况\n1.关于己的问题\n整改措施：建立制度。\n中共某某乡委员会\n2023年9月8日\n（此件公开发布）\n附件：\n1.整改任务清单\n2.整改台账", src);
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["建立制度。"]);
    expect([doc.issuer, doc.published]).toEqual(["中共某某乡委员会", "2023-09-08"]);
    expect(doc.sections.flatMap((s) => s.children).map((s) => s.title)).toEqual(["关于己的问题"]);
  });
  it("an attachment list before the sign-off stays out of the last item", () => {
    const doc = parseText("二、整改情况\n1.关于壬的问题\n整改措施：核查许可证。\n附件：1.整改任务清单\n2.制度清单\n中共某某区水务局党组\n2023年12月1日", src);
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["核查许可证。"]);
    expect(doc.issuer).toBe("中共某某区水务局党组");
  });
  it("numbered lines that end a notice without an 附件 line are its last items", () => {
    const doc = parseText("二、整改情况\n1.关于庚的问题\n2.关于辛的问题", src);
    expect(doc.items.map((i) => i.problem)).toEqual(["庚", "辛"]);
  });
  it("a month-only line in the body is not a sign-off", () => {
    const doc = parseText("二、整改情况\n1.关于戊的问题\n整改措施：开展检查。\n2024年6月\n完成全部整改。", src);
    expect(doc.items[0].measures.map((m) => m.text).join("")).toContain("完成全部整改");
  });
});

describe("fields that state a status, and labels of their own", () => {
  const one = (text: string) => parseText(text, src).items[0];
  it("reads the status at the start of a results field after the measures, and drops a bare status from the results", () => {
    const a = one("二、整改情况\n1.关于甲的问题\n整改措施：修订规则。\n整改结果：已完成。全年研究事项12项。");
    // (the status that opens the field is no part of the result: round 11)
    expect([a.status, a.outcomes.map((o) => o.text)]).toEqual(["completed", ["全年研究事项12项。"]]);
    const b = one("二、整改情况\n1.关于乙的问题\n整改措施：修订规则。\n整改结果：已完成。");
    expect([b.status, b.outcomes]).toEqual(["completed", []]);
  });
  it("takes 整改时限：已完成 for the status, and keeps 长期坚持 as the deadline", () => {
    const a = one("二、整改情况\n1.关于甲的问题\n整改措施：调整用房。\n整改时限：已完成");
    expect([a.status, a.deadline]).toEqual(["completed", null]);
    const b = one("二、整改情况\n1.关于乙的问题\n整改措施：调整用房。\n整改时限：长期坚持");
    expect([b.status, b.deadline]).toEqual(["unknown", "长期坚持"]);
  });
  it("ends a field at 困难：, 整改责任人：, 牵头领导：, 整改目标：, reading difficulties", () => {
    const a = one("二、整改情况\n1.关于甲的问题\n整改措施：调配人员4名。\n牵头领导：王某\n整改时限：2024年底\n整改责任人：李某\n困难：编制不足。\n整改目标：年底前清零。");
    expect([a.measures.map((m) => m.text), a.deadline, a.difficulties]).toEqual([["调配人员4名。"], "2024年底", "编制不足"]);
  });
  it("goes on with the measures after a deadline set under one of them", () => {
    const a = one("二、整改情况\n1.关于甲的问题\n整改措施：\n①开展清理行动。\n整改时限：2023年底\n②建立信息平台。\n整改时限：2024年6月");
    expect([a.measures.map((m) => m.text), a.deadline]).toEqual([["开展清理行动。", "建立信息平台。"], "2023年底；2024年6月"]);
  });
  it("reads 存在问题： after the measures as a difficulty", () => {
    expect(one("二、整改情况\n1.关于甲的问题\n整改措施：建立台账。\n存在问题：个别单位报账慢。").difficulties).toBe("个别单位报账慢");
  });
  it("strips 1） from a measure and 在…方面 from a problem", () => {
    expect(one("二、整改情况\n1.关于甲的问题\n整改措施：\n1）建立清单；\n2）定期研判。").measures.map((m) => m.text)).toEqual(["建立清单；", "定期研判。"]);
    expect(one("二、整改情况\n1.在资产管理方面，闲置房产长期未盘活。\n整改措施：公开招租。").problem).toBe("闲置房产长期未盘活");
    expect(one("二、整改情况\n1.在财务管理方面存在超标准报销问题。\n整改措施：清退。").problem).toBe("超标准报销");
  });
});

describe("a measures field that only states a status", () => {
  it("states the status and lists no measure; a measure that names what was done stays", () => {
    const doc = parseText("二、整改情况\n1.关于台账不全的问题\n整改情况：正在整改。\n2.关于制度缺失的问题\n整改措施：一是建立审查制度；二是已完成合同清理。", src);
    expect(doc.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["in_progress", []],
      ["unknown", ["建立审查制度；", "已完成合同清理。"]],
    ]);
  });
});

describe("status stated at the start of a field", () => {
  it("reads 整改情况：已完成。… and 整改进展：正在推进，…", () => {
    expect(items("二、整改情况\n1.关于甲的问题\n整改情况：已完成。一是建立台账；二是完善制度。\n2.关于乙的问题\n整改进展：正在推进，已召开会议2次。").map((i) => i[1])).toEqual(["completed", "in_progress"]);
  });
  it("does not read a status out of a long opening clause", () => {
    expect(items("二、整改情况\n1.关于甲的问题\n整改情况：针对已完成的项目开展复查。")[0][1]).toBe("unknown");
  });
});

describe("status stated right under the heading", () => {
  it("reads 已完成整改。 / 正在推进整改。 before the labelled fields, on the heading's line or the next", () => {
    expect(items("二、整改情况\n1.校园安全管理不到位。已完成整改。整改措施：排查隐患。\n2.课后服务质量不高。正在推进整改。整改措施：优化课程。\n3.台账不全。\n目前已整改到位。\n整改措施：补齐台账。").map((i) => i[1])).toEqual(["completed", "in_progress", "completed"]);
  });
  it("keeps a sentence that says more than a status as the item's text", () => {
    expect(items("二、整改情况\n1.台账不全。已完成台账的补登工作并建立了月报制度。整改措施：补齐台账。")[0][1]).toBe("unknown");
  });
});

describe("status stated after the measures with the word 工作", () => {
  it("reads 整改工作正在持续推进。 / 各项工作已全部完成。 closing the measures as the status", () => {
    const one = (tail: string) => parseText(`二、整改情况\n1.关于档案管理不规范的问题\n一是排查档案；二是规范程序。${tail}`, src).items[0];
    expect(one("整改工作正在持续推进。").status).toBe("in_progress");
    expect(one("各项工作已全部完成。").status).toBe("completed");
    expect(one("整改工作正在持续推进。").measures.map((m) => m.text)).toEqual(["排查档案；", "规范程序。"]);
  });
});

describe("a status sentence that is an item's whole body", () => {
  it("states the status after a heading that holds its measure (针对…问题，…。已完成整改。) or alone under it", () => {
    const got = parseText("二、整改情况\n1.针对台账不全的问题，建立管理台账。已完成整改。\n2.针对制度缺失的问题，修订制度。\n正在推进。\n3.会议记录不全\n已整改完成。", src).items;
    expect(got.map((i) => i.status)).toEqual(["completed", "in_progress", "completed"]);
    expect(got[0].measures.map((m) => m.text)).toEqual(["建立管理台账。"]);
  });
  it("reads 已全部整改到位。 and 均已办结。 closing the measures as completed", () => {
    const one = (tail: string) => parseText(`二、整改情况\n1.关于台账不全的问题\n一是补登台账；二是建立月报制度。${tail}`, src).items[0];
    expect([one("已全部整改到位。").status, one("目前均已办结。").status, one("尚未整改到位。").status]).toEqual(["completed", "completed", "in_progress"]);
    expect(one("已全部整改到位。").measures.map((m) => m.text)).toEqual(["补登台账；", "建立月报制度。"]);
  });
});
