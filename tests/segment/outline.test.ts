// The outline: level inference, heading/body split, fields, page-broken headings.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { segment } from "../../src/segment/index.js";
import { splitHeading } from "../../src/segment/split.js";
import { writtenText, squeeze } from "../../src/normalize/span.js";
import { parseText } from "../../src/index.js";

function outline(text: string) {
  const n = normalize(text);
  const o = segment(n.lines);
  return {
    ...o,
    flat: o.headings.map((h) => `${h.level}|${writtenText(n.source, h.marker).trim()}|${squeeze(writtenText(n.source, h.title))}`),
  };
}

describe("level inference", () => {
  it("follows the national standard order", () => {
    const o = outline("一、总体\n（一）组织\n1.学习\n（1）细则\n二、下一步");
    expect(o.flat).toEqual(["1|一、|总体", "2|（一）|组织", "3|1.|学习", "4|（1）|细则", "1|二、|下一步"]);
  });
  it("nests styles in first-seen order when a notice deviates", () => {
    const o = outline("1.第一部分\n（一）甲\n（二）乙\n2.第二部分\n（一）丙");
    expect(o.flat).toEqual(["1|1.|第一部分", "2|（一）|甲", "2|（二）|乙", "1|2.|第二部分", "2|（一）|丙"]);
  });
  it("continues 1、 2、 with 三、 also after an item's labelled field", () => {
    const o = outline("1、组织情况\n2、整改情况\n（1）甲类\n1.某问题\n整改情况：已整改。\n三、下一步打算\n四、其他");
    expect(o.flat).toEqual(["1|1、|组织情况", "1|2、|整改情况", "2|（1）|甲类", "3|1.|某问题", "1|三、|下一步打算", "1|四、|其他"]);
  });
  it("does not take a field's （二） for a heading that goes on counting 一、 in another shape", () => {
    const o = outline("一、整改情况\n1.某问题\n整改措施：\n（一）建立台账；\n（二）完善制度。");
    expect(o.flat).toEqual(["1|一、|整改情况", "2|1.|某问题"]);
  });
  it("takes ② after a ① item's labelled field for the next item, not for the field's list", () => {
    const o = outline("一、整改情况\n①食堂账目不清\n整改措施：清查账目。\n②会议记录缺失\n整改措施：补齐记录。");
    expect(o.flat).toEqual(["1|一、|整改情况", "2|①|食堂账目不清", "2|②|会议记录缺失"]);
    const inner = outline("一、整改情况\n①食堂账目不清\n整改措施：\n①清查账目；\n②建立台账。");
    expect(inner.flat).toEqual(["1|一、|整改情况", "2|①|食堂账目不清"]);
  });
  it("takes ①② under an 一是 entry for points of that entry, not headings", () => {
    // The entry leads in to the points (a colon), or the enumeration goes on after them (二是).
    const lead = outline("一、整改情况\n（一）关于甲的问题\n一是清理往来款项:\n① 梳理应收款\n② 逐笔催收\n（二）关于乙的问题");
    expect(lead.flat).toEqual(["1|一、|整改情况", "2|（一）|关于甲的问题", "2|（二）|关于乙的问题"]);
    const resumed = outline("一、整改情况\n（一）关于甲的问题\n首先，加强学习。\n①每月集中学习；\n②开展研讨。\n其次，完善制度。");
    expect(resumed.flat).toEqual(["1|一、|整改情况", "2|（一）|关于甲的问题"]);
    // Each entry's points count from ① again.
    const two = outline("一、整改情况\n（一）关于甲的问题\n一是清理款项：\n①梳理应收款；\n②逐笔催收。\n二是规范流程：\n①修订办法；\n②加强审核。\n（二）关于乙的问题");
    expect(two.flat).toEqual(["1|一、|整改情况", "2|（一）|关于甲的问题", "2|（二）|关于乙的问题"]);
    // A sentence that leads in to measures does the same; ① phrased as problems stay items.
    const leadIn = outline("一、整改情况\n1.关于防火责任不实的问题\n局党组采取以下措施：\n①修订应急预案；\n②开展演练3次。\n2.关于审批不规范的问题");
    expect(leadIn.flat).toEqual(["1|一、|整改情况", "2|1.|关于防火责任不实的问题", "2|2.|关于审批不规范的问题"]);
    const items2 = outline("一、整改情况\n针对反馈问题，制定整改措施如下：\n①关于防火责任不实的问题\n②关于审批不规范的问题");
    expect(items2.flat).toEqual(["1|一、|整改情况", "2|①|关于防火责任不实的问题", "2|②|关于审批不规范的问题"]);
    // ① items whose bodies hold 一是… entries stay items.
    const items = outline("一、整改情况\n①审批不规范\n一是严格审批。二是建立台账。\n②变更随意\n一是规范变更程序。");
    expect(items.flat).toEqual(["1|一、|整改情况", "2|①|审批不规范", "2|②|变更随意"]);
  });
  it("takes a ① line whose short first sentence is followed by the item's fields for an item", () => {
    const o = outline("二、整改情况\n（1）组织建设方面\n①学习流于形式。整改情况：制定学习计划，已完成整改。\n② 会议记录不全；整改措施:补齐记录。\n（2）财务方面");
    expect(o.flat).toEqual(["1|二、|整改情况", "2|（1）|组织建设方面", "3|①|学习流于形式", "3|②|会议记录不全", "2|（2）|财务方面"]);
    // Inside a field, ① with a deadline after it is still the field's entry.
    const f = outline("二、整改情况\n1.关于甲的问题\n整改措施：\n①建立台账。整改时限：2024年底\n②修订制度。");
    expect(f.flat).toEqual(["1|二、|整改情况", "2|1.|关于甲的问题"]);
  });
  it("lists one item per 问题： line when a section holds several, and in its sibling sections", () => {
    const o = outline("一、整改情况\n（一）已完成的问题\n问题：车辆管理混乱。\n整改措施：建立台账。\n问题：接待超标。\n整改措施：清退费用。\n（二）正在整改的问题\n问题：档案缺失。\n整改措施：补录档案。");
    expect(o.flat).toEqual(["1|一、|整改情况", "2|（一）|已完成的问题", "3|问题：|车辆管理混乱", "3|问题：|接待超标", "2|（二）|正在整改的问题", "3|问题：|档案缺失"]);
  });
  it("does not take 存在问题： after the measures for another item", () => {
    const o = outline("一、整改情况\n（一）关于甲的问题\n问题：资金拨付滞后。\n整改措施：建立台账。\n存在问题：个别单位报账慢。");
    expect(o.flat).toEqual(["1|一、|整改情况", "2|（一）|关于甲的问题"]);
  });
  it("leaves a numbered item's own 问题： field alone", () => {
    const o = outline("一、整改情况\n1.车辆管理\n问题：车辆管理混乱。\n整改措施：建立台账。\n2.公务接待\n问题：接待超标。\n整改措施：清退费用。");
    expect(o.flat).toEqual(["1|一、|整改情况", "2|1.|车辆管理", "2|2.|公务接待"]);
  });
  it("keeps a marker that continues an open level at that level (1、 2、 then 三、)", () => {
    const o = outline("1、组织情况\n正文。\n2、整改情况\n（一）甲类\n1.某问题\n三、下一步打算\n（一）强化学习");
    expect(o.flat).toEqual(["1|1、|组织情况", "1|2、|整改情况", "2|（一）|甲类", "3|1.|某问题", "1|三、|下一步打算", "2|（一）|强化学习"]);
  });
  it("starts a new count with another label word, without a repeat warning (问题2： then 建议1：)", () => {
    const o = outline("一、整改情况\n问题1：台账不全。\n整改措施：补齐台账。\n问题2：车辆管理乱。\n整改措施：建立制度。\n【建议1】加强培训。\n整改措施：开展轮训。\n建议2:完善考核。\n问题 3：档案缺失。");
    expect(o.flat.map((f) => f.split("|").slice(0, 2).join("|"))).toEqual(["1|一、", "2|问题1：", "2|问题2：", "2|【建议1】", "2|建议2:", "2|问题 3："]);
    // 问题 3 after the suggestions goes on with the problems' own count.
    expect(o.diagnostics.map((d) => d.code)).toEqual([]);
    // Within one label word a number that goes back is still a repeat.
    expect(outline("一、整改情况\n问题1：甲。\n问题2：乙。\n问题1：丙。").diagnostics.map((d) => d.code)).toEqual(["numbering-repeat"]);
  });
  it("reports gaps and repeats as written, without renumbering", () => {
    const o = outline("一、甲\n三、丙\n三、丙又\n");
    expect(o.flat.map((f) => f.split("|")[1])).toEqual(["一、", "三、", "三、"]);
    expect(o.diagnostics.map((d) => d.code)).toEqual(["numbering-gap", "numbering-repeat"]);
  });
  it("handles six levels", () => {
    // 1) numbers a list: alone, it may be a sentence cut by a page break (see markers.test.ts).
    const o = outline("一、a\n（一）b\n1.c\n（1）d\n①e\n1)f\n2)g");
    expect(o.headings.map((h) => h.level)).toEqual([1, 2, 3, 4, 5, 6, 6]);
  });
});

