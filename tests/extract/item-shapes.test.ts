// Item fields read from labelled, enumerated and sectioned shapes, on made-up notices.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src).items;
const texts = (es: Array<{ text: string }>) => es.map((e) => e.text);

describe("field labels inside an item", () => {
  it("reads 整改落实情况： and 整改完成情况： as results, ending the one-line field before them", () => {
    const [a, b] = parse(
      "二、整改落实情况\n（一）组织建设方面\n1.基层组织建设薄弱\n整改措施：制定支部工作规范。\n整改时限：2024年6月底\n责任单位：组织部\n整改落实情况：已对12个支部完成检查。\n" +
        "2.党员教育管理不严\n问题表现：党员学习流于形式。\n整改措施：建立学习台账。\n完成时限：2024年12月\n整改完成情况：已建立台账3本。",
    );
    expect([a.deadline, texts(a.outcomes)]).toEqual(["2024年6月底", ["已对12个支部完成检查。"]]);
    expect([b.deadline, texts(b.measures), texts(b.outcomes)]).toEqual(["2024年12月", ["建立学习台账。"], ["已建立台账3本。"]]);
  });
  it("reads every label of a one-line item, and labels in brackets without a colon", () => {
    const [a, b] = parse(
      "二、整改落实情况\n1.关于村级财务管理不规范的问题。问题表现：部分村报账不及时。整改措施：建立报账制度。完成时限：2024年6月底。责任单位：农业农村局。整改状态：已完成。整改成效：报账及时率达100%。\n" +
        "2.关于干部培训不足的问题\n【存在问题】培训次数少。\n【整改措施】制定培训计划。\n【整改时限】2024年底\n【整改进展】正在推进。",
    );
    expect([a.status, texts(a.measures), a.deadline, texts(a.outcomes)]).toEqual(["completed", ["建立报账制度。"], "2024年6月底", ["报账及时率达100%。"]]);
    expect([b.status, texts(b.measures), b.deadline]).toEqual(["in_progress", ["制定培训计划。"], "2024年底"]);
  });
  it("strips an enclosed number (⑴ ⑵) from the front of a measure, as it strips （1）", () => {
    const [a] = parse("二、整改情况\n1.会议过多。\n整改措施：\n⑴精简会议；\n⑵压减文件。");
    expect(texts(a.measures)).toEqual(["精简会议；", "压减文件。"]);
  });
  it("reads the one-word labels 整改： 措施： and 成效： as the measures and results", () => {
    const [a, b] = parse(
      "二、整改情况\n1）会议记录不全。\n整改：建立会议台账，补齐记录21次。\n2）公车管理不严。\n措施：修订用车制度。\n成效：公车费用下降12%。",
    );
    expect([texts(a.measures), texts(b.measures), texts(b.outcomes)]).toEqual([["建立会议台账，补齐记录21次。"], ["修订用车制度。"], ["公车费用下降12%。"]]);
  });
  it("opens one item per 存在问题： line under an area heading that lists several", () => {
    const items = parse(
      "二、整改落实情况\n（一）党的建设方面\n存在问题：支部组织生活不规范。\n整改措施：制定支部工作规范。\n整改时限：2024年底\n存在问题：党员教育流于形式。\n整改措施：建立学习台账。\n" +
        "（二）作风建设方面\n存在问题：会议过多。\n整改措施：精简会议。存在问题：个别单位仍有超标。\n存在问题：文风不实。整改措施：改进文风。",
    );
    expect(items.map((i) => [i.category, i.problem, texts(i.measures), i.deadline, i.difficulties])).toEqual([
      ["党的建设方面", "支部组织生活不规范", ["制定支部工作规范。"], "2024年底", null],
      ["党的建设方面", "党员教育流于形式", ["建立学习台账。"], null, null],
      ["作风建设方面", "会议过多", ["精简会议。"], null, "个别单位仍有超标"],
      ["作风建设方面", "文风不实", ["改进文风。"], null, null],
    ]);
  });
  it("keeps 存在问题： after an item's measures as what is left, with nothing after it", () => {
    const items = parse("二、整改落实情况\n（一）党的建设方面\n存在问题：支部组织生活不规范。\n整改措施：制定支部工作规范。\n存在问题：个别支部仍未落实。");
    expect(items.map((i) => [i.problem, texts(i.measures), i.difficulties])).toEqual([["支部组织生活不规范", ["制定支部工作规范。"], "个别支部仍未落实"]]);
  });
  it("takes the 存在问题： field as the problem of an item headed by its area", () => {
    const items = parse("二、整改落实情况\n（一）党的建设方面\n存在问题：部分支部组织生活不规范。\n整改措施：制定支部工作规范。\n（二）作风建设方面\n存在问题：个别干部担当不够。\n整改措施：开展作风整顿。");
    expect(items.map((i) => [i.category, i.problem, texts(i.measures)])).toEqual([
      ["整改落实情况", "部分支部组织生活不规范", ["制定支部工作规范。"]],
      ["整改落实情况", "个别干部担当不够", ["开展作风整顿。"]],
    ]);
  });
});

