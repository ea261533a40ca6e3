import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);

describe("a short field before the closing", () => {
  it("keeps a progress field with a short status apart from the closing after a blank line", () => {
    expect(texts(["2.台账登记不全。", "落实成效：基本完成", "", "欢迎社会各界继续予以监督。举报电话：010-7654321。"].join("\n"))).toEqual([
      "2.台账登记不全。",
      "落实成效:基本完成",
      "欢迎社会各界继续予以监督。举报电话:010-7654321。",
    ]);
  });
  it("still joins a short measure cut before a paragraph that is no closing", () => {
    expect(texts(["2.台账登记不全。", "落实成效：基本完成", "", "后续抽查中未再发现此类情况。"].join("\n"))).toEqual([
      "2.台账登记不全。",
      "落实成效:基本完成后续抽查中未再发现此类情况。",
    ]);
  });
});

describe("a triangle before a field label", () => {
  it("is a bullet of the field (▲问题：, △【整改措施】), not a picture's caption", () => {
    expect(texts(["▲问题：食堂账目不清。", "△ 【整改措施】建立台账，每月公示。", "▲图为整改推进会现场"].join("\n"))).toEqual([
      "问题:食堂账目不清。",
      "【整改措施】建立台账，每月公示。",
    ]);
  });
});

describe("the issuer above the title", () => {
  it("stays apart from a 关于… title after a blank line", () => {
    expect(texts(["某某区市场监督管理局", "", "关于某某所巡察整改进展的通报", "", "现将有关情况通报如下。"].join("\n")).slice(0, 2)).toEqual([
      "某某区市场监督管理局",
      "关于某某所巡察整改进展的通报",
    ]);
  });
  it("still joins a title set on two lines without a blank line, or one that does not open with 关于", () => {
    expect(texts(["某某区市场监督管理局", "关于某某所巡察整改进展的通报", "", "现将有关情况通报如下。"].join("\n"))[0]).toBe("某某区市场监督管理局关于某某所巡察整改进展的通报");
    expect(texts(["某某区市场监督管理局", "", "巡察整改进展的通报", "", "现将有关情况通报如下。"].join("\n"))[0]).toBe("某某区市场监督管理局巡察整改进展的通报");
  });
});