describe("what is not a heading", () => {
  it("一是 enumerations, decimals, years, ① inside a paragraph", () => {
    const o = outline("一、情况\n一是加强学习。\n1.393亿元已拨付。\n2024年完成整改。\n措施包括①学习②整改。\n");
    expect(o.flat).toEqual(["1|一、|情况"]);
  });
  it("numbered lines of a labelled field, unless they continue the open item numbering", () => {
    const o = outline("（一）已完成的问题\n1.关于甲的问题\n整改措施：\n1.建立台账；\n2.修订制度。\n2.关于乙的问题\n整改成效：\n①已完成");
    expect(o.flat).toEqual(["1|（一）|已完成的问题", "2|1.|关于甲的问题", "2|2.|关于乙的问题"]);
  });
  it("an item's numbered parts (1.整改措施：… 2.整改结果：…) under a top heading that names one problem", () => {
    const o = outline("（一）关于台账管理不规范的问题\n1.整改措施：补齐台账。\n2.整改结果：已完成。\n（二）关于会议过多的问题\n1.整改措施：精简会议。\n2.整改结果：正在推进。");
    expect(o.flat).toEqual(["1|（一）|关于台账管理不规范的问题", "1|（二）|关于会议过多的问题"]);
  });
  it("a long ① line with sentences is body text", () => {
    const o = outline("一、甲\n①开展专项检查，发现问题12个。已全部整改到位，并建立长效机制，防止问题反弹回潮。\n");
    expect(o.flat).toEqual(["1|一、|甲"]);
  });
});

