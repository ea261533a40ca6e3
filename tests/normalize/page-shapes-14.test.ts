// Page shapes of probe 14. Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);
const codes = (s: string) => normalize(s).diagnostics.map((d) => d.code);

describe("a stamp or watermark printed on every page of a PDF", () => {
  // Pages of a made-up notice, each ending with its page number.
  const pages = (stamp: (p: number) => string) =>
    [
      "关于某某局巡察整改情况的通报\n" + stamp(0) + "\n现将整改情况通报如下。\n\n一、问题整改情况\n" + stamp(1) + "1.台账不全。整改措施：补齐台账。\n\n- 1 -\n",
      "2.制度滞后。整改措施：修订制度3项。\n" + stamp(2) + "3.培训不足。整改措施：组织培训2次。\n\n- 2 -\n",
      "4.公示不及时。整改措施：按月公示。\n" + stamp(3) + "\n- 3 -\n",
      "5.档案散乱。整改措施：整理档案40卷。\n\n某某局党组\n2025年3月1日\n",
    ].join("");
  it("goes when it stands alone on its line, page after page (under the title too), whatever its words", () => {
    for (const stamp of ["内部资料 注意保存", "仅供参考", "某某市档案馆藏"]) {
      const t = texts(pages(() => stamp + "\n"));
      expect(t.filter((l) => l.includes(stamp))).toEqual([]);
      expect(t).toContain("2.制度滞后。整改措施:修订制度3项。");
      expect(t.slice(0, 2)).toEqual(["关于某某局巡察整改情况的通报", "现将整改情况通报如下。"]);
      expect(codes(pages(() => stamp + "\n"))).toContain("page-stamps-removed");
    }
  });
  it("is cut out of a line it was run into, once it stands alone elsewhere (twice, or at a page's edge)", () => {
    const doc = pages((p) => (p === 2 ? "" : "某某县人民政府网\n")).replace("补齐台账。", "补齐台账某某县人民政府网，逐项销号。");
    expect(texts(doc)).toContain("1.台账不全。整改措施:补齐台账，逐项销号。");
    // (the page's last line with the stamp run onto its end, on each page: the stamp alone nowhere)
    const edges = pages(() => "").replace(/。\n\n- (\d) -/g, "。某某县人民政府网\n\n- $1 -");
    expect(texts(edges).filter((l) => l.includes("人民政府网"))).toEqual([]);
    expect(texts(edges)).toContain("3.培训不足。整改措施:组织培训2次。");
  });
  it("stays when it recurs on one page only, or without page breaks, or is the notice's own words", () => {
    // (no page breaks: a web page's repeated line is not a PDF's stamp)
    const web = "关于某某局巡察整改情况的通报\n\n一、问题整改情况\n仅供参考\n1.台账不全。整改措施：补齐台账。\n仅供参考\n2.制度滞后。整改措施：修订制度。\n仅供参考\n\n某某局党组\n2025年3月1日\n";
    expect(texts(web).filter((l) => l === "仅供参考")).toHaveLength(3);
    // (a phrase shared by the pages' last lines that stands inside the text too is the notice's own)
    const own = pages(() => "").replace(/。\n\n- (\d) -/g, "。落实整改责任制\n\n- $1 -").replace("修订制度3项。", "修订制度3项，落实整改责任制度。");
    expect(texts(own).join("\n").match(/落实整改责任制/g)).toHaveLength(4);
    // (a status or a unit repeated in a table's cells is no stamp)
    const cells = pages((p) => (p ? "已完成\n" : ""));
    expect(texts(cells).join("\n").match(/已完成/g)?.length).toBe(3);
    // (the title printed again on each page is the running header's, and the title itself stays)
    const titled = pages((p) => (p ? "关于某某局巡察整改情况的通报\n" : ""));
    expect(texts(titled)[0]).toBe("关于某某局巡察整改情况的通报");
  });
});
