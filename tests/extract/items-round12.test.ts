// Round 12 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { statusClause, subjectBefore, DEFICIENCY } from "../../src/extract/roles.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);
const statuses = (text: string) => parse(text).items.map((i) => i.status);

describe("a status clause inside a longer measure sentence (STATUS_CLAUSES)", () => {
  it("declared shapes state done; other 已… clauses (a piece of work, a part recovered) state nothing", () => {
    expect(["已全额收回违规发放的助学金", "目前已足额退还多收费用", "已整改完毕并通过验收", "该问题已全部整改到位并销号", "该问题已于2024年10月整改完毕", "已在年底前完成整改"].map((c) => statusClause(c)?.status ?? null)).toEqual(Array(6).fill("completed"));
    expect(["已完成档案整理", "已追回资金12万元", "已于2024年完成培训教材编写", "已在全县推广", "确保全额收回违规资金"].map(statusClause)).toEqual(Array(5).fill(null));
  });
  it("sets the item's status; a clause of done by a time leaves the measure, one that names more stays in it", () => {
    const d = parse("一、整改落实情况\n（一）违规发放助学金的问题\n对助学金发放情况逐一核查，已全额收回违规发放的助学金。\n（二）校舍维修进度缓慢的问题\n整改措施：制定维修计划，组织施工单位进场，目前已整改完毕并通过验收。\n（三）培训经费使用不规范的问题\n整改措施：修订经费管理办法，该问题已于2024年10月整改完毕。\n（四）资助档案不全的问题\n整改措施：补齐资助档案，已完成档案整理，组织专人复核。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["completed", ["对助学金发放情况逐一核查，已全额收回违规发放的助学金。"]],
      ["completed", ["制定维修计划，组织施工单位进场，目前已整改完毕并通过验收。"]],
      ["completed", ["修订经费管理办法"]],
      ["unknown", ["补齐资助档案，已完成档案整理，组织专人复核。"]],
    ]);
  });
  it("reads a status clause in any clause of the last sentence, not one in an earlier sentence", () => {
    expect(statuses("一、整改情况\n（一）多发津贴的问题\n整改措施：核查发放台账，已全额收回多发津贴，并对2人诫勉谈话。\n（二）账目不清的问题\n整改措施：已全额收回违规资金。下一步将开展专项审计。\n")).toEqual(["completed", "unknown"]);
  });
});

describe("a bare status line after a section's last item closes the section", () => {
  const notice = "一、整改落实情况\n（一）关于党建工作方面\n1.党员发展程序不规范的问题\n整改措施：重新梳理党员发展档案。\n2.支部组织生活不严肃的问题\n整改措施：制定组织生活清单。\n已整改到位。\n（二）关于财务管理方面\n1.报销审核不严的问题\n整改措施：修订报销制度。\n2.固定资产账实不符的问题\n整改措施：开展资产清查。\n整改状态：正在整改。\n整改已完成。\n";
  it("sets every item of that section that states no status of its own, and is no measure of the last", () => {
    const d = parse(notice);
    expect(d.items.map((i) => [i.category, i.status, i.measures.length])).toEqual([
      ["关于党建工作方面", "completed", 1],
      ["关于党建工作方面", "completed", 1],
      ["关于财务管理方面", "completed", 1],
      ["关于财务管理方面", "in_progress", 1],
    ]);
  });
  it("is the last item's own when each sibling closes with a status line of its own", () => {
    expect(statuses("一、整改落实情况\n（一）关于党建工作方面\n1.党员发展程序不规范的问题\n整改措施：重新梳理党员发展档案。\n正在整改。\n2.支部组织生活不严肃的问题\n整改措施：制定组织生活清单。\n已整改到位。\n3.党费收缴不及时的问题\n整改措施：建立党费台账。\n已整改到位。\n（二）关于财务管理方面\n1.报销审核不严的问题\n整改措施：修订报销制度。\n")).toEqual(["in_progress", "completed", "completed", "unknown"]);
  });
});