describe("第一， 第二， paragraphs", () => {
  it("are headings where two or more number a list, not where one stands alone", () => {
    const o = outline("一、整改情况\n第一，关于学习不深入的问题。整改措施：制定计划。\n第二、关于台账缺失的问题。整改措施：补齐台账。\n第三：关于制度执行不严的问题。\n二、下一步打算\n第一，持续巩固成果。\n第一时间回应关切。");
    expect(o.flat).toEqual(["1|一、|整改情况", "2|第一，|关于学习不深入的问题", "2|第二、|关于台账缺失的问题", "2|第三：|关于制度执行不严的问题", "1|二、|下一步打算"]);
  });
  it("are prose where they introduce the headings after them, in the preamble or a section", () => {
    const o = outline("县委高度重视：\n第一，提高站位。\n第二，压实责任。\n一、整改情况\n镇党委认真整改：\n第一，建立台账。\n第二，定期调度。\n（一）关于台账不全的问题\n整改措施：补齐台账。\n（二）关于会议偏多的问题\n第一，精简会议；\n第二，合并发文。\n二、下一步打算");
    expect(o.flat).toEqual(["1|一、|整改情况", "2|（一）|关于台账不全的问题", "2|（二）|关于会议偏多的问题", "3|第一，|精简会议", "3|第二，|合并发文", "1|二、|下一步打算"]);
  });
  it("其一、 其二、 number a list under each area as 第一， does", () => {
    const o = outline("一、关于经营管理方面\n其一、合同管理不规范。整改措施：修订合同管理办法。\n其二、应收款清收不力。整改措施：成立清收专班。\n二、关于党的建设方面\n其一、支部换届不及时。整改措施：完成换届。\n其二、党费收缴不规范。整改措施：补缴党费。");
    expect(o.flat).toEqual(["1|一、|关于经营管理方面", "2|其一、|合同管理不规范", "2|其二、|应收款清收不力", "1|二、|关于党的建设方面", "2|其一、|支部换届不及时", "2|其二、|党费收缴不规范"]);
  });
  it("a lone 第一， that a page cut off a sentence goes on from the line above", () => {
    const o = outline("一、整改成效\n全年综合考核位列全市\n\n第一，受到市委通报表扬。");
    expect(o.flat).toEqual(["1|一、|整改成效"]);
    expect(o.headings[0].body.map((s) => squeeze(s.line.text))).toEqual(["全年综合考核位列全市第一，受到市委通报表扬。"]);
  });
});

