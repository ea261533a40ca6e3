// Document facts in wordings met across levels and unit kinds; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findKind } from "../../src/extract/facts.js";

describe("kind", () => {
  it("reads a kind quoted before its word (“机动式”巡察, \"提级\"巡察)", () => {
    expect(findKind("县委第一巡察组对城关镇党委开展了“机动式”巡察")).toBe("机动式巡察");
    expect(findKind('市委第二巡察组对某某镇开展了"提级"巡察')).toBe("提级巡察");
  });
});
