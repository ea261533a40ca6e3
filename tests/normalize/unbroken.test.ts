// A notice flattened onto one line (src/normalize/unbroken.ts). Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { isUnbroken, isLoneLine } from "../../src/normalize/unbroken.js";
import { parseText } from "../../src/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);
const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 };
// Padding: a paragraph long enough that the line counts as flattened (no marker, no space in it).
const PAD = "局党组坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，把巡察整改作为重要政治任务，统筹推进各项整改工作落实落地。".repeat(4);

describe("whether a text is flattened", () => {
  it("is so when its lines average 400 characters or more, and it has 200 or more", () => {
    expect(isUnbroken(900, 1)).toBe(true);
    expect(isUnbroken(900, 2)).toBe(true); // one line and its final line break
    expect(isUnbroken(150, 1)).toBe(false);
    expect(isUnbroken(5000, 40)).toBe(false);
  });
  it("is so, however short, when its words stand on one long line, alone or with a few short ones", () => {
    const starts = (s: string) => [0, ...[...s].flatMap((c, i) => (c === "\n" ? [i + 1] : []))];
    const lone = (s: string) => isLoneLine(s, starts(s));
    const body = "根据县委统一部署，县委巡察组对某镇开展了巡察。一、总体情况 镇党委召开专题会议。二、问题整改 1.台账不全。已补齐台账。2.会议过多。已精简会议。";
    expect(lone(`\n${body}\n\n`)).toBe(true);
    // (a title above, a sign-off below)
    expect(lone(`某镇关于巡察整改情况的通报\n\n${body}\n某镇党委\n2024年9月1日\n`)).toBe(true);
    // Short lines only, two long ones, or many lines: a notice with its line breaks.
    expect(lone("某镇关于巡察整改情况的通报\n一、总体情况\n")).toBe(false);
    expect(lone(`${body}\n${body}\n`)).toBe(false);
    expect(lone(`标题\n一、甲\n${body}\n二、乙\n三、丙\n`)).toBe(false);
  });
  it("sets a short notice on one line back into lines (under 400 characters, under 200 too)", () => {
    const short = "某社区党委巡察整改情况通报 区委第二巡察组于2024年5月对社区党委进行了巡察。一、问题整改情况 1.党员管理不严格。已建立台账。2.议事不规范。正在推进。 某某社区党委 2024年9月1日\n";
    expect(short.length).toBeLessThan(200);
    expect(texts(short)).toEqual([
      "某社区党委巡察整改情况通报",
      "区委第二巡察组于2024年5月对社区党委进行了巡察。",
      "一、问题整改情况",
      "1.党员管理不严格。已建立台账。",
      "2.议事不规范。正在推进。",
      "某某社区党委",
      "2024年9月1日",
    ]);
    // Its title on a line of its own above it.
    const titled = "某村党支部关于巡察整改情况的公示\n\n镇党委巡察组于2024年6月对村党支部进行了巡察。一、问题整改情况 1.村务公开不及时。已按季度公开。2.台账不全。已补齐台账。 某村党支部 2024年10月9日\n";
    expect(texts(titled)).toEqual(["某村党支部关于巡察整改情况的公示", "镇党委巡察组于2024年6月对村党支部进行了巡察。", "一、问题整改情况", "1.村务公开不及时。已按季度公开。", "2.台账不全。已补齐台账。", "某村党支部", "2024年10月9日"]);
    // A one-line text too short to hold a notice is left as it is.
    expect(texts("一、总体情况 二、其他")).toEqual(["一、总体情况 二、其他"]);
  });
  it("leaves a notice of ordinary lines alone, a long paragraph too", () => {
    const text = ["某局关于巡察整改情况的通报", "一、总体情况", `${PAD}整改措施：1.建立台账。2.开展检查。`, "二、下一步打算", "持续巩固成果。"].join("\n");
    expect(texts(text)).toHaveLength(5);
  });
});

