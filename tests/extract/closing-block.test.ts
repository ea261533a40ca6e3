// The closing block of a notice (特此通报, the invitation to comment, contact labels, a phone on a
// line of its own, a joint sign-off) and the page chrome around it. Each notice is made up.
import { describe, it, expect } from "vitest";
import { parseBytes } from "../../src/index.js";
import { findContacts } from "../../src/extract/contact.js";
import { findSignoff } from "../../src/extract/facts.js";

const parse = (...lines: string[]) => parseBytes(new TextEncoder().encode(lines.join("\n") + "\n"), { path: "t.txt" });
const body = [
  "中共某某县水利局党组关于县委巡察整改进展情况的通报",
  "根据县委统一部署，2024年3月1日至4月30日，县委第三巡察组对县水利局党组进行了巡察。6月5日，巡察组反馈了巡察意见。",
  "一、整改落实情况",
  "（一）在落实项目监管方面",
  "1.项目验收不规范问题。一是建立验收台账。二是开展专项检查。",
  "2.资金拨付滞后问题。一是完善拨付流程。",
];
const measures = (n: ReturnType<typeof parse>) => n.items.map((i) => i.measures.map((m) => m.text));

describe("closing block", () => {
  it("keeps 特此通报 and the invitation to comment out of the last item", () => {
    const n = parse(...body, "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时反映。", "特此通报。", "中共某某县水利局党组", "2024年9月1日");
    expect(measures(n)).toEqual([["建立验收台账。", "开展专项检查。"], ["完善拨付流程。"]]);
    expect(n.items).toHaveLength(2);
    const bare = parse(...body, "特此通报。");
    expect(measures(bare)).toEqual([["建立验收台账。", "开展专项检查。"], ["完善拨付流程。"]]);
  });
  it("reads every contact label, and a phone on the line under its label, into the contacts", () => {
    const n = parse(
      ...body,
      "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时反映。",
      "监督电话：",
      "0571-12345678",
      "传真：0571-12345679",
      "联系地址：某某县人民路88号",
      "通信地址：某某县人民路89号",
      "网络举报：http://jb.example.gov.cn",
      "电子邮箱：xcb@example.com",
      "来信请寄：某某县纪委信访室",
      "邮政编码：311100",
      "特此通报。",
      "中共某某县水利局党组",
      "2024年9月1日",
    );
    expect(measures(n)).toEqual([["建立验收台账。", "开展专项检查。"], ["完善拨付流程。"]]);
    expect(n.contact).toEqual({
      phones: ["0571-12345678", "0571-12345679"],
      emails: ["xcb@example.com"],
      postcodes: ["311100"],
      addresses: ["某某县人民路88号", "某某县人民路89号", "某某县纪委信访室"],
    });
    expect(n.issuer).toBe("中共某某县水利局党组");
    expect(n.published).toBe("2024-09-01");
  });
  it("reads a phone under its label with ASCII punctuation, and never a number that stands alone", () => {
    expect(findContacts(["联系电话:", "(0571)12345678", "邮编: 311200"]).phones).toEqual(["(0571)12345678"]);
    expect(findContacts(["投入资金：", "12345678"]).phones).toEqual([]);
    expect(findContacts(["监督电话：0571-1234567", "12345678"]).phones).toEqual(["0571-1234567"]);
  });
  it("reads an e-mail address on the line under a contact line that ends with its label", () => {
    const c = findContacts(["如有意见建议，请及时反映。联系电话：12345678；电子邮箱：", "abc_de@example.cn。"]);
    expect(c.emails).toEqual(["abc_de@example.cn"]);
    expect(c.phones).toEqual(["12345678"]);
    // Only under a contact label: a line after any other colon is not a contact.
    expect(findContacts(["投入资金：", "see abc@example.cn"]).emails).toEqual([]);
  });
  it("joins a joint sign-off on two or three lines with a space", () => {
    const n = parse(...body, "特此通报。", "中共某某县委办公室", "某某县人民政府办公室", "2024年9月1日");
    expect(n.issuer).toBe("中共某某县委办公室 某某县人民政府办公室");
    expect(n.published).toBe("2024-09-01");
    expect(measures(n)).toEqual([["建立验收台账。", "开展专项检查。"], ["完善拨付流程。"]]);
    // three organisations set apart by blank lines are never joined into one
    const three = parse(...body, "", "特此通报。", "", "中共某某镇委员会", "", "某某镇人民政府", "", "某某区某某街道办事处", "", "2024年10月8日");
    expect(three.issuer).toBe("中共某某镇委员会 某某镇人民政府 某某区某某街道办事处");
    const l = (...xs: string[]) => xs.map((t, i) => ({ text: t, written: t, line: i + 1 }));
    expect(findSignoff(l("特此通报。", "中共某某镇委员会", "某某镇人民政府", "某某区某某街道办事处", "2024年10月8日")).issuer).toBe("中共某某镇委员会 某某镇人民政府 某某区某某街道办事处");
    // a heading line above is no co-signer
    expect(findSignoff(l("3、加强基层党支部", "中共某某县委办公室", "2024年9月1日")).issuer).toBe("中共某某县委办公室");
  });
  it("reads a sign-off whose name is left out as ×× (a template's or a redacted copy's)", () => {
    const n = parse(...body, "特此通报。", "联系电话：0123-4567890", "", "××县人民医院党委", "2024年9月1日");
    expect(n.issuer).toBe("××县人民医院党委");
    expect(n.published).toBe("2024-09-01");
    expect(n.contact.phones).toEqual(["0123-4567890"]);
  });
  it("drops WeChat and portal chrome around the notice, never the words in its sentences", () => {
    const n = parse(
      "阅读原文",
      "来源：某某县纪委监委公众号",
      "编辑：张三  审核：李四",
      ...body.slice(0, 2),
      "局党组高度重视，大家分享经验，在看齐标杆中收藏好做法，点赞先进。",
      ...body.slice(2),
      "特此通报。",
      "中共某某县水利局党组",
      "2024年9月1日",
      "分享",
      "收藏",
      "点赞",
      "在看",
      "长按识别二维码关注",
      "责任编辑：王五",
      "返回搜狐，查看更多",
    );
    expect(n.title).toBe("中共某某县水利局党组关于县委巡察整改进展情况的通报");
    expect(n.issuer).toBe("中共某某县水利局党组");
    expect(n.published).toBe("2024-09-01");
    expect(measures(n)).toEqual([["建立验收台账。", "开展专项检查。"], ["完善拨付流程。"]]);
  });
});

describe("a second phone on a line of its own, and an e-mail line", () => {
  it("a phone alone under a phone line is closing matter, and so is what stands above it", () => {
    const n = parse(...body, "", "欢迎广大干部群众监督。", "联系电话：0738-3222111", "          0738-3222112", "0738-3222113", "中共某某县水利局党组", "2024年9月5日");
    expect(measures(n)).toEqual([["建立验收台账。", "开展专项检查。"], ["完善拨付流程。"]]);
    expect(n.items.map((i) => i.outcomes.length)).toEqual([0, 0]);
    expect(n.contact.phones).toEqual(["0738-3222111", "0738-3222112", "0738-3222113"]);
  });
  it("an e-mail line labelled 电子信箱 or 邮箱 is closing matter", () => {
    for (const mail of ["电子信箱：abc@163.com", "邮箱：abc@163.com"]) {
      const n = parse(...body, "", "欢迎广大干部群众监督。", mail, "中共某某县水利局党组", "2024年9月5日");
      expect(measures(n), mail).toEqual([["建立验收台账。", "开展专项检查。"], ["完善拨付流程。"]]);
      expect(n.contact.emails).toEqual(["abc@163.com"]);
    }
  });
});
