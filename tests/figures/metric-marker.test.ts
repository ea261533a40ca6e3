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

describe("words of a total and currency signs around a metric", () => {
  it("drops 共计, 合计, 总计, 共有 whole (共 alone left 计 behind)", () => {
    expect(metric("共计追缴资金1,234.5万元")).toEqual(["追缴资金"]);
    expect(metric("合计清退资金5万元")).toEqual(["清退资金"]);
    expect(metric("总计投入资金3亿元")).toEqual(["投入资金"]);
    expect(metric("共有党员120名")).toEqual(["党员"]);
    expect(metric("共清理资金8万元")).toEqual(["清理资金"]);
  });
  it("drops a currency sign before the number", () => {
    expect(metric("发放补贴￥5000元")).toEqual(["发放补贴"]);
    expect(metric("奖励$300元")).toEqual(["奖励"]);
  });
});