describe("a flattened notice", () => {
  const lines = [
    "某某县林业局关于县委巡察反馈意见整改情况的通报",
    `根据县委统一部署，县委第一巡察组对县林业局开展了常规巡察。${PAD}`,
    "一、整改工作总体情况",
    "局党组成立整改工作领导小组，制定整改措施24项。",
    "二、具体问题整改情况",
    "（一）关于林地审批管理不规范的问题",
    "1.清理审批档案86份。",
    "2.修订审批流程。",
    "（二）关于生态护林员管理不严的问题",
    "整改措施：开展护林员考核2次。整改状态：已完成。",
    "三、下一步工作打算",
    "持续巩固整改成果。",
    "中共某某县林业局党组",
    "2024年8月6日",
  ];
  it("is set back into the lines it was flattened from, spaces or none between them", () => {
    const spaced = lines.join(" ");
    const tight = lines[0] + " " + lines.slice(1, -1).join("") + " " + lines[lines.length - 1];
    const expected = texts(lines.join("\n"));
    expect(texts(spaced)).toEqual(expected);
    // Without spaces a heading's text runs on into its body (一、…情况局党组… stays one line): only
    // a sentence's end, a marker after the words a heading ends with (…情况（一）…, …问题1.…) and
    // the sign-off's shape tell lines apart. Nothing is lost.
    const got = texts(tight);
    expect(got.join("")).toBe(expected.join(""));
    expect(got).toContain("一、整改工作总体情况局党组成立整改工作领导小组，制定整改措施24项。");
    expect(got.slice(3, 6)).toEqual(["二、具体问题整改情况", "(一)关于林地审批管理不规范的问题", "1.清理审批档案86份。"]);
    expect(got.slice(-5)).toEqual(["2.修订审批流程。", "(二)关于生态护林员管理不严的问题整改措施:开展护林员考核2次。整改状态:已完成。", "三、下一步工作打算持续巩固整改成果。", "中共某某县林业局党组", "2024年8月6日"]);
  });
  it("parses as the notice with its line breaks does, its positions on the one line", () => {
    const flat = parseText(lines.join(" "), src);
    const broken = parseText(lines.join("\n"), src);
    expect([flat.title, flat.issuer, flat.published]).toEqual([broken.title, broken.issuer, broken.published]);
    expect(flat.items.map((i) => [i.problem, i.status])).toEqual(broken.items.map((i) => [i.problem, i.status]));
    const second = flat.sections[1];
    expect([second.title, second.line, second.column]).toEqual(["具体问题整改情况", 1, lines.slice(0, 4).join(" ").length + 2]);
  });
});