describe("status stated after the deadline or the measures", () => {
  it("reads a closing status sentence as the status, not as part of the field", () => {
    const items = parse(
      "二、整改情况\n1.财务审批不严\n整改措施：修订财务制度。整改时限：2024年6月底。目前已整改完成。\n" +
        "2.项目管理混乱\n整改措施：建立项目台账，规范审批流程。目前正在整改。\n" +
        "3.档案管理不到位\n整改措施：整理档案。\n完成时限：2024年底\n已完成整改。\n" +
        "4.合同管理不严\n整改措施：一是建立审查制度；二是已完成合同清理。",
    );
    expect(items.map((i) => [i.status, i.deadline, texts(i.measures)])).toEqual([
      ["completed", "2024年6月底", ["修订财务制度。"]],
      ["in_progress", null, ["建立项目台账，规范审批流程。"]],
      ["completed", "2024年底", ["整理档案。"]],
      ["unknown", null, ["建立审查制度；", "已完成合同清理。"]],
    ]);
  });
  it("reads a bracketed status on a line of its own under a field as the status", () => {
    const items = parse(
      "二、整改情况\n问题一：档案管理混乱。\n整改措施：整理档案。\n整改成效：补齐档案42卷。\n（已完成）\n" +
        "问题二：车辆管理不严。\n整改措施：建立用车台账。\n【正在推进】\n",
    );
    expect(items.map((i) => [i.status, texts(i.measures), texts(i.outcomes)])).toEqual([
      ["completed", ["整理档案。"], ["补齐档案42卷。"]],
      ["in_progress", ["建立用车台账。"], []],
    ]);
  });
  it("reads a status followed by the plan to finish (目前正在推进，计划…完成) as the status", () => {
    const items = parse(
      "二、整改情况\n1.食堂管理不规范\n整改措施：修订食堂管理办法，开展专项检查。目前正在推进，计划2025年6月底前完成。\n" +
        "2.车辆管理不严\n整改措施：建立用车台账。\n正在整改，预计年底前全部完成。\n" +
        "3.会议过多\n整改措施：精简会议，计划2025年完成。",
    );
    expect(items.map((i) => [i.status, texts(i.measures)])).toEqual([
      ["in_progress", ["修订食堂管理办法，开展专项检查。"]],
      ["in_progress", ["建立用车台账。"]],
      ["unknown", ["精简会议，计划2025年完成。"]],
    ]);
  });
});

