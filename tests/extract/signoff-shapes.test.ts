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

describe("inspected unit", () => {
  it("reads the unit before 的巡察, after 巡察了, and with figures in 为期…的", () => {
    const t = (pre: string) => parse(...body(pre)).inspection.target;
    expect(t("2024年3月1日至4月30日，县委第二巡察组完成了对某某县林业局的常规巡察。")).toBe("某某县林业局");
    expect(t("2024年3月，县委第二巡察组巡察了某某县林业局党组，并反馈了意见。")).toBe("某某县林业局党组");
    expect(t("县委第二巡察组对某某县林业局党组进行了为期2个月的巡察。")).toBe("某某县林业局党组");
  });
  it("reads 我局党组 as the issuer it stands for (none without one) and does not read 对照…的", () => {
    const t = (pre: string) => parse(...body(pre)).inspection.target;
    expect(t("县委第二巡察组对我局党组进行了为期1个月的巡察。")).toBeNull();
    expect(parse(...body("县委第二巡察组对我局党组进行了为期1个月的巡察。"), "中共某某县林业局党组", "2024年6月1日").inspection.target).toBe("中共某某县林业局党组");
    expect(t("对照县委巡察组反馈的意见，我们逐条整改。")).toBeNull();
  });
});

describe("kind", () => {
  it("keeps 村级巡察 and 村（社区）巡察 as written", () => {
    expect(parse(...body("县委第三巡察组对某某村党支部开展了村级巡察。")).inspection.kind).toBe("村级巡察");
    expect(parse(...body("县委第三巡察组对某某社区党委开展了村（社区）巡察。")).inspection.kind).toBe("村（社区）巡察");
  });
});

describe("subtitle", () => {
  it("joins a bracketed subtitle under the title, but not a bracketed date", () => {
    const [title, ...rest] = body();
    expect(parse(title, "（第二批）", ...rest).title).toBe(title + "（第二批）");
    expect(parse(title, "(2024年第一轮)", ...rest).title).toBe(title + "(2024年第一轮)");
    // A blank line after the subtitle (as usual above the first paragraph) changes nothing.
    expect(parse(title, "（2024年第一轮）", "", ...rest).title).toBe(title + "（2024年第一轮）");
    const dated = parse(title, "（2024年6月3日）", ...rest);
    expect(dated.title).toBe(title);
    // Not a signature: published is the sign-off's date only (GUIDE.md).
    expect(dated.published).toBeNull();
  });
});

describe("dates that are not a signature: a page's 发布时间, a date under the title", () => {
  const [title, ...rest] = body();
  const invite = "欢迎广大干部群众监督，请于6月20日前反映。";
  it("are not published, which is the sign-off's date only (GUIDE.md)", () => {
    expect(parse(title, "发布时间：2024-06-05 10:23:11  来源：县纪委监委", ...rest).published).toBeNull();
    expect(parse("发布日期：2024年6月5日", title, ...rest).published).toBeNull();
    expect(parse(title, "发布时间：2024-06-05", ...rest, "中共某某县林业局党组", "2024年6月1日").published).toBe("2024-06-01");
  });
  it("still date the notice: a comment period that names only its end starts on them, and a year left out comes from them", () => {
    const period = (...head: string[]) => parse(title, ...head, ...rest, invite).comment_period;
    expect(period("发布时间：2024-06-05 10:23:11")).toEqual({ start: "2024-06-05", end: "2024-06-20" });
    expect(period("（2024年6月3日）")).toEqual({ start: "2024-06-03", end: "2024-06-20" });
    // The sign-off's date comes first, then the one under the title, then the page's.
    expect(period("（2024年6月3日）", "发布时间：2024-06-05")).toEqual({ start: "2024-06-03", end: "2024-06-20" });
    expect(parse(title, "发布时间：2024-06-05", ...rest, invite, "中共某某县林业局党组", "2024年6月1日").comment_period).toEqual({ start: "2024-06-01", end: "2024-06-20" });
    // Without any date the invitation's end has no year and the period is unknown.
    expect(period()).toBeNull();
  });
});

describe("an inspection period given as a part of a year", () => {
  it("reads a quarter and a half-year to the month", () => {
    const d = (pre: string) => { const n = parse(...body(pre)); return [n.inspection.start, n.inspection.end]; };
    expect(d("2024年第一季度，市委第三巡察组对某某市林业局党组进行了巡察。")).toEqual(["2024-01", "2024-03"]);
    expect(d("2024年三季度，市委第三巡察组对某某市林业局党组开展了常规巡察。")).toEqual(["2024-07", "2024-09"]);
    expect(d("2023年下半年，市委第三巡察组对某某市林业局党组进行了巡察。")).toEqual(["2023-07", "2023-12"]);
  });
});

describe("date above organisations, more forms", () => {
  it("reads two organisations below the date, on one line or two, and a seal line after them", () => {
    for (const tail of [["2024年6月1日", "中共某某县委办公室　 某某县人民政府办公室"], ["2024年6月1日", "中共某某县委办公室", "某某县人民政府办公室", "（印）"]]) {
      const n = parse(...body(), ...tail);
      expect(n.issuer, tail.join("|")).toBe("中共某某县委办公室 某某县人民政府办公室");
      expect(n.published).toBe("2024-06-01");
      expect(measures(n)).toEqual(["已组织专题学习。"]);
    }
  });
});

describe("a joint sign-off on one line after a contact line", () => {
  it("is not joined to the contact line that does not end a sentence", () => {
    const n = parse(...body(), "电话：(0391)7123456  邮编：454000", "", "中共某某县林业局党组  某某县林业局", "2024年9月4日");
    expect([n.issuer, n.published]).toEqual(["中共某某县林业局党组 某某县林业局", "2024-09-04"]);
    expect(n.contact.postcodes).toEqual(["454000"]);
  });
});

describe("a document number above the title", () => {
  it("is not joined into the title set on several lines", () => {
    for (const no of ["某县发〔2024〕5号", "某委办[2024]12号", "某县卫发（2024）3号"]) {
      const n = parse(no, "中共某某县人民医院委员会", "关于县委第一轮巡察反馈意见", "整改进展情况的通报", "根据县委统一部署，2024年3月1日至4月30日，县委第一巡察组对县人民医院党委进行了巡察。", "一、整改落实情况", "（一）理论学习不深入。", "整改情况：已组织专题学习。");
      expect(n.title, no).toBe("中共某某县人民医院委员会关于县委第一轮巡察反馈意见整改进展情况的通报");
    }
  });
});

describe("a party body's long name wrapped onto two sign-off lines", () => {
  it("joins the line that opens with 中共 to the rest of the name", () => {
    expect(parse(...body(), "", "中共某某市某某区委巡察工作", "领导小组办公室", "2024年9月2日").issuer).toBe("中共某某市某某区委巡察工作领导小组办公室");
  });
  it("keeps two whole bodies, one per line, as a joint sign-off", () => {
    expect(parse(...body(), "", "中共某某县纪委监委", "中共某某县委组织部", "2024年9月2日").issuer).toBe("中共某某县纪委监委 中共某某县委组织部");
  });
});
