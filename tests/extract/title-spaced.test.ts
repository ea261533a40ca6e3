// A title spaced out letter by letter (关 于 … 的 通 报) under its issuer's line keeps the issuer, as
// the same title set without spaces does: the title's tests read each line squeezed. Lines made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const BODY = "根据县委统一部署，县委第一巡察组对县统计局党组开展了巡察。\n一、整改情况\n（一）台账管理不规范。整改措施：建立台账。";
const doc = (...top: string[]) => parseText(`${top.join("\n")}\n${BODY}`, src);

describe("a title spaced out letter by letter under its issuer", () => {
  it("keeps the issuer line above 关 于 … in the title, as without spaces", () => {
    const spaced = doc("某某县统计局党组", "关 于 县 委 第 一 巡 察 组 反 馈 意 见", "整 改 进 展 情 况 的 通 报");
    const plain = doc("某某县统计局党组", "关于县委第一巡察组反馈意见", "整改进展情况的通报");
    expect(spaced.title).toBe("某某县统计局党组关于县委第一巡察组反馈意见整改进展情况的通报");
    expect(spaced.title).toBe(plain.title);
    expect(spaced.issuer).toBe("某某县统计局党组");
  });
  it("spaced with full-width spaces, on one line", () => {
    expect(doc("某某县统计局党组", "关　于　巡　察　整　改　情　况　的　通　报").title).toBe("某某县统计局党组关于巡察整改情况的通报");
  });
  it("still sets a letterhead apart by a blank line", () => {
    const d = doc("某某县统计局党组", "", "关 于 巡 察 整 改 情 况 的 通 报");
    expect(d.title).toBe("关于巡察整改情况的通报");
  });
});
