// "All done" said in one section's introduction speaks for the items below that section only.
// Each notice is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const statuses = (t: string) => parseText(t, src).items.map((i) => [i.problem, i.status]);

describe("a section whose introduction says all its problems are done", () => {
  it("marks the items below it done, and leaves its siblings' items as they are", () => {
    const t = [
      "关于某某区两个单位巡察整改情况的通报",
      "一、区水务局党组",
      "反馈问题6个，已完成整改4个，正在整改2个。",
      "1.河道巡查记录不全。整改情况：补齐巡查记录。",
      "2.泵站维护经费使用不规范。整改情况：修订经费管理办法。",
      "二、区文旅局党组",
      "反馈问题5个，均已整改到位。",
      "1.景区安全检查流于形式。整改情况：每月开展安全检查。",
      "2.文物保护经费拨付滞后。整改情况：拨付经费12万元。",
    ].join("\n");
    expect(statuses(t)).toEqual([
      ["河道巡查记录不全", "unknown"],
      ["泵站维护经费使用不规范", "unknown"],
      ["景区安全检查流于形式", "completed"],
      ["文物保护经费拨付滞后", "completed"],
    ]);
  });
  it("does not when the section still counts problems open, or only promises to finish them", () => {
    const open = "一、区文旅局党组\n反馈问题5个，已全部整改完成3个，正在整改2个。\n1.景区安全检查流于形式。整改情况：每月开展安全检查。\n2.文物保护经费拨付滞后。整改情况：拨付经费12万元。";
    expect(statuses(open).map((x) => x[1])).toEqual(["unknown", "unknown"]);
    const promised = "一、区文旅局党组\n计划于年底前全部整改完成。\n1.景区安全检查流于形式。整改情况：每月开展安全检查。\n2.文物保护经费拨付滞后。整改情况：拨付经费12万元。";
    expect(statuses(promised).map((x) => x[1])).toEqual(["unknown", "unknown"]);
  });
  it("keeps an item's own status over the section's", () => {
    const t = "一、区文旅局党组\n反馈问题2个，均已整改到位。\n1.景区安全检查流于形式。整改情况：每月开展安全检查。正在推进。\n2.文物保护经费拨付滞后。整改情况：拨付经费12万元。";
    expect(statuses(t).map((x) => x[1])).toEqual(["in_progress", "completed"]);
  });
  it("reads a plan to finish all, with its time between (计划于年底前全部整改完成), as no statement that all are done, in the summary too", () => {
    const items = "\n一、整改情况\n1.景区安全检查流于形式。整改情况：每月开展安全检查。\n2.文物保护经费拨付滞后。整改情况：拨付经费12万元。";
    expect(statuses("现将整改情况通报如下。剩余问题计划于2025年底前全部整改完成。" + items).map((x) => x[1])).toEqual(["unknown", "unknown"]);
    expect(statuses("现将整改情况通报如下。局党组已将反馈问题全部整改到位。" + items).map((x) => x[1])).toEqual(["completed", "completed"]);
  });
});
