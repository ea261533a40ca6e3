// Round 8 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);

describe("keycap ten (🔟) and the digit-full-stop numbers (⒈ … ⒛) as list numbers", () => {
  it("🔟 goes on after 9️⃣ as 10., at the same level", () => {
    const d = parse("一、组织建设方面\n9\ufe0f\u20e3支部换届不及时\n整改措施：督促换届。\n\u{1f51f}党费收缴不规范\n整改措施：\n1\u20e3补缴党费；\n2\u20e3建立台账。\n");
    expect(d.items.map((i) => [i.number, i.category, i.problem, i.measures.map((e) => e.text)])).toEqual([
      ["9", "组织建设方面", "支部换届不及时", ["督促换届。"]],
      ["10", "组织建设方面", "党费收缴不规范", ["补缴党费；", "建立台账。"]],
    ]);
    expect(d.sections[0].children.map((s) => [s.style, s.number])).toEqual([["arabic-dot", 9], ["arabic-dot", 10]]);
    expect(d.sections[0].children[1].marker).toBe("\u{1f51f}");
  });
  it("⒈ ⒉ number headings and measures as 1. 2. do", () => {
    const d = parse("一、作风方面\n⒈会议过多\n整改措施：\n⒈精简会议；\n⒉压缩文件。\n⒉文风不实\n整改措施：改进文风。\n");
    expect(d.items.map((i) => [i.number, i.problem, i.measures.map((e) => e.text)])).toEqual([
      ["1", "会议过多", ["精简会议；", "压缩文件。"]],
      ["2", "文风不实", ["改进文风。"]],
    ]);
  });
  it("🔟 at a line's end is still an ornament, cut", () => {
    const d = parse("一、整改情况\n1.台账不全\u{1f51f}\n整改措施：建立台账。\n");
    expect(d.items[0].problem).toBe("台账不全");
  });
});
