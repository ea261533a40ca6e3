// 关于“…”的问题 on a line of its own, with no number: a word processor's automatic numbering lost in
// a copy. Each line is made up.
import { describe, it, expect } from "vitest";
import { quotedProblem } from "../../src/segment/rules/quoted-problem.js";
import { matchMarker } from "../../src/segment/rules/index.js";
import { outline, items, fold } from "./helpers.js";

describe("quoted-problem 关于“…”的问题", () => {
  it("matches the whole line, quoted, ending as a heading does", () => {
    expect(quotedProblem.match(fold("关于“食堂采购无台账”的问题"))).toMatchObject({ markerLength: 0, textStart: 0 });
    expect(quotedProblem.match(fold("关于巡察反馈“会议过多”问题的整改情况："))).not.toBeNull();
    expect(quotedProblem.match(fold("关于 「票据不全」 等问题。"))).not.toBeNull();
  });
  it("is no heading when body text runs on, when nothing is quoted, or when a marker comes first", () => {
    expect(quotedProblem.match(fold("关于“食堂采购无台账”的问题，局党组高度重视。"))).toBeNull();
    expect(quotedProblem.match(fold("关于食堂采购无台账的问题"))).toBeNull();
    expect(quotedProblem.match(fold("局党组关于“食堂采购无台账”的问题"))).toBeNull();
    expect(matchMarker(fold("1.关于“食堂采购无台账”的问题"))?.rule.name).toBe("arabic-dot");
  });
  it("heads an item of its own under the section above, numbered by its place", () => {
    const t = "一、整改落实情况\n关于“食堂采购无台账”的问题\n整改情况：建立采购台账。已完成整改。\n关于“公车登记不全”的问题\n整改情况：补登记录12条。已完成整改。\n二、下一步打算\n持续推进。";
    expect(outline(t)).toEqual(["1|一、|整改落实情况", "2||关于“食堂采购无台账”的问题", "2||关于“公车登记不全”的问题", "1|二、|下一步打算"]);
    expect(items(t)).toEqual([
      ["1", "整改落实情况", "食堂采购无台账", ["建立采购台账。"]],
      ["2", "整改落实情况", "公车登记不全", ["补登记录12条。"]],
    ]);
  });
});
