// Round 4 of item rules, each on a made-up notice or heading of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { roleOf } from "../../src/extract/roles.js";
import { problemOf } from "../../src/extract/items.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);
type Sec = { marker: string; title: string; role: string; children: Sec[] };
const roles = (secs: Sec[]): string[] => secs.flatMap((s) => [`${s.marker}${s.title}:${s.role}`, ...roles(s.children)]);

describe("organisation sections named by how the work was organised", () => {
  it("reads 政治站位 / 政治责任 / 整改方案 / 领导小组 / 部署推进 headings as organisation", () => {
    expect(["提高政治站位，扛牢巡视整改政治责任", "细化整改方案", "成立整改工作领导小组", "统筹部署推进", "强化组织领导，压实各方责任"].map((t) => roleOf(t))).toEqual(Array(5).fill("organisation"));
  });
  it("leaves problem headings that name the same things alone, below a rectification section or finding fault", () => {
    expect(roleOf("整改方案针对性不强", true)).toBe("other");
    expect(roleOf("领导小组形同虚设", true)).toBe("other");
    expect(roleOf("整改方案针对性不强")).toBe("other");
    expect(roleOf("关于领导小组作用发挥的问题")).toBe("other");
  });
  it("holds no items, and the rectification section after it keeps its own", () => {
    const d = parse(
      "关于某区委巡察整改情况的通报\n一、提高政治站位，扛牢巡察整改政治责任\n区局党组高度重视。\n（一）强化组织领导\n成立领导小组。\n（二）细化整改方案\n制定整改方案，明确责任分工。\n" +
        "二、巡察反馈问题整改落实情况\n（一）关于整改方案落实不到位的问题\n整改措施：建立台账。\n（二）关于会议过多的问题\n整改措施：精简会议。",
    );
    expect(roles(d.sections as Sec[])).toEqual([
      "一、提高政治站位，扛牢巡察整改政治责任:organisation",
      "（一）强化组织领导:organisation",
      "（二）细化整改方案:organisation",
      "二、巡察反馈问题整改落实情况:rectification",
      "（一）关于整改方案落实不到位的问题:item",
      "（二）关于会议过多的问题:item",
    ]);
    expect(d.items.map((i) => i.problem)).toEqual(["整改方案落实不到位", "会议过多"]);
  });
});

describe("one status vocabulary wherever a status is read", () => {
  const done = ["已全部整改到位", "均已办结", "已全部办结", "已全部销号", "已经完成", "均已整改完毕", "已按期完成", "已办理完毕"];
  const status = (text: string) => parse(text).items.map((i) => i.status);
  it("in a status section's title", () => {
    for (const w of done) expect([w, ...status(`二、整改情况\n（一）${w}的问题\n1.关于甲的问题\n整改措施：做了。\n（二）正在整改的问题\n1.关于乙的问题\n整改措施：在做。`)]).toEqual([w, "completed", "in_progress"]);
  });
  it("in a status sentence after the measures or under the heading, in a note after the heading, and opening a field", () => {
    for (const w of [...done, "全部办结"]) {
      const d = parse(`二、整改情况\n1.关于甲的问题\n整改措施：建立台账。目前${w}。\n2.关于乙的问题\n整改措施：在做。`).items[0];
      expect([w, d.status, d.measures.map((e) => e.text)]).toEqual([w, "completed", ["建立台账。"]]);
      expect([w, ...status(`二、整改情况\n1.关于甲的问题（${w}）\n整改措施：建立台账。\n2.关于乙的问题\n整改措施：在做。`)]).toEqual([w, "completed", "unknown"]);
      expect([w, ...status(`二、整改情况\n1.关于甲的问题\n整改情况：${w}。一是建立台账。\n2.关于乙的问题\n整改措施：在做。`)]).toEqual([w, "completed", "unknown"]);
    }
    for (const w of done.filter((x) => x.startsWith("已"))) expect([w, ...status(`二、整改情况\n1.关于甲的问题\n${w}。\n整改措施：建立台账。\n2.关于乙的问题\n整改措施：在做。`)]).toEqual([w, "completed", "unknown"]);
  });
  it("in a deadline field that says it is done, and in a status line of its own over items", () => {
    for (const w of done) {
      const d = parse(`二、整改情况\n1.关于甲的问题\n整改措施：建立台账。\n完成时限：${w}\n2.关于乙的问题\n整改措施：在做。`).items[0];
      expect([w, d.status, d.deadline]).toEqual([w, "completed", null]);
      expect([w, ...status(`二、整改情况\n1.关于甲的问题\n整改措施：建立台账。\n${w}的问题\n2.关于乙的问题\n整改措施：在做。\n3.关于丙的问题\n整改措施：在做。`)]).toEqual([w, "unknown", "completed", "completed"]);
    }
  });
  it("not for a promise, nor for what is not yet done", () => {
    expect(status("二、整改情况\n1.关于甲的问题\n整改情况：确保全部办结。一是建立台账。\n2.关于乙的问题\n整改措施：在做。")).toEqual(["unknown", "unknown"]);
    expect(status("二、整改情况\n（一）尚未办结的问题\n1.关于甲的问题\n整改措施：做了。\n（二）未整改到位的问题\n1.关于乙的问题\n整改措施：在做。")).toEqual(["in_progress", "in_progress"]);
  });
});

