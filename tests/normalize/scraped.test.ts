// Shapes of notices scraped from web pages and PDFs: emoji at a line's edges, picture captions
// and credits, headings split by a page break or a wrap. Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { writtenText, spanPosition } from "../../src/normalize/span.js";
import { parseText } from "../../src/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);
const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };

describe("emoji and pictographs at a line's edges", () => {
  it("are cut from the start and the end of a line, with the spaces and bullets among them", () => {
    expect(texts("📢 某某局关于巡察整改情况的通报\n✅一、总体情况\n👉（一）关于台账不全的问题\n▶️ 1.补齐台账\n🔴二、下一步打算🔴\n持续巩固成果。✅ ✅\n● ⭐ 三、其他")).toEqual([
      "某某局关于巡察整改情况的通报",
      "一、总体情况",
      "(一)关于台账不全的问题",
      "1.补齐台账",
      "二、下一步打算",
      "持续巩固成果。",
      "三、其他",
    ]);
  });
  it("cut whole emoji sequences: ZWJ families, skin tones, flags, variation selectors", () => {
    expect(texts("👨‍👩‍👧 一、总体情况\n👍🏽（二）关于制度的问题\n🇨🇳 三、下一步打算\n☎️ 四、联系方式")).toEqual(["一、总体情况", "(二)关于制度的问题", "三、下一步打算", "四、联系方式"]);
  });
  it("leave pictographs inside a line, a cell's tick after a tab or two spaces, and ©®™ after a name", () => {
    expect(texts("整改✅完成率达到90%。")).toEqual(["整改✅完成率达到90%。"]);
    expect(normalize("1\t台账不全\t补齐台账\t✔").lines[0].text.endsWith("✔")).toBe(true);
    expect(texts("某某品牌™")).toEqual(["某某品牌™"]);
  });
  it("let the marker open the line, its position still pointing into the original", () => {
    const text = "📢某某局关于巡察整改情况的通报\n✅一、总体情况\n整改工作取得成效。\n👉（一）关于学习不深入的问题\n整改措施：建立制度。🔴\n";
    const doc = parseText(text, src);
    expect(doc.title).toBe("某某局关于巡察整改情况的通报");
    expect(doc.sections.map((s) => [s.marker, s.title, s.line, s.column])).toEqual([["一、", "总体情况", 2, 2]]);
    // 👉 is two UTF-16 units and one code point: （一） is the second column of line 4.
    expect(doc.sections[0].children.map((s) => [s.marker, s.title, s.line, s.column])).toEqual([["（一）", "关于学习不深入的问题", 4, 2]]);
    const n = normalize(text);
    const l = n.lines.find((x) => x.text.startsWith("整改措施"))!;
    expect(writtenText(n.source, { line: l, start: 0, end: l.text.length })).toBe("整改措施：建立制度。");
    expect(spanPosition(n.source, { line: l, start: 0, end: 1 })).toMatchObject({ line: 5, column: 1 });
  });
  it("end a sentence once cut: the line after an emoji-ended sentence is not joined to it", () => {
    expect(texts("整改工作取得成效。🎉\n\n下一段。")).toEqual(["整改工作取得成效。", "下一段。"]);
  });
});

describe("picture captions and credits on scraped pages", () => {
  it("drops ▲/△ captions and bracketed or bare credits as page chrome", () => {
    const lines = texts(
      ["某某局关于巡察整改情况的通报", "▲图为整改工作推进会现场", "一、总体情况", "△ 5月8日，局党组召开专题民主生活会。", "（图片来源：某某县融媒体中心）", "整改取得阶段性成效。", "(来源：某某县纪委监委)", "图片来源：某某网", "照片来源：本站", "（李明 摄）", "摄影：王五", "编辑：张三  审核：李四"].join("\n"),
    );
    expect(lines).toEqual(["某某局关于巡察整改情况的通报", "一、总体情况", "整改取得阶段性成效。"]);
  });
  it("takes ▲ before a heading's marker as its bullet, in either width", () => {
    expect(texts("▲一、总体情况\n△（二）关于台账的问题\n▲ ２．补齐台账\n▲(3)建立制度")).toEqual(["一、总体情况", "(二)关于台账的问题", "2.补齐台账", "(3)建立制度"]);
  });
  it("keeps a sentence about a source or a photograph inside the notice's text", () => {
    expect(texts("资金来源：县级财政。\n对照片来源不明的档案进行清理。")).toEqual(["资金来源:县级财政。", "对照片来源不明的档案进行清理。"]);
  });
});

