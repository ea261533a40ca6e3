// Page shapes the cleaning had not met (probe 8): the bars a WeChat article sets before its headings,
// a marker cut in two by a wrap or a page break, and a PDF's running header that prints the title
// cut short. Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { parseText } from "../../src/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);
const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };

describe("a bar before a heading (▍一、…)", () => {
  it("is cut, with its spaces, so that the marker opens the line", () => {
    expect(texts("▍一、整改工作开展情况\n▌ （二）关于台账不全的问题\n█ 1.补齐台账")).toEqual(["一、整改工作开展情况", "(二)关于台账不全的问题", "1.补齐台账"]);
  });
  it("stays inside a line, and a row of bars alone is a rule line, no text", () => {
    expect(texts("完成率▍90%")).toEqual(["完成率▍90%"]);
    expect(texts("甲。\n▍▍▍▍▍▍\n乙。")).toEqual(["甲。", "乙。"]);
  });
});
