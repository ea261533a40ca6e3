// A number that names 亿 and then 万 (1亿2千万): one number, not a coefficient times 万. Made-up sentences.
import { describe, expect, it } from "vitest";
import { splitScale } from "../../src/numerals/index.js";
import { findFigures } from "../../src/extract/figures/index.js";

describe("亿 then a trailing 万", () => {
  it("reads 1亿2千万 and 三亿五千万 whole", () => {
    expect(splitScale("1亿2千万")).toEqual({ coef: 120000000, scale: "" });
    expect(splitScale("三亿五千万")).toEqual({ coef: 350000000, scale: "" });
    // a trailing scale alone is still a scale
    expect(splitScale("两千万")).toEqual({ coef: 2000, scale: "万" });
    expect(splitScale("5万亿")).toEqual({ coef: 5, scale: "万亿" });
  });
  it("gives the figure its value in yuan", () => {
    expect(findFigures("累计投入资金2亿3千万元，").map((f) => [f.text, f.value, f.unit, f.normalized])).toEqual([
      ["2亿3千万元", 230000000, "元", { value: 230000000, unit: "CNY" }],
    ]);
  });
});