describe("heading and body on one line", () => {
  it("cuts at the first 。 outside quotes", () => {
    const line = "1.在学习贯彻不深入方面。一是组织学习。";
    const { titleEnd, bodyStart } = splitHeading(line, 2);
    expect(line.slice(2, titleEnd)).toBe("在学习贯彻不深入方面");
    expect(line.slice(bodyStart)).toBe("一是组织学习。");
  });
  it("cuts at an ASCII full stop, not at a decimal point or inside a web address", () => {
    const a = "1.关于公章管理不严的问题.整改措施:建立台账。";
    expect(a.slice(2, splitHeading(a, 2).titleEnd)).toBe("关于公章管理不严的问题");
    expect(a.slice(splitHeading(a, 2).bodyStart)).toBe("整改措施:建立台账。");
    const b = "2.关于2.5亿元资金闲置的问题";
    expect(b.slice(2, splitHeading(b, 2).titleEnd)).toBe("关于2.5亿元资金闲置的问题");
    const c = "3.关于www.example.cn网站更新慢的问题";
    expect(c.slice(2, splitHeading(c, 2).titleEnd)).toBe("关于www.example.cn网站更新慢的问题");
  });
  it("leaves out a colon that ends the line, in either width (二、具体整改情况：)", () => {
    for (const line of ["二、具体整改情况：", "二、具体整改情况: ", "二、具体整改情况："]) expect(line.slice(2, splitHeading(line, 2).titleEnd)).toBe("具体整改情况");
    // (a marker and a colon alone keep it: nothing else is left)
    expect(splitHeading("一、：", 2).titleEnd).toBe(3);
  });
  it("keeps a 。 inside the quoted problem", () => {
    const line = "3. 关于“台账不全。”问题的整改";
    expect(line.slice(3, splitHeading(line, 3).titleEnd)).toBe("关于“台账不全。”问题的整改");
  });
  it("cuts before 一是 after a comma and before a field label", () => {
    const a = "（二）关于制度建设，一是修订办法";
    expect(a.slice(3, splitHeading(a, 3).titleEnd)).toBe("关于制度建设");
    const b = "2.关于审批不规范问题 整改措施:完善流程";
    expect(b.slice(2, splitHeading(b, 2).titleEnd)).toBe("关于审批不规范问题");
  });
});