describe("ASCII full stops", () => {
  it("end a heading's title, and lists after them (1)…；2)… and 一是…；二是…) are the measures", () => {
    const items = parse(
      "二、整改情况\n1.关于资产管理不规范的问题.整改措施：清查资产.1)建立台账；2)定期盘点。\n" +
        "2.关于合同管理不严的问题.一是建立审查制度；二是开展合同清理。\n" +
        "3.关于财务管理不严的问题。整改措施：一是建立制度；二是开展检查.三是加强培训。\n" +
        "4.关于投资3.5亿元未及时拨付的问题\n整改措施：加快拨付.1）制定计划；2）按月调度。",
    );
    expect(items.map((i) => [i.heading, texts(i.measures)])).toEqual([
      ["关于资产管理不规范的问题", ["建立台账；", "定期盘点。"]],
      ["关于合同管理不严的问题", ["建立审查制度；", "开展合同清理。"]],
      ["关于财务管理不严的问题", ["建立制度；", "开展检查.", "加强培训。"]],
      ["关于投资3.5亿元未及时拨付的问题", ["制定计划；", "按月调度。"]],
    ]);
  });
});

describe("a heading that names the problem, then acts on it", () => {
  it("splits 针对…问题，<measure> and 关于…问题，<measure> into the problem and a measure", () => {
    const items = parse(
      "二、整改落实情况\n（一）党的建设方面\n1.针对招投标程序不规范问题，修订招投标管理办法，开展专项检查。\n" +
        "2.针对会议记录不全的问题，我局建立会议记录审核制度。一是明确专人；二是每月检查。\n" +
        "（二）作风建设方面\n1.关于“文山会海”问题，精简会议20%。\n2.关于公务接待的问题，主要表现在超标准接待。\n整改措施：制定接待办法。",
    );
    expect(items.slice(0, 3).map((i) => [i.category, i.problem, texts(i.measures)])).toEqual([
      ["党的建设方面", "招投标程序不规范", ["修订招投标管理办法，开展专项检查。"]],
      ["党的建设方面", "会议记录不全", ["我局建立会议记录审核制度。", "明确专人；", "每月检查。"]],
      ["作风建设方面", "文山会海", ["精简会议20%。"]],
    ]);
    // What follows 问题， describes the problem rather than acting on it: no measure is made of it.
    expect(texts(items[3].measures)).toEqual(["制定接待办法。"]);
  });
});

describe("a kind of rectification (长期坚持类, 立行立改类, 限期整改类)", () => {
  it("is the category of the items under it, not their status", () => {
    const items = parse("二、整改落实情况\n（一）长期坚持类问题\n1.关于理论学习不深入的问题\n整改措施：建立学习制度。\n（二）限期整改类（1个）\n1.关于档案管理不规范的问题\n整改措施：整理档案。");
    expect(items.map((i) => [i.status, i.category])).toEqual([
      ["unknown", "长期坚持类问题"],
      ["unknown", "限期整改类（1个）"],
    ]);
  });
  it("noted on the item or in a field, is its category, and leaves its problem and status alone", () => {
    const items = parse(
      "二、整改落实情况\n1.关于理论学习不深入的问题（长期坚持类）\n整改措施：建立学习制度。\n2.关于办公用房超标的问题【立行立改类】\n整改措施：调整用房。\n" +
        "3.关于档案管理不规范的问题\n整改措施：整理档案。\n整改状态：长期坚持类\n4.关于账目不清的问题\n整改措施：清理账目。\n整改类别：限期整改类",
    );
    expect(items.map((i) => [i.status, i.category, i.problem, texts(i.measures)])).toEqual([
      ["unknown", "长期坚持类", "理论学习不深入", ["建立学习制度。"]],
      ["unknown", "立行立改类", "办公用房超标", ["调整用房。"]],
      ["unknown", "长期坚持类", "档案管理不规范", ["整理档案。"]],
      ["unknown", "限期整改类", "账目不清", ["清理账目。"]],
    ]);
  });
});

