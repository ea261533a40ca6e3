// Round 11 of item rules, each on a made-up notice fragment of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { statusOf } from "../../src/extract/roles.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);

describe("money or goods given back in whole is done (RECOVERY_VERBS)", () => {
  it("a recovery verb with 全部/全额/足额 or 到位 is completed; a part recovered or a promise is not", () => {
    expect(["目前已全部退回", "已全部清退", "已全额收缴", "已追缴到位", "相关款项已足额退还", "全部收回到位"].map(statusOf)).toEqual(Array(6).fill("completed"));
    expect(["已追回资金12万元", "尚未全部追缴到位", "确保全额收缴到位", "正在追缴"].map(statusOf)).toEqual([null, null, null, null]);
  });
  it("a closing sentence of that kind sets the item's status and leaves its measures", () => {
    const d = parse("一、整改落实情况\n（一）违规发放补贴的问题\n整改措施：清理补贴发放情况。目前已全部退回。\n（二）多报销差旅费的问题\n整改措施：核查报销凭证，追回多报款项。相关款项已全额收缴。\n（三）挪用专项资金的问题\n整改措施：追缴相关款项。已追缴到位。\n（四）违规收费的问题\n整改措施：清退违规收费。已退还3户。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text)])).toEqual([
      ["completed", ["清理补贴发放情况。"]],
      ["completed", ["核查报销凭证，追回多报款项。"]],
      ["completed", ["追缴相关款项。"]],
      ["unknown", ["清退违规收费。已退还3户。"]],
    ]);
  });
});

describe("a sentence that only says the work is done, without 已, is a status", () => {
  it("整改完成。 / 完成整改 / 整改到位。 alone, not inside a promise", () => {
    expect(["整改完成。", "完成整改", "整改到位。", "办理完毕"].map(statusOf)).toEqual(Array(4).fill("completed"));
    expect(["确保整改到位", "督促整改完成后报送", "整改完成率"].map(statusOf)).toEqual([null, null, null]);
  });
  it("closes a paragraph or a result after a comma", () => {
    const d = parse("一、整改情况\n（一）关于会议记录不全的问题\n补齐会议记录12本，整改完成。\n（二）关于台账缺失的问题\n整改措施：建立台账。\n整改结果：已建立台账3本，完成整改。\n");
    expect(d.items.map((i) => [i.status, i.measures.map((m) => m.text), i.outcomes.map((m) => m.text)])).toEqual([
      ["completed", ["补齐会议记录12本"], []],
      ["completed", ["建立台账。"], ["已建立台账3本"]],
    ]);
  });
});
