// Round 11 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { statusOf } from "../../src/extract/roles.js";
import { problemOf } from "../../src/extract/items.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);

describe("money or goods given back in whole is done (RECOVERY_VERBS)", () => {
  it("a recovery verb with 全部/全额/足额 or 到位 is completed; a part recovered or a promise is not", () => {
    expect(["目前已全部退回", "已全部清退", "已全额收缴", "已追缴到位", "相关款项已足额退还", "全部收回到位"].map(statusOf)).toEqual(Array(6).fill("completed"));
    expect(["已追回资金12万元", "尚未全部追缴到位", "确保全额收缴到位", "正在追缴"].map(statusOf)).toEqual([null, null, null, null]);
  });
  it("a closing sentence of that kind sets the item's status and leaves its measures", () => {
    const d = parse("一、整改落实情况\n（一）违规发放补贴的问题\n整改措施：清理补贴发放情况。目前已全部退回。\n（二）多报销差旅费的问题\n整改措施：核查报销凭证，追回多报款项。相关款项已全额收缴。\n（三）挪用专项资金的问题\n整改措施：追缴相关款项。已追缴到位。\n（四）违规收费的问题\n整改措施：清退违规收费。已退还3户。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["completed", ["清理补贴发放情况。"]],
      ["completed", ["核查报销凭证，追回多报款项。"]],
      ["completed", ["追缴相关款项。"]],
      ["unknown", ["清退违规收费。已退还3户。"]],
    ]);
  });
});

describe("a sentence that only says the work is done, without 已, is a status", () => {
  it("整改完成。 / 完成整改 / 整改到位。 alone, not inside a promise", () => {
    expect(["整改完成。", "完成整改", "整改到位。", "办理完毕"].map(statusOf)).toEqual(Array(4).fill("completed"));
    expect(["确保整改到位", "督促整改完成后报送", "整改完成率"].map(statusOf)).toEqual([null, null, null]);
  });
  it("closes a paragraph or a result after a comma", () => {
    const d = parse("一、整改情况\n（一）关于会议记录不全的问题\n补齐会议记录12本，整改完成。\n（二）关于台账缺失的问题\n整改措施：建立台账。\n整改结果：已建立台账3本，完成整改。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text), i.outcomes.map((m) => m.text)])).toEqual([
      ["completed", ["补齐会议记录12本"], []],
      ["completed", ["建立台账。"], ["已建立台账3本"]],
    ]);
  });
});

describe("every heading shape of one problem gives the same problem", () => {
  it("关于…方面(存在)的问题 gives the area, as 在…方面 does", () => {
    expect(["关于财务管理方面的问题", "关于财务管理方面存在问题的整改情况", "财务管理方面存在的问题", "在财务管理方面"].map(problemOf)).toEqual(Array(4).fill("财务管理"));
  });
  it("…的问题整改情况 without 关于, and the inspectors named before it, lose their words as 关于…的问题的整改情况 does", () => {
    expect(["关于食堂管理不规范的问题的整改情况", "食堂管理不规范的问题整改情况", "食堂管理不规范问题的整改落实情况", "巡察指出的食堂管理不规范的问题", "巡视发现的食堂管理不规范问题"].map(problemOf)).toEqual(Array(5).fill("食堂管理不规范"));
    // (a problem that only names a thing keeps its 问题)
    expect(problemOf("资金问题整改情况")).toBe("资金问题");
  });
  it("a 针对…的问题， heading whose measure opens with the body that acted (局党组, 院领导班子) is the problem and that measure", () => {
    const d = parse("一、整改情况\n（一）针对车辆登记不全的问题，局党组补登车辆台账。\n（二）针对值班制度执行不严的问题，院领导班子修订值班制度。\n");
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["车辆登记不全", ["局党组补登车辆台账。"]],
      ["值班制度执行不严", ["院领导班子修订值班制度。"]],
    ]);
  });
});

describe("a theme notice: top sections 关于…方面的问题, each a paragraph of problem text and a closing status", () => {
  const notice = "关于某某县委巡察组对县林业局巡察整改情况的通报\n\n一、总体情况\n局党组高度重视，成立整改领导小组。\n\n二、关于组织领导方面的问题\n巡察指出，党组议事规则执行不严，研究业务工作不够。局党组修订议事规则。\n已整改到位。\n\n三、关于作风建设方面的问题\n公务用车管理不严，值班制度落实不到位。\n整改完成。\n\n四、关于财务管理方面存在的问题\n报销审核把关不严，票据不全。\n正在整改。\n\n五、下一步打算\n局党组将持续巩固整改成果。\n";
  it("each is an item: the area the problem, the closing sentence the status; 总体情况 and 下一步打算 are none", () => {
    const d = parse(notice);
    expect(d.items.map((i) => [i.problem, i.status])).toEqual([
      ["组织领导", "completed"],
      ["作风建设", "completed"],
      ["财务管理", "in_progress"],
    ]);
  });
  it("the inspectors' finding and a paragraph that only finds fault describe the problem; what was done is the measure", () => {
    const d = parse(notice);
    expect(d.items.map((i) => [i.problem_details, i.measures.map((m) => m.text)])).toEqual([
      ["巡察指出，党组议事规则执行不严，研究业务工作不够", ["局党组修订议事规则。"]],
      ["公务用车管理不严，值班制度落实不到位", []],
      ["报销审核把关不严，票据不全", []],
    ]);
  });
  it("a paragraph that acts, or is led by what it acts on, stays the measure", () => {
    const d = parse("一、关于学习教育方面的问题\n针对学习不深入的问题，开展专题学习4次。\n已整改到位。\n\n二、关于制度建设方面的问题\n修订不规范的制度3项，制度执行不严的问题得到解决。\n已整改到位。\n");
    expect(d.items.map((i) => [i.problem_details, i.measures.length])).toEqual([[null, 1], [null, 1]]);
  });
});

