// Round 14 of item rules (unseen kinds of unit: schools, hospitals, banks, streets, bureaus), each on
// a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { statusOf } from "../../src/extract/roles.js";
import { findFigures } from "../../src/extract/figures/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);

describe("a heading that is the measure, its body led by the problem and then the unit that acted", () => {
  it("the problem is the one 针对 names, and the measure keeps the unit that acted", () => {
    const d = parse("一、反馈问题整改情况\n1.完善考勤制度。针对教职工考勤管理松散的问题，学校修订考勤办法，实行刷卡考勤。\n2.规范物资采购。针对药品耗材采购程序不规范的问题，医院建立集中采购平台。\n3.强化信贷管理。针对贷款审查把关不严的问题，支行已开展信贷档案专项检查。\n4.加强校园安全。针对校园安全隐患排查不彻底的问题，县第二中学开展安全隐患大排查。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["教职工考勤管理松散", ["学校修订考勤办法，实行刷卡考勤。"]],
      ["药品耗材采购程序不规范", ["医院建立集中采购平台。"]],
      ["贷款审查把关不严", ["支行已开展信贷档案专项检查。"]],
      // (a school's name ends on 中学, no other unit word)
      ["校园安全隐患排查不彻底", ["县第二中学开展安全隐患大排查。"]],
    ]);
  });
});

describe("verbs that answer the problem named just before them", () => {
  it("针对…的问题，开通… / 增设… / 推行… is a problem and its measure", () => {
    const d = parse("一、服务保障方面\n1.优化办事流程。针对群众办事排队时间长的问题，开通线上预约办理。\n2.方便群众缴费。针对缴费渠道单一的问题，增设自助缴费终端5台。\n3.提升服务质量。针对窗口服务态度生硬的问题，推行首问负责制。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["群众办事排队时间长", ["开通线上预约办理。"]],
      ["缴费渠道单一", ["增设自助缴费终端5台。"]],
      ["窗口服务态度生硬", ["推行首问负责制。"]],
    ]);
  });
});

describe("a closing sentence that says the work must be kept up", () => {
  it("此项工作需长期坚持 / 该项工作将持续推进 are in progress and leave the measure", () => {
    const d = parse("一、关于“会议室使用登记不全”的问题\n整改情况：建立会议室使用登记簿，每周检查。此项工作需长期坚持。\n二、关于“车辆维修审批不严”的问题\n整改情况：修订车辆维修审批流程。该项工作将持续推进。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["in_progress", ["建立会议室使用登记簿，每周检查。"]],
      ["in_progress", ["修订车辆维修审批流程。"]],
    ]);
  });
  it("需 before a word of done is still to do, no status sentence: the words stay the measure's", () => {
    const d = parse("一、关于“档案移交滞后”的问题\n整改情况：清理积压档案。该问题需整改完毕。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([["unknown", ["清理积压档案。该问题需整改完毕。"]]]);
  });
});

describe("a deadline of keeping on (长期坚持, 持续推进) is a time limit, no status", () => {
  // fixtures/gold/GUIDE.md: the status is the section's or what the item's own words state, else
  // unknown; a time limit names when or how long, as 整改时限：立行立改 names a kind and no status.
  it("with no status of its own the item stays unknown; its status field wins when it has one", () => {
    const d = parse("一、业务管理方面\n问题1：窗口服务效率不高。\n整改措施：推行预约办理。\n完成时限：长期坚持\n问题2：客户回访不及时。\n整改措施：建立回访台账。\n完成时限:持续推进\n问题3：宣传资料更新不及时。\n整改措施：更新宣传资料。\n整改状态：已完成\n完成时限：长期坚持\n");
    expect(d.items.map((i) => [i.status, i.deadline])).toEqual([
      ["unknown", "长期坚持"],
      ["unknown", "持续推进"],
      ["completed", "长期坚持"],
    ]);
  });
});

describe("money given back in whole to those it was taken from", () => {
  it("已全部退还学生 / 已全额退回村集体 close the measure as 已全部退还患者 does", () => {
    const d = parse("一、整改情况\n（一）关于违规收取资料费的问题\n整改措施：清退违规收取的资料费，已全部退还学生。\n（二）关于违规占用集体资金的问题\n整改措施：追回被占用资金，已全额退回村集体。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["completed", ["清退违规收取的资料费"]],
      ["completed", ["追回被占用资金"]],
    ]);
  });
});

