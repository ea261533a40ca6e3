// Two columns printed side by side (a PDF set in two columns, extracted with its layout). Every
// fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { parseText } from "../../src/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);
const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x1100 ? 1 : 2), 0)));

// Left column 36 printed columns wide, a gutter of 4, the right column from column 40.
const L = 40;
const page = [
  pad("一、整改工作总体情况", L) + "二、反馈问题整改情况",
  pad("局党组召开专题会议，制定整改方案。巡", L) + "1.预算绩效管理不到位。整改措施：建立",
  pad("察反馈的5个问题已完成整改4个，正在整", L) + "全过程预算绩效管理体系，对42个项目",
  pad("改1个。", L) + "开展绩效评价。整改状态：已完成。",
  pad("二是健全制度。修订财务管理办法等制", L) + "2.政府采购监管不严。整改措施：修订",
  pad("度8项，开展制度执行情况检查2次。", L) + "政府采购内控制度，开展专项检查。整",
  pad("三是强化督办。建立整改台账，实行", L) + "改状态：已完成。",
  " ".repeat(L) + "3.国库集中支付监管不严。整改措施：",
  " ".repeat(L) + "开展支付数据核查，纠正违规支付3笔。",
  " ".repeat(L) + "整改状态：正在推进。",
].join("\n");

describe("two columns side by side on each line", () => {
  it("keep a right column's short remnant (进。) and the left column's lines below the right's last", () => {
    const t = texts(
      [
        pad("局党组召开专题会议，制定整改方案。巡", L) + "1.采购监管不严。整改状态：正在推",
        pad("察反馈的5个问题已完成整改4个，正在整", L) + "进。",
        pad("改1个，建立完善制度9项，问责干部2", L) + "2.台账不全。整改措施：补齐台账。",
        pad("人，清退资金3.5万元，追回款项6笔，", L) + "3.制度缺失。整改措施：修订制度。",
        "收回低效资金186万元。",
        "",
        "欢迎监督。",
      ].join("\n"),
    );
    expect(t[0]).toBe("局党组召开专题会议，制定整改方案。巡察反馈的5个问题已完成整改4个，正在整改1个，建立完善制度9项，问责干部2人，清退资金3.5万元，追回款项6笔，收回低效资金186万元。");
    expect(t.slice(1)).toEqual(["1.采购监管不严。整改状态:正在推进。", "2.台账不全。整改措施:补齐台账。", "3.制度缺失。整改措施:修订制度。", "欢迎监督。"]);
  });
  it("are read left column first, then the right", () => {
    const t = texts(page);
    expect(t[0]).toBe("一、整改工作总体情况");
    expect(t[1]).toMatch(/^局党组召开专题会议，制定整改方案。巡/);
    expect(t.indexOf("二、反馈问题整改情况")).toBeGreaterThan(t.findIndex((x) => x.startsWith("改1个") || x.endsWith("改1个。")));
    expect(t.join("|")).toContain("1.预算绩效管理不到位。整改措施:建立");
    expect(t.join("")).not.toMatch(/ {3}/);
  });
  it("gives the right column's items, their positions in the file (columns in code points)", () => {
    const doc = parseText(page, src);
    expect(doc.items.map((i) => [i.problem, i.status, i.line, i.column])).toEqual([
      ["预算绩效管理不到位", "completed", 2, 23],
      ["政府采购监管不严", "completed", 5, 24],
      ["国库集中支付监管不严", "in_progress", 8, 41],
    ]);
    expect(doc.items[2].measures.map((m) => m.text)).toEqual(["开展支付数据核查，纠正违规支付3笔。"]);
  });
  it("leave a table's rows alone: three cells, or cells of every width", () => {
    const rows = ["序号   存在问题       整改措施", "1   台账不全问题突出   补齐台账并建立制度", "2   制度缺失   修订制度三项", "3   会议过多   精简会议"].join("\n");
    expect(texts(rows).length).toBe(4);
    const two = [pad("台账不全问题突出", 40) + "补齐台账并建立制度", pad("制度缺失", 40) + "修订制度三项并印发执行", pad("会议过多的问题", 40) + "精简会议十二个", pad("学习不深入", 40) + "开展专题研讨六次"].join("\n");
    expect(texts(two).every((t) => / {3}/.test(t))).toBe(true);
  });
  it("leave a table's two columns under a header row of field names alone, rows read as rows", () => {
    const rows = [
      pad("存在问题", 40) + "整改措施",
      pad("党组理论学习中心组学习不够深入，", 40) + "制定年度学习计划，开展专题研讨六",
      pad("研讨交流流于形式。", 40) + "次，组织现场教学两次。",
      pad("财务报销审核把关不严，部分凭证附", 40) + "修订财务管理办法，对报销凭证逐笔",
      pad("件不全。", 40) + "复核，清退不合规资金。",
      pad("干部队伍结构不优，年轻干部储备不", 40) + "制定干部队伍建设规划，选派年轻干",
    ].join("\n");
    expect(texts(rows).some((t) => t.startsWith("存在问题") && t.includes("整改措施"))).toBe(true);
    expect(texts(rows).some((t) => t.startsWith("党组理论学习") && t.includes("制定年度学习计划"))).toBe(true);
  });
  it("leave one line with a wide gap alone (a sign-off, a header beside a date)", () => {
    expect(texts("中共某某局党组委员会          2024年6月1日")).toEqual(["中共某某局党组委员会          2024年6月1日"]);
  });
});
