// Page shapes of probe 12. Every fragment is made up.
import { describe, it, expect } from "vitest";
import { normalize, isEditorLine } from "../../src/normalize/index.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);

describe("a masthead's editor line (县委巡察办编, …办公室 编, ××巡察办　编印)", () => {
  it("is an editor line: an organisation's name and the word or label of who edits it", () => {
    for (const t of ["县委巡察办编", "中共××市委巡察工作领导小组办公室 编", "××巡察办　编印", "编印：某某县委巡察办", "主办单位:中共某某区纪委监委", "某某市委巡察办编    2025年5月12日", "某某县委巡察办 编发 2025年第3期"]) {
      expect([t, isEditorLine(t)]).toEqual([t, true]);
    }
  });
  it("is not a sentence, a title or a name that only ends in 编", () => {
    for (const t of ["本书由县委组织部汇编", "关于巡察整改情况的通报", "中共某某县委巡察办", "县委巡察办负责整改台账汇编", "编印：整改情况", "编"]) {
      expect([t, isEditorLine(t)]).toEqual([t, false]);
    }
  });
  it("stays a line of its own above the title, with or without a blank line or a date", () => {
    expect(texts("巡察工作简报\n第3期\n县委巡察办编\n中共某某局党组\n关于巡察整改情况的通报")).toEqual(["巡察工作简报", "第3期", "县委巡察办编", "中共某某局党组", "关于巡察整改情况的通报"]);
    expect(texts("巡察工作动态\n中共××市委巡察工作领导小组办公室 编\n\n关于某某局巡察整改情况的通报")).toEqual(["巡察工作动态", "中共××市委巡察工作领导小组办公室 编", "关于某某局巡察整改情况的通报"]);
    expect(texts("××巡察办　编印          2025年5月12日\n\n关于某某局巡察整改情况的通报")).toEqual(["××巡察办 编印          2025年5月12日", "关于某某局巡察整改情况的通报"]);
  });
});

describe("a line-number column down the page's edge (1  中共… / 2  关于… / 3)", () => {
  const doc = ["1  中共某某局党组", "2  关于巡察整改情况的通报", "3", "4  根据县委部署，县委巡察组对局党组开展了巡察，", "5  现将整改情况通报如下。", "6  一、整改工作组织情况", "7  召开会议3次。", "8  二、反馈问题整改情况", "9  （一）台账不全。整改措施：补齐台账。", "10 三、下一步工作打算"];
  it("is cut; a number alone is a blank line", () => {
    expect(texts(doc.join("\n"))).toEqual(["中共某某局党组", "关于巡察整改情况的通报", "根据县委部署，县委巡察组对局党组开展了巡察，现将整改情况通报如下。", "一、整改工作组织情况", "召开会议3次。", "二、反馈问题整改情况", "(一)台账不全。整改措施:补齐台账。", "三、下一步工作打算"]);
  });
  it("starts again at 1 on a new page", () => {
    const paged = [...doc, "\f1  （二）制度缺失。整改措施：修订制度。", "2  持续推进。", "3  某某局党组", "4  2025年6月1日"].join("\n");
    expect(texts(paged).slice(-4)).toEqual(["(二)制度缺失。整改措施:修订制度。", "持续推进。", "某某局党组", "2025年6月1日"]);
  });
  it("is not a table's numbered rows, nor a few numbered lines, nor a list that does not count on line by line", () => {
    const rows = ["1  台账不全  补齐台账  已完成", "2  制度缺失  修订制度  已完成", "3  学习不深  开展研讨  推进中", "4  作风不实  开展整顿  已完成", "5  资产不清  清产核资  已完成", "6  公开滞后  按季公开  已完成", "7  档案散乱  整理档案  已完成", "8  票据不全  补齐票据  已完成"];
    expect(texts(rows.join("\n"))[0]).toMatch(/^1/);
    expect(texts("1 台账不全\n2 一、整改情况\n3")[0]).toMatch(/^1 台账不全/);
    expect(texts(["1  中共某某局党组", "3  关于巡察整改情况的通报", "4", "5  根据…", "6  一、情况", "7  …", "8  …", "9  …", "10 …"].join("\n"))[0]).toMatch(/^1\s+中共某某局党组/);
  });
});

describe("a Markdown copy's marks (# 标题, **一、…**)", () => {
  it("are cut: the hashes before a heading and the bold pair that opens a line", () => {
    expect(texts("# 关于巡察整改情况的通报\n\n**一、提高政治站位。**\n\n局党组召开会议。\n\n**（一）台账不全。**整改措施：补齐台账。\n\n__1.制度缺失__\n## 三、下一步打算")).toEqual([
      "关于巡察整改情况的通报",
      "一、提高政治站位。",
      "局党组召开会议。",
      "(一)台账不全。整改措施:补齐台账。",
      "1.制度缺失",
      "三、下一步打算",
    ]);
  });
  it("are cut: a quote's marks and a list's bullet before a heading's marker or words", () => {
    expect(texts("（二）关于作风建设方面\n- 1.台账不全。整改措施：补齐台账。\n* 2.制度缺失。\n> 3.学习不深。\n> - （三）学风不正\n+ 开展研讨。")).toEqual([
      "(二)关于作风建设方面",
      "1.台账不全。整改措施:补齐台账。",
      "2.制度缺失。",
      "3.学习不深。",
      "(三)学风不正",
      "开展研讨。",
    ]);
    // (not a page number's dash, nor a sign before a number)
    expect(texts("开展研讨。\n- 3 -\n-5℃以下停工。")).toEqual(["开展研讨。", "-5℃以下停工。"]);
  });
  it("are cut: the bold pair right after a heading's marker (1.**…**, （二）**…**, 三、**…**)", () => {
    expect(texts("1.**政治理论学习不深入。**院党组制定学习计划。\n（二）**作风建设方面**\n三、**下一步打算**")).toEqual([
      "1.政治理论学习不深入。院党组制定学习计划。",
      "(二)作风建设方面",
      "三、下一步打算",
    ]);
    // (a pair after other words stays: 经查**…** is no heading)
    expect(texts("经查**公司**违规发放补贴。")).toEqual(["经查**公司**违规发放补贴。"]);
  });
  it("leave a name left out as ** alone, with no second pair after it", () => {
    expect(texts("**局党组召开会议。")).toEqual(["**局党组召开会议。"]);
    expect(texts("经查，**公司违规发放补贴。")).toEqual(["经查，**公司违规发放补贴。"]);
  });
});

describe("a page's own title over the notice (关于…的通报-某某县人民政府)", () => {
  it("goes when the notice's title follows it below, the page's heading", () => {
    expect(texts("关于某某局巡察整改情况的通报-某某县人民政府\n首页\n关于某某局巡察整改情况的通报\n根据县委部署……")).toEqual(["关于某某局巡察整改情况的通报", "根据县委部署……"]);
    expect(texts("关于某某局巡察整改情况的通报_某某网\n\n关于某某局巡察整改情况的通报\n\n根据县委部署……")[0]).toBe("关于某某局巡察整改情况的通报");
  });
  it("stays when no heading repeats it", () => {
    expect(texts("关于某某局巡察整改情况的通报-某某县人民政府\n\n根据县委部署……")[0]).toMatch(/^关于某某局巡察整改情况的通报-某某县人民政府/);
  });
});
