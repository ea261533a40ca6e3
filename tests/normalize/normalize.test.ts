import { describe, it, expect } from "vitest";
import { normalize, SourceText } from "../../src/normalize/index.js";
import { writtenText, originalEnd } from "../../src/normalize/span.js";
import { foldChar } from "../../src/normalize/fold.js";

const texts = (s: string) => normalize(s).lines.map((l) => l.text);

describe("junk", () => {
  it("removes ##paidbegin## even inside a word, and [bookmark: …]", () => {
    expect(texts("问题的整##paidbegin##改\n[bookmark: _GoBack]将成果转化。")).toEqual(["问题的整改", "将成果转化。"]);
  });
  it("drops advert and page-chrome lines", () => {
    const n = normalize("标题的通报\n正文。\n【某某素材库】每天更新材料，添加客服：abc\n首页 > 信息公开\n##paidend##");
    expect(n.lines.map((l) => l.text)).toEqual(["标题的通报", "正文。"]);
    expect(n.diagnostics.map((d) => d.code)).toContain("junk-lines-removed");
  });
  it("drops a WeChat or portal toolbar on lines of its own, never the words inside a sentence", () => {
    const n = normalize(
      ["阅读原文", "来源：某某县纪委监委公众号", "编辑：张三  审核：李四", "关于某某巡察整改情况的通报", "大家分享经验，在看齐标杆中收藏好做法。", "关注群众急难愁盼问题。", "分享", "收藏", "点赞", "在看", "分享 收藏 点赞 12 在看 3", "阅读 1234", "长按识别二维码关注", "返回搜狐，查看更多", "责任编辑：王五"].join("\n"),
    );
    expect(n.lines.map((l) => l.text)).toEqual(["关于某某巡察整改情况的通报", "大家分享经验，在看齐标杆中收藏好做法。", "关注群众急难愁盼问题。"]);
  });
  it("strips HTML tags and zero-width characters", () => {
    expect(texts("<p>一、<b>总体</b>情况</p>\u200b")).toEqual(["一、总体情况"]);
  });
});

describe("folding", () => {
  it("folds structural punctuation and digits, one unit for one", () => {
    expect([..."（一）：．％１２"].map(foldChar).join("")).toBe("(一):.%12");
    expect(foldChar("\u3000")).toBe(" ");
  });
  it("reads text back as written", () => {
    const n = normalize("（一）已完成１２个");
    const l = n.lines[0];
    expect(l.text).toBe("(一)已完成12个");
    expect(writtenText(n.source, { line: l, start: 0, end: l.text.length })).toBe("（一）已完成１２个");
  });
});