describe("page breaks", () => {
  it("joins a heading that a page break split", () => {
    const o = outline("二、整改情况\n\n4. 关于“工程结算\n\n不及时。”问题的整改\n\n整改措施：加快结算。");
    expect(o.flat).toEqual(["1|二、|整改情况", "2|4.|关于“工程结算不及时。”问题的整改"]);
  });
  it("joins a short heading tail without punctuation", () => {
    const o = outline("一、整改\n\n（一）已完成整改的\n\n问题 5 个\n\n针对反馈问题，逐项整改。");
    expect(o.flat).toEqual(["1|一、|整改", "2|（一）|已完成整改的问题5个"]);
  });
  it("does not join a heading with the paragraph below it", () => {
    const o = outline("（一）强化思想认识，筑牢政治根基\n将理论学习纳入中心组学习内容，通过专题研讨等形式深化认识。");
    expect(o.flat).toEqual(["1|（一）|强化思想认识，筑牢政治根基"]);
    expect(o.headings[0].body.length).toBe(1);
  });
});

describe("repeated numbers inside a field", () => {
  it("a repeated item number phrased like the open item is the next item, not a measure", () => {
    const o = outline("（一）关于甲的问题\n整改措施：\n（1）建立台账。\n（一）关于乙的问题\n整改措施：做了。");
    expect(o.flat).toEqual(["1|（一）|关于甲的问题", "1|（一）|关于乙的问题"]);
    expect(o.diagnostics.map((d) => d.code)).toEqual(["numbering-repeat"]);
  });
  it("a repeated item number that states a problem with fields of its own is the next item", () => {
    const inline = outline("一、整改情况\n1.台账管理不规范。整改措施：补齐台账。\n2.会议过多。整改措施：精简会议。\n2.公务接待超标。整改措施：退回费用。");
    expect(inline.flat).toEqual(["1|一、|整改情况", "2|1.|台账管理不规范", "2|2.|会议过多", "2|2.|公务接待超标"]);
    expect(inline.diagnostics.map((d) => d.code)).toEqual(["numbering-repeat"]);
    // (its fields on the lines below)
    const below = outline("一、整改情况\n1.台账不全\n整改措施：补齐台账。\n2.会议过多\n整改措施：精简会议。\n2.公务接待超标\n整改措施：退回费用。");
    expect(below.flat).toEqual(["1|一、|整改情况", "2|1.|台账不全", "2|2.|会议过多", "2|2.|公务接待超标"]);
    // A line that acts stays the field's, a field after it too.
    expect(outline("一、整改情况\n1.台账不全\n整改措施：补齐台账。\n2.会议过多\n整改措施：精简会议。\n2.压减文件数量。完成时限：年底。").flat).toEqual(["1|一、|整改情况", "2|1.|台账不全", "2|2.|会议过多"]);
  });
  it("a measure list restarting at 1 under a field is still the field's list", () => {
    const o = outline("1.关于甲的问题\n整改措施：\n1.建立台账；\n2.修订制度。");
    expect(o.flat).toEqual(["1|1.|关于甲的问题"]);
  });
});