describe("a heading split by a page break or a hard wrap", () => {
  it("is joined when its first line ends with 的, however long the rest", () => {
    expect(texts("（三）关于落实全面从严治党主体责任的\n问题及意识形态工作责任制落实不到位问题的整改情况\n正文。")).toEqual([
      "(三)关于落实全面从严治党主体责任的问题及意识形态工作责任制落实不到位问题的整改情况",
      "正文。",
    ]);
    expect(texts("3.关于落实全面从严治党主体责任的\n\n第 3 页 共 8 页\n\n问题整改情况\n正文。")).toEqual(["3.关于落实全面从严治党主体责任的问题整改情况", "正文。"]);
  });
  it("is joined when its first line ends with 、, in either width of bracket", () => {
    const rest = "监督责任、意识形态工作责任和安全生产责任落实不到位问题的整改情况";
    expect(texts(`（二）关于落实主体责任、\n${rest}\n正文。`)).toEqual([`(二)关于落实主体责任、${rest}`, "正文。"]);
    expect(texts(`(二)关于落实主体责任、\n- 4 -\n${rest}\n正文。`)).toEqual([`(二)关于落实主体责任、${rest}`, "正文。"]);
  });
  it("is joined after a comma, full-width or ASCII, only with the rest of a heading", () => {
    const rest = "压实党委书记第一责任人责任和班子成员一岗双责问题的整改情况";
    expect(texts(`（四）关于落实主体责任，\n${rest}\n正文。`)).toEqual([`(四)关于落实主体责任，${rest}`, "正文。"]);
    expect(texts(`(四)关于落实主体责任,\n\n${rest}\n正文。`)).toEqual([`(四)关于落实主体责任,${rest}`, "正文。"]);
    // A paragraph (a pause of its own) is the heading's body, not its tail.
    expect(texts("（一）提高政治站位，\n局党组高度重视巡察反馈问题，第一时间召开会议研究部署整改工作。")).toEqual([
      "(一)提高政治站位，",
      "局党组高度重视巡察反馈问题，第一时间召开会议研究部署整改工作。",
    ]);
  });
  it("is not joined to a field label, the next heading, or from a heading that ends with 目的", () => {
    expect(texts("（三）关于资金管理的\n整改措施：修订制度。")).toEqual(["(三)关于资金管理的", "整改措施:修订制度。"]);
    expect(texts("1.关于财务制度执行不严格、\n2.关于报销审核的问题")).toEqual(["1.关于财务制度执行不严格、", "2.关于报销审核的问题"]);
    expect(texts("（一）整改的目的\n通过整改，全面提升管理水平，切实把巡察成果转化为治理效能。")).toEqual([
      "(一)整改的目的",
      "通过整改，全面提升管理水平，切实把巡察成果转化为治理效能。",
    ]);
  });
  it("never takes a paragraph ending with a comma into the heading after it, across a page break or not", () => {
    for (const gap of ["\n", "\n\n", "\n第 2 页 共 6 页\n", "\n- 2 -\n"]) {
      expect(texts(`群众反映强烈，${gap}（三）关于食堂管理不规范的问题\n整改措施：建立制度。`)).toEqual(["群众反映强烈，", "(三)关于食堂管理不规范的问题", "整改措施:建立制度。"]);
      expect(texts(`我局采取了三项措施,${gap}(1)建立台账\n(2)定期检查`)).toEqual(["我局采取了三项措施,", "(1)建立台账", "(2)定期检查"]);
    }
  });
  it("still joins a sentence cut before a number of its own after a comma and a page break", () => {
    expect(texts("对车辆开展清查，并按照，\n\n（1）号文件要求重新登记。")).toEqual(["对车辆开展清查，并按照，(1)号文件要求重新登记。"]);
  });
});

describe("a breadcrumb on the title's line", () => {
  const body = "\n根据县委统一部署，县委第一巡察组对县水利局党组开展了巡察。\n一、整改落实情况\n（一）关于河道管护不力的问题\n整改措施：开展河道清障。";
  it("goes, and the title it ends with stays, where it stood", () => {
    for (const crumbs of ["首页 > 信息公开 > 巡察整改 > ", "当前位置：首页 » 政务公开 » ", "您的位置：网站首页＞通知公告＞"]) {
      const text = crumbs + "某某县水利局党组关于巡察整改情况的通报" + body;
      const n = normalize(text);
      expect(n.lines[0].text).toBe("某某县水利局党组关于巡察整改情况的通报");
      expect(n.lines[0].offsets[0]).toBe(crumbs.length);
      expect(parseText(text, src).title).toBe("某某县水利局党组关于巡察整改情况的通报");
    }
  });
  it("alone on its line, or ending in no title, is page chrome dropped whole", () => {
    expect(texts("首页 > 信息公开 > 巡察整改\n某某县水利局党组关于巡察整改情况的通报")).toEqual(["某某县水利局党组关于巡察整改情况的通报"]);
    expect(texts("当前位置：首页 > 政务公开 > 工作动态\n一、整改落实情况")).toEqual(["一、整改落实情况"]);
  });
});