describe("a trailing 的问题 is a wrapper after a full statement of the problem", () => {
  it("goes when the words before it find fault in a predicate", () => {
    expect(problemOf("干部管理不严格的问题")).toBe("干部管理不严格");
    expect(problemOf("违规发放津补贴问题。")).toBe("违规发放津补贴");
    expect(problemOf("村道“建管护”不协调的问题")).toBe("村道“建管护”不协调");
    expect(problemOf("项目推进缓慢问题")).toBe("项目推进缓慢");
    expect(problemOf("台账不全，制度执行不严格的问题")).toBe("台账不全，制度执行不严格");
  });
  it("stays after words that only name a thing, name a fault by a noun, or say one has it", () => {
    expect(problemOf("资金问题")).toBe("资金问题");
    expect(problemOf("提高政治站位的问题")).toBe("提高政治站位的问题");
    expect(problemOf("廉政风险问题")).toBe("廉政风险问题");
    expect(problemOf("报账不及时，存在白条入账问题")).toBe("报账不及时，存在白条入账问题");
    expect(problemOf("强化意识，不断提高质效的问题")).toBe("强化意识，不断提高质效的问题");
  });
  it("goes from an item heading without 关于", () => {
    const d = parse("二、整改落实情况\n（一）干部管理不严格的问题\n整改措施：建立制度。\n（二）会议过多的问题\n整改措施：精简会议。");
    expect(d.items.map((i) => i.problem)).toEqual(["干部管理不严格", "会议过多"]);
  });
});

describe("a deadline or responsible label inside a measures paragraph is a field of its own", () => {
  const first = (line: string) => {
    const i = parse(`二、整改情况\n1.关于甲的问题\n${line}\n2.关于乙的问题\n整改措施：在做。`).items[0];
    return [i.measures.map((e) => e.text), i.deadline, i.responsible];
  };
  it("after an ASCII full stop, ！ or ？", () => {
    expect(first("整改措施：建立台账.整改时限:3个月内")).toEqual([["建立台账."], "3个月内", null]);
    expect(first("整改措施：建立台账！完成时限：2024年底")).toEqual([["建立台账！"], "2024年底", null]);
    expect(first("整改措施:①建立台账;②完善制度?责任单位:办公室")).toEqual([["建立台账;", "完善制度?"], null, "办公室"]);
  });
  it("in a bracket after a sentence, the bracket left out", () => {
    expect(first("整改措施：建立台账。（整改时限：3个月内）")).toEqual([["建立台账。"], "3个月内", null]);
    expect(first("整改措施：建立台账. (责任单位:办公室)")).toEqual([["建立台账."], null, "办公室"]);
  });
  it("after a comma, for one-line fields with their colon only", () => {
    expect(first("整改措施：建立台账。完成时限：2024年底前，责任单位：办公室")).toEqual([["建立台账。"], "2024年底前", "办公室"]);
    expect(first("整改措施：建立台账，整改时限：3个月内")).toEqual([["建立台账"], "3个月内", null]);
    // a measures label after a comma is part of the sentence
    expect(first("整改措施：召开会议，整改措施：由办公室落实")).toEqual([["召开会议，整改措施：由办公室落实"], null, null]);
    // a decimal or a marker's full stop opens no field
    expect(first("整改措施：完成1.5万元清退，2.责任单位：办公室")[0]).toEqual(["完成1.5万元清退，2.责任单位：办公室"]);
  });
});