describe("where a flattened line breaks", () => {
  // (after the padding's last sentence and a space: a line of its own)
  const flat = (body: string) => texts(`${PAD} ${body}`).slice(1);
  it("before a marker after a sentence's end, in either width", () => {
    expect(flat("（二）关于台账的问题。(三)关于制度的问题！四、其他；５．加强学习")).toEqual(["(二)关于台账的问题。", "(三)关于制度的问题！", "四、其他；", "5.加强学习"]);
    expect(flat("①建立台账。②开展检查。第三，加强督导。")).toEqual(["①建立台账。", "②开展检查。", "第三，加强督导。"]);
  });
  it("before a marker after a colon that leads in to it, not before a field's value", () => {
    expect(flat("现将整改情况公示如下：一、反馈问题整改情况 整改措施：1.建立台账。2.开展检查。整改时限：2024.12 完成时限：3个月")).toEqual([
      "现将整改情况公示如下:",
      "一、反馈问题整改情况",
      "整改措施:",
      "1.建立台账。",
      "2.开展检查。整改时限:2024.12 完成时限:3个月",
    ]);
  });
  it("around a page's chrome run in with the notice, which junk rules then drop", () => {
    const page = "首页 > 工作动态 > 巡察工作 某局党组关于巡察整改情况的通报 来源：某局 发布时间：2024-09-12 浏览次数：128 【字体：大 中 小】 根据县委统一部署，县委第二巡察组对某局开展了巡察。一、整改情况 （一）台账不全。已补齐。 中共某局党组 2024年9月10日 打印本页 关闭窗口 上一篇：某局召开推进会";
    expect(texts(page)).toEqual(["某局党组关于巡察整改情况的通报", "根据县委统一部署，县委第二巡察组对某局开展了巡察。", "一、整改情况", "(一)台账不全。已补齐。", "中共某局党组", "2024年9月10日"]);
    // a bracket that is no toolbar, a label in the text, stays with its words
    expect(flat("【整改措施】 补齐台账。")).toEqual(["【整改措施】 补齐台账。"]);
  });
  it("before the title and the text a page's chrome runs on into (字号：大 中 小 分享到： 关于…的通报, 发布时间：… 根据…)", () => {
    const body = "根据县委统一部署，县委第二巡察组对某局开展了巡察。一、整改情况 （一）台账不全。已补齐。 中共某局党组 2024年9月10日";
    const want = ["某局党组关于巡察整改情况的通报", "根据县委统一部署，县委第二巡察组对某局开展了巡察。", "一、整改情况", "(一)台账不全。已补齐。", "中共某局党组", "2024年9月10日"];
    for (const chrome of ["字号：大 中 小 分享到： ", "当前位置：首页 > 信息公开 > 巡察整改 字号：大 中 小 ", "首页 > 巡察整改 "]) {
      expect(texts(chrome + "某局党组关于巡察整改情况的通报 发布时间：2025-01-08 " + body)).toEqual(want);
    }
    // (a toolbar after the title goes, the title stays)
    expect(texts("某局党组关于巡察整改情况的通报 字号：大 中 小 分享到： " + body)).toEqual(want);
    // (a metadata value of words stays with its label, which goes: no sentence, no title after it)
    expect(texts("某局党组关于巡察整改情况的通报 作者：张三 李四 来源：某局 " + body)[1]).toBe(want[1]);
  });
  it("before a marker after a space; a list-only one (1） 第一，) only after a sentence's end", () => {
    expect(flat("下一步 （一）健全制度 二、强化监督")).toEqual(["下一步", "(一)健全制度", "二、强化监督"]);
    expect(flat("措施有 1）建立台账 2）开展检查")).toEqual(["措施有 1)建立台账 2)开展检查"]);
  });
  it("before a marker that a heading's text runs on into, after the words a heading ends with", () => {
    expect(flat("一、问题整改情况（一）台账不全。已补齐。（二）关于会议过多的问题1.精简会议。")).toEqual(["一、问题整改情况", "(一)台账不全。已补齐。", "(二)关于会议过多的问题", "1.精简会议。"]);
    // (not after other words, nor before a quantity or a list-only marker)
    expect(flat("一、整改落实（一）台账不全。二、完成情况1.5万元 三、巩固方面第一，加强学习。")).toEqual(["一、整改落实(一)台账不全。", "二、完成情况1.5万元", "三、巩固方面第一，加强学习。"]);
  });
  it("never inside a sentence, before a quantity, a letter or a padded number", () => {
    expect(flat("并按照（1）号文件要求，追回资金3.5万元，完成率达1.5倍。A.加强学习。01 整改情况")).toEqual(["并按照(1)号文件要求，追回资金3.5万元，完成率达1.5倍。A.加强学习。01 整改情况"]);
  });
  it("at a space after a sentence's end, after a heading's short text, after the title", () => {
    expect(texts(`某局关于巡察整改情况的通报 ${PAD} 二、总体情况 整改取得成效。 下一段。`)).toEqual(["某局关于巡察整改情况的通报", PAD, "二、总体情况", "整改取得成效。", "下一段。"]);
  });
  it("before a sign-off's date at the end, and before its organisation after the last sentence", () => {
    expect(flat("特此通报。中共某某县林业局党组 2024年8月6日")).toEqual(["特此通报。", "中共某某县林业局党组", "2024年8月6日"]);
    // run on after the last sentence without a space
    expect(flat("欢迎监督。中共某某镇委员会2024年9月1日")).toEqual(["欢迎监督。", "中共某某镇委员会", "2024年9月1日"]);
    // (not a sentence that ends on a date)
    expect(flat("已完成。整改期限至2024年9月1日")).toEqual(["已完成。整改期限至2024年9月1日"]);
  });
  it("around a picture's caption, which is then dropped; ▲ before a marker is a bullet", () => {
    expect(flat("▲图为整改推进会现场 会议要求抓好落实。▲二、其他")).toEqual(["会议要求抓好落实。", "二、其他"]);
    // A caption run on into a heading ends before its marker.
    expect(flat("▲图为整改推进会现场三、下一步打算")).toEqual(["三、下一步打算"]);
  });
  it("before a marker behind emoji, which are cut from the lines' edges", () => {
    expect(flat("✅ 一、总体情况 👉（一）关于台账的问题 🔴")).toEqual(["一、总体情况", "(一)关于台账的问题"]);
  });
  it("not in an HTML line, whose block tags say where its lines break", () => {
    const html = `<p>${PAD}。二、总体情况</p><p>下一段。</p>`;
    expect(texts(html)).toEqual([`${PAD}。二、总体情况`, "下一段。"]);
  });
});
