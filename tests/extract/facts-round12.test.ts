// Document facts of round 12: the count of immediate fixes (立行立改问题8个) as a total of its own;
// `reported` in the schema's key order whichever pass found a key; a group named 巡察第N组 after
// its round, as written; an address without the addressee its 收 names. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { normalize } from "../../src/normalize/index.js";
import { segment } from "../../src/segment/index.js";
import { extract } from "../../src/extract/index.js";
import { Reported } from "../../src/schema/index.js";
import { findReported } from "../../src/extract/reported.js";
import { findContacts } from "../../src/extract/contact.js";
import { findInspector, findRound } from "../../src/extract/facts.js";

const parse = (text: string) => parseText(text, { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
const addresses = (...lines: string[]) => findContacts(lines).addresses;

describe("the count of immediate fixes (立行立改) the notice states", () => {
  it("reads 立行立改问题N个 and 立行立改N项 as immediate_total, beside the total", () => {
    expect(findReported("巡察反馈问题15个，其中立行立改问题6个。")).toEqual({ issues_total: 15, immediate_total: 6 });
    expect(findReported("对照反馈意见，立行立改9项，制定整改措施40条。")).toEqual({ measures_total: 40, immediate_total: 9 });
    // (the other words for the same: 即知即改, 立查立改; a 类 or 事项 between)
    expect(findReported("即知即改类问题4个。")).toEqual({ immediate_total: 4 });
    expect(findReported("立查立改事项 7 件。")).toEqual({ immediate_total: 7 });
    expect(findReported("立行立改问题共计5个。")).toEqual({ immediate_total: 5 });
  });
  it("reads the count written before the words (6个问题已立行立改), which is then no total", () => {
    expect(findReported("对巡察指出的问题，6个问题已立行立改。")).toEqual({ immediate_total: 6 });
    expect(findReported("巡察反馈的14个问题中，3个问题已立行立改。")).toEqual({ issues_total: 14, immediate_total: 3 });
    expect(findReported("其中立行立改4个问题，已全部完成。")).toEqual({ immediate_total: 4 });
  });
  it("does not read a count of their measures or areas", () => {
    // (a count of measures is measures_total's)
    expect(findReported("制定立行立改措施12条。")).toEqual({ measures_total: 12 });
    expect(findReported("立行立改12项措施。").immediate_total).toBeUndefined();
    expect(findReported("立行立改3个方面问题。")).toEqual({});
  });
  it("reads a heading's count in brackets (立行立改问题（3个）)", () => {
    expect(findReported("一、整改情况\n（一）立行立改问题（3个）")).toEqual({ immediate_total: 3 });
    expect(findReported("（二）立行立改事项（共5项）")).toEqual({ immediate_total: 5 });
  });
  it("reads a table's 立行立改 label", () => {
    expect(findReported("整改情况如下：\n反馈问题 16\n立行立改 5\n已完成 12")).toEqual({ issues_total: 16, issues_completed: 12, immediate_total: 5 });
  });
});

describe("reported in the schema's key order", () => {
  const notice = [
    "关于县委第四巡察组巡察反馈意见整改情况的通报",
    "",
    "2024年3月1日至4月30日，县委第四巡察组对县林业局党组开展了常规巡察。巡察反馈问题9个，制定整改措施27条，立行立改问题2个，整改完成率88.9%。",
    "",
    "一、整改落实情况",
    "（一）已完成整改的问题（8个）",
    "1.关于学习制度落实不严的问题",
    "整改措施：一是修订学习制度。",
    "（二）正在推进整改的问题（1个）",
    "2.关于林地管护不到位的问题",
    "整改措施：一是开展林地巡护。",
    "",
    "中共某某县林业局党组",
    "2024年8月20日",
  ].join("\n");
  const order = Object.keys(Reported.shape);
  const inOrder = (keys: string[]) => [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  it("lists keys the status headings fill (已完成整改的问题（8个）) in their place, not last", () => {
    const norm = normalize(notice);
    const reported = extract(norm, segment(norm.lines)).reported;
    // (the headings' counts are found after the text's measures and rate)
    expect(reported).toEqual({ issues_total: 9, issues_completed: 8, issues_in_progress: 1, measures_total: 27, completion_rate: 0.889, immediate_total: 2 });
    expect(Object.keys(reported)).toEqual(inOrder(Object.keys(reported)));
    expect(Object.keys(parse(notice).reported)).toEqual(inOrder(Object.keys(reported)));
  });
  it("lists the text's and a table's keys in order too", () => {
    const r = findReported("立行立改问题3个，问责5人。\n反馈问题 12\n已完成 10");
    expect(Object.keys(r)).toEqual(["issues_total", "issues_completed", "people_held_accountable", "immediate_total"]);
  });
});

describe("a group numbered after its word (巡察第三组) right after its round", () => {
  it("is named as the notice states it, with its committee, term and round", () => {
    const text = "根据县委统一部署，十三届县委第二轮巡察第三组于2024年4月对县教育局党组开展了常规巡察。";
    expect(findInspector(text)).toBe("十三届县委第二轮巡察第三组");
    expect(findRound(text)).toBe("十三届县委第二轮");
    expect(findInspector("市委第五轮巡察第一组对市卫健委党组开展了专项巡察。")).toBe("市委第五轮巡察第一组");
    // (the committee's term after it, a body's round, a round with no owner)
    expect(findInspector("县委十五届第三轮巡察第二组对县民政局党组进行了巡察。")).toBe("县委十五届第三轮巡察第二组");
    expect(findInspector("集团党委2024年第二轮巡察第四组对某分公司开展了巡察。")).toBe("集团党委2024年第二轮巡察第四组");
    expect(findInspector("按照安排，第一轮巡察第二组对我局开展了巡察。")).toBe("第一轮巡察第二组");
  });
  it("keeps a group with a name of its own (第三巡察组) its committee's", () => {
    expect(findInspector("十三届县委第二轮巡察第三巡察组对县教育局党组开展了常规巡察。")).toBe("县委第三巡察组");
  });
});

describe("an address with the addressee its 收 names", () => {
  it("ends at the place: after its house number, room or box, or at a space", () => {
    expect(addresses("邮政信箱：某某市某某路8号 县委巡察办收")).toEqual(["某某市某某路8号"]);
    expect(addresses("来信请寄：某某县新华街22号县委巡察工作领导小组办公室收")).toEqual(["某某县新华街22号"]);
    expect(addresses("通信地址：某某学院综合楼415室 学院党委巡察办收，邮编：123456")).toEqual(["某某学院综合楼415室"]);
    expect(addresses("邮政信箱：某某市3201号信箱某某集团巡察办（收）")).toEqual(["某某市3201号信箱"]);
    // (a postcode between them, bracketed or labelled)
    expect(addresses("邮政信箱：某某市某某路8号（邮编：654321）县委巡察办收")).toEqual(["某某市某某路8号"]);
    expect(addresses("来信请寄：某某市某某路8号 邮编654321 县委巡察办收")).toEqual(["某某市某某路8号"]);
    // (a place written with spaces of its own)
    expect(addresses("通信地址：某某市 某某区 文化路8号 区委巡察办收")).toEqual(["某某市某某区文化路8号"]);
  });
  it("reads the place in brackets after an office named first (县委巡察办（某某路1号）)", () => {
    expect(addresses("来信请寄：某某县委巡察办（某某县建设路3号），邮编：123456")).toEqual(["某某县建设路3号"]);
    expect(addresses("来信请寄：市纪委监委派驻第二纪检监察组(某某市2301号信箱)收")).toEqual(["某某市2301号信箱"]);
    // (a building or a hospital named first is the place, its brackets tell it closer)
    expect(addresses("地址：某某大厦（文化路88号）")).toEqual(["某某大厦（文化路88号）"]);
    expect(addresses("地址：某某县人民医院（门诊楼3楼）")).toEqual(["某某县人民医院（门诊楼3楼）"]);
  });
  it("keeps a body that is the only place named, and a name that ends in 收 as a word (征收)", () => {
    expect(addresses("来信请寄：某某县委巡察办收")).toEqual(["某某县委巡察办"]);
    expect(addresses("地址：某某县人民路18号收")).toEqual(["某某县人民路18号"]);
    expect(addresses("地址：某某县人民路18号房屋征收办")).toEqual(["某某县人民路18号房屋征收办"]);
  });
});

// Probed in round 12 (notices of state firms, universities, hospitals, streets; a 派驻纪检组 or a
// 巡察办 signing for a unit), each shape a made-up sentence.
describe("totals a probe found unread", () => {
  it("reads a bare 完成/办结 count where a clause starts, in a clause about problems", () => {
    expect(findReported("整改问题26个，完成26个，完成率100%。")).toEqual({ issues_total: 26, issues_completed: 26, completion_rate: 1 });
    expect(findReported("反馈问题17个，办结15个，剩余2个正在推进。")).toEqual({ issues_total: 17, issues_completed: 15, issues_in_progress: 2 });
    // (a clause about measures is theirs, and a count of tasks or a plan is none)
    expect(findReported("反馈问题17个，制定措施51条，完成48条。")).toEqual({ issues_total: 17, measures_total: 51, measures_completed: 48 });
    expect(findReported("反馈问题17个，完成15个整改任务。")).toEqual({ issues_total: 17 });
    expect(findReported("确保完成15个。")).toEqual({});
    // (the count ends its clause: 完成15个村的整治 counts villages)
    expect(findReported("针对反馈问题，完成15个村的环境整治。")).toEqual({});
  });
  it("reads 共计问题N个 where a clause starts as the total", () => {
    expect(findReported("形成问题清单、任务清单，共计问题29个、措施87条。").issues_total).toBe(29);
    expect(findReported("共有问题29个。")).toEqual({ issues_total: 29 });
    expect(findReported("合计问题3个方面。")).toEqual({});
  });
  it("reads no count of persons from 人次", () => {
    expect(findReported("共追责问责14人次。")).toEqual({});
    expect(findReported("问责14人。")).toEqual({ people_held_accountable: 14 });
  });
});

describe("contact blocks a probe found cut short", () => {
  const contacts = (...lines: string[]) => findContacts(lines);
  it("reads e-mails set alone under the line that gave one", () => {
    expect(contacts("联系方式：", "电话：0872-2345678", "      0872-2345679", "邮箱：xc1@ab.cn", "      jw2@cd.cn、zz3@ef.cn").emails).toEqual(["xc1@ab.cn", "jw2@cd.cn", "zz3@ef.cn"]);
    // (a sentence that holds one is no list's)
    expect(contacts("邮箱：xc1@ab.cn", "请将材料发至jw2@cd.cn。").emails).toEqual(["xc1@ab.cn"]);
  });
  it("reads a phone labelled Tel or Phone, not a word that holds one", () => {
    expect(contacts("E-mail: xc1@ab.cn  Tel: 0872-2345678").phones).toEqual(["0872-2345678"]);
    expect(contacts("TEL：0872-2345678").phones).toEqual(["0872-2345678"]);
    expect(contacts("Hotel 0872-2345678").phones).toEqual([]);
  });
});

describe("a contact label spaced out to line up with the others", () => {
  it("reads 邮    箱：, 电 话：, 地    址： as their words, the facts as written", () => {
    expect(findContacts(["电    话：0393-4567890", "邮    箱：jw@ab.gov.cn", "地    址：某某县胜利路6号"])).toEqual({ phones: ["0393-4567890"], emails: ["jw@ab.gov.cn"], postcodes: [], addresses: ["某某县胜利路6号"] });
    // (a full-width space, a label after another fact on the line; the phone as written)
    expect(findContacts([{ text: "联系人：王老师  电　话：0393-4567890；邮 编：457000", written: "联系人：王老师  电　话：０３９３-4567890；邮 编：457000" }])).toEqual({ phones: ["０３９３-4567890"], emails: [], postcodes: ["457000"], addresses: [] });
  });
});
