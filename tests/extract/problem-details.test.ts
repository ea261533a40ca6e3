// problem_details and responsible: what an item says of its problem beyond the statement, and who
// answers for it — on made-up notices.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src).items;

describe("problem_details", () => {
  it("keeps a 存在问题： list under a heading that states the problem", () => {
    const [a, b] = parse(
      "二、整改落实情况\n（一）贯彻落实新发展理念不够到位\n存在问题：1.水资源保护规划编制滞后；2.农村供水工程管护机制不健全。\n整改措施：一是修订规划；二是建立台账。\n" +
        "（二）重大项目推进缓慢\n问题表现:\n1.灌区改造项目进度滞后；\n2.资金拨付不及时。\n整改措施:\n1.建立项目调度机制；\n2.加快资金拨付。",
    );
    expect([a.problem, a.problem_details]).toEqual(["贯彻落实新发展理念不够到位", "1.水资源保护规划编制滞后；2.农村供水工程管护机制不健全"]);
    expect([b.problem, b.problem_details, b.measures.length]).toEqual(["重大项目推进缓慢", "1.灌区改造项目进度滞后；2.资金拨付不及时", 2]);
  });
  it("keeps the unlabelled text before labelled measures, and nothing when the measures are unlabelled", () => {
    const [a, b] = parse(
      "二、整改落实情况\n1.关于食堂管理不规范的问题\n食堂采购台账缺失，账实不符。\n整改措施：建立采购台账。\n" +
        "2.关于档案管理混乱的问题\n制定档案管理办法，完成档案整理。",
    );
    expect([a.problem_details, a.measures.map((m) => m.text)]).toEqual(["食堂采购台账缺失，账实不符", ["建立采购台账。"]]);
    expect([b.problem_details, b.measures.map((m) => m.text)]).toEqual([null, ["制定档案管理办法，完成档案整理。"]]);
  });
  it("reads 具体表现： and 主要表现： as the problem's details under a labelled problem", () => {
    const [a, b] = parse(
      "二、整改落实情况\n问题1：理论学习不深入。\n具体表现：中心组学习次数不足。\n整改措施：制定年度学习计划。\n" +
        "问题2：财务制度执行不严。\n主要表现:报销审核不严。\n整改措施：修订财务制度。",
    );
    expect([a.problem, a.problem_details, a.measures.length]).toEqual(["理论学习不深入", "中心组学习次数不足", 1]);
    expect([b.problem, b.problem_details, b.measures.length]).toEqual(["财务制度执行不严", "报销审核不严", 1]);
  });
  it("takes the problem from the line under a label that stands alone (问题1 / …), not from the section", () => {
    const items = parse("一、整改落实情况\n问题1\n党组理论学习不深入。\n整改措施：制定学习计划。\n问题二\n财务制度执行不严\n整改措施：修订财务制度。");
    expect(items.map((i) => [i.number, i.problem, i.problem_details, i.measures.length])).toEqual([
      ["1", "党组理论学习不深入", null, 1],
      ["2", "财务制度执行不严", null, 1],
    ]);
  });
  it("is null when the problem statement is the problem field itself", () => {
    const [a] = parse("二、整改落实情况\n（一）党的建设方面\n存在问题：支部组织生活不规范。\n整改措施：制定支部工作规范。");
    expect([a.problem, a.problem_details]).toEqual(["支部组织生活不规范", null]);
  });
});

describe("responsible", () => {
  it("reads 责任单位 and 牵头单位 as written, labels inline or on their own line", () => {
    const [a, b, c] = parse(
      "二、整改落实情况\n1.基层组织建设薄弱\n整改措施：制定支部工作规范。\n责任单位：组织部\n" +
        "2.关于村级财务管理不规范的问题。整改措施：建立报账制度。牵头单位:农业农村局。整改时限：2024年底。\n" +
        "3.干部培训不足\n整改措施：制定培训计划。",
    );
    expect([a.responsible, b.responsible, b.deadline, c.responsible]).toEqual(["组织部", "农业农村局", "2024年底", null]);
  });
});
