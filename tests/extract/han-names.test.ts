// Names written with a Han character outside the basic block (Extension A 䢺 㙟, compatibility
// ideographs, the supplementary planes 𠮷): every rule that reads "a Han character" takes them.
// The places and units are made up.
import { describe, it, expect } from "vitest";
import { HAN, HAN_ANY, isHanCode } from "../../src/text/han.js";
import { findTitle, findInspector, findTarget, findRound } from "../../src/extract/facts.js";
import { findReported } from "../../src/extract/reported.js";
import { findFigures } from "../../src/extract/figures/index.js";
import { normalize, isCopyRecord, isRedHeader, isDocNumber } from "../../src/normalize/index.js";

const lines = (...ts: string[]) => ts.map((t, i) => ({ text: t, written: t, line: i + 1 }));

describe("the shared Han class", () => {
  it("takes Extension A, the basic block's tail and compatibility ideographs, and no kana, punctuation or digits", () => {
    const han = new RegExp(`^[${HAN}]$`);
    for (const ch of ["䢺", "㙟", "一", "龥", "鿯", "豈"]) expect([ch, han.test(ch), isHanCode(ch.charCodeAt(0))]).toEqual([ch, true, true]);
    for (const ch of ["あ", "。", "〇", "1", "Ａ", "（"]) expect([ch, han.test(ch), isHanCode(ch.charCodeAt(0))]).toEqual([ch, false, false]);
  });
  it("HAN_ANY takes a supplementary-plane character whole", () => {
    expect(new RegExp(`^[${HAN_ANY}]{3}$`, "u").test("𠮷𠮷县")).toBe(true);
  });
});

describe("facts naming a unit with a rare character", () => {
  it("a WeChat column name before the title is cut", () => {
    expect(findTitle(lines("䢺滩发布丨关于县水利局党组巡察整改情况的通报", "根据县委统一部署，……")).title).toBe("关于县水利局党组巡察整改情况的通报");
  });
  it("a place's committee owns its group whole, not from the rare character on", () => {
    expect(findInspector("2024年3月，㙟头县委第一巡察组对县林业局党组开展了常规巡察。")).toBe("㙟头县委第一巡察组");
    expect(findInspector("根据统一部署，䢺滩镇党委巡察组对村党支部开展了巡察。")).toBe("䢺滩镇党委巡察组");
    expect(findInspector("根据统一部署，𠮷𠮷镇党委巡察组对村党支部开展了巡察。")).toBe("𠮷𠮷镇党委巡察组");
  });
  it("the inspected unit and the round's owner", () => {
    expect(findTarget("2024年3月，县委第二巡察组对䢺滩镇党委开展了常规巡察。")).toBe("䢺滩镇党委");
    expect(findTarget("2024年3月，县委第二巡察组对𠮷𠮷村党支部开展了村级巡察。")).toBe("𠮷𠮷村党支部");
    expect(findRound("根据䢺滩镇党委第二轮巡察工作安排")).toBe("䢺滩镇党委第二轮");
  });
});

describe("stated totals naming a place with a rare character", () => {
  it("money recovered, rules made and people punished", () => {
    expect(findReported("追回㙟头村集体资金3.5万元。").recovered_wan_yuan).toBe(3.5);
    expect(findReported("建立䢺滩镇财务制度5项。").rules_made).toBe(5);
    expect(findReported("给予2名䢺滩镇干部党纪处分。").people_held_accountable).toBe(2);
  });
});

describe("a figure's metric that opens with a rare character", () => {
  it("is read", () => {
    expect(findFigures("㙟头村集体经济收入达到12万元。").map((f) => f.metric)).toEqual(["㙟头村集体经济收入"]);
  });
});

describe("letterheads, 版记 and bylines of a unit named with a rare character", () => {
  it("red header, document number and printed-by line", () => {
    expect(isRedHeader("䢺滩镇人民政府文件")).toBe(true);
    expect(isDocNumber("䢺政办〔2024〕12号")).toBe(true);
    expect(isCopyRecord("䢺滩镇党政办公室2024年10月16日印发")).toBe(true);
  });
  it("a byline with the account's name and a time stamp is dropped", () => {
    expect(normalize("关于某某街道巡察整改情况的通报\n䢺滩清风 2023年11月02日 19:05\n正文。").lines.map((l) => l.text)).toEqual(["关于某某街道巡察整改情况的通报", "正文。"]);
  });
});
