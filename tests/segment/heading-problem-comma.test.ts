// A heading that states its problem, then a comma and what was done (1.…等问题，已开展…): the
// heading ends at the comma. Every line is made up.
import { describe, it, expect } from "vitest";
import { splitHeading } from "../../src/segment/split.js";
import { outline } from "./helpers.js";

const split = (line: string, from = 2) => {
  const { titleEnd, bodyStart } = splitHeading(line, from);
  return [line.slice(from, titleEnd), line.slice(bodyStart)];
};

describe("a problem heading followed by what was done", () => {
  it("ends at the comma after 等问题 or 的问题 when an action or a status's word follows", () => {
    expect(split("1.窗口服务态度生硬等问题，已开展服务礼仪培训，群众满意度明显提升。")).toEqual(["窗口服务态度生硬等问题", "已开展服务礼仪培训，群众满意度明显提升。"]);
    expect(split("2.办公用房超标的问题，目前已腾退到位。")).toEqual(["办公用房超标的问题", "目前已腾退到位。"]);
    expect(split("3.台账不全的问题,建立台账并按月更新。")).toEqual(["台账不全的问题", "建立台账并按月更新。"]);
  });
  it("keeps the sentence whole when no action follows, or the heading answers a problem", () => {
    expect(split("1.窗口服务态度生硬的问题，群众反映较多")[0]).toBe("窗口服务态度生硬的问题，群众反映较多");
    expect(split("1.针对台账不全的问题，建立台账")[0]).toBe("针对台账不全的问题，建立台账");
    expect(split("1.窗口服务态度生硬等情况，已开展培训")[0]).toBe("窗口服务态度生硬等情况，已开展培训");
  });
  it("in the outline", () => {
    expect(outline("一、关于作风建设的问题\n1.值班纪律松散等问题，已开展专项督查。")).toEqual(["1|一、|关于作风建设的问题", "2|1.|值班纪律松散等问题"]);
  });
});