describe("unnumbered status sub-headings", () => {
  it("set the status of the items after them in their section, and stay out of the measures", () => {
    const items = parse(
      "二、问题整改情况\n已完成整改的问题（1个）\n1.关于台账不全的问题\n整改措施：建立台账。\n正在整改的问题\n1.关于制度缺失的问题\n整改措施：制定制度。\n" +
        "需要长期坚持的问题\n2.关于学风不正的问题\n整改措施：持续开展学习。\n三、其他问题整改情况\n1.关于公章管理不严的问题\n整改措施：建立登记制度。",
    );
    expect(items.map((i) => [i.status, i.category, texts(i.measures)])).toEqual([
      ["completed", "问题整改情况", ["建立台账。"]],
      ["in_progress", "问题整改情况", ["制定制度。"]],
      ["in_progress", "问题整改情况", ["持续开展学习。"]],
      ["unknown", "其他问题整改情况", ["建立登记制度。"]],
    ]);
  });
  it("of a kind of rectification (立行立改类 / 长期坚持类问题) set the category of the items after them", () => {
    const items = parse(
      "二、问题整改情况\n立行立改类\n1.关于公车私用的问题\n整改措施：收回车辆。\n长期坚持类问题（2个）\n2.关于学习不深入的问题\n整改措施：建立学习制度。\n" +
        "3.关于作风不实的问题\n整改措施：开展作风整顿。\n三、其他问题整改情况\n1.关于台账不全的问题\n整改措施：建立台账。",
    );
    expect(items.map((i) => [i.kind, i.status, i.category, texts(i.measures)])).toEqual([
      ["immediate", "unknown", "立行立改类", ["收回车辆。"]],
      ["issue", "unknown", "长期坚持类问题（2个）", ["建立学习制度。"]],
      ["issue", "unknown", "长期坚持类问题（2个）", ["开展作风整顿。"]],
      ["issue", "unknown", "其他问题整改情况", ["建立台账。"]],
    ]);
  });
  it("may end with a colon or a count", () => {
    const items = parse("二、问题整改情况\n已完成整改的问题共2个：\n1.关于台账不全的问题\n整改措施：建立台账。\n正在整改的事项3项\n2.关于制度缺失的问题\n整改措施：制定制度。");
    expect(items.map((i) => i.status)).toEqual(["completed", "in_progress"]);
  });
  it("above category headings set the status of the items in the categories after them, and only in their own section", () => {
    const items = parse(
      "二、整改落实情况\n已完成整改的问题\n（一）党建工作方面\n1.组织生活不规范。\n整改措施：制定规范。\n2.党员教育不严。\n整改措施：开展培训。\n" +
        "正在整改的问题\n（二）财务管理方面\n1.账目不清。\n整改措施：清查账目。\n2.票据不全。\n整改措施：补齐票据。\n" +
        "三、其他问题整改情况\n（一）作风建设方面\n需长期坚持的问题\n1.会风不实。\n整改措施：精简会议。\n（二）纪律建设方面\n1.纪律松弛。\n整改措施：开展警示教育。",
    );
    expect(items.map((i) => [i.category, i.status])).toEqual([
      ["党建工作方面", "completed"],
      ["党建工作方面", "completed"],
      ["财务管理方面", "in_progress"],
      ["财务管理方面", "in_progress"],
      ["作风建设方面", "in_progress"],
      ["纪律建设方面", "unknown"],
    ]);
  });
  it("are not made of a status sentence in an item's body", () => {
    const items = parse("二、整改情况\n1.关于台账不全的问题\n整改措施：建立台账。\n已整改完成\n2.关于制度缺失的问题\n整改措施：制定制度。");
    expect(items.map((i) => i.status)).toEqual(["completed", "unknown"]);
  });
});

describe("a problem heading whose children are its measures", () => {
  it("is one item with those measures, its problem without the 问题： label", () => {
    const items = parse("二、整改落实情况\n1.问题：支部书记履职情况\n（1）制定支部书记履职清单；\n（2）开展支部书记述职评议。\n2.存在问题：党员发展工作\n（1）召开专题会议；\n（2）核查发展材料。");
    expect(items.map((i) => [i.number, i.problem, texts(i.measures)])).toEqual([
      ["1", "支部书记履职情况", ["制定支部书记履职清单；", "开展支部书记述职评议。"]],
      ["2", "党员发展工作", ["召开专题会议；", "核查发展材料。"]],
    ]);
  });
});

