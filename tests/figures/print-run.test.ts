// The print run under a sign-off is no figure; made-up lines.
import { describe, it, expect } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

const texts = (s: string) => findFigures(s).map((f) => f.text);

describe("print run", () => {
  it("共印 and 印数 count copies of the notice", () => {
    expect(texts("（共印20份）")).toEqual([]);
    expect(texts("印数：20份")).toEqual([]);
    expect(texts("某某县委办公室2024年3月5日印发 共印 20 份")).toEqual([]);
  });
  it("a quantity printed or handed out is still one", () => {
    expect(texts("印制宣传册3000份")).toEqual(["3000份"]);
    expect(texts("发放学习资料共计200份")).toEqual(["200份"]);
  });
});