describe("①② measures right under an item heading are its points, not headings", () => {
  it("lists no ① sections under the item, and counts them as its measures", () => {
    const d = parse("二、整改落实情况\n（一）党建工作方面\n1.台账不全\n①补齐台账。\n②建立管理制度。\n2.会议过多\n整改措施：精简会议。\n3.文风不实\n①开展作风整顿；\n②规范公文审核。");
    expect(roles(d.sections as Sec[])).toEqual(["二、整改落实情况:rectification", "（一）党建工作方面:category", "1.台账不全:item", "2.会议过多:item", "3.文风不实:item"]);
    expect(d.items.map((i) => [i.problem, i.measures.map((e) => e.text)])).toEqual([
      ["台账不全", ["补齐台账。", "建立管理制度。"]],
      ["会议过多", ["精简会议。"]],
      ["文风不实", ["开展作风整顿；", "规范公文审核。"]],
    ]);
  });
  it("keeps ① lines that are items: 关于…问题, a fault found, or a statement with fields", () => {
    const d = parse("二、整改落实情况\n（一）党的领导弱化问题\n①理论学习流于形式。\n整改情况：制定学习计划。\n②落实意识形态责任制不到位。\n整改情况：专题研究2次。\n（二）财务管理方面\n①关于报账不及时的问题\n整改措施：建立制度。\n②规范报账。整改情况：已完成。");
    expect(d.items.map((i) => i.problem)).toEqual(["理论学习流于形式", "落实意识形态责任制不到位", "报账不及时", "规范报账"]);
  });
});

describe("more of the same shapes", () => {
  it("a ① measure may name a fault on the way (对进度滞后的项目开展约谈), not end on one", () => {
    const d = parse("二、整改落实情况\n（一）项目管理方面\n1.项目推进缓慢的问题\n①召开调度会2次。\n②对进度滞后的3个项目开展约谈。\n2.资金拨付不及时的问题\n整改措施：修订制度。");
    expect(roles(d.sections as Sec[])).toEqual(["二、整改落实情况:rectification", "（一）项目管理方面:category", "1.项目推进缓慢的问题:item", "2.资金拨付不及时的问题:item"]);
    expect(d.items[0].measures.map((e) => e.text)).toEqual(["召开调度会2次。", "对进度滞后的3个项目开展约谈。"]);
  });
  it("a measures label that only states a status leaves the ① points above it as the measures", () => {
    const [a] = parse("二、整改落实情况\n1.党员教育管理偏松问题\n①开展集中轮训2期；\n②建立积分台账。\n整改情况：正在推进。\n2.会议过多的问题\n整改措施：精简会议。").items;
    expect([a.status, a.measures.map((e) => e.text), a.problem_details]).toEqual(["in_progress", ["开展集中轮训2期；", "建立积分台账。"], null]);
  });
  it("a one-line field in a bracket after other words closes at the bracket, the measure going on after it", () => {
    const first = (line: string) => {
      const i = parse(`二、整改情况\n1.关于甲的问题\n${line}\n2.关于乙的问题\n整改措施：在做。`).items[0];
      return [i.measures.map((e) => e.text), i.deadline, i.responsible];
    };
    expect(first("整改措施：清退资金4.2万元（整改时限：立行立改）。")).toEqual([["清退资金4.2万元"], "立行立改", null]);
    expect(first("整改措施：建立台账(责任单位:办公室)，规范报账。")).toEqual([["建立台账，规范报账。"], null, "办公室"]);
    // a bracket that only explains stays in the measure
    expect(first("整改措施：建立台账（含电子台账）。")).toEqual([["建立台账（含电子台账）。"], null, null]);
  });
});

describe("① lines with numbered points of their own", () => {
  it("stay headings: their points are a level below them", () => {
    const d = parse("二、整改落实情况\n1.关于台账不全的问题\n①建立台账制度\n1) 每月核对一次。\n2) 年底归档。\n②完善审核机制\n1) 建立审核制度2项。\n2.关于会议过多的问题\n整改措施：精简会议。");
    expect(roles(d.sections as Sec[])).toEqual(["二、整改落实情况:rectification", "1.关于台账不全的问题:item", "①建立台账制度:other", "1)每月核对一次:other", "2)年底归档:other", "②完善审核机制:other", "1)建立审核制度2项:other", "2.关于会议过多的问题:item"]);
  });
});
