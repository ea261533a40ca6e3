// Figure shapes of round 8, each on a made-up sentence: counts listed with 、 after one verb,
// 人次 with its metric, tenths before the noun they measure.
import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

/** [text, value, unit, metric] of every figure in s. */
const vum = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit, f.metric]);

describe("counts listed with 、 after one verb", () => {
  it("each count is a figure with its own metric", () => {
    expect(vum("已完成整改措施68条、整改问题19个。")).toEqual([
      ["68条", 68, "条", "已完成整改措施"],
      ["19个", 19, "个", "整改问题"],
    ]);
    expect(vum("新建制度六项、修订制度十二项、废止制度3项")).toEqual([
      ["六项", 6, "项", "新建制度"],
      ["十二项", 12, "项", "修订制度"],
      ["3项", 3, "项", "废止制度"],
    ]);
  });
});

describe("人次", () => {
  it("counts people times, with the sanction or act as its metric", () => {
    expect(vum("给予党纪政务处分3人次，诫勉谈话5人次。")).toEqual([
      ["3人次", 3, "人次", "给予党纪政务处分"],
      ["5人次", 5, "人次", "诫勉谈话"],
    ]);
    expect(vum("共处分十二人次")).toEqual([["十二人次", 12, "人次", "处分"]]);
    expect(vum("组织培训1200余人次")).toEqual([["1200余人次", 1200, "人次", "组织培训"]]);
  });
});

describe("tenths before the noun they measure", () => {
  it("近九成群众, 八成党员, 9成企业: a ratio, the noun after it (so no metric before it)", () => {
    for (const [s, text, v] of [["全县近九成群众表示满意", "近九成", 0.9], ["八成党员参加了轮训", "八成", 0.8], ["9成企业完成整改", "9成", 0.9], ["其中近三成为低收入户", "近三成", 0.3]] as const) {
      const f = findFigures(s);
      expect([s, f.map((x) => [x.text, x.normalized, x.metric])]).toEqual([s, [[text, { value: v, unit: "ratio" }, null]]]);
    }
  });
  it("a metric before it still counts when 的 or a clause end follows", () => {
    expect(vum("群众满意率达九成的村")).toEqual([["九成", 9, "成", "群众满意率"]]);
    expect(vum("满意度达到八成。")).toEqual([["八成", 8, "成", "满意度"]]);
  });
  it("not 成 in a word (成员, 成立, 成本, 一成不变, 成群), after a name (张九成同志), or before a numeral (九成九)", () => {
    expect(vum("五成员单位，三成立专班，两成本核算，一成不变，三五成群，张九成同志，九成九的群众")).toEqual([]);
  });
});
