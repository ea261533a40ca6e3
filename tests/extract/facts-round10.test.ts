// Facts in shapes met in round 10; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findInspector, findRound } from "../../src/extract/facts.js";

describe("a group's owner under two names", () => {
  it("keeps a bracketed alternative name inside the owner (省局（公司）党组)", () => {
    expect(findInspector("根据工作安排，省局（公司）党组第二巡察组对某某市局（公司）开展了巡察。")).toBe("省局（公司）党组第二巡察组");
    expect(findInspector("按照市局(公司)党组第一巡察组的反馈意见")).toBe("市局(公司)党组第一巡察组");
    expect(findInspector("集团（公司）党委巡察组对所属单位进行了巡察")).toBe("集团（公司）党委巡察组");
  });
  it("still cuts the owner at a word no name holds, and leaves a bracket with no name before it", () => {
    expect(findInspector("根据省局（公司）党组巡察工作部署，由党组第二巡察组开展巡察。")).toBe("党组第二巡察组");
    expect(findInspector("（公司）党组第三巡察组对某部进行了巡察。")).toBe("党组第三巡察组");
  });
  it("reads the round of such an owner too", () => {
    expect(findRound("根据省局（公司）党组第一轮巡察工作部署")).toBe("省局（公司）党组第一轮");
  });
});
