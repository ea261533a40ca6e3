// Document facts of round 9: a letterhead over the title, counts listed under one verb, totals
// with a completion rate, in-progress counts, a target wrapped across lines, contact lines that
// hold an e-mail or an address beside a phone. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { findReported } from "../../src/extract/reported.js";
import { findTarget, findInspectionDates, findInspector, findKind, findCommentPeriod } from "../../src/extract/facts.js";
import { findContacts } from "../../src/extract/contact.js";

const parse = (text: string) => parseText(text, { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });

describe("a letterhead above the title", () => {
  const body = "\n\n根据县委统一部署，县委第一巡察组对县林业局党组开展了巡察。\n一、整改情况\n已完成整改问题5个。\n";
  it("set apart by a blank line, is the issuer and not part of the title", () => {
    const doc = parse(`中共某某县委巡察工作领导小组办公室\n\n关于县林业局党组巡察整改情况的通报${body}`);
    expect([doc.title, doc.issuer]).toEqual(["关于县林业局党组巡察整改情况的通报", "中共某某县委巡察工作领导小组办公室"]);
    // a red header's body the same, without its 文件
    const red = parse(`某某市人民政府办公室文件\n\n某政办〔2025〕3号\n\n关于市林业局巡察整改情况的通报${body}`);
    expect([red.title, red.issuer]).toEqual(["关于市林业局巡察整改情况的通报", "某某市人民政府办公室"]);
  });
  it("set right above 关于… with no blank line, is the title's opening", () => {
    const doc = parse(`中共某某县林业局党组\n关于县委巡察整改情况的通报${body}`);
    expect(doc.title).toBe("中共某某县林业局党组关于县委巡察整改情况的通报");
  });
  it("over a title set on two lines, or one that opens with its own issuer", () => {
    const two = parse(`中共某某县委巡察工作领导小组办公室\n\n关于县林业局党组巡察整改\n进展情况的通报${body}`);
    expect([two.title, two.issuer]).toEqual(["关于县林业局党组巡察整改进展情况的通报", "中共某某县委巡察工作领导小组办公室"]);
    // the title's own issuer is the issuer then
    const own = parse(`中共某某县委巡察工作领导小组办公室\n\n中共某某县林业局党组关于县委巡察整改进展情况的通报${body}`);
    expect([own.title, own.issuer]).toEqual(["中共某某县林业局党组关于县委巡察整改进展情况的通报", "中共某某县林业局党组"]);
  });
  it("over a bulletin's masthead (its name, its issue), which is no part of the title either", () => {
    const doc = parse(`中共某某县委巡察工作领导小组办公室\n\n巡察工作简报\n\n第7期\n\n关于县林业局党组巡察整改情况的通报${body}`);
    expect([doc.title, doc.issuer]).toEqual(["关于县林业局党组巡察整改情况的通报", "中共某某县委巡察工作领导小组办公室"]);
    // a line between that is no masthead is not dropped unseen
    const other = parse(`中共某某县委巡察工作领导小组办公室\n\n请各单位认真学习\n\n关于县林业局党组巡察整改情况的通报${body}`);
    expect(other.title).toContain("请各单位认真学习");
  });
  it("gives way to the sign-off's issuer", () => {
    const doc = parse(`中共某某县委巡察工作领导小组办公室\n\n关于县林业局党组巡察整改情况的通报${body}\n中共某某县林业局党组\n2025年6月1日\n`);
    expect([doc.title, doc.issuer]).toEqual(["关于县林业局党组巡察整改情况的通报", "中共某某县林业局党组"]);
  });
});

describe("counts listed under one verb", () => {
  it("each count after the first shares the verb (已完成A、B)", () => {
    expect(findReported("县水务局已完成整改措施52条、整改问题14个。")).toEqual({ measures_completed: 52, issues_completed: 14 });
    expect(findReported("截至目前，已完成整改问题9项和整改举措31条。")).toEqual({ issues_completed: 9, measures_completed: 31 });
    // another count between them (立行立改事项) does not break the list
    expect(findReported("已完成整改措施40条、立行立改事项6件、整改问题11个。").issues_completed).toBe(11);
  });
  it("not across a clause: a count after a comma has its own verb", () => {
    expect(findReported("已完成整改措施52条，整改问题14个正在推进。").issues_completed).toBeUndefined();
  });
});

describe("a total rectified, with a completion rate", () => {
  it("共整改问题N个 is the total wherever the clause starts", () => {
    expect(findReported("巡察反馈以来，县林业局共整改问题73个，整改完成率95.9%。")).toEqual({ issues_total: 73, completion_rate: 0.959 });
    expect(findReported("全年累计共计整改问题12项。").issues_total).toBe(12);
  });
  it("not what is done or still in hand", () => {
    expect(findReported("已共整改问题5个。").issues_total).toBeUndefined();
    expect(findReported("目前正在整改问题5个。").issues_total).toBeUndefined();
  });
});

