// A bulletin's editor line alone over the title (no issue number or date after it) is masthead
// chrome: it names the editor, never part of the title. Lines made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const TITLE = "关于市水利局党组巡察整改进展情况的通报";
const doc = (editor: string) => parseText(`${editor}\n${TITLE}\n根据市委统一部署，市委第二巡察组对市水利局党组开展了巡察。\n一、整改情况\n（一）台账管理不规范。整改措施：建立台账。`, src);

describe("a masthead's editor line alone over the title", () => {
  it("is no part of the title, however long the editor's name", () => {
    for (const editor of ["中共某某市委巡察工作领导小组办公室 编", "中共某某市委巡察工作领导小组办公室编印", "编印：某某市委巡察办"]) {
      expect(doc(editor).title).toBe(TITLE);
    }
  });
});
