// An enumeration marker at the start of a figure's clause is the list's, not part of the metric;
// made-up sentences.
import { describe, it, expect } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

const metric = (s: string) => findFigures(s).map((f) => f.metric);

describe("enumeration markers before a metric", () => {
  it("drops 一是 … 十是", () => {
    expect(metric("一是新招录干部12名")).toEqual(["新招录干部"]);
    expect(metric("整改措施：三是投入维修资金20万元")).toEqual(["投入维修资金"]);
    expect(metric("十是清退违规资金3万元")).toEqual(["清退违规资金"]);
  });
  it("drops 1. and ．, ASCII and full-width, and circled numbers", () => {
    expect(metric("1.新招录干部12名")).toEqual(["新招录干部"]);
    expect(metric("2．开展业务培训3期")).toEqual(["开展业务培训"]);
    expect(metric("③追缴资金5万元")).toEqual(["追缴资金"]);
    expect(metric("⑵约谈干部6人")).toEqual(["约谈干部"]);
  });
  it("keeps a metric that only looks like one", () => {
    // 第一书记 is a noun, and 统一是 opens no list.
    expect(metric("选派第一书记4名")).toEqual(["选派第一书记"]);
    expect(metric("统一是否规范的标准3项")).toEqual(["统一是否规范的标准"]);
  });
});