describe("a numbered marker cut off by a page break in mid-sentence", () => {
  it("continues the sentence before it, while a marker after a sentence or a lead-in still opens an entry", () => {
    const items = parse(
      "二、整改落实情况\n1.关于公车管理不规范的问题\n整改措施：修订公车管理办法，对车辆开展清查，并按照\n\n\n（1）号文件要求重新登记。\n整改时限：2024年底\n" +
        "2.关于记录不全的问题\n整改措施：我局对照有关规定，依据\n\n（2）项要求补齐会议记录。\n" +
        "3.关于档案管理不规范的问题\n整改措施：对照清单，采取以下措施\n\n（1）整理档案；\n（2）建立借阅制度。\n" +
        "4.关于合同管理不严的问题\n整改措施：清理合同。\n\n（1）建立审查制度；\n（2）开展培训。",
    );
    expect(items.map((i) => texts(i.measures))).toEqual([
      ["修订公车管理办法，对车辆开展清查，并按照（1）号文件要求重新登记。"],
      ["我局对照有关规定，依据（2）项要求补齐会议记录。"],
      ["整理档案；", "建立借阅制度。"],
      ["建立审查制度；", "开展培训。"],
    ]);
  });
  it("continues a line cut after a word that needs more, without a page break too", () => {
    const items = parse("二、整改落实情况\n1.关于公车管理不规范的问题\n整改措施：对车辆开展清查，并按照\n（3）号文件要求重新登记。\n整改时限：2024年底");
    expect(texts(items[0].measures)).toEqual(["对车辆开展清查，并按照（3）号文件要求重新登记。"]);
  });
  it("does not join a sentence that only lost its full stop to the heading after a page break", () => {
    const items = parse("二、整改落实情况\n1.关于台账不全的问题\n整改措施：建立台账，目前正在整改过程中\n\n\n2.关于制度缺失的问题\n整改措施：制定制度。");
    expect(items.map((i) => i.heading)).toEqual(["关于台账不全的问题", "关于制度缺失的问题"]);
  });
  it("does not join a heading or a line ended by a colon to a marker after a page break", () => {
    const items = parse("二、整改落实情况\n（一）党的建设方面\n\n\n1.关于支部建设薄弱的问题，\n整改措施：\n\n（1）制定规范；\n（2）开展轮训。");
    expect(items.map((i) => texts(i.measures))).toEqual([["制定规范；", "开展轮训。"]]);
  });
});

describe("a numbered list begun inside a line", () => {
  it("goes on in the next line as the same list, not as a heading", () => {
    const doc = parseText("二、整改落实情况\n1.关于合同管理不严的问题\n我局高度重视。1)建立合同审查制度；\n2)开展合同清理。\n2.关于档案管理不规范的问题\n整改措施：整理档案.（1）补齐缺失档案；\n（2）建立借阅制度。", src);
    const walk = (s: typeof doc.sections): string[] => s.flatMap((x) => [x.marker, ...walk(x.children)]);
    expect(walk(doc.sections)).toEqual(["二、", "1.", "2."]);
    expect(doc.items.map((i) => texts(i.measures))).toEqual([
      ["建立合同审查制度；", "开展合同清理。"],
      ["补齐缺失档案；", "建立借阅制度。"],
    ]);
  });
});

describe("parallel lists of problems and measures", () => {
  it("keep the problem list as the problem and the measures list as the measures", () => {
    const items = parse(
      "二、整改落实情况\n（一）党的建设方面\n存在问题：\n1.支部组织生活不规范；\n2.党员教育流于形式。\n整改措施：\n1.制定支部工作规范；\n2.建立学习台账。\n" +
        "（二）作风建设方面\n存在问题：1.干部担当不够；2.会议过多。\n整改措施：1.开展作风整顿；2.精简会议。",
    );
    expect(items.map((i) => [i.problem, texts(i.measures)])).toEqual([
      ["1.支部组织生活不规范；2.党员教育流于形式", ["制定支部工作规范；", "建立学习台账。"]],
      ["1.干部担当不够；2.会议过多", ["开展作风整顿；", "精简会议。"]],
    ]);
  });
});