describe("all measures done, said with a word for now", () => {
  it("现已全部落实 / 截至目前，均已完成 after the count of measures", () => {
    expect(findReported("县林业局党组制定了17条整改措施，现已全部落实。")).toEqual({ measures_total: 17, measures_completed: 17 });
    expect(findReported("细化整改措施33项，截至目前，均已完成。")).toEqual({ measures_total: 33, measures_completed: 33 });
  });
  it("not a plan to finish them", () => {
    expect(findReported("制定了17条整改措施，确保年底前全部落实。").measures_completed).toBeUndefined();
  });
});

describe("problems still in hand", () => {
  it("are in progress, never the total found", () => {
    expect(findReported("目前正在推进整改的4个问题中，3个已取得阶段性成效。")).toEqual({ issues_in_progress: 4 });
    expect(findReported("尚未完成的2个问题，将于年底前完成。").issues_total).toBeUndefined();
    expect(findReported("正在整改5个问题，正在推进3项整改任务。")).toEqual({ issues_in_progress: 5 });
  });
  it("a count found stays the total", () => {
    expect(findReported("反馈的16个问题中，已完成14个，正在整改2个。")).toEqual({ issues_total: 16, issues_completed: 14, issues_in_progress: 2 });
  });
});

describe("the target in a preamble wrapped at a PDF's width", () => {
  it("is read across the wrap, wherever it falls", () => {
    expect(findTarget("2025年4月1日至5月30日，市委第四巡察组对市\n生态环境局党组开展了常规巡察。")).toBe("市生态环境局党组");
    expect(findTarget("市委第四巡察组对市生态环境局党组开展了常\n规巡察。")).toBe("市生态环境局党组");
    expect(findTarget("市委第四巡察组对市生态环境局党组开\n展了巡察“回头看”。")).toBe("市生态环境局党组");
  });
  it("so are the group and the kind", () => {
    expect(findInspector("2025年4月1日至5月30日，市委第\n四巡察组对市生态环境局党组开展了巡察。")).toBe("市委第四巡察组");
    expect(findKind("市委第四巡察组对市生态环境局党组开展了专项巡\n察。")).toBe("专项巡察");
    // a plain 巡察 stays plain, and a kind on one line is read there
    expect(findKind("市委第四巡察组对市生态环境局党组开展了巡察。\n专项治理工作同步推进。")).toBe("巡察");
    expect(findKind("市委第四巡察组对市生态环境局党组开展了机动巡察。\n常规工作照常。")).toBe("机动巡察");
  });
  it("so is the feedback date, the sentence run on from a long line that ends with no stop", () => {
    const d = (s: string) => findInspectionDates(s, "2025-09-01").feedback_date;
    expect(d("2025年4月1日至5月30日，市委第四巡察组对市生态环境局党组开展了巡察，并于6月18日反\n馈了巡察意见。")).toBe("2025-06-18");
    expect(d("2025年4月1日至5月30日，市委第四巡察组对市生态环境局党组开展了巡察。2025年6月\n18日，巡察组向局党组反馈了意见。")).toBe("2025-06-18");
  });
  it("not after a heading, nor after a line that ends its sentence", () => {
    const d = (s: string) => findInspectionDates(s, "2025-09-01").feedback_date;
    expect(d("2025年4月1日至5月30日，市委第四巡察组对市生态环境局党组开展了巡察。\n(一)关于巡察反馈的干部队伍建设不到位的问题\n2025年7月1日召开专题会议。")).toBeNull();
    expect(d("2025年4月1日至5月30日，市委第四巡察组对市生态环境局党组开展了巡察并反馈。\n2025年7月1日召开专题会议。")).toBeNull();
  });
  it("a unit on one line is still read there", () => {
    expect(findTarget("县委第一巡察组对县档案馆党支部开展了巡察。\n对照问题清单逐项整改。")).toBe("县档案馆党支部");
  });
});

describe("a phone with the country code, its local number in two groups", () => {
  const phones = (s: string) => findContacts([s]).phones;
  it("gives area code, number and extension as the other phones do", () => {
    expect(phones("监督电话：(+86 731) 8123 4567转12")).toEqual(["(+86-731)81234567转12"]);
    expect(phones("电话：+86 731 8123 4567")).toEqual(["+86-731-81234567"]);
    expect(phones("电话：+86 10 6688 1234")).toEqual(["+86-10-66881234"]);
    // a mobile in three groups is one number; 0086 is the country code too
    expect(phones("手机：+86 139 1234 5678")).toEqual(["+86-13912345678"]);
    expect(phones("电话：0086 731 8123 4567")).toEqual(["0086-731-81234567"]);
    // a local number in one group stays as it was
    expect(phones("电话：+86 731 8123456 转 801")).toEqual(["+86-731-8123456转801"]);
  });
});