describe("a footnote beneath a paragraph (注：… / 其中…) is no measure or result", () => {
  it("a 注： line or a 其中 breakdown under an item's last field is a note: the status above it is still read, the figure stays the item's", () => {
    const d = parse("一、整改落实情况\n（一）违规发放津补贴的问题\n整改措施：清理津补贴发放情况，追缴违规资金。已追缴到位。\n其中退缴违纪资金12.3万元。\n（二）多报差旅费的问题\n整改措施：修订报销制度。\n整改成效：收缴违规款项3万元。\n注：其中收缴个人款项2.5万元。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text), i.outcomes.map((m) => m.text)])).toEqual([
      ["completed", ["清理津补贴发放情况，追缴违规资金。"], []],
      ["unknown", ["修订报销制度。"], ["收缴违规款项3万元。"]],
    ]);
    expect(d.figures.map((f) => [f.text, f.item_id])).toEqual([["12.3万元", "i1"], ["3万元", "i2"], ["2.5万元", "i2"]]);
  });
  it("inside a list a 其中 line runs on into the entry above; 注重… is no note", () => {
    const d = parse("一、整改落实情况\n（一）违规发放津补贴的问题\n整改措施：\n追缴违规资金15万元。\n其中个人退缴12万元。\n修订津补贴发放办法。\n注重日常监督检查。\n");
    expect(d.items[0].measures.map((m) => m.text)).toEqual(["追缴违规资金15万元。其中个人退缴12万元。", "修订津补贴发放办法。", "注重日常监督检查。"]);
  });
});

describe("the unit that acted before 针对 (UNIT_SUBJECT)", () => {
  it("a short subject ending on a unit's word is found before 针对; other words before it are no subject", () => {
    expect(["院党支部针对党员教育不规范的问题，", "局党组针对", "公司针对", "我局针对", "县税务局党委针对", "疾控中心党支部针对", "街道办针对", "村委会针对"].map(subjectBefore)).toEqual([4, 3, 2, 2, 6, 7, 3, 3]);
    expect(["针对台账不全的问题，", "同时针对", "重点针对", "进一步针对", "会上针对", "局党组，针对"].map(subjectBefore)).toEqual(Array(6).fill(-1));
  });
  it("a heading led by it gives the problem without the subject and the measure after the comma", () => {
    const d = parse("一、整改落实情况\n（一）局党组针对党员教育管理不规范的问题，制定了党员教育培训计划。\n（二）公司针对合同管理不严的问题，修订合同管理办法。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["党员教育管理不规范", ["制定了党员教育培训计划。"]],
      ["合同管理不严", ["修订合同管理办法。"]],
    ]);
  });
});

describe("numbered parts named by a label alone (1.存在问题 / 2.整改情况) under each problem", () => {
  it("are the problem's fields, not items of their own", () => {
    const d = parse("一、整改落实情况\n（一）关于教育收费不规范的问题\n1.存在问题\n学校违规收取资料费，涉及学生320人。\n2.整改情况\n停止收取资料费，退还违规收取的资料费。已整改到位。\n（二）关于校园安全管理不到位的问题\n1.存在问题\n校门口安保力量不足。\n2.整改措施\n增配专职保安2名。\n3.整改状态\n已销号\n");
    expect(d.items.map((i) => [i.problem, i.status, i.problem_details, i.measures.map((m) => m.text)])).toEqual([
      ["教育收费不规范", "completed", "学校违规收取资料费，涉及学生320人", ["停止收取资料费，退还违规收取的资料费。"]],
      ["校园安全管理不到位", "completed", "校门口安保力量不足", ["增配专职保安2名。"]],
    ]);
  });
  it("numbered problems that are more than a label stay items", () => {
    const d = parse("一、整改落实情况\n（一）关于财务管理方面\n1.报销审核不严的问题\n整改措施：修订报销制度。\n2.票据管理不规范的问题\n整改措施：建立票据台账。\n");
    expect(d.items.map((i) => i.problem)).toEqual(["报销审核不严", "票据管理不规范"]);
  });
});

