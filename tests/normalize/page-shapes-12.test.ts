// Page shapes of probe 12. Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize, isEditorLine } from "../../src/normalize/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);

describe("a masthead's editor line (县委巡察办编, …办公室 编, ××巡察办　编印)", () => {
  it("is an editor line: an organisation's name and the word or label of who edits it", () => {
    for (const t of ["县委巡察办编", "中共××市委巡察工作领导小组办公室 编", "××巡察办　编印", "编印：某某县委巡察办", "主办单位:中共某某区纪委监委", "某某市委巡察办编    2025年5月12日", "某某县委巡察办 编发 2025年第3期"]) {
      expect([t, isEditorLine(t)]).toEqual([t, true]);
    }
  });
  it("is not a sentence, a title or a name that only ends in 编", () => {
    for (const t of ["本书由县委组织部汇编", "关于巡察整改情况的通报", "中共某某县委巡察办", "县委巡察办负责整改台账汇编", "编印：整改情况", "编"]) {
      expect([t, isEditorLine(t)]).toEqual([t, false]);
    }
  });
  it("stays a line of its own above the title, with or without a blank line or a date", () => {
    expect(texts("巡察工作简报\n第3期\n县委巡察办编\n中共某某局党组\n关于巡察整改情况的通报")).toEqual(["巡察工作简报", "第3期", "县委巡察办编", "中共某某局党组", "关于巡察整改情况的通报"]);
    expect(texts("巡察工作动态\n中共××市委巡察工作领导小组办公室 编\n\n关于某某局巡察整改情况的通报")).toEqual(["巡察工作动态", "中共××市委巡察工作领导小组办公室 编", "关于某某局巡察整改情况的通报"]);
    expect(texts("××巡察办　编印          2025年5月12日\n\n关于某某局巡察整改情况的通报")).toEqual(["××巡察办 编印          2025年5月12日", "关于某某局巡察整改情况的通报"]);
  });
});