describe("a progress field that is or opens with a status word (整改进展/整改情况/完成情况/进展情况…)", () => {
  const labels = ["整改进展", "整改情况", "完成情况", "进展情况", "落实情况", "目前进展"];
  it("a bare status sets the status and is no outcome, with or without a measures field", () => {
    for (const label of labels) {
      const d = parse(`一、整改情况\n（一）关于档案缺失的问题\n整改措施：补齐档案。\n${label}：已整改\n（二）关于票据不全的问题\n${label}：已完成整改。\n（三）关于考勤不严的问题\n整改措施：修订考勤制度。\n${label}：正在推进\n`);
      expect(d.items.map((i) => [i.status, i.measures.length, i.outcomes.length])).toEqual([
        ["completed", 1, 0],
        ["completed", 0, 0],
        ["in_progress", 1, 0],
      ]);
    }
  });
  it("a status before the result (已整改，补齐档案12卷。) leaves it as one after it does (补齐档案12卷，已整改到位。)", () => {
    for (const label of labels) {
      const d = parse(`一、整改情况\n（一）关于档案缺失的问题\n整改措施：补齐档案。\n${label}：已整改，补齐档案12卷。\n（二）关于票据不全的问题\n整改措施：核查票据。\n${label}：补齐票据30张，已整改到位。\n（三）关于考勤不严的问题\n整改措施：修订制度。\n${label}：正在推进，已修订考勤制度。\n`);
      expect(d.items.map((i) => [i.status, i.outcomes.map((o) => o.text)])).toEqual([
        ["completed", ["补齐档案12卷。"]],
        ["completed", ["补齐票据30张"]],
        ["in_progress", ["已修订考勤制度。"]],
      ]);
    }
  });
  it("a first clause that does something is no status (已修订制度2项，…)", () => {
    const d = parse("一、整改情况\n（一）关于制度缺失的问题\n整改措施：修订制度。\n整改进展：已修订制度2项，印发执行。\n");
    expect(d.items.map((i) => [i.status, i.outcomes.map((o) => o.text)])).toEqual([["unknown", ["已修订制度2项，印发执行。"]]]);
  });
});

describe("probes of round 11: shapes from other kinds of unit", () => {
  it("the first sentences of an unlabelled paragraph that only find fault are the problem's details; the rest is the measure", () => {
    const d = parse("一、关于服务群众方面的问题\n窗口办事效率偏低，群众反映问题回复滞后。中心修订首问负责制度，开通线上预约。\n已整改到位。\n");
    expect(d.items.map((i) => [i.problem_details, i.measures.map((m) => m.text), i.status])).toEqual([
      ["窗口办事效率偏低，群众反映问题回复滞后", ["中心修订首问负责制度，开通线上预约。"], "completed"],
    ]);
  });
  it("a sentence that names what it lags in (推进缓慢) finds fault; one that acts (推进…建设) does not", () => {
    const d = parse("一、关于项目建设方面的问题\n重点项目推进缓慢。镇党委成立项目专班。\n整改完成。\n\n二、关于基层治理方面的问题\n推进网格化治理，配备网格员20名。\n整改完成。\n");
    expect(d.items.map((i) => [i.problem_details, i.measures.length])).toEqual([["重点项目推进缓慢", 1], [null, 1]]);
  });
  it("a sentence that seeks a remedy for a fault (积极寻求解决…过高的办法) acts: it stays the measure", () => {
    const d = parse("一、关于营商环境方面的问题\n积极寻求解决园区企业用电价格过高的办法。协调供电公司降低电价。\n整改完成。\n\n二、关于干部作风方面的问题\n干部服务积极性不高，推动重点工作落实不力。局党组开展作风整顿。\n整改完成。\n");
    expect(d.items.map((i) => [i.problem_details, i.measures.length])).toEqual([[null, 1], ["干部服务积极性不高，推动重点工作落实不力", 1]]);
  });
  it("money given back in whole to whom it is owed (已全部退还患者, 已全额上缴国库) closes the measure as its status", () => {
    const d = parse("一、整改情况\n（一）关于重复收费的问题\n整改措施：清退多收费用，已全部退还患者。\n（二）关于私设小金库的问题\n整改措施：清理账外资金，已全额上缴国库。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["completed", ["清退多收费用"]],
      ["completed", ["清理账外资金"]],
    ]);
  });
});

describe("probes of round 11: notes and wrappers", () => {
  it("a status noted after each measure is no part of it; the item is done when every measure is", () => {
    const d = parse("一、整改情况\n（一）关于消防设施老化的问题\n1.更换灭火器40具（已完成）\n2.开展消防演练（已完成）\n（二）关于值班记录不全的问题\n1.建立值班台账（持续推进）\n2.修订值班制度（已完成）\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["completed", ["更换灭火器40具", "开展消防演练"]],
      ["in_progress", ["建立值班台账", "修订值班制度"]],
    ]);
  });
  it("a subject that has the fault, then 的问题, states the problem as 关于… does (…存在隐患的问题); 存在…问题 alone keeps it", () => {
    expect(["食堂管理存在安全隐患的问题", "关于食堂管理存在安全隐患的问题"].map(problemOf)).toEqual(["食堂管理存在安全隐患", "食堂管理存在安全隐患"]);
    expect(["存在安全隐患的问题", "食堂管理存在安全隐患问题", "廉政风险问题"].map(problemOf)).toEqual(["存在安全隐患的问题", "食堂管理存在安全隐患问题", "廉政风险问题"]);
  });
});