describe("a status and the plan to finish as the last two clauses of a sentence that acted first", () => {
  it("leave the measure: in progress, the plan's time the deadline", () => {
    const d = parse("一、整改情况\n（一）课后服务管理不规范的问题\n整改措施：新开设课后服务课程8门，目前正在整改，预计2026年6月底前完成。\n（二）食堂管理不规范的问题\n整改措施：建立食堂管理制度，计划2026年6月底前完成。\n");
    expect(d.items.map((i) => [i.status, i.deadline, i.measures.map((m) => m.text)])).toEqual([
      ["in_progress", "2026年6月底前", ["新开设课后服务课程8门"]],
      ["unknown", null, ["建立食堂管理制度，计划2026年6月底前完成。"]],
    ]);
  });
});

describe("the problem the heading states, said again to open the body", () => {
  it("is the problem's details, not a measure; wear and lapse (老化, 过期) state a fault", () => {
    const d = parse("一、整改情况\n（一）营业网点消防设施老化的问题\n营业网点消防设施老化，部分灭火器过期。支行更换灭火器36具，维修消防栓4处。\n（二）信贷档案管理不规范的问题\n信贷档案管理不规范，已补齐档案32卷。\n");
    expect(d.items.map((i) => [i.problem, i.problem_details, i.measures.map((m) => m.text)])).toEqual([
      ["营业网点消防设施老化", "营业网点消防设施老化，部分灭火器过期", ["支行更换灭火器36具，维修消防栓4处。"]],
      ["信贷档案管理不规范", null, ["信贷档案管理不规范，已补齐档案32卷。"]],
    ]);
  });
});

describe("a bare status line after the last item of the rectification section itself", () => {
  it("is that item's own: the section is the notice's whole list, no group", () => {
    expect(statuses("一、整改落实情况\n（一）党员发展程序不规范的问题\n整改措施：重新梳理党员发展档案。\n（二）支部组织生活不严肃的问题\n整改措施：制定组织生活清单。\n已整改到位。\n")).toEqual(["unknown", "completed"]);
  });
});

describe("a 注： line inside a field", () => {
  it("is a note of one line: the field goes on below it", () => {
    const d = parse("一、整改落实情况\n（一）违规发放津补贴的问题\n整改措施：\n注：涉及人员12名。\n1.清理津补贴发放情况。\n2.修订津补贴发放办法。\n");
    expect(d.items[0].measures.map((m) => m.text)).toEqual(["清理津补贴发放情况。", "修订津补贴发放办法。"]);
  });
});

describe("a status opening a field before 并…", () => {
  it("sets the status and leaves the words whole (已整改完成，并建立长效机制); 缴入/缴纳 in whole is a recovery done", () => {
    const d = parse("一、整改落实情况\n1.关于“现金管理不规范”的问题\n整改措施：开展现金管理专项检查。\n目前进展：已整改完成，并建立长效机制。\n2.关于“反洗钱监管存在薄弱环节”的问题\n整改措施：开展反洗钱专项检查，罚款40万元，已全额缴入国库。\n3.关于“党费收缴不规范”的问题\n整改措施：清查党费收缴台账。\n目前进展：已整改完成，补收党费0.3万元。\n");
    expect(d.items.map((i) => [i.status, i.outcomes.map((o) => o.text)])).toEqual([
      ["completed", ["已整改完成，并建立长效机制。"]],
      ["completed", []],
      ["completed", ["补收党费0.3万元。"]],
    ]);
  });
});