describe("items numbered only as 一是… 二是…", () => {
  it("are items led by their problem, one a paragraph that opens with a problem, but no headings", () => {
    const o = outline("关于某公司巡察整改情况的通报\n现将整改情况通报如下。\n一是关于采购不规范的问题。修订采购办法。\n二是安全责任落实不到位。开展隐患排查。\n整改隐患12处。");
    expect(o.flat).toEqual(["1|一是|关于采购不规范的问题", "1|二是|安全责任落实不到位"]);
    expect(o.headings.map((h) => h.style)).toEqual(["led-problem", "led-problem"]);
    expect(o.roots).toEqual([]);
    expect(o.preamble.length).toBe(2);
    expect(o.headings[1].body.length).toBe(2);
  });
  it("inside a section's body too (第二部分 整改情况 / 一是关于…的问题。…)", () => {
    const o = outline("第一部分 组织情况\n成立领导小组。\n第二部分 整改情况\n一是关于采购不规范的问题。修订采购办法。\n二是针对安全责任不实的问题，开展隐患排查。");
    expect(o.flat).toEqual(["1|第一部分|组织情况", "1|第二部分|整改情况", "2|一是|关于采购不规范的问题", "2|二是|针对安全责任不实的问题，开展隐患排查"]);
  });
  it("a page without numbered headings lists its labelled items (【问题】…), up to a heading that lost its marker", () => {
    const o = outline("关于某局巡察整改情况的通报\n整改情况\n【问题】执法不严。\n【整改情况】开展专项行动。已完成整改。\n【问题】物资管理不规范。\n【整改情况】建立台账。\n下一步工作打算\n持续巩固整改成果。");
    expect(o.flat).toEqual(["1|【问题】|执法不严", "1|【问题】|物资管理不规范"]);
    expect(o.roots.length).toBe(2);
    expect(o.headings[1].body.map((b) => b.line.text)).toEqual(["【整改情况】建立台账。"]);
    expect(o.preamble.map((b) => b.line.text)).toEqual(["关于某局巡察整改情况的通报", "整改情况", "下一步工作打算", "持续巩固整改成果。"]);
  });
  it("and as 首先，… 其次，… 最后，…, each opening with a problem", () => {
    const o = outline("一、反馈问题整改情况\n首先，关于台账管理不规范的问题。整改措施：补齐台账。\n其次，关于会议过多的问题。整改措施：精简会议。\n最后，关于安全巡查不到位的问题。整改措施：开展巡查。\n二、下一步打算");
    expect(o.flat).toEqual(["1|一、|反馈问题整改情况", "2|首先|关于台账管理不规范的问题", "2|其次|关于会议过多的问题", "2|最后|关于安全巡查不到位的问题", "1|二、|下一步打算"]);
    expect(squeezeBody(o.headings[2])).toBe("整改措施:精简会议。");
    // Out of order (其次 first), or words that act rather than find fault: no items.
    expect(outline("一、整改情况\n其次，关于会议过多的问题。精简会议。\n最后，关于台账不全的问题。补齐台账。").flat).toEqual(["1|一、|整改情况"]);
    expect(outline("一、整改情况\n首先，提高政治站位。\n其次，压实整改责任。").flat).toEqual(["1|一、|整改情况"]);
  });
  it("leaves paragraphs that do not all name problems alone", () => {
    expect(outline("关于某公司巡察整改情况的通报\n一是提高站位。做了。\n二是强化领导。也做了。").flat).toEqual([]);
    expect(outline("一、整改情况\n一是关于采购不规范的问题。修订采购办法。\n二是强化领导。").flat).toEqual(["1|一、|整改情况"]);
    expect(outline("（一）整改推进情况\n一是压实整改责任，补齐薄弱环节。\n二是健全制度，堵塞管理漏洞。").flat).toEqual(["1|（一）|整改推进情况"]);
    expect(outline("二、整改情况\n2.班子建设有短板\n一是分工不够合理。\n二是议事规则执行不严。\n整改措施：调整分工。").flat).toEqual(["1|二、|整改情况", "2|2.|班子建设有短板"]);
  });
});

describe("items numbered as articles (第一条, 第1项)", () => {
  it("are headings below the section they stand in, each list counting on its own", () => {
    const o = outline("一、整改情况\n第一条 责任落实不到位。\n整改措施：签订责任书。\n第二条 制度执行不严。\n整改措施：修订制度。\n二、建议落实情况\n第1项 加强队伍建设。\n落实情况：开展培训。\n第2项 规范物业管理。");
    expect(o.flat).toEqual(["1|一、|整改情况", "2|第一条|责任落实不到位", "2|第二条|制度执行不严", "1|二、|建议落实情况", "2|第1项|加强队伍建设", "2|第2项|规范物业管理"]);
    expect(o.diagnostics).toEqual([]);
  });
});