describe("status after the field, in other forms", () => {
  it("reads a status in brackets, after a comma, or after the results", () => {
    const items = parse(
      "二、整改情况\n1.关于甲的问题\n整改措施：清理账目。整改时限：2024年6月底（已完成）\n2.关于乙的问题\n整改措施：清理账目，目前已完成\n" +
        "3.关于丙的问题\n整改措施：建立制度。\n整改成效：建立制度3项。目前已完成整改。\n4.关于丁的问题\n整改措施：开展清查，已完成人员招聘",
    );
    expect(items.map((i) => [i.status, i.deadline, texts(i.measures), texts(i.outcomes)])).toEqual([
      ["completed", "2024年6月底", ["清理账目。"], []],
      ["completed", null, ["清理账目"], []],
      ["completed", null, ["建立制度。"], ["建立制度3项。"]],
      ["unknown", null, ["开展清查，已完成人员招聘"], []],
    ]);
  });
});

describe("measures that open by naming the problem", () => {
  it("split 针对…问题， off the measure; it is the problem when the heading names none", () => {
    const items = parse(
      "二、整改情况\n1.关于公章管理\n针对公章使用登记不全的问题，建立用印审批制度。\n" +
        "2.关于合同管理不严的问题\n整改措施：针对合同审查缺位问题，我局制定合同审查办法。\n3.关于档案管理\n整改措施：针对档案的问题很多，需要逐步解决。",
    );
    expect(items.slice(0, 2).map((i) => [i.problem, texts(i.measures)])).toEqual([
      ["公章使用登记不全", ["建立用印审批制度。"]],
      ["合同管理不严", ["我局制定合同审查办法。"]],
    ]);
    // Without a measure after 问题， the sentence is left whole.
    expect(texts(items[2].measures)).toEqual(["针对档案的问题很多，需要逐步解决。"]);
  });
});

describe("paragraphs led by the problem they act on, without headings", () => {
  it("are one item each: 针对…的问题， / 针对“…”问题, / 关于…问题，, their text after the comma the measures", () => {
    const items = parse(
      "二、整改落实情况\n针对党委会议事规则执行不严格的问题，医院党委重新修订了议事规则。\n针对“设备采购管理不规范”问题,一是成立采购委员会；二是修订采购办法。\n" +
        "关于医德医风建设有差距的问题，开展专题教育，\n签订承诺书560份。\n三、下一步工作打算\n针对群众反映的问题，持续整改。\n针对信访问题，建立台账。",
    );
    expect(items.map((i) => [i.number, i.category, i.problem, texts(i.measures)])).toEqual([
      ["1", "整改落实情况", "党委会议事规则执行不严格", ["医院党委重新修订了议事规则。"]],
      ["2", "整改落实情况", "设备采购管理不规范", ["成立采购委员会；", "修订采购办法。"]],
      ["3", "整改落实情况", "医德医风建设有差距", ["开展专题教育，签订承诺书560份。"]],
    ]);
  });
  it("are items but no headings: the sections list only numbered headings", () => {
    const doc = parseText("二、整改落实情况\n针对会风不实的问题，精简会议。\n针对文风不实的问题，改进文风。", src);
    expect([doc.items.length, doc.sections.map((s) => [s.title, s.children.length])]).toEqual([2, [["整改落实情况", 0]]]);
  });
  it("are not made of one such paragraph, of words that point back (针对上述问题，), or under a heading that names the problem", () => {
    expect(parse("二、整改落实情况\n1.关于财务报销不规范的问题\n针对报销不及时的问题，建立台账。\n针对票据不全的问题，开展清理。").map((i) => [i.problem, i.measures.length])).toEqual([["财务报销不规范", 2]]);
    expect(parse("二、整改落实情况\n（一）组织建设方面\n针对上述问题，召开专题会议。\n针对巡察反馈的问题，逐条制定措施。\n（二）作风建设方面\n针对会风不实的问题，精简会议。").map((i) => i.problem)).toEqual(["组织建设方面", "会风不实"]);
    expect(parse("二、整改落实情况\n针对巡察发现的财务违规问题，追回资金。\n针对公车私用问题，收回车辆。\n针对以上两个问题，建立制度。").map((i) => [i.problem, i.measures.length])).toEqual([
      ["巡察发现的财务违规", 1],
      ["公车私用", 2],
    ]);
  });
});

