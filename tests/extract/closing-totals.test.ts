// A totals sentence after the last item, and a status sentence led by a time word; made-up notices.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { statusOf } from "../../src/extract/roles.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);

const body = (last: string) =>
  [
    "某某局党组关于巡察整改进展情况的通报",
    "一、整改落实情况",
    "1. 关于“制度执行不严”的问题。",
    "整改情况：修订管理制度3项。",
    "2. 关于“台账管理混乱”的问题。",
    "整改情况：重建台账5本。",
    last,
    "某某局党组",
    "2024年9月30日",
  ].join("\n");

describe("a totals sentence after the last item", () => {
  it("states the notice's totals and leaves the last item's measures", () => {
    const doc = parse(body("截至目前，巡察反馈的2个问题已完成整改1个，正在整改1个。"));
    expect(doc.reported).toEqual({ issues_total: 2, issues_completed: 1, issues_in_progress: 1 });
    expect(doc.items[1].measures.map((m) => m.text)).toEqual(["重建台账5本。"]);
  });
  it("with 全部 marks every item done", () => {
    const doc = parse(body("至此，巡视指出的两个问题已全部整改完成。"));
    expect(doc.items.map((i) => i.status)).toEqual(["completed", "completed"]);
    expect(doc.items[1].measures.map((m) => m.text)).toEqual(["重建台账5本。"]);
  });
  it("an item's own tally, with no word of the inspection, stays the item's", () => {
    const doc = parse(body("截至目前，共排查问题15个，已整改12个。"));
    expect(doc.items[1].measures.map((m) => m.text)).toEqual(["重建台账5本。", "截至目前，共排查问题15个，已整改12个。"]);
  });
});

describe("a status sentence led by a time word", () => {
  it("leaves whole: no 目前 is left at the end of the measures", () => {
    const doc = parse(body("").replace("重建台账5本。", "重建台账5本。目前，该问题已整改完成。"));
    expect(doc.items[1].status).toBe("completed");
    expect(doc.items[1].measures.map((m) => m.text)).toEqual(["重建台账5本。"]);
  });
  it("as with 截至目前，", () => {
    const doc = parse(body("").replace("修订管理制度3项。", "修订管理制度3项。截至目前，正在推进。"));
    expect(doc.items[0].status).toBe("in_progress");
    expect(doc.items[0].measures.map((m) => m.text)).toEqual(["修订管理制度3项。"]);
  });
});

describe("a sentence that plans when the item will be done", () => {
  it("is the item's status, not yet done, and leaves the measures", () => {
    const doc = parse(body("").replace("重建台账5本。", "重建台账5本。该问题计划于2025年6月底前完成整改。").replace("修订管理制度3项。", "修订管理制度3项。预计年内全部办结。"));
    expect(doc.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["in_progress", ["修订管理制度3项。"]],
      ["in_progress", ["重建台账5本。"]],
    ]);
  });
  it("done by the plan, or a plan that is done, is done", () => {
    expect(["计划于2025年6月底前完成", "预计年内全部办结", "已按计划完成整改", "整改计划已全部完成", "原计划年底完成，现已完成"].map(statusOf)).toEqual(["in_progress", "in_progress", "completed", "completed", "completed"]);
  });
});

describe("a problem with its status noted after it", () => {
  it("is an item though it stands alone under its area (the note is no report of a thing done)", () => {
    const doc = parse(
      ["某某公司党委关于巡视整改进展情况的通报", "一、关于落实主体责任方面", "（一）监督执纪宽松软（已完成）", "开展专项整治，查处问题4起。", "（二）制度执行不到位（持续推进）", "修订制度5项。", "二、关于作风建设方面", "（一）公车私用屡禁不止（已完成）", "查处公车私用问题3起。"].join("\n"),
    );
    expect(doc.items.map((i) => [i.problem, i.status, i.category])).toEqual([
      ["监督执纪宽松软", "completed", "关于落实主体责任方面"],
      ["制度执行不到位", "in_progress", "关于落实主体责任方面"],
      ["公车私用屡禁不止", "completed", "关于作风建设方面"],
    ]);
  });
});

describe("a rectification section inside another, right over items", () => {
  it("is their category, as its sibling that names a fault is", () => {
    const doc = parse(
      ["某某医院党委关于巡察整改情况的通报", "二、巡察反馈问题整改落实情况", "（一）关于主体责任落实不到位问题的整改情况", "1.党委会研究党建工作不够", "整改措施：每季度专题研究党建工作。", "（二）关于医疗服务方面问题的整改情况", "1.门诊流程繁琐", "整改措施：优化门诊流程。"].join("\n"),
    );
    expect(doc.sections[0].role).toBe("rectification");
    expect(doc.sections[0].children.map((c) => c.role)).toEqual(["category", "category"]);
    expect(doc.items.map((i) => i.category)).toEqual(["关于主体责任落实不到位问题的整改情况", "关于医疗服务方面问题的整改情况"]);
  });
});
