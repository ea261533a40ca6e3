// A paragraph led by the unit that acted, then 针对…的问题，… is an item of its own, as one led by 针对 is.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };

describe("paragraphs led by a unit subject and 针对…的问题，", () => {
  it("one item a paragraph, the subject no part of the problem", () => {
    const d = parseText("一、整改落实情况\n院党支部针对党员教育管理不规范的问题，制定了党员教育培训计划。\n局党组针对公务接待超标准的问题，修订接待管理办法。\n针对车辆登记不全的问题，补登车辆台账。\n", src);
    expect(d.items.map((i) => [i.problem, i.measures.map((m) => m.text)])).toEqual([
      ["党员教育管理不规范", ["制定了党员教育培训计划。"]],
      ["公务接待超标准", ["修订接待管理办法。"]],
      ["车辆登记不全", ["补登车辆台账。"]],
    ]);
  });
  it("a subject before a pointer (局党组针对上述问题，…) leads nothing", () => {
    const d = parseText("一、整改落实情况\n（一）公务接待超标准的问题\n局党组针对上述问题，修订接待管理办法。\n", src);
    expect(d.items.map((i) => [i.problem, i.measures.length])).toEqual([["公务接待超标准", 1]]);
  });
});