describe("labels written by other kinds of units", () => {
  it("end the measures at 责任科室： 牵头处室： 责任主体： 配合部门：, and read 完成期限： 办结时限： 当前状态： 工作进展： 存在不足：", () => {
    const items = parse(
      "二、整改落实情况\n【问题1】医疗收费不规范。\n【整改措施】开展收费自查。\n【责任科室】医保办\n【完成期限】2024年6月30日\n【当前状态】已完成\n" +
        "【问题2】药品采购监管不严。\n【整改措施】修订采购制度。\n【牵头处室】药剂科\n配合部门：财务科\n办结时限：2024年12月\n工作进展：完成采购目录梳理。\n存在不足：信息系统尚未上线。\n" +
        "【问题3】人才引进滞后。\n整改措施：制定人才规划。 责任主体：人事科 计划完成时间：长期坚持 办理状态：持续推进",
    );
    expect(items.map((i) => [texts(i.measures), i.deadline, i.status, texts(i.outcomes), i.difficulties])).toEqual([
      [["开展收费自查。"], "2024年6月30日", "completed", [], null],
      [["修订采购制度。"], "2024年12月", "unknown", ["完成采购目录梳理。"], "信息系统尚未上线"],
      [["制定人才规划。"], "长期坚持", "in_progress", [], null],
    ]);
  });
});

describe("a label alone on its line, without a colon", () => {
  it("opens its field, with the lines below it as the field's entries; a problem label does not", () => {
    const items = parse("二、整改落实情况\n（一）财务审批不严格\n整改措施\n1.修订财务制度；\n2.开展专项检查。\n整改成效\n清退资金2万元。\n（二）档案管理混乱\n整改措施\n整理档案。");
    expect(items.map((i) => [i.problem, texts(i.measures), texts(i.outcomes)])).toEqual([
      ["财务审批不严格", ["修订财务制度；", "开展专项检查。"], ["清退资金2万元。"]],
      ["档案管理混乱", ["整理档案。"], []],
    ]);
  });
});

describe("an item's parts numbered like headings", () => {
  it("（1）整改措施：… （2）整改成效：… are its fields, not headings; a heading that only names a part (三、存在困难) stays one", () => {
    const doc = parseText(
      "二、整改落实情况\n1.财务审批不严格\n（1）整改措施：修订财务制度，开展专项检查。\n（2）整改成效：清退资金2万元。\n（3）整改时限：2024年底\n" +
        "2.档案管理混乱\n(1)整改措施:整理档案。\n(2)存在困难:人员不足。\n三、存在困难\n人员不足。",
      src,
    );
    expect(doc.items.map((i) => [i.problem, texts(i.measures), texts(i.outcomes), i.deadline, i.difficulties])).toEqual([
      ["财务审批不严格", ["修订财务制度，开展专项检查。"], ["清退资金2万元。"], "2024年底", null],
      ["档案管理混乱", ["整理档案。"], [], null, "人员不足"],
    ]);
    expect(doc.sections.map((s) => [s.marker, s.children.map((c) => [c.marker, c.children.length])])).toEqual([
      ["二、", [["1.", 0], ["2.", 0]]],
      ["三、", []],
    ]);
  });
});