describe("page-break joins", () => {
  it("joins a sentence split by a page break (blank lines between)", () => {
    expect(texts("共制定整改措施56条，已完成\n\n\n52条。\n下一段。")).toEqual(["共制定整改措施56条，已完成52条。", "下一段。"]);
  });
  it("does not join across a sentence end, a heading, 一是, a field label or a date", () => {
    expect(texts("第一句。\n\n第二句。")).toEqual(["第一句。", "第二句。"]);
    expect(texts("没有句号的段落\n\n（二）下一节")).toEqual(["没有句号的段落", "(二)下一节"]);
    expect(texts("措施如下\n\n一是加强学习。")).toEqual(["措施如下", "一是加强学习。"]);
    expect(texts("某某县委员会\n2024年3月5日")).toEqual(["某某县委员会", "2024年3月5日"]);
  });
  it("joins a heading to the tail a page number or its field label shows it was cut from", () => {
    expect(texts("2.食堂采购台账\n— 4 —\n登记不全。整改措施：补录台账。")).toEqual(["2.食堂采购台账登记不全。整改措施:补录台账。"]);
    expect(texts("3.公车使用审批\n\n第 5 页 共 9 页\n\n流于形式。\n下一段。")).toEqual(["3.公车使用审批流于形式。", "下一段。"]);
    expect(texts("4.档案管理制度\n执行不严。\n整改措施：修订制度。")).toEqual(["4.档案管理制度执行不严。", "整改措施:修订制度。"]);
  });
  it("joins a heading to a short clause that its field label follows on the same line", () => {
    expect(texts("一段。\n3.高新技术企业培育力度不\n够。整改措施：开展培育行动。")).toEqual(["一段。", "3.高新技术企业培育力度不够。整改措施:开展培育行动。"]);
    // a measure followed by its deadline stays below the heading
    expect(texts("一段。\n3.会议过多\n精简会议。整改时限：2024年底")).toEqual(["一段。", "3.会议过多", "精简会议。整改时限:2024年底"]);
  });
  it("joins a heading that fills the width a PDF was wrapped at", () => {
    const body = Array.from({ length: 10 }, (_, i) => `这是按固定宽度折行的正文第${i}行内容需要足够长才行啊`);
    const lines = texts(`${body.join("\n")}。\n1.关于某某单位在项目审批环节违规增设前置条件并\n且长期未予纠正。\n整改措施：取消条件。`);
    expect(lines).toContain("1.关于某某单位在项目审批环节违规增设前置条件并且长期未予纠正。");
  });
  it("finds the width where most cut lines are items whose body runs on after the heading's full stop", () => {
    // Seven lines fill the width: two of prose, five items' lines (heading。body…) cut in mid-sentence.
    const text = [
      "根据县委统一部署，县委第二巡察组对县财政局党组",
      "开展了常规巡察，现将有关整改情况通报如下：",
      "1.预算执行偏慢。整改措施：建立通报制度，在每",
      "季度开展督导。已完成。",
      "2.采购监管不严。整改措施：对全部采购项目开展",
      "检查，发现问题8个。已完成。",
      "3.资产底数不清。整改措施：开展资产清查，涉及",
      "12个单位。已完成。",
      "4.收益上缴不及时。整改措施：督促相关单位上缴",
      "租金收入18万元。已完成。",
      "5.票据管理混乱。整改措施：修订票据管理办法并",
      "组织培训。已完成。",
      "6.档案管理不规范。整改措施：补齐档案资料。",
    ].join("\n");
    expect(texts(text).slice(1, 4)).toEqual(["1.预算执行偏慢。整改措施:建立通报制度，在每季度开展督导。已完成。", "2.采购监管不严。整改措施:对全部采购项目开展检查，发现问题8个。已完成。", "3.资产底数不清。整改措施:开展资产清查，涉及12个单位。已完成。"]);
  });
  it("measures the wrap width as printed: digits are half as wide, a paragraph's first line is indented", () => {
    // Every line is 44 columns wide as printed; in characters they run from 21 to 25.
    const text = [
      "　　根据省委统一部署，2024年3月至5月，省委第",
      "六巡视组对省交通运输厅党组开展了常规巡视，",
      "2024年7月9日反馈了巡视意见。厅党组认真抓好",
      "整改落实，截至目前，反馈的32个问题中，已完成",
      "整改28个，其余4个正在推进并取得阶段性成效；",
      "　　厅党组成立整改工作领导小组，主要负责同志",
      "任组长，召开专题会议9次，研究部署整改工作，",
      "2024年8月起每月调度1次，压实各处室主体责任",
      "和分管领导责任，推动各项整改任务落地见效。",
    ].join("\n");
    const lines = texts(text);
    expect(lines[0]).toContain("省委第六巡视组");
    expect(lines[0]).toContain("已完成整改28个");
    expect(lines[1]).toContain("主体责任和分管领导责任");
  });
  it("finds no wrap width in a short notice of whole lines of about one length", () => {
    // Headings and one-sentence fields of 13–16 characters look like lines cut at a width, but
    // they end their sentences: the heading is not joined to the unfinished line below it.
    const text = ["某某单位关于巡察整改情况的通报", "一、关于学习制度落实不够的问题", "整改措施：修订完善学习制度。", "整改时限：2025年3月底前。", "二、关于采购台账记录不全的问题", "我办对照相关规定，依据", "制度补齐了全部采购台账。", "三、关于印章使用管理混乱的问题", "整改措施：建立用印登记制度。", "整改时限：2025年2月底前。"].join("\n");
    expect(texts(text)).toContain("二、关于采购台账记录不全的问题");
    expect(texts(text).some((t) => t.startsWith("二、") && t.includes("我办"))).toBe(false);
  });
  it("keeps a short line that is one bracketed phrase apart from the paragraph after a blank line", () => {
    expect(texts("某某局关于巡察整改情况的通报\n（第二批）\n\n根据统一部署，开展了巡察")).toEqual(["某某局关于巡察整改情况的通报", "(第二批)", "根据统一部署，开展了巡察"]);
  });
  it("keeps a status or deadline field with a short value apart from the paragraph after a blank line", () => {
    expect(texts("问题2：采购监管不严\n整改状态：持续推进\n\n欢迎社会各界监督。")).toEqual(["问题2:采购监管不严", "整改状态:持续推进", "欢迎社会各界监督。"]);
    expect(texts("问题2：采购监管不严\n整改时限：长期坚持\n\n下一步将巩固成果。")).toEqual(["问题2:采购监管不严", "整改时限:长期坚持", "下一步将巩固成果。"]);
    // A measure cut by a page break still runs on, short as it may be.
    expect(texts("问题2：采购监管不严\n整改措施：修订制度，\n\n开展检查。")).toEqual(["问题2:采购监管不严", "整改措施:修订制度，开展检查。"]);
    expect(texts("问题2：采购监管不严\n整改措施：建立台账，投入\n\n3万元。")).toEqual(["问题2:采购监管不严", "整改措施:建立台账，投入3万元。"]);
  });
  it("keeps apart a whole heading and the short line or table header under it", () => {
    expect(texts("三、下一步工作打算\n持续巩固整改成果")).toEqual(["三、下一步工作打算", "持续巩固整改成果"]);
    expect(texts("3.选人用人工作\n不规范")).toEqual(["3.选人用人工作不规范"]);
    expect(texts("二、整改台账\n\n序号 问题 整改措施")).toEqual(["二、整改台账", "序号\t问题\t整改措施"]);
    expect(texts("三、下一步打算\n持续巩固成果。\n四、其他")).toEqual(["三、下一步打算", "持续巩固成果。", "四、其他"]);
  });
  it("keeps a sign-off apart from a contact line that has no full stop", () => {
    expect(texts("联系电话：0571-1234567\n\n某某区卫生健康局党组\n2024年3月5日")).toEqual(["联系电话:0571-1234567", "某某区卫生健康局党组", "2024年3月5日"]);
    expect(texts("电子邮箱：abc@example.com\n\n某某乡党委\n二○二四年三月五日")).toEqual(["电子邮箱:abc@example.com", "某某乡党委", "二○二四年三月五日"]);
  });
  it("handles CRLF, CR and tabs", () => {
    expect(texts("一、甲\r\n正文。\r二、乙\t")).toEqual(["一、甲", "正文。", "二、乙"]);
  });
});

describe("positions", () => {
  it("gives 1-based lines and code-point columns, across surrogate pairs", () => {
    const s = new SourceText("𠀀ab\ncd");
    expect(s.position(3)).toEqual({ line: 1, column: 3, offset: 2 }); // 'b' after a 2-unit char
    expect(s.position(5)).toEqual({ line: 2, column: 1, offset: 4 });
  });
  it("maps joined lines back to their own original lines", () => {
    const n = normalize("措施56条，已完成\n\n52条。");
    const l = n.lines[0];
    expect(n.source.position(l.offsets[l.text.indexOf("52")]).line).toBe(3);
  });
});

