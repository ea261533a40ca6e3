// Page shapes the cleaning had not met (probe 8): the bars a WeChat article sets before its headings,
// a marker cut in two by a wrap or a page break, and a PDF's running header that prints the title
// cut short. Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { parseText } from "../../src/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);
const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };

describe("a bar before a heading (▍一、…)", () => {
  it("is cut, with its spaces, so that the marker opens the line", () => {
    expect(texts("▍一、整改工作开展情况\n▌ （二）关于台账不全的问题\n█ 1.补齐台账")).toEqual(["一、整改工作开展情况", "(二)关于台账不全的问题", "1.补齐台账"]);
  });
  it("stays inside a line, and a row of bars alone is a rule line, no text", () => {
    expect(texts("完成率▍90%")).toEqual(["完成率▍90%"]);
    expect(texts("甲。\n▍▍▍▍▍▍\n乙。")).toEqual(["甲。", "乙。"]);
  });
});

describe("a marker cut in two (二 / 、正在推进整改的问题)", () => {
  it("is joined, whatever the marker's shape (a bare number alone is a page number, dropped before)", () => {
    expect(texts("整改如下。\n二\n、正在推进整改的问题\n（三\n）关于台账不全的问题\n十二\n、关于制度缺失的问题\n【四\n】其他")).toEqual([
      "整改如下。",
      "二、正在推进整改的问题",
      "(三)关于台账不全的问题",
      "十二、关于制度缺失的问题",
      "【四】其他",
    ]);
  });
  it("gives the heading its level and status", () => {
    const doc = parseText("一、已完成整改的问题\n（一）关于台账不全的问题\n整改措施：补齐台账。\n二\n、正在推进整改的问题\n（二）关于制度缺失的问题\n整改措施：修订制度。", src);
    expect(doc.sections.map((s) => [s.marker, s.title])).toEqual([["一、", "已完成整改的问题"], ["二、", "正在推进整改的问题"]]);
    expect(doc.items.map((i) => [i.problem, i.status, i.measures.length])).toEqual([["台账不全", "completed", 1], ["制度缺失", "in_progress", 1]]);
  });
  it("is not a number and the next line's own pause or figure", () => {
    expect(texts("共有\n3\n、4号楼未验收。")).not.toContain("3、4号楼未验收。");
    expect(texts("甲。\n一\n乙。")).toEqual(["甲。", "一", "乙。"]);
  });
});

describe("a running header that prints the title cut short, after one page break", () => {
  const page = (header: string) =>
    `关于市委第二巡察组对市某某局党组巡察整改情况的通报\n\n一、已完成整改的问题\n（一）关于资金监管存在漏洞的问\n— 2 —\n${header}\n题\n整改措施：开展专项检查。\n\n中共某某市某某局党组\n2024年10月9日`;
  it("goes, and the heading it cut is joined", () => {
    for (const header of ["市某某局党组巡察整改情况通报", "巡察整改情况的通报", "中共某某市某某局党组巡察整改情况通报"]) {
      const n = normalize(page(header));
      expect(n.lines.map((l) => l.text)).toContain("(一)关于资金监管存在漏洞的问题");
      expect(n.diagnostics.map((d) => d.code)).toContain("page-headers-removed");
    }
  });
  it("stays when it is no shortened title: other words, a sentence, or not after a page break", () => {
    const other = normalize(page("某某县另一单位的工作通报"));
    expect(other.diagnostics.map((d) => d.code)).not.toContain("page-headers-removed");
    expect(other.lines.some((l) => l.text.includes("某某县另一单位的工作通报"))).toBe(true);
    expect(texts(page("市局党组巡察整改情况，通报"))).not.toContain("(一)关于资金监管存在漏洞的问题");
    const noBreak = "关于市委第二巡察组对市某某局党组巡察整改情况的通报\n\n一、整改情况\n市某某局党组巡察整改情况通报\n已印发。";
    expect(texts(noBreak)).toContain("市某某局党组巡察整改情况通报");
  });
});

describe("a PDF's footnotes (“三重一大”¹决策… / ¹“三重一大”指…)", () => {
  it("lose their mark after a word, and the note at the page's foot goes", () => {
    expect(texts("一、“三重一大”¹决策制度执行不严格的问题\n整改措施：建立清单。\n¹“三重一大”指重大事项决策。\n第 2 页 共 3 页\n整改状态：已完成")).toEqual([
      "一、“三重一大”决策制度执行不严格的问题",
      "整改措施:建立清单。",
      "整改状态:已完成",
    ]);
    expect(texts("推行河长制²，")[0]).toBe("推行河长制，");
  });
  it("keep a unit's or a power's superscript", () => {
    expect(texts("新增绿地1200m²。\n容量10³立方米。")).toEqual(["新增绿地1200m²。", "容量10³立方米。"]);
  });
});

describe("a government page's disclosure record, and a WeChat repost's source line", () => {
  it("go, as page metadata and chrome", () => {
    const page = "索引号：11370000XX/2024-00123　　主题分类：其他\n发布机构：某某县某某局　　成文日期：2024-09-10\n文　　号：　　发布日期：2024-09-12\n公开方式：主动公开　　有效性：有效\n\n某某局关于巡察整改情况的通报\n\n一、整改情况";
    expect(texts(page)).toEqual(["某某局关于巡察整改情况的通报", "一、整改情况"]);
    expect(texts("关于巡察整改情况的通报\n以下文章来源于某某清风，作者某某清风\n\n根据统一部署，开展了巡察。")).toEqual(["关于巡察整改情况的通报", "根据统一部署，开展了巡察。"]);
  });
  it("leave a sentence of the notice that names its document number or its way of publishing", () => {
    expect(texts("印发整改方案，文号为某办发〔2024〕3号。\n公开方式不规范的问题已整改。")).toEqual(["印发整改方案，文号为某办发〔2024〕3号。", "公开方式不规范的问题已整改。"]);
  });
});

describe("a web page printed to PDF by a browser", () => {
  it("loses the header and the footer of each page (time and title, address and count), and the cut heading is joined", () => {
    const text = "2024/9/12 下午3:45      关于巡察整改情况的通报_某某县人民政府\n\n关于巡察整改情况的通报\n\n一、整改情况\n（一）关于台账登记不全的\nhttp://www.example.gov.cn/art/2024/9/12/art_1_2.html      1/2\n\n2024/9/12 下午3:45      关于巡察整改情况的通报_某某县人民政府\n问题\n整改措施：补齐台账。";
    expect(texts(text)).toEqual(["关于巡察整改情况的通报", "一、整改情况", "(一)关于台账登记不全的问题", "整改措施:补齐台账。"]);
  });
  it("keeps an address in the notice's words, or alone on its line", () => {
    expect(texts("举报网址：\nhttp://www.12388.gov.cn\n欢迎监督。")).toContain("http://www.12388.gov.cn");
    expect(texts("请登录 www.example.gov.cn 1/2 专栏查看。")).toEqual(["请登录 www.example.gov.cn 1/2 专栏查看。"]);
  });
});