describe("a mailbox or an address on the phone's line", () => {
  const c = (s: string) => findContacts([s]);
  it("is no phone, up to the next phone label", () => {
    expect(c("举报电话：0731-8123456 通信地址：某某县解放路9号2楼12301室").phones).toEqual(["0731-8123456"]);
    expect(c("电话：0731-8123456；信箱：某某市7654321信箱").phones).toEqual(["0731-8123456"]);
    expect(c("电话：0731-8123456，电子邮箱：87654321@qq.com").phones).toEqual(["0731-8123456"]);
    expect(c("电话：0731-8123456 地址：解放路9号 传真：0731-8123457").phones).toEqual(["0731-8123456", "0731-8123457"]);
  });
  it("a phone asked for by its verb (来电请拨：, 拨打) after the address is read", () => {
    expect(c("来信请寄：某某县解放路9号县委巡察办，邮编410000；来电请拨：0731-8123456").phones).toEqual(["0731-8123456"]);
    expect(c("如有意见，可拨打0731-8123456反映。").phones).toEqual(["0731-8123456"]);
    expect(c("可通过来信、来电等方式反映，时间为2025年9月10日至20日。").phones).toEqual([]);
  });
  it("a label for both (联系电话及邮箱：) still gives the phone", () => {
    expect(c("联系电话及邮箱：0731-8123456，xcb@example.cn")).toMatchObject({ phones: ["0731-8123456"], emails: ["xcb@example.cn"] });
  });
});

describe("totals stated in a table", () => {
  it("each row's count goes with its own row's noun, never the next row's", () => {
    const table = "整改进展如下：\n项目\t数量\n反馈问题\t21个\n已完成整改\t19个\n正在整改\t2个\n整改措施\t57条";
    expect(findReported(table)).toEqual({ issues_total: 21, issues_completed: 19, issues_in_progress: 2, measures_total: 57 });
  });
  it("a row of labels over a row of counts", () => {
    const table = "统计如下：\n反馈问题数 已完成 正在推进 整改措施 完成率\n21 19 2 57 90.5";
    expect(findReported(table)).toEqual({ issues_total: 21, issues_completed: 19, issues_in_progress: 2, measures_total: 57 });
  });
  it("a label and its count on each row, with no unit or the unit in the label", () => {
    expect(findReported("统计如下：\n反馈问题 21\n已完成整改 19\n整改措施 57")).toEqual({ issues_total: 21, issues_completed: 19, measures_total: 57 });
    expect(findReported("统计如下：\n反馈问题（个）：21\n已整改完成（个）：19")).toEqual({ issues_total: 21, issues_completed: 19 });
  });
  it("not a list's rows under 序号, nor one such line in the text", () => {
    expect(findReported("问题清单：\n序号 问题 整改措施\n1 3 5")).toEqual({});
    expect(findReported("经查：\n发现问题 8\n其余情况另行通报。")).toEqual({});
  });
  it("what the text says in words wins", () => {
    expect(findReported("反馈问题22个。\n反馈问题 21\n已完成整改 19")).toEqual({ issues_total: 22, issues_completed: 19 });
  });
});

describe("an inspection period in numeric dates, the end without its year", () => {
  it("is read with dashes or slashes as with dots", () => {
    expect(findInspectionDates("2024-04-08至06-07，市委第一巡察组对市档案馆党组开展了巡察。")).toMatchObject({ start: "2024-04-08", end: "2024-06-07" });
    expect(findInspectionDates("2024/4/8-6/7，市委第一巡察组对市档案馆党组开展了巡察。")).toMatchObject({ start: "2024-04-08", end: "2024-06-07" });
  });
  it("not with the end written in another way, nor away from the inspection", () => {
    expect(findInspectionDates("2024-04-08至6.7，市委第一巡察组对市档案馆党组开展了巡察。").end).not.toBe("2024-06-07");
    expect(findInspectionDates("2024-04-08至06-07，召开专题会议。").start).toBeNull();
  });
});

describe("a comment period whose end leaves out its year or month", () => {
  it("in numeric dates, the end written as the start is", () => {
    expect(findCommentPeriod("公示期：2025-10-08至10-17。")).toEqual({ start: "2025-10-08", end: "2025-10-17" });
    expect(findCommentPeriod("公示期为2025/12/26-1/4。")).toEqual({ start: "2025-12-26", end: "2026-01-04" });
    expect(findCommentPeriod("公示期：2025-10-08至10.17。")).toEqual({ start: "2025-10-08", end: null });
  });
  it("a day alone in Chinese numerals, in the start's month", () => {
    expect(findCommentPeriod("意见反馈期：二〇二五年十月八日至十七日。")).toEqual({ start: "2025-10-08", end: "2025-10-17" });
  });
});