describe("page chrome of scraped pages and PDFs", () => {
  it("drops breadcrumbs, metadata lines and page numbers", () => {
    expect(texts("您当前的位置：首页 > 巡察工作\n某局关于巡察整改情况的通报\n发布时间：2024-06-18 来源：区纪委监委\n正文第一段，\n- 2 -\n接着写完。\n第 3 页 共 9 页")).toEqual(["某局关于巡察整改情况的通报", "正文第一段，接着写完。"]);
  });
  it("keeps 01 02 03 alone on their lines where they number an article's sections, each over a short heading and its text", () => {
    const text = "某某局关于巡察整改情况的通报\n01\n整改工作总体情况\n召开专题会议3次。\n02\n\n整改落实情况\n1.台账不全的问题。\n03\n下一步工作打算\n巩固整改成果。";
    expect(texts(text)).toEqual(["某某局关于巡察整改情况的通报", "01整改工作总体情况", "召开专题会议3次。", "02整改落实情况", "1.台账不全的问题。", "03下一步工作打算", "巩固整改成果。"]);
  });
  it("drops 01 02 as page numbers where one cuts a sentence (on a narrow page too), a running header follows them, or a heading with a marker does", () => {
    // the page's first line goes on with a sentence that the page break cut
    expect(texts("标题的通报\n一、整改情况\n召开专题会议，研究\n01\n部署整改工作。\n二、下一步打算\n持续推进整改，巩固\n02\n成果。")).toEqual(["标题的通报", "一、整改情况", "召开专题会议，研究部署整改工作。", "二、下一步打算", "持续推进整改，巩固成果。"]);
    // a page of text wrapped at a narrow width, cut in mid-sentence above each
    const wrapped = "标题的通报\n根据县委统一部署，县委第一巡察组对县审计局\n01\n党组开展了为期两个月的常规巡察工作\n并于7月反馈了巡察意见。\n局党组高度重视巡察整改工作\n02\n成立了整改工作领导小组\n召开专题会议研究部署。";
    expect(texts(wrapped)).not.toContain("01党组开展了为期两个月的常规巡察工作");
    expect(texts(wrapped).join("")).not.toMatch(/0[12]/);
    // the same header after each
    expect(texts("标题的通报\n一、整改情况\n召开专题会议。\n01\n某某县审计局\n二、下一步打算\n巩固成果。\n02\n某某县审计局\n三、其他\n无。")).toEqual(["标题的通报", "一、整改情况", "召开专题会议。", "二、下一步打算", "巩固成果。", "三、其他", "无。"]);
    // a heading with a marker after each: the number adds nothing
    expect(texts("标题的通报\n01\n一、整改情况\n召开专题会议。\n02\n二、下一步打算\n巩固成果。")).toEqual(["标题的通报", "一、整改情况", "召开专题会议。", "二、下一步打算", "巩固成果。"]);
  });
  it("drops a PDF's running header after page numbers, and joins what the page break cut", () => {
    const n = normalize("一、整改情况\n1.某问题。一是约谈3名\n— 1 —\n某某县审计局\n责任人。\n2.另一问题。\n— 2 —\n某某县审计局\n二是建立台账。\n某某县审计局\n2024年5月6日");
    expect(n.lines.map((l) => l.text)).toEqual(["一、整改情况", "1.某问题。一是约谈3名责任人。", "2.另一问题。", "二是建立台账。", "某某县审计局", "2024年5月6日"]);
    expect(n.diagnostics.map((d) => d.code)).toContain("page-headers-removed");
  });
  it("drops page numbers in more forms: ·3·, 共 12 页 第 3 页, and a running header on the same line, either side", () => {
    expect(texts("正文第一段，\n·3·\n接着写完。\n第二段，\n共 12 页 第 3 页\n也写完了。")).toEqual(["正文第一段，接着写完。", "第二段，也写完了。"]);
    expect(texts("正文第一段，\n某巡办〔2025〕3号　　　　　　— 2 —\n接着写完。\n第二段，\n－ 3 －　　　　某某县委巡察办\n也写完了。")).toEqual(["正文第一段，接着写完。", "第二段，也写完了。"]);
    expect(texts("一段。\n每月沟通不少\n某某市人民医院委员会                    第 2 页\n于1次；")).toEqual(["一段。", "每月沟通不少于1次；"]);
    expect(texts("一段。\n每月沟通不少\n第 2 页 共 9 页　　某某市人民医院委员会\n于1次；")).toEqual(["一段。", "每月沟通不少于1次；"]);
    // a dash between words in a sentence is not a page number
    expect(texts("甲乙  — 2 —。")).toEqual(["甲乙  — 2 —。"]);
    // as an English template prints it, alone or beside a running header
    expect(texts("正文第一段，\nPage 3 of 12\n接着写完。\n第二段，\n某某县委巡察办　　　　PAGE 4\n也写完了。")).toEqual(["正文第一段，接着写完。", "第二段，也写完了。"]);
    expect(texts("Page 3 of 12 items were listed.")).toEqual(["Page 3 of 12 items were listed."]);
  });
  it("joins across a page break as across blank lines: a field label cut there is whole again", () => {
    expect(texts("（一）食品监管薄弱\n整改措施：开展专项整治。\n整改时\n— 2 —\n限：2025年3月底前")).toEqual(["(一)食品监管薄弱", "整改措施:开展专项整治。", "整改时限:2025年3月底前"]);
  });
  it("drops a document number after a page break as a running header, even when it is printed once", () => {
    expect(texts("某巡办〔2025〕3号\n关于某某的通报\n一是评查案卷\n共 3 页 第 2 页\n某巡办〔2025〕3号\n120卷。")).toEqual(["某巡办〔2025〕3号", "关于某某的通报", "一是评查案卷120卷。"]);
  });
  it("keeps an organisation's name alone above a blank line apart from the paragraph after it (the issuer under the title)", () => {
    expect(texts("关于巡察整改情况的通报\n\n中共某某县林业局党组\n\n根据县委统一部署，开展了巡察。\n一、整改情况")).toEqual(["关于巡察整改情况的通报", "中共某某县林业局党组", "根据县委统一部署，开展了巡察。", "一、整改情况"]);
    // a sentence cut by a page break after words that are not a name alone still joins
    expect(texts("一、整改情况\n经中共某某县林业局党组\n\n研究决定，开展整治。")).toEqual(["一、整改情况", "经中共某某县林业局党组研究决定，开展整治。"]);
  });
  it("drops a red header (某某局文件) after a page break as a running header, even when printed once", () => {
    expect(texts("关于某某的通报\n（一）关于台账管理\n不到位的问题\n整改成效：补齐台账12本。\n\f\n某某市档案局文件\n第 2 页 共 3 页\n（二）关于制度建设滞后的问题")).toEqual(["关于某某的通报", "(一)关于台账管理不到位的问题", "整改成效:补齐台账12本。", "(二)关于制度建设滞后的问题"]);
    // not a line of the text that happens to end so
    expect(texts("关于某某的通报\n一、印发文件\n\f\n修订制度，印发文件\n（二）另一问题")).toContain("修订制度，印发文件");
  });
  it("reads a form feed as a page break: the running header after it goes, the cut sentence is joined", () => {
    const n = normalize("1.某问题。一是修订安全管控\n\f某某供电公司党委关于巡察整改情况的通报\n细则。\n2.另一问题。\f\n某某供电公司党委关于巡察整改情况的通报\n二是建立台账。");
    expect(n.lines.map((l) => l.text)).toEqual(["1.某问题。一是修订安全管控细则。", "2.另一问题。", "二是建立台账。"]);
  });
  it("drops the title or the issuer printed once after a page break (a header on page 2 only), and joins what the break cut", () => {
    const title = "中共某某县审计局党组\n关于县委巡察整改进展情况的通报\n根据县委部署，开展了巡察。\n一、总体情况\n局党组召开专题";
    const end = "会议3次。\n二、下一步工作打算\n持续巩固。\n中共某某县审计局党组\n2024年5月6日";
    const want = ["中共某某县审计局党组关于县委巡察整改进展情况的通报", "根据县委部署，开展了巡察。", "一、总体情况", "局党组召开专题会议3次。", "二、下一步工作打算", "持续巩固。", "中共某某县审计局党组", "2024年5月6日"];
    // the title (set on two lines at the top, on one in the header), after a page number
    expect(texts(`${title}\n- 1 -\n中共某某县审计局党组关于县委巡察整改进展情况的通报\n${end}`)).toEqual(want);
    // the issuer, after a form feed; spaced as a header may be
    expect(texts(`${title}\n\f中共某某县审计局党组\n${end}`)).toEqual(want);
    expect(texts(`${title}\n第 2 页\n中共某某县审计局 党组\n${end}`)).toEqual(want);
    // the letterhead's organisation above the title, or a red header's without its 文件
    expect(texts("某某县委巡察办\n关于某某的通报\n一、整改情况\n召开专题会议。\n\f某某县委巡察办\n二、下一步打算\n持续巩固。")).toEqual(["某某县委巡察办", "关于某某的通报", "一、整改情况", "召开专题会议。", "二、下一步打算", "持续巩固。"]);
    expect(texts("某某县委巡察办文件\n关于某某的通报\n一、整改情况\n召开专题会议。\n- 2 -\n某某县委巡察办\n二、下一步打算\n持续巩固。")).toEqual(["某某县委巡察办文件", "关于某某的通报", "一、整改情况", "召开专题会议。", "二、下一步打算", "持续巩固。"]);
  });
  it("keeps the title and the issuer printed once where they are no page's header: the title itself, a sign-off, a line that is not the whole title, or no page break", () => {
    // a form feed before the title itself
    expect(texts("\f关于某某的通报\n一、整改情况\n召开专题会议。")).toEqual(["关于某某的通报", "一、整改情况", "召开专题会议。"]);
    // the sign-off after a page break, with or without its seal mark
    expect(texts("某某县审计局\n关于某某的通报\n一、整改情况\n召开专题会议。\n- 2 -\n某某县审计局\n2024年5月6日")).toEqual(["某某县审计局", "关于某某的通报", "一、整改情况", "召开专题会议。", "某某县审计局", "2024年5月6日"]);
    expect(texts("某某县审计局\n关于某某的通报\n一、整改情况\n召开专题会议。\n- 2 -\n某某县审计局\n（印）\n2024年5月6日")).toEqual(["某某县审计局", "关于某某的通报", "一、整改情况", "召开专题会议。", "某某县审计局", "(印)", "2024年5月6日"]);
    // part of the title only
    expect(texts("某某县审计局关于巡察整改情况的通报\n一、整改情况\n召开专题会议。\n- 2 -\n巡察整改情况\n持续巩固。")).toEqual(["某某县审计局关于巡察整改情况的通报", "一、整改情况", "召开专题会议。", "巡察整改情况", "持续巩固。"]);
    // no page break: a page that shows the title again
    expect(texts("关于某某的通报\n一、整改情况\n召开专题会议。\n关于某某的通报\n持续巩固。")).toEqual(["关于某某的通报", "一、整改情况", "召开专题会议。", "关于某某的通报", "持续巩固。"]);
  });
  it("drops a running header that is a long title (over 30 characters), repeated after each page number", () => {
    const header = "中共某某区人民政府办公室党组关于区委第二轮巡察整改进展情况的通报";
    expect(texts(`${header}\n1.某问题。全年公文\n1/3\n${header}\n平均办理时长缩短。\n2.另一问题。预计年底前\n2/3\n${header}\n全面完成。`)).toEqual([header, "1.某问题。全年公文平均办理时长缩短。", "2.另一问题。预计年底前全面完成。"]);
  });
  it("drops a running header printed above each page number, and joins what the page break cut", () => {
    expect(texts("1.某问题。一是修订安全生产责任\n某某集团公司党委\n- 2 -\n清单。\n2.另一问题。修订采购管理\n某某集团公司党委\n- 3 -\n办法。\n某某集团公司党委\n2024年5月1日")).toEqual(["1.某问题。一是修订安全生产责任清单。", "2.另一问题。修订采购管理办法。", "某某集团公司党委", "2024年5月1日"]);
    // a sentence that ends above two page numbers is content
    expect(texts("1.甲问题。\n已整改完成。\n- 2 -\n2.乙问题。\n已整改完成。\n- 3 -\n3.丙问题。")).toEqual(["1.甲问题。", "已整改完成。", "2.乙问题。", "已整改完成。", "3.丙问题。"]);
  });
  it("keeps a web page's title shown twice, page chrome before each copy: no page number, so no running header", () => {
    expect(texts("您现在的位置： 首页 > 巡察工作\n某某学院党委关于巡察整改情况的通报\n作者：党委办公室  时间：2024-05-20\n某某学院党委关于巡察整改情况的通报\n根据校党委部署，开展了巡察。")).toEqual(["某某学院党委关于巡察整改情况的通报", "某某学院党委关于巡察整改情况的通报", "根据校党委部署，开展了巡察。"]);
  });
  it("drops a page's matter below the sign-off: related articles, the site's footer and its contacts", () => {
    const page = "2.台账不全。\n整改情况：补齐台账。\n中共某某县某某镇委员会\n2022年12月14日\n相关新闻\n某某乡党委关于巡察整改情况的通报  2022-12-15\n主办：某某县纪委监委  地址：某某路1号  电话：0556-5120000\n建议使用1024×768分辨率浏览本站";
    expect(texts(page)).toEqual(["2.台账不全。", "整改情况:补齐台账。", "中共某某县某某镇委员会", "2022年12月14日"]);
    // the date printed first, the organisation under it
    expect(texts("整改情况：补齐台账。\n2022年12月14日\n某某县财政局党组\n相关链接\n县水务局关于巡察整改情况的通报")).toEqual(["整改情况:补齐台账。", "2022年12月14日", "某某县财政局党组"]);
  });
  it("drops a list of related articles below a notice with no sign-off, and what follows it", () => {
    expect(texts("2.秩序整治不彻底。\n整改措施：查处违法行为45起。\n联系电话：0591-87651234\n相关新闻：\n市水利局党组关于巡察整改进展情况的通报\n地址：某某路1号 电话：0591-87650000")).toEqual(["2.秩序整治不彻底。", "整改措施:查处违法行为45起。", "联系电话:0591-87651234"]);
    // a sidebar's list above the notice is left alone
    expect(texts("推荐阅读\n某某镇关于巡察整改情况的通报\n根据区委统一部署，区委第一巡察组对某某镇党委开展了常规巡察，并反馈了巡察意见。\n一、整改情况")).toHaveLength(4);
  });
  it("drops a site's footer lines and the share targets under 分享到", () => {
    expect(texts("正文。\n分享到：\n微信\n微博\nQQ空间\n分享到：微信 朋友圈 QQ好友\n主办单位：中共某某市纪律检查委员会\n承办：某某市纪委监委宣传部\n网站标识码：3501000045\n闽公网安备35010202000567号\nCopyright © 2024 某某县人民医院 All Rights Reserved.")).toEqual(["正文。"]);
    // the words inside a sentence stay
    expect(texts("通过微信公众号、微博等平台公开整改情况。")).toHaveLength(1);
  });
  it("drops lines of page buttons, time stamps, QR captions and menus in their other spellings", () => {
    const chrome = ["学校首页 学校概况 院系设置 党建工作", "【大】【中】【小】", "[ 打印 ] [ 关闭 ]", "打印 | 关闭", "收藏本页 | 打印本页 | 关闭窗口", "【字体：大 中 小】", "【我要纠错】", "返回列表", "上一条：关于某某的通知", "浏览量：1024", "文章来源：市纪委监委", "发布者：管理员", "时间：2024-08-12 09:30 来源：县纪委", "2024-03-26 10:15    来源：集团党委办公室", "日期：2024-08-12", "手机扫码阅读", "网站地图 | 联系我们 | 隐私声明", "建议使用1024×768分辨率浏览本站"];
    expect(texts(["正文。", ...chrome].join("\n"))).toEqual(["正文。"]);
  });
  it("keeps a column's tag, a date alone and a date that opens a sentence", () => {
    expect(texts("【中央巡视】中共某某省委关于巡视整改进展情况的通报\n正文。\n2024.6.1\n时间：2024年3月至5月，开展巡察。\n扫描二维码即可举报。")).toEqual(["【中央巡视】中共某某省委关于巡视整改进展情况的通报", "正文。", "2024.6.1", "时间:2024年3月至5月，开展巡察。", "扫描二维码即可举报。"]);
  });
  it("drops a site's menu set one item a line at the top, a sidebar's related articles, and 您所在的位置", () => {
    const top = "某某市纪委监委\n首页\n机构概况\n新闻动态\n巡视巡察\n相关文章\n县委组织部召开巡察整改专题会议\n县委组织部开展整改“回头看”\n您所在的位置：首页 > 巡视巡察 > 整改公示\n\n中共某某县委组织部关于县委第二轮巡察\n整改进展情况的通报\n根据县委统一安排，开展了巡察。";
    expect(texts(top)).toEqual(["某某市纪委监委", "中共某某县委组织部关于县委第二轮巡察", "整改进展情况的通报", "根据县委统一安排，开展了巡察。"]);
    expect(texts("当前位置 首页 > 巡察工作\n关于巡察整改情况的通报")).toEqual(["关于巡察整改情况的通报"]);
  });
  it("keeps a column's name over the title, and a related list that runs into the text", () => {
    expect(texts("巡察整改\n关于县委巡察整改情况的通报\n根据县委部署，开展了巡察。")).toEqual(["巡察整改", "关于县委巡察整改情况的通报", "根据县委部署，开展了巡察。"]);
    expect(texts("相关文章\n关于县委巡察整改情况的通报\n根据县委部署，开展了巡察。")).toHaveLength(3);
  });
  it("keeps a heading below an organisation and a date line inside the notice: they were no sign-off", () => {
    expect(texts("1.台账不全。整改措施：补齐台账。\n责任单位：\n某某县财政局党组\n2024年6月30日\n二、下一步工作打算\n持续巩固整改成果")).toHaveLength(6);
    expect(texts("1.台账不全。\n某某县财政局党组\n2024年6月30日\n（三）巩固成果\n相关新闻")).toHaveLength(4);
  });
  it("keeps what may follow a sign-off: a remark in brackets, an attachment, a paragraph", () => {
    expect(texts("补齐台账。\n某某县财政局党组\n2022年12月14日\n（此件公开发布）")).toEqual(["补齐台账。", "某某县财政局党组", "2022年12月14日", "(此件公开发布)"]);
    expect(texts("补齐台账。\n某某县财政局党组\n2022年12月14日\n附件：整改情况表\n序号 问题")).toHaveLength(5);
    expect(texts("某某县财政局党组\n2022年12月14日\n正文第一段写得很长，说明了巡察整改工作的背景、目标任务和时间安排，并对各党支部提出了具体要求。\n二、整改情况")).toHaveLength(4);
  });
  it("keeps a field line that follows each page number: it is content, not a running header", () => {
    expect(texts("1.甲。\n— 1 —\n整改时限：长期坚持\n2.乙。\n— 2 —\n整改时限：长期坚持")).toEqual(["1.甲。", "整改时限:长期坚持", "2.乙。", "整改时限:长期坚持"]);
  });
  it("does not join a heading to the status line under it", () => {
    expect(texts("(一)食堂账目不清\n已整改完成。\n整改措施：清查。")).toEqual(["(一)食堂账目不清", "已整改完成。", "整改措施:清查。"]);
    expect(texts("(二)公车私用\n目前正在推进\n整改措施：收回。")).toEqual(["(二)公车私用", "目前正在推进", "整改措施:收回。"]);
    // "all of them done" is a status too (均已办结, 全部整改到位)
    expect(texts("(三)关于甲的问题\n均已办结。\n整改措施：清查。")).toEqual(["(三)关于甲的问题", "均已办结。", "整改措施:清查。"]);
    expect(texts("(四)乙不规范\n全部整改到位。\n整改措施：清查。")).toEqual(["(四)乙不规范", "全部整改到位。", "整改措施:清查。"]);
  });
  it("drops web buttons in brackets: 【打印本页】【关闭窗口】", () => {
    expect(texts("正文。\n【打印本页】【关闭窗口】")).toEqual(["正文。"]);
  });
  it("keeps a page's metadata line apart from the title under it", () => {
    expect(texts("某某县委巡察办 发布时间：2024-01-15\n关于县委巡察整改进展情况的通报\n一、总体情况")).toEqual(["某某县委巡察办 发布时间:2024-01-15", "关于县委巡察整改进展情况的通报", "一、总体情况"]);
  });
  it("keeps a line that merely starts with a number", () => {
    expect(texts("12个问题已整改。")).toEqual(["12个问题已整改。"]);
  });
});