describe("a paragraph led by a quoted problem (关于“…”问题。)", () => {
  it("is an item of its own under a section that lists no numbered items", () => {
    const o = outline("二、整改落实情况\n（一）关于作风建设方面\n1.关于“会议过多”问题。精简会议。\n（二）关于财务管理方面\n关于“报销不规范”问题。修订报销办法，退回费用2万元。\n三、下一步打算");
    expect(o.flat).toEqual(["1|二、|整改落实情况", "2|（一）|关于作风建设方面", "3|1.|关于“会议过多”问题", "2|（二）|关于财务管理方面", "3||关于“报销不规范”问题", "1|三、|下一步打算"]);
    expect(o.headings[4].style).toBe("led-problem");
    expect(squeezeBody(o.headings[4])).toBe("修订报销办法，退回费用2万元。");
  });
  it("is not split from a heading that names the problem itself, nor without its quotes", () => {
    const named = outline("一、整改情况\n1.关于会议过多的问题\n关于“会议过多”问题。精简会议。");
    expect(named.flat).toEqual(["1|一、|整改情况", "2|1.|关于会议过多的问题"]);
    const plain = outline("一、整改情况\n（一）关于财务管理方面\n关于报销不规范问题。修订报销办法。");
    expect(plain.flat).toEqual(["1|一、|整改情况", "2|（一）|关于财务管理方面"]);
  });
});

function squeezeBody(h: { body: Array<{ line: { text: string }; start: number; end: number }> }): string {
  return h.body.map((s) => s.line.text.slice(s.start, s.end)).join("");
}