describe("a numbered problem that opens with 对 under a category that finds fault", () => {
  it("is a problem, not a measure of the heading above, when it has a measures field of its own", () => {
    const d = parse("一、关于意识形态工作方面\n1.意识形态工作责任制落实不到位\n（1）对宣传栏、公众号等阵地管理不严。\n整改措施：建立信息发布三审制度。\n整改状态：持续推进\n（2）对网络舆情研判不及时。\n整改措施：建立舆情日报制度。\n整改状态：已完成\n");
    expect(d.items.map((i) => [i.category, i.problem, i.status])).toEqual([
      ["意识形态工作责任制落实不到位", "对宣传栏、公众号等阵地管理不严", "in_progress"],
      ["意识形态工作责任制落实不到位", "对网络舆情研判不及时", "completed"],
    ]);
  });
  it("one that acts on the fault and has no fields stays the measure of the problem above", () => {
    const d = parse("一、关于安全生产方面\n1.安全隐患排查整治不彻底\n（1）对存在隐患的12处点位完成整改。\n（2）对3家企业下达整改通知。\n");
    expect(d.items.map((i) => [i.problem, i.measures.length])).toEqual([["安全隐患排查整治不彻底", 2]]);
  });
});

describe("a closing sentence of status words over a comma leaves whole", () => {
  it("the first clause goes with the last (该问题已基本整改，需长期坚持), and the status reads the whole", () => {
    const d = parse("一、反馈问题整改情况\n（一）关于“台账登记不全”的问题\n整改情况：补登台账86条。该问题已基本整改，需长期坚持。\n（二）关于“公示栏更新不及时”的问题\n整改情况：更新公示内容。该问题已整改完成，将持续巩固整改成果。\n（三）关于“考勤管理松散”的问题\n整改情况：修订考勤制度。目前已取得阶段性成效，将持续深化整改。\n（四）关于“值班记录不全”的问题\n整改情况：补齐值班记录。此项整改需长期坚持、久久为功。\n（五）关于“物资领用不规范”的问题\n整改情况：建立领用登记簿。此项工作将常态化推进。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["in_progress", ["补登台账86条。"]],
      ["completed", ["更新公示内容。"]],
      ["in_progress", ["修订考勤制度。"]],
      ["in_progress", ["补齐值班记录。"]],
      ["in_progress", ["建立领用登记簿。"]],
    ]);
  });
  it("a clause that does something stays the measure's (…，将持续开展督查)", () => {
    const d = parse("一、反馈问题整改情况\n（一）关于“台账登记不全”的问题\n整改情况：补登台账86条，将持续开展督查。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([["unknown", ["补登台账86条，将持续开展督查。"]]]);
  });
  it("done, then kept up after a comma alone, is done; 已基本整改 and 阶段性成效 go on", () => {
    expect(["已整改完成，将持续巩固整改成果", "已整改，并将长期坚持", "已基本整改", "已取得阶段性成效", "已完成整改12个，持续推进3个"].map(statusOf)).toEqual(["completed", "completed", "in_progress", "in_progress", "in_progress"]);
  });
});

describe("a measure-heading's body led by its problem in other words", () => {
  it("对于…的问题， / 就…问题， lead as 针对 does, and 巡察指出的 / 巡察反馈的 only point to the problem", () => {
    const d = parse("一、反馈问题整改情况\n1.规范资金管理。对于专项经费报销审核不严的问题，建立报销复核制度。\n2.加强队伍建设。就专业技术人才断档问题，公开招聘技术人员4名。\n3.压实监管责任。针对巡察指出的食品安全抽检覆盖面窄的问题，开展食品安全抽检。\n4.健全议事规则。针对巡察反馈的班子议事不规范问题，修订党组会议事规则。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["专项经费报销审核不严", ["建立报销复核制度。"]],
      ["专业技术人才断档", ["公开招聘技术人员4名。"]],
      ["食品安全抽检覆盖面窄", ["开展食品安全抽检。"]],
      ["班子议事不规范", ["修订党组会议事规则。"]],
    ]);
  });
  it("就业… is no lead: the word is not cut in two", () => {
    const d = parse("一、反馈问题整改情况\n1.做好稳岗服务。就业困难人员帮扶台账不全的问题，已补齐台账。\n");
    expect(d.items[0].problem).not.toMatch(/^业/);
  });
});