describe("WeChat articles", () => {
  it("drops a WeChat article's chrome: the invitation to follow, the edit note, its page's prompts, topics and labels set off by a bar", () => {
    const chrome = ["点击上方蓝字关注我们", "↑点击“清风某县”关注", "文章已于2023-11-02修改", "预览时标签不可点", "继续滑动看下一个", "轻触阅读原文", "向上滑动看下一个", "知道了", "使用小程序", "取消 允许", "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看", "收录于合集 #整改公开 7个", "#巡察整改 #清风", "来源 | 区委巡察办", "责编丨陈某", "初审：赵某", "监制：孙某", "发表于湖南"];
    expect(texts(["关于某某街道巡察整改情况的通报", ...chrome, "正文。"].join("\n"))).toEqual(["关于某某街道巡察整改情况的通报", "正文。"]);
    // the words inside a sentence stay
    expect(texts("点击量同比上升，关注度明显提高。\n来源于群众反映的问题已全部办结。")).toHaveLength(2);
  });
  it("drops a WeChat byline above or under the title: 原创, the author and account, the time stamp and the province", () => {
    expect(texts("原创\n某区纪委监委\n清风某区\n2023年11月02日 19:05\n湖南\n关于某某街道巡察整改情况的通报\n正文。")).toEqual(["关于某某街道巡察整改情况的通报", "正文。"]);
    expect(texts("关于某某街道巡察整改情况的通报\n原创 清风某区 清风某区 2023-11-02 19:05 发表于湖南\n正文。")).toEqual(["关于某某街道巡察整改情况的通报", "正文。"]);
    expect(texts("关于某某街道巡察整改情况的通报\n清风某区 2023年11月02日 19:05\n正文。")).toEqual(["关于某某街道巡察整改情况的通报", "正文。"]);
    expect(texts("原创 作者：王某 清风某区\n2023-11-02 19:05\n关于某某街道巡察整改情况的通报\n正文。")).toEqual(["关于某某街道巡察整改情况的通报", "正文。"]);
    expect(texts("关于某某街道巡察整改情况的通报\n作者：王某\n清风某区\n2023-11-02 19:05\n正文。")).toEqual(["关于某某街道巡察整改情况的通报", "正文。"]);
    // a sentence that opens with a date and a time is no stamp
    expect(texts("正文。\n截至 2024年6月30日 18:00，共受理来信12件。\n会议于 2024-06-05 09:30 召开。")).toHaveLength(3);
    // 原创 in a sentence, or without a stamp after the short lines, takes nothing else with it
    expect(texts("原创作品保护工作得到加强。\n正文。")).toHaveLength(2);
    expect(texts("原创\n关于某某街道巡察整改情况的通报\n正文。")).toEqual(["关于某某街道巡察整改情况的通报", "正文。"]);
  });
  it("reads an ornament line (▼, ↓↓↓, · · ·, ★★★, 👇) as a separator, never as text", () => {
    expect(texts("关于某某街道巡察整改情况的通报\n▼\n根据区委部署，开展了巡察\n↓↓↓\n一、总体情况\n· · ·\n★★★\n正文。\n👇👇\n正文二")).toEqual(["关于某某街道巡察整改情况的通报", "根据区委部署，开展了巡察", "一、总体情况", "正文。", "正文二"]);
    // a full stop or a bracket a PDF wrapped onto its own line is text
    expect(texts("措施已落实\n。")).toEqual(["措施已落实", "。"]);
  });
  it("drops what follows END under the article, and an account's own list of articles", () => {
    expect(texts("2.台账不全。\n整改情况：补齐台账。\n— END —\n清风某区\n某区纪委监委官方公众号，发布本区党风廉政建设和反腐败工作的权威信息，欢迎关注。\n往期推荐")).toEqual(["2.台账不全。", "整改情况:补齐台账。"]);
    expect(texts("2.台账不全。\n整改情况：补齐台账。\n往期回顾\n区委巡察办召开整改督导会\n某某镇巡察整改情况的通报")).toEqual(["2.台账不全。", "整改情况:补齐台账。"]);
    // END is only END on a line of its own
    expect(texts("一、整改情况\nEND USER 管理不规范的问题已整改。")).toHaveLength(2);
  });
});

