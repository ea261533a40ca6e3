// Page shapes of probe 14. Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);
const codes = (s: string) => normalize(s).diagnostics.map((d) => d.code);

describe("a stamp or watermark printed on every page of a PDF", () => {
  // Four pages of a made-up notice, the first three ending with their page number; stamp(p) is
  // what page p prints among its lines.
  const pages = (stamp: (p: number) => string) =>
    [
      "关于某某局巡察整改情况的通报\n" + stamp(1) + "\n现将整改情况通报如下。\n\n一、问题整改情况\n1.台账不全。整改措施：补齐台账。\n\n- 1 -\n",
      "2.制度滞后。整改措施：修订制度3项。\n" + stamp(2) + "3.培训不足。整改措施：组织培训2次。\n\n- 2 -\n",
      "4.公示不及时。整改措施：按月公示。\n" + stamp(3) + "\n- 3 -\n",
      "5.档案散乱。整改措施：整理档案40卷。\n" + stamp(4) + "\n某某局党组\n2025年3月1日\n",
    ].join("");
  it("goes when it stands alone on its line, once a page (under the title too), whatever its words", () => {
    // (a site's name is no organisation: 某某县民政局网站 signs nothing, 某某县农机站 does)
    for (const stamp of ["内部资料 注意保存", "仅供参考", "某某市档案馆藏", "某某县民政局网站"]) {
      const doc = pages(() => stamp + "\n");
      const t = texts(doc);
      expect(t.filter((l) => l.includes(stamp))).toEqual([]);
      expect(t.slice(0, 2)).toEqual(["关于某某局巡察整改情况的通报", "现将整改情况通报如下。"]);
      expect(t).toContain("2.制度滞后。整改措施:修订制度3项。");
      expect(codes(doc)).toContain("page-stamps-removed");
    }
  });
  it("is cut out of a line it was run into, once it stands alone elsewhere (twice, or at a page's edge)", () => {
    const doc = pages((p) => (p === 2 ? "" : "某某县人民政府网\n")).replace("修订制度3项。", "修订制度某某县人民政府网3项。");
    expect(texts(doc)).toContain("2.制度滞后。整改措施:修订制度3项。");
    // (the page's last line with the stamp run onto its end, on each page: the stamp alone nowhere)
    const edges = pages(() => "").replace(/。\n\n- (\d) -/g, "。某某县人民政府网\n\n- $1 -");
    expect(texts(edges).filter((l) => l.includes("人民政府网"))).toEqual([]);
    expect(texts(edges)).toContain("3.培训不足。整改措施:组织培训2次。");
  });
  it("stays when it recurs on fewer than three pages, twice on a page, or without page breaks", () => {
    const twoPages = pages((p) => (p <= 2 ? "仅供参考\n" : ""));
    expect(texts(twoPages).join("\n").match(/仅供参考/g)).toHaveLength(2);
    const twiceOnAPage = pages((p) => (p >= 2 ? "内部资料\n" : "")).replace("3.培训不足", "内部资料\n3.培训不足");
    expect(texts(twiceOnAPage).join("\n").match(/内部资料/g)).toHaveLength(4);
    // (no page breaks: a web page's repeated line is not a PDF's stamp)
    const web = "关于某某局巡察整改情况的通报\n\n一、问题整改情况\n仅供参考\n1.台账不全。整改措施：补齐台账。\n仅供参考\n2.制度滞后。整改措施：修订制度。\n仅供参考\n\n某某局党组\n2025年3月1日\n";
    expect(texts(web).filter((l) => l === "仅供参考")).toHaveLength(3);
  });
  it("is never the notice's own words: a phrase inside its text, a field's name, a deadline or a status, the title", () => {
    // (a phrase shared by the pages' last lines that stands inside the text too is the notice's own)
    const own = pages(() => "").replace(/。\n\n- (\d) -/g, "。落实整改责任制\n\n- $1 -").replace("修订制度3项。", "修订制度3项，落实整改责任制度。");
    expect(texts(own).join("\n").match(/落实整改责任制/g)).toHaveLength(4);
    for (const value of ["存在问题", "立行立改", "已完成", "按期完成", "县财政局", "某某县农机站"]) {
      expect([value, texts(pages(() => value + "\n")).join("\n").split(value).length - 1]).toEqual([value, 4]);
    }
    // (the title printed again on each page is the running header's, and the title itself stays)
    expect(texts(pages((p) => (p > 1 ? "关于某某局巡察整改情况的通报\n" : "")))[0]).toBe("关于某某局巡察整改情况的通报");
  });
});