describe("a progress field that is a status with its time or its closing-off", () => {
  it("已于2025年9月销号 / 2025年10月已办结 / 整改完成并销号 / 长期坚持、久久为功 set the status and are no result", () => {
    expect(["已于2025年9月销号", "2025年10月已办结", "整改完成并销号", "已整改到位并办结"].map((c) => statusClause(c))).toEqual(Array(4).fill({ status: "completed", whole: true }));
    const d = parse("一、整改落实情况\n问题1：发票管理不规范。  整改措施：开展发票专项检查。  整改结果：已于2025年9月销号。\n问题2：投诉处理不及时。  整改措施：建立快速响应机制。  整改结果：2025年10月已办结。\n问题3：内控执行不严。  整改措施：修订内控制度。  整改结果：整改完成并销号。\n问题4：干部队伍老化。  整改措施：招录年轻干部。  整改结果：长期坚持、久久为功。\n问题5：窗口排队时间长。  整改措施：增设自助终端。  整改结果：2025年10月，等候时间缩短至10分钟。\n");
    expect(d.items.map((i) => [i.status, i.outcomes.length])).toEqual([["completed", 0], ["completed", 0], ["completed", 0], ["in_progress", 0], ["unknown", 1]]);
  });
});

describe("a status under its label's line is that field's value, never a section's closing", () => {
  it("（3）整改状态： / 正在整改 under parts of one problem sets that problem only", () => {
    expect(statuses("一、整改情况\n1.关于安全生产监管不到位的问题\n（1）存在问题：\n隐患排查不彻底。\n（2）整改情况：\n开展大排查。\n（3）整改状态：\n正在整改\n2.关于档案管理不规范的问题\n（1）存在问题\n档案不全。\n（2）整改措施\n补齐档案。\n")).toEqual(["in_progress", "unknown"]);
  });
});

describe("more words that state a fault (DEFICIENCY)", () => {
  it("不明确, 问题突出, 存在…现象 find fault; 突出重点 does not", () => {
    expect(["分工不明确", "白条入账问题突出", "村集体资金存在坐收坐支现象"].map((t) => DEFICIENCY.test(t))).toEqual([true, true, true]);
    expect(["突出重点抓落实", "明确分工", "存在问题"].map((t) => DEFICIENCY.test(t))).toEqual([false, false, false]);
  });
  it("so 一是…二是… entries under an area that state such faults are one item each, closed by the area's status line", () => {
    const d = parse("一、整改落实情况\n（一）关于基层组织建设方面\n一是村“两委”分工不明确。已重新明确分工。二是党员发展工作滞后。已确定入党积极分子2名。\n已整改到位。\n（二）关于村级财务管理方面\n一是白条入账问题突出。已清理白条12张。二是村集体资金存在坐收坐支现象。已建立资金台账。\n正在整改。\n");
    expect(d.items.map((i) => [i.problem, i.status])).toEqual([
      ["村“两委”分工不明确", "completed"],
      ["党员发展工作滞后", "completed"],
      ["白条入账问题突出", "in_progress"],
      ["村集体资金存在坐收坐支现象", "in_progress"],
    ]);
  });
});

describe("a problem's label alone on its line (存在问题 over its text)", () => {
  it("opens the problem field as 整改措施 alone opens the measures; after the measures it is what is left", () => {
    const d = parse("一、整改落实情况\n（一）关于欠税管理不到位的问题\n存在问题\n欠税清缴力度不够。\n整改情况\n建立欠税清缴台账。\n整改状态\n正在整改\n（二）关于社保费征缴不规范的问题\n整改措施\n开展社保费专项检查。\n存在问题\n部分企业尚未补缴。\n");
    expect(d.items.map((i) => [i.status, i.problem_details, i.measures.map((m) => m.text), i.difficulties])).toEqual([
      ["in_progress", "欠税清缴力度不够", ["建立欠税清缴台账。"], null],
      ["unknown", null, ["开展社保费专项检查。"], "部分企业尚未补缴"],
    ]);
  });
});
