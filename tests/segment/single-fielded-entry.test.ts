// Sibling sections list their problems alike: a heading that names a problem over one 一是… entry
// with its own measures lists that entry as an item when a sibling heading's entries are items.
// Notices made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const parse = (sections: string[]) => parseText(["某某县林业局党组关于巡察整改情况的通报", ...sections].join("\n"), src);
const FIRST = "一、森林防火工作不扎实的问题\n一是防火通道维护不到位。整改措施：修复防火通道12公里。整改状态：已完成。二是护林员巡护记录不全。整改措施：配发巡护终端。整改状态：已完成。";

describe("one 一是 entry with its own measures under a heading that names a problem", () => {
  it("is an item, its heading the category, beside a sibling whose entries are items", () => {
    const d = parse([FIRST, "二、资金管理不规范的问题", "一是生态补偿资金发放滞后。整改措施：建立发放台账。整改状态：已完成。"]);
    expect(d.items.map((i) => [i.problem, i.category])).toEqual([
      ["防火通道维护不到位", "森林防火工作不扎实的问题"],
      ["护林员巡护记录不全", "森林防火工作不扎实的问题"],
      ["生态补偿资金发放滞后", "资金管理不规范的问题"],
    ]);
  });
  it("is the heading's own problem's details when no sibling lists items", () => {
    const d = parse(["一、资金管理不规范的问题", "一是生态补偿资金发放滞后。整改措施：建立发放台账。整改状态：已完成。"]);
    expect(d.items.map((i) => i.problem)).toEqual(["资金管理不规范"]);
  });
});