describe("Word and PDF exports", () => {
  it("drops a bullet before a heading or an entry", () => {
    expect(texts("●一、总体情况\n■ （二）具体问题\n◆1.台账不全。\n➢ 持续巩固成果。\n□\t强化运用。")).toEqual(["一、总体情况", "(二)具体问题", "1.台账不全。", "持续巩固成果。", "强化运用。"]);
    // not a page number's dots, nor a table's tick
    expect(texts("正文第一段，\n•3•\n接着写完。\n√")).toEqual(["正文第一段，接着写完。", "√"]);
  });
  it("joins a heading's marker alone on its line to its text, across a page break too", () => {
    expect(texts("（三）\n关于干部作风不实、执行纪律不严、担当作为不够的问题\n整改情况：约谈9人。")).toEqual(["(三)关于干部作风不实、执行纪律不严、担当作为不够的问题", "整改情况:约谈9人。"]);
    expect(texts("2.\n— 4 —\n关于采购台账不全的问题\n整改情况：补齐台账。")).toEqual(["2.关于采购台账不全的问题", "整改情况:补齐台账。"]);
    // not to the next heading, a field or a label alone (问题1, whose problem is the next line)
    expect(texts("（三）\n（四）关于某某的问题")).toEqual(["(三)", "(四)关于某某的问题"]);
    expect(texts("问题1\n党组理论学习不深入。")).toEqual(["问题1", "党组理论学习不深入。"]);
  });
  it("cuts a page number printed inside a line", () => {
    expect(texts("整改情况：开展检查，整改问题 第 2 页 共 5 页 隐患31处。")).toEqual(["整改情况:开展检查，整改问题隐患31处。"]);
    expect(texts("整改情况：修订办法，节约资金 - 3 - 12.6万元。\n整改问题共 5 页 第 2 页隐患。")).toEqual(["整改情况:修订办法，节约资金12.6万元。", "整改问题隐患。"]);
    // a date with spaced dashes stays; so does a page number on a line of its own (a page break)
    expect(texts("时间：2024 - 3 - 5 至 2024 - 4 - 5。")).toEqual(["时间:2024 - 3 - 5 至 2024 - 4 - 5。"]);
    expect(texts("正文第一段，\n第 2 页 共 5 页\n接着写完。")).toEqual(["正文第一段，接着写完。"]);
  });
});