describe("a bank, an institute or a school naming itself as the one who acted", () => {
  it("我行 / 该行 / 本院 / 该校 after the problem's lead: the problem is the lead's", () => {
    const d = parse("一、反馈问题整改情况\n1.规范授信管理。针对授信审批把关不严的问题，我行修订授信管理办法。\n2.加强合规管理。针对员工合规意识淡薄的问题，该行开展合规教育活动。\n3.完善考核机制。针对绩效分配不合理的问题，本院修订绩效分配方案。\n4.强化师资建设。针对青年教师培养不够的问题，该校实施导师制。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["授信审批把关不严", ["我行修订授信管理办法。"]],
      ["员工合规意识淡薄", ["该行开展合规教育活动。"]],
      ["绩效分配不合理", ["本院修订绩效分配方案。"]],
      ["青年教师培养不够", ["该校实施导师制。"]],
    ]);
  });
  it("我行针对…的问题，… paragraphs are one item each, as 局党组针对… ones are", () => {
    const d = parse("一、反馈问题整改情况\n（一）信贷管理方面\n我行针对贷款审查流于形式的问题，修订信贷管理办法。\n我行针对员工行为排查不到位的问题，开展员工行为专项排查。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["贷款审查流于形式", ["修订信贷管理办法。"]],
      ["员工行为排查不到位", ["开展员工行为专项排查。"]],
    ]);
  });
});

describe("an item in progress by its own words, its measure closing with the plan to finish", () => {
  it("the plan's time is the deadline (正在整改。已对…核查，预计…完成); the words stay the measure's", () => {
    const d = parse("一、反馈问题整改情况\n1.困难救助审核不严。正在整改。已对救助对象重新核查，取消不符合条件的2户，预计2025年12月底前完成。\n2.会议精简不到位。精简会议，计划2025年完成。\n");
    expect(d.items.map((i) => [i.status, i.deadline, i.measures.map((m) => m.text)])).toEqual([
      ["in_progress", "2025年12月底前", ["已对救助对象重新核查，取消不符合条件的2户，预计2025年12月底前完成。"]],
      // (with no status of its own, a plan alone after a measure is that measure's: nothing set)
      ["unknown", null, ["精简会议，计划2025年完成。"]],
    ]);
  });
});

describe("more words of status", () => {
  it("pace and first steps go on (按计划推进, 有序推进, 稳步推进, 初步完成, 常态化开展, 已完成阶段性目标)", () => {
    expect(["按计划推进", "按时序推进", "有序推进", "稳步推进", "已初步完成", "初步整改", "常态化开展", "已完成阶段性目标", "已完成阶段性任务"].map(statusOf)).toEqual(Array(9).fill("in_progress"));
  });
  it("done as a whole, and done then kept up with 需 or in a note, is done (已全面整改, 已整改，需长期坚持, 已完成（长期坚持）)", () => {
    expect(["已全面整改", "已全部整改", "已整改，需长期坚持", "已完成（长期坚持）", "已按计划完成"].map(statusOf)).toEqual(Array(5).fill("completed"));
  });
  it("a status field that answers with them sets the item's status", () => {
    const d = parse("一、反馈问题整改情况\n问题1：制度不健全。\n整改措施：修订制度。\n整改状态：按计划推进\n问题2：学习不深入。\n整改措施：制定学习计划。\n完成情况：已完成阶段性目标\n问题3：台账不全。\n整改措施：补齐台账。\n整改状态：已完成（长期坚持）\n");
    expect(d.items.map((i) => i.status)).toEqual(["in_progress", "in_progress", "completed"]);
  });
});

describe("words that only lead to the problem a heading states", () => {
  it("巡察指出：, 第N项问题：, 在…方面存在的问题： and the inspectors' words around a quote go", () => {
    const d = parse("一、反馈问题整改情况\n1.巡察指出：部分干部请销假制度执行不严。\n整改措施：修订请销假制度。\n2.在财务管理方面存在的问题：公务卡使用率偏低。\n整改措施：推行公务卡结算。\n3.第3项问题：实验室危化品台账不全。\n整改措施：补建危化品台账。\n4.巡察反馈的“门诊预约率低”问题\n整改措施：推行分时段预约。\n5.针对巡察反馈指出的“欠费追缴不力”问题\n整改措施：开展欠费清缴。\n");
    expect(d.items.map((i) => i.problem)).toEqual(["部分干部请销假制度执行不严", "公务卡使用率偏低", "实验室危化品台账不全", "门诊预约率低", "欠费追缴不力"]);
  });
  it("a colon at the heading's end, or a quote that is only part of the statement, stays", () => {
    const d = parse("一、反馈问题整改情况\n（一）关于干部管理方面的问题：\n1.“三重一大”决策程序不规范。\n整改措施：修订议事规则。\n");
    expect(d.items.map((i) => i.problem)).toEqual(["“三重一大”决策程序不规范"]);
  });
});

