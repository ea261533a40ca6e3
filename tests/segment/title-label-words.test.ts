// A title set over lines whose middle line is a bare label's words (整改落实情况); made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { src } from "./helpers.js";

describe("a bare label's words inside the title block", () => {
  it("open no field: the headings below are read", () => {
    const d = parseText("某某县林业局党组\n关于县委第一巡察组反馈意见\n整改落实情况\n的通报\n\n根据县委统一部署，县委第一巡察组对县林业局党组开展了巡察。\n\n一、整改落实情况\n1.台账不全。整改措施：补齐台账。已完成。\n2.制度缺失。整改措施：修订制度。已完成。", src);
    expect(d.items.map((i) => i.problem)).toEqual(["台账不全", "制度缺失"]);
  });
  it("under a heading a bare label still opens its field (1. 2. below are its entries)", () => {
    const d = parseText("一、整改落实情况\n（一）台账不全的问题\n整改措施\n1.补齐台账。\n2.专人管理。\n（二）制度缺失的问题\n整改措施：修订制度。", src);
    expect(d.items.map((i) => [i.problem, i.measures.length])).toEqual([["台账不全", 2], ["制度缺失", 1]]);
  });
});
