// What a 公文 printed to PDF puts around its text: a red header and a document number above the
// title (and the number again as a running header), a title set with spaces between its
// characters, and the 版记 under the sign-off (抄送：…, …印发). Each notice is made up.
import { describe, it, expect } from "vitest";
import { parseBytes } from "../../src/index.js";
import { normalize } from "../../src/normalize/index.js";

const parse = (...lines: string[]) => parseBytes(new TextEncoder().encode(lines.join("\n") + "\n"), { path: "t.txt" });
const body = [
  "根据市委统一部署，2024年4月1日至5月31日，市委第一巡察组对市统计局党组开展了常规巡察。",
  "一、整改落实情况",
  "1.统计数据质量管控不严的问题。一是建立数据核查制度。二是开展专项检查。",
];

describe("red header and document number", () => {
  it("are lines of their own, and not the title", () => {
    const n = parse("中共某市委巡察工作领导小组办公室文件", "", "某巡办〔2024〕7号", "", "关于市统计局党组巡察整改情况的通报", ...body);
    expect(n.title).toBe("关于市统计局党组巡察整改情况的通报");
    expect(normalize("某某县人民政府文件\n某政发〔2024〕3号\n关于某某的通报\n正文。").lines.map((l) => l.text)).toEqual(["某某县人民政府文件", "某政发〔2024〕3号", "关于某某的通报", "正文。"]);
  });
  it("end a red header set on two lines: the title after a blank line is not joined to it", () => {
    const n = parse("中共某市委巡察工作", "领导小组办公室文件", "", "关于市统计局党组巡察整改情况的通报", ...body);
    expect(n.title).toBe("关于市统计局党组巡察整改情况的通报");
  });
  it("read a title set with a space between its characters, on two lines", () => {
    const n = parse("某巡办〔2024〕7号", "关 于 市 统 计 局 党 组 巡 察", "整 改 情 况 的 通 报", ...body);
    expect(n.title).toBe("关于市统计局党组巡察整改情况的通报");
  });
  it("end a spaced title line: the preamble after a blank line is not joined to it", () => {
    expect(normalize("某某县人民政府\n\n关 于 巡 察 整 改 情 况 的 通 报\n\n根据统一部署，开展了巡察").lines.map((l) => l.text)).toEqual(["某某县人民政府", "关 于 巡 察 整 改 情 况 的 通 报", "根据统一部署，开展了巡察"]);
  });
});

describe("版记 under the sign-off", () => {
  it("is not the sign-off, and not the last item's text", () => {
    const n = parse("关于市统计局党组巡察整改情况的通报", ...body, "中共某市统计局党组", "2024年9月20日", "抄送：市委巡察办，市纪委监委。", "中共某市委巡察工作领导小组办公室　　2024年9月23日印发", "（共印20份）");
    expect(n.issuer).toBe("中共某市统计局党组");
    expect(n.published).toBe("2024-09-20");
    expect(n.items[0].measures.map((m) => m.text)).toEqual(["建立数据核查制度。", "开展专项检查。"]);
  });
  it("is found between rules drawn across the page, which separate as blank lines do", () => {
    const n = parse("关于市统计局党组巡察整改情况的通报", ...body, "中共某市统计局党组", "2024年9月20日", "━━━━━━━━━━━━━━━━━━━━", "抄送：市委巡察办。", "————————————————————", "中共某市委巡察工作领导小组办公室　　2024年9月23日印发");
    expect(n.issuer).toBe("中共某市统计局党组");
    expect(n.published).toBe("2024-09-20");
    expect(n.items[0].measures.map((m) => m.text)).toEqual(["建立数据核查制度。", "开展专项检查。"]);
  });
  it("gives the date when the notice has no sign-off of its own", () => {
    const n = parse("关于市统计局党组巡察整改情况的通报", ...body, "抄送：市委巡察办。", "中共某市统计局党组办公室　　2024年9月23日印发");
    expect(n.published).toBe("2024-09-23");
  });
});