describe("lone numbered measures right under an item", () => {
  const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
  const items = (text: string) => parseText(text, src).items.map((i) => [i.number, i.problem, i.measures.map((m) => m.text)]);
  const doc = (lone: string) => `一、整改落实情况\n（一）作风建设方面\n1.会议多、文件多，基层负担重\n${lone}\n2.公文审核把关不严\n整改措施：规范公文审核。\n二、下一步工作打算\n巩固成果。`;
  it("is the item's one measure, in each numbered style, not a heading that makes the item a category", () => {
    for (const lone of ["（1）精简会议。", "(1) 精简会议。", "⑴精简会议。"]) {
      expect(outline(doc(lone)).flat).toEqual(["1|一、|整改落实情况", "2|（一）|作风建设方面", "3|1.|会议多、文件多，基层负担重", "3|2.|公文审核把关不严", "1|二、|下一步工作打算"]);
      expect(items(doc(lone)).map((i) => [i[0], i[1], (i[2] as string[]).length])).toEqual([["1", "会议多、文件多，基层负担重", 1], ["2", "公文审核把关不严", 1]]);
    }
    expect(items(doc("（1）精简会议。"))[0]).toEqual(["1", "会议多、文件多，基层负担重", ["精简会议。"]]);
    // it may name a fault on the way, not end on one
    expect(outline(doc("（1）落实安全隐患排查制度。")).flat).toEqual(["1|一、|整改落实情况", "2|（一）|作风建设方面", "3|1.|会议多、文件多，基层负担重", "3|2.|公文审核把关不严", "1|二、|下一步工作打算"]);
    for (const lone of ["1.精简会议，严控规模。", "1、精简会议，严控规模。", "1. 精简会议，严控规模；"]) {
      const text = `一、整改落实情况\n（一）关于会议过多的问题\n${lone}\n（二）关于公文审核把关不严的问题\n整改措施：规范公文审核。`;
      expect(outline(text).flat).toEqual(["1|一、|整改落实情况", "2|（一）|关于会议过多的问题", "2|（二）|关于公文审核把关不严的问题"]);
      expect(items(text)[0]).toEqual(["1", "会议过多", [lone.replace(/^1[.、] ?/, "")]]);
    }
    // the last item, the notice's text ending under it
    expect(outline("一、整改落实情况\n（一）关于会议过多的问题\n（1）精简会议。").flat).toEqual(["1|一、|整改落实情况", "2|（一）|关于会议过多的问题"]);
  });
  it("and so is a run of them, (1) (2) …, each a measure, with nothing under the run", () => {
    const text = doc("（1）精简会议。\n（2）压减文件；\n（3）规范公文审核。");
    expect(outline(text).flat).toEqual(["1|一、|整改落实情况", "2|（一）|作风建设方面", "3|1.|会议多、文件多，基层负担重", "3|2.|公文审核把关不严", "1|二、|下一步工作打算"]);
    expect(items(text)[0]).toEqual(["1", "会议多、文件多，基层负担重", ["精简会议。", "压减文件；", "规范公文审核。"]]);
    // one entry that finds fault, or text under the run: headings, all of them
    expect(outline(doc("（1）精简会议。\n（2）文件过多过长。")).flat).toContain("4|（2）|文件过多过长");
    expect(outline(doc("（1）精简会议。\n（2）压减文件。\n全年会议减少三成。")).flat).toContain("4|（1）|精简会议");
  });
  it("with the item's closing status or a one-line deadline under the run", () => {
    const flat = ["1|一、|整改落实情况", "2|（一）|作风建设方面", "3|1.|会议多、文件多，基层负担重", "3|2.|公文审核把关不严", "1|二、|下一步工作打算"];
    for (const after of ["目前已整改完成。", "目前，该问题正在推进", "整改时限：2024年底", "责任单位：办公室\n整改状态：已完成"]) {
      const text = doc(`（1）精简会议；\n（2）将会议纳入计划管理。\n${after}`);
      expect(outline(text).flat).toEqual(flat);
      expect(items(text)[0][2]).toEqual(["精简会议；", "将会议纳入计划管理。"]);
    }
    // (measures that open with 推行, 成立, 分类…)
    const verbs = doc("（1）推行会议计划管理；\n（2）成立公文审核专班；\n（3）分类压减文件。\n目前已整改完成。");
    expect(outline(verbs).flat).toEqual(flat);
    expect(items(verbs)[0][2]).toEqual(["推行会议计划管理；", "成立公文审核专班；", "分类压减文件。"]);
    // a result, a sentence of its own: headings still
    expect(outline(doc("（1）精简会议；\n（2）压减文件。\n已累计减少会议20次，压减文件30%。")).flat).toContain("4|（1）|精简会议");
  });
  it("stays a heading when it has a 2, lines or headings under it, finds fault, sits under an area, or numbers items elsewhere", () => {
    const heads = (text: string) => outline(text).flat.filter((h) => h.includes("精简"));
    // its own text or fields below it
    expect(heads(doc("（1）精简会议。\n全年会议减少三成。"))).toEqual(["4|（1）|精简会议"]);
    // a heading under it
    expect(heads(doc("（1）精简会议。\n①取消例会。"))).toEqual(["4|（1）|精简会议"]);
    // a fault, or two sentences
    expect(heads(doc("（1）精简会议不到位。"))).toEqual(["4|（1）|精简会议不到位"]);
    expect(heads(doc("（1）精简会议力度不够；"))).toEqual(["4|（1）|精简会议力度不够"]);
    // under an area, or a section of the notice
    expect(heads("一、整改落实情况\n（一）作风建设方面\n（1）精简会议。\n（二）财务管理方面\n（1）规范报账。")).toEqual(["3|（1）|精简会议"]);
    // the style numbers the items under categories elsewhere: there it is an item
    expect(heads("一、整改落实情况\n（一）关于财务管理\n（1）报账不及时。\n（2）票据不全。\n（二）关于作风建设\n（1）精简会议。\n二、下一步工作打算")).toEqual(["3|（1）|精简会议"]);
  });
});
