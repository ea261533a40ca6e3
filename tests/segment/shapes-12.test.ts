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

describe("一是… entries, each with its own 整改措施：, under a heading that names a problem (一、…监管不严的问题)", () => {
  it("are the heading's items, the heading their category", () => {
    const t = "一、资金监管不严的问题\n一是违规使用资金查处不力。整改措施：开展专项检查，追回资金8万元。整改状态：已完成。二是监控覆盖不全。整改措施：监控覆盖至127家机构。整改状态：正在推进。\n二、下一步打算\n持续推进。";
    expect(items(t).map((i) => [i[1], i[2], i[3]])).toEqual([
      ["资金监管不严的问题", "违规使用资金查处不力", ["开展专项检查，追回资金8万元。"]],
      ["资金监管不严的问题", "监控覆盖不全", ["监控覆盖至127家机构。"]],
    ]);
  });
  it("are the heading's measures when they act and share no fields of their own", () => {
    const t = "一、资金监管不严的问题\n一是开展专项检查，追回资金8万元。二是完善监控系统。\n二、下一步打算\n持续推进。";
    expect(items(t).map((i) => i[2])).toEqual(["资金监管不严"]);
  });
});