describe("a problem's lead closed by a colon", () => {
  it("针对…的问题：开展… leads as with a comma", () => {
    const d = parse("一、整改落实情况\n1.加强资产管理。针对固定资产账实不符的问题：开展资产清查盘点，核销报废资产56件。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([["固定资产账实不符", ["开展资产清查盘点，核销报废资产56件。"]]]);
  });
});

describe("a problem field under a heading that names no problem of its own", () => {
  it("under an area's problems (关于…方面的问题) or a measure (1.健全制度机制), the field states the problem", () => {
    const d = parse("一、整改落实情况\n（一）关于资产管理方面的问题\n问题表现：部分固定资产未入账。\n整改措施：开展资产清查，补登入账。\n（二）健全内控制度\n存在问题：财务审批流程不规范。\n整改措施：修订财务审批办法。\n（三）干部考核不严格\n存在问题：年度考核等次评定随意。\n整改措施：修订考核办法。\n");
    expect(d.items.map((i) => [i.problem, i.problem_details])).toEqual([
      ["部分固定资产未入账", null],
      ["财务审批流程不规范", null],
      // (a heading that finds fault states the problem; the field tells more of it)
      ["干部考核不严格", "年度考核等次评定随意"],
    ]);
  });
});

describe("a figure's metric holding a name in quotes", () => {
  const metrics = (t: string) => findFigures(t).map((f) => [f.text, f.metric]);
  it("the scan back passes over the quoted name (开展“三会一课”48次, 查处“四风”问题12起)", () => {
    expect(metrics("各支部开展“三会一课”48次")).toEqual([["48次", "各支部开展“三会一课”"]]);
    expect(metrics("查处“四风”问题12起")).toEqual([["12起", "查处“四风”问题"]]);
    expect(metrics("“双带头人”比例达85%")).toEqual([["85%", "“双带头人”比例"]]);
  });
  it("not past a pause inside the quote, nor an unclosed one", () => {
    expect(metrics("他说“好，”完成3次")).toEqual([["3次", null]]);
  });
});

describe("a figure's metric holding a name of letters and digits", () => {
  const metrics = (t: string) => findFigures(t).map((f) => [f.text, f.metric]);
  it("5G, PM2.5, 110kV and 3A are names, not numbers that void the metric", () => {
    expect(metrics("建成5G基站120个")).toEqual([["120个", "建成5G基站"]]);
    expect(metrics("建设110kV变电站2座")).toEqual([["2座", "建设110kV变电站"]]);
    expect(metrics("新增3A级景区2家")).toEqual([["2家", "新增3A级景区"]]);
  });
  it("a bare number in the clause still voids it (完成2023年度任务5项, 清理12号文件涉及资金5万元)", () => {
    expect(metrics("完成2023年度任务5项")).toEqual([["5项", null]]);
    expect(metrics("清理12号文件涉及资金5万元")).toEqual([["5万元", null]]);
  });
});

describe("a time limit met, written in the deadline field", () => {
  it("整改时限：2025年6月30日前已完成 gives the deadline and the status", () => {
    const d = parse("一、反馈问题整改情况\n问题1：招生监督不到位。\n整改措施：建立全程监督机制。\n整改时限：2025年6月30日前已完成\n问题2：档案管理不规范。\n整改措施：补齐档案。\n完成时限：2025年10月底，已整改到位。\n问题3：票据管理不严。\n整改措施：建立票据台账。\n完成时限：2025年12月底前\n");
    expect(d.items.map((i) => [i.status, i.deadline])).toEqual([
      ["completed", "2025年6月30日前"],
      ["completed", "2025年10月底"],
      ["unknown", "2025年12月底前"],
    ]);
  });
});

describe("measures a line each under a field, numbered （一）（二）", () => {
  it("the marker is no part of the measure", () => {
    const d = parse("一、关于“议事规则不健全”的问题\n整改情况：\n（一）修订党委会议事规则。\n（二）建立书记院长沟通制度。\n目前，该问题已整改完成。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([["completed", ["修订党委会议事规则。", "建立书记院长沟通制度。"]]]);
  });
});