describe("portal pages", () => {
  it("cuts a toolbar printed after the title on its line, and drops a line of buttons alone", () => {
    expect(texts("关于区委巡察整改情况的通报　【字体：大 中 小】【打印】【关闭】\n正文。\n【打印本页】 【关闭窗口】")).toEqual(["关于区委巡察整改情况的通报", "正文。"]);
    // a column's tag before the title stays
    expect(texts("【巡察整改】关于区委巡察整改情况的通报\n正文。")).toEqual(["【巡察整改】关于区委巡察整改情况的通报", "正文。"]);
  });
  it("drops a footer's page count set on a line of its own under the page number", () => {
    expect(texts("整改措施：补齐台账，\n第 2 页\n共 5 页\n建立制度。")).toEqual(["整改措施:补齐台账，建立制度。"]);
  });
  it("keeps a site's name, or a line page chrome parts from the title, apart from the title", () => {
    expect(texts("某某市人民政府门户网站\n首页 > 信息公开 > 巡察工作\n关于市委第四轮巡察整改进展情况的通报\n正文。")).toEqual(["某某市人民政府门户网站", "关于市委第四轮巡察整改进展情况的通报", "正文。"]);
    expect(texts("某某区纪检监察网\n关于区委巡察整改情况的通报\n正文。")).toEqual(["某某区纪检监察网", "关于区委巡察整改情况的通报", "正文。"]);
    // a title set on two lines is still joined
    expect(texts("中共某某县委组织部关于县委第二轮巡察\n整改进展情况的通报\n正文。")).toEqual(["中共某某县委组织部关于县委第二轮巡察整改进展情况的通报", "正文。"]);
  });
});

