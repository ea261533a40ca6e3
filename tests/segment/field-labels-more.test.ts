// Labels of measures with their results, of results, and of whether an item is closed; made up.
import { describe, it, expect } from "vitest";
import { matchFieldLabel } from "../../src/segment/fields.js";
import { parseText } from "../../src/index.js";
import { src } from "./helpers.js";

describe("more field labels", () => {
  it("整改措施及成效 and its kin label the measures, 整改成果/落实成果/办理结果 the results, 办结情况 the status", () => {
    for (const l of ["整改措施及成效：", "整改措施和进展：", "整改落实情况及成效：", "整改情况及成效："]) expect(matchFieldLabel(l + "补齐台账。")?.field).toBe("measures");
    for (const l of ["整改成果：", "落实成果：", "办理结果："]) expect(matchFieldLabel(l + "登记率100%。")?.field).toBe("outcomes");
    expect(matchFieldLabel("办结情况：已办结")?.field).toBe("status");
  });
  it("read in an item: the label's words are no part of the measure, 办结情况 sets the status", () => {
    const [a, b] = parseText("一、整改落实情况\n1.食堂台账不全。\n整改措施及成效：补齐台账12本。\n办结情况：正在推进\n2.公车登记不全。\n整改措施：补登记录。\n整改成果：登记率达到100%。\n办结情况：已办结", src).items;
    expect([a.measures.map((m) => m.text), a.status]).toEqual([["补齐台账12本。"], "in_progress"]);
    expect([b.outcomes.map((m) => m.text), b.status]).toEqual([["登记率达到100%。"], "completed"]);
  });
});
