// Outline shapes of probe 12. Every line is made up.
import { describe, it, expect } from "vitest";
import { items } from "./helpers.js";

describe("a paragraph led by its problem set as a question (关于…的问题？…)", () => {
  const head = "第二，聚焦问题清单，抓好整改落实。\n";
  it("is an item, the question its problem, on the paragraph's line", () => {
    const t = head + "关于食堂管理不规范的问题？针对采购台账缺失，建立台账。目前已整改完成。\n关于档案移交滞后的问题?移交档案40卷。\n第三，建立长效机制。修订制度3项。";
    expect(items(t).map((i) => [i.at(2), i.at(3)])).toEqual([
      ["食堂管理不规范", ["针对采购台账缺失，建立台账。"]],
      ["档案移交滞后", ["移交档案40卷。"]],
    ]);
  });
  it("is an item when the question stands alone over its paragraph", () => {
    const t = head + "关于食堂管理不规范的问题？\n针对采购台账缺失，建立台账。\n关于档案移交滞后的问题？\n移交档案40卷。\n第三，建立长效机制。修订制度3项。";
    expect(items(t).map((i) => i[2])).toEqual(["食堂管理不规范", "档案移交滞后"]);
  });
  it("is no item when it asks about something other than a problem named (关于上述问题？)", () => {
    const t = head + "关于上述问题？已全部整改。\n第三，建立长效机制。修订制度3项。";
    expect(items(t).map((i) => i[2])).not.toContain("上述");
  });
});