describe("HTML saved as text", () => {
  const written = (s: string) => {
    const n = normalize(s);
    return n.lines.map((l) => writtenText(n.source, { line: l, start: 0, end: l.text.length }));
  };
  it("decodes entities, named, decimal, hex and escaped twice; positions point at the entity", () => {
    const s = "<p>&nbsp;&nbsp;1.关于&ldquo;三公&rdquo;经费超支的问题&#12290;整改情况：退回2&#x3001;3号车&mdash;&mdash;已办结&amp;nbsp;</p>";
    expect(texts(s)).toEqual(["1.关于“三公”经费超支的问题。整改情况:退回2、3号车——已办结"]);
    expect(written(s)).toEqual(["1.关于“三公”经费超支的问题。整改情况：退回2、3号车——已办结"]);
    const n = normalize(s);
    const l = n.lines[0];
    const quote = l.text.indexOf("“");
    expect(s.slice(l.offsets[quote], l.offsets[quote] + 7)).toBe("&ldquo;");
    // a span that ends on an entity reads it whole
    expect(writtenText(n.source, { line: l, start: 0, end: l.text.indexOf("。") + 1 })).toBe("1.关于“三公”经费超支的问题。");
    // &amp; alone is &, an unknown name or an invisible character goes, a literal & stays
    expect(written("R&amp;D&foo;经费&#8203;增加，A&B。")).toEqual(["R&D经费增加，A&B。"]);
  });
  it("ends a figure on an entity where the entity ends", () => {
    const n = normalize("达98.5&#37;。");
    const l = n.lines[0];
    expect(originalEnd(n.source.text, l, l.text.indexOf("%"))).toBe("达98.5&#37;".length);
    expect(originalEnd(n.source.text, l, 0)).toBe(1);
  });
  it("drops a tag broken across lines, and joins the text an inline tag there runs through", () => {
    expect(texts('<p>（二）关于工程质量监管<span\nstyle="color:red">不到位的问题</span></p>\n<p>整改情况：开展质量<font\nface="仿宋">巡查42次。</font></p>')).toEqual(["(二)关于工程质量监管不到位的问题", "整改情况:开展质量巡查42次。"]);
    // a block tag broken so ends its line; a tag alone at a line's start glues nothing
    expect(texts('<p>第一段。</p><p\nclass="x">第二段。</p>\n<span\nclass="y">第三段。</span>')).toEqual(["第一段。", "第二段。", "第三段。"]);
  });
  it("breaks a line where a block tag stands: a page saved on one line, or <br/> between a heading and its body", () => {
    const page = '<div class="c"><h2>关于某某的通报</h2><p>一、总体情况</p><p style="text-indent:2em">反馈问题3个。</p><p>二、整改情况<br/>1.台账不全。</p></div>';
    const n = normalize(page);
    expect(n.lines.map((l) => l.text)).toEqual(["关于某某的通报", "一、总体情况", "反馈问题3个。", "二、整改情况", "1.台账不全。"]);
    // each piece keeps the original line and its own offsets
    expect(n.lines.every((l) => l.line === 1)).toBe(true);
    expect(page.slice(n.lines[4].offsets[0], n.lines[4].offsets[0] + 2)).toBe("1.");
    // inline tags do not break it
    expect(texts("<p>整改<b>措施</b>：修订<span>制度</span>。</p>")).toEqual(["整改措施:修订制度。"]);
  });
  it("joins the lines of a paragraph wrapped inside its <p> (Word's HTML wraps at about 76 columns)", () => {
    expect(texts("<p class=MsoNormal><span>整改情况：清理村级账目，并对相关责任人进行了\n批评教育</span></p>\n<p>二、下一步打算</p>")).toEqual(["整改情况:清理村级账目，并对相关责任人进行了批评教育", "二、下一步打算"]);
    expect(texts("<li>修订制度\n3项。</li>")).toEqual(["修订制度3项。"]);
    // lines after a paragraph closed, or inside a container such as <div>, stay lines of their own
    expect(texts("<p>正文。</p>\n<p>第一段</p>\n第二段\n<div class=\"c\">\n一、总体情况\n局党组高度重视\n</div>")).toEqual(["正文。", "第一段", "第二段", "一、总体情况", "局党组高度重视"]);
  });
  it("drops the page's <title>: the browser tab's, not the notice's", () => {
    expect(texts("<html><head>\n<title>整改通报_某某镇人民政府</title>\n</head><body>\n<h1>中共某某镇委员会关于县委第六轮巡察<br>\n整改进展情况的通报</h1>\n<p>正文。</p>")).toEqual(["中共某某镇委员会关于县委第六轮巡察整改进展情况的通报", "正文。"]);
  });
  it("sets a table's row on one line, its cells apart: each cell tag stands for a space", () => {
    const table = "<p>一、整改情况</p>\n<table><tr><th>序号</th><th>问题</th><th>整改措施</th></tr>\n<tr><td>1</td><td>台账不全</td><td>补齐台账</td></tr></table>";
    const n = normalize(table);
    // A table with a 序号 header is then set back into cells, a tab between them.
    expect(n.lines.map((l) => l.text)).toEqual(["一、整改情况", "序号\t问题\t整改措施", "1\t台账不全\t补齐台账"]);
    const row = n.lines[2];
    expect(writtenText(n.source, { line: row, start: 0, end: row.text.length })).toBe("1\t台账不全\t补齐台账");
    // the space's offset is its tag's <
    expect(table[row.offsets[1]]).toBe("<");
  });
});

describe("SourceText: line starts and positions, with and without characters beyond the BMP", () => {
  // The text without surrogates takes a fast path; the same text with one added must agree on
  // every line start and every position (shifted by the one extra code unit only after it).
  it("gives the same lines for \\n, \\r\\n and a lone \\r on either path", () => {
    const pieces = ["ab", "\n", "\r\n", "\r", "中文", "\r\r\n", "", "\n\n", "x"];
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length);
    for (let k = 0; k < 200; k++) {
      let t = "";
      for (let j = 0; j < 12; j++) t += pieces[rnd()];
      const plain = new SourceText(t);
      const wide = new SourceText("𠀀" + t);
      expect(wide.lineStarts).toEqual(plain.lineStarts.map((x, i) => (i === 0 ? 0 : x + 2)));
      for (let off = 0; off < t.length; off++) {
        const p = plain.position(off);
        const q = wide.position(off + 2);
        expect([q.line, q.offset]).toEqual([p.line, p.offset + 1]);
      }
    }
  });
});
