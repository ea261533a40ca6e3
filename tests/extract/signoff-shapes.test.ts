// Sign-off shapes, titles with a subtitle, targets and kinds, read through the whole pipeline from
// small made-up notices.
import { describe, it, expect } from "vitest";
import { parseBytes } from "../../src/index.js";

const parse = (...lines: string[]) => parseBytes(new TextEncoder().encode(lines.join("\n") + "\n"), { path: "t.txt" });
const body = (pre = "根据县委统一部署，2024年3月1日至4月30日，县委第二巡察组对某某县林业局党组进行了巡察。") => [
  "关于县委第二巡察组巡察反馈意见整改情况的通报",
  pre,
  "一、整改落实情况",
  "（一）理论学习不深入。",
  "整改情况：已组织专题学习。",
];
const measures = (n: ReturnType<typeof parse>) => n.items.flatMap((i) => i.measures.map((m) => m.text));

describe("sign-off forms", () => {
  it("reads a date above the organisation", () => {
    const n = parse(...body(), "2024年6月1日", "中共某某县林业局党组");
    expect(n.issuer).toBe("中共某某县林业局党组");
    expect(n.published).toBe("2024-06-01");
    expect(measures(n)).toEqual(["已组织专题学习。"]);
  });
  it("drops a seal mark after the organisation, on its line or the next", () => {
    for (const tail of [["中共某某县林业局党组（印）", "2024年6月1日"], ["中共某某县林业局党组", "(盖章)", "2024年6月1日"], ["2024年6月1日", "某某县林业局（盖章）"]]) {
      const n = parse(...body(), ...tail);
      expect(n.issuer, tail.join("|")).toMatch(/^(?:中共)?某某县林业局(?:党组)?$/);
      expect(n.published).toBe("2024-06-01");
      expect(measures(n)).toEqual(["已组织专题学习。"]);
    }
  });
  it("joins two organisations on one line with a single space", () => {
    const n = parse(...body(), "中共某某县委办公室   某某县人民政府办公室", "2024年6月1日");
    expect(n.issuer).toBe("中共某某县委办公室 某某县人民政府办公室");
    expect(n.published).toBe("2024-06-01");
    expect(measures(n)).toEqual(["已组织专题学习。"]);
  });
});
