// A plan paragraph after the last item that lost its heading (下一步，…将持续巩固整改成果…) is the
// notice's closing, not the last item's text (src/segment/closing.ts). Made-up notices.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { src } from "./helpers.js";

const body = (last: string) =>
  [
    "某某镇党委关于巡察整改情况的通报",
    "（一）关于台账管理混乱的问题",
    "整改措施：重建台账5本。",
    "整改结果：已完成。",
    "（二）关于会议过多的问题",
    "整改措施：精简会议。",
    "整改结果：已完成。",
    last,
    "欢迎监督。联系电话：0736-1234567。",
    "中共某某镇委员会",
    "2024年9月30日",
  ].join("\n");
const last = (text: string) => {
  const item = parseText(body(text), src).items[1];
  return [item.measures.map((m) => m.text), item.outcomes.map((m) => m.text)];
};

describe("a plan paragraph after the last item", () => {
  it("about the rectification as a whole is no part of the last item", () => {
    expect(last("下一步，镇党委将持续巩固整改成果，建立健全长效机制，防止问题反弹。")).toEqual([["精简会议。"], []]);
    expect(last("今后，我们将以此次巡察整改为契机，推动各项工作再上新台阶。")).toEqual([["精简会议。"], []]);
  });
  it("an item's own plan, which names no such work, stays the item's", () => {
    expect(last("下一步，将每季度开展一次会议清理。")).toEqual([["精简会议。"], ["下一步，将每季度开展一次会议清理。"]]);
  });
});
