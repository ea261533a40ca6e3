// Item rules added in the ninth round by the lead, each on a made-up fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);
const item = (fields: string) => parse(`一、整改情况\n1.台账登记不全\n${fields}\n`).items[0];

describe("work said to be under way, then a plan to finish it", () => {
  it("is in progress, with the plan's time as its deadline (推进中 / 进行中 / 整改中)", () => {
    for (const going of ["相关工作持续推进中", "系统改造进行中", "该项目整改中"]) {
      const i = item(`整改进展：修订办法，清理台账12本。${going}，计划于2026年6月底前完成。`);
      expect([going, i.status, i.deadline, i.deadline_date]).toEqual([going, "in_progress", "2026年6月底前", "2026-06"]);
    }
  });
  it("is not read into a completed item that only keeps its work up (no plan to finish)", () => {
    const i = item("整改进展：已建立台账，长效机制持续推进中。\n整改状态：已完成。");
    expect(i.status).toBe("completed");
    expect(i.deadline).toBeNull();
  });
});

describe("an item that reports only its results", () => {
  it("draws no warning that it lists no measures", () => {
    const d = parse("一、整改情况\n1.台账登记不全\n整改进展：建立台账3本。\n2.会议记录缺失\n");
    expect(d.diagnostics.filter((x) => x.code === "item-without-measures").map((x) => x.line)).toEqual([4]);
  });
});

describe("measures numbered 其一，其二， inside a paragraph", () => {
  it("are one measure each, without the ordinal, as 第一，第二， are", () => {
    for (const [a, b] of [["其一", "其二"], ["第一", "第二"]]) {
      const i = item(`整改措施：${a}，建立台账制度；${b}，每月开展核查。`);
      expect(i.measures.map((e) => e.text)).toEqual(["建立台账制度；", "每月开展核查。"]);
    }
  });
  it("leave 其中 alone", () => {
    expect(item("整改措施：清理台账5本，其中，补录3本。").measures.length).toBe(1);
  });
});

describe("the date an item was closed off", () => {
  it("(销号时间, 办结时间) says it is done; a time limit (完成时限) does not", () => {
    expect(item("整改措施：建立台账。\n销号时间：2024年9月").status).toBe("completed");
    expect(item("整改措施：建立台账。\n办结时间：2024年9月10日").status).toBe("completed");
    expect(item("整改措施：建立台账。\n完成时限：2024年9月").status).toBe("unknown");
  });
  it("without a date says nothing", () => {
    expect(item("整改措施：建立台账。\n销号时间：待定").status).toBe("unknown");
  });
});
