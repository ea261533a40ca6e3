// Phones in the forms closing blocks write them; each line is made up.
import { describe, it, expect } from "vitest";
import { findContacts } from "../../src/extract/contact.js";
import { foldString } from "../../src/normalize/fold.js";

const phones = (...lines: string[]) => findContacts(lines).phones;

describe("phones with the country code", () => {
  it("keeps +86 and the groups it was set in", () => {
    expect(phones("联系电话：+86-415-1234567")).toEqual(["+86-415-1234567"]);
    expect(phones("联系方式：电话 +86 10 66881234，邮箱 a@b.cn")).toEqual(["+86-10-66881234"]);
    expect(phones("监督电话：＋86－0415－1234567")).toEqual(["＋86－0415－1234567"]);
    expect(phones("手机：(+86)13912345678")).toEqual(["(+86)13912345678"]);
    expect(phones("手机：+86 13912345678")).toEqual(["+86-13912345678"]);
  });
  it("reads one alone under its label", () => {
    expect(phones("举报电话：", "+86-571-87654321")).toEqual(["+86-571-87654321"]);
  });
});

describe("phones as written", () => {
  it("are matched in the folded line and read back from the line as written", () => {
    const line = (w: string) => ({ text: foldString(w), written: w });
    expect(findContacts([line("联系电话：０４１６－３１２５６７８；监督电话：0416—3125679")]).phones).toEqual(["０４１６－３１２５６７８", "0416—3125679"]);
    expect(findContacts([line("举报电话："), line("　０４１６－３１２５６７８")]).phones).toEqual(["０４１６－３１２５６７８"]);
    // (an e-mail or postcode before the phone does not shift where it is read)
    expect(findContacts([line("邮箱：ab@c.cn，邮编：121000，电话：０４１６－３１２５６７８")]).phones).toEqual(["０４１６－３１２５６７８"]);
  });
});

describe("extensions", () => {
  it("keeps 转 with spaces around it", () => {
    expect(phones("联系电话：0415-1234567 转 8001")).toEqual(["0415-1234567转8001"]);
    expect(phones("电话：+86 415 1234567 转 801")).toEqual(["+86-415-1234567转801"]);
  });
  it("keeps further extensions listed after the first, as one phone as written", () => {
    expect(phones("联系电话：0416-3125678转601、602")).toEqual(["0416-3125678转601、602"]);
    expect(phones("电话：3125678转601/602；邮编：121000")).toEqual(["3125678转601/602"]);
    expect(phones("电话：0416-3125678-601或602")).toEqual(["0416-3125678-601或602"]);
    // two phones listed with 、 stay two
    expect(phones("电话：0416-3125678、0416-3125679")).toEqual(["0416-3125678", "0416-3125679"]);
    expect(phones("电话：0416-3125678转601、31256790")).toEqual(["0416-3125678转601", "31256790"]);
  });
});

describe("e-mails with a full-width ＠", () => {
  it("are read, written back with @", () => {
    expect(findContacts(["电子邮箱：xcb_2024＠163.com；邮编：118000"]).emails).toEqual(["xcb_2024@163.com"]);
    // (the pipeline folds full-width letters and digits, not ＠)
    expect(findContacts(["监督邮箱：abc＠xx.gov.cn"]).addresses).toEqual([]);
  });
});

describe("a contact person with a number", () => {
  it("reads the number after 联系人", () => {
    expect(findContacts(["联系人：张某某，13912345678"]).phones).toEqual(["13912345678"]);
    expect(findContacts(["联系人：李某 0415-1234567"]).phones).toEqual(["0415-1234567"]);
    expect(findContacts(["联系人：王某某（办公室主任），邮编：118000"]).phones).toEqual([]);
  });
});

describe("addresses with an addressee word or a further fact on their line", () => {
  const addresses = (...lines: string[]) => findContacts(lines).addresses;
  // (the addressee a 收 names is no part of the place: the address ends after the house number)
  it("drops the addressee (…办公室收, （收）, 收件)", () => {
    expect(addresses("通信地址：某某市长江路18号县委巡察办收")).toEqual(["某某市长江路18号"]);
    expect(addresses("来信请寄：某某县人民路6号县纪委信访室（收）")).toEqual(["某某县人民路6号"]);
    expect(addresses("邮寄地址：某某区和平街2号党群工作部(收件)，邮编：123456")).toEqual(["某某区和平街2号"]);
    // 收 that ends a word of the name stays (征收, 接收)
    expect(addresses("地址：某某县建设路3号县房屋征收")).toEqual(["某某县建设路3号县房屋征收"]);
  });
  it("ends the address at a postcode, phone or mailbox on the same line", () => {
    expect(addresses("通信地址：某某市长江路18号 邮编：123456")).toEqual(["某某市长江路18号"]);
    expect(addresses("通信地址：某某市长江路18号邮政编码123456")).toEqual(["某某市长江路18号"]);
    expect(addresses("通信地址：某某市长江路18号县委巡察办收（邮编123456）")).toEqual(["某某市长江路18号"]);
    expect(addresses("联系地址：某某县人民路6号 联系电话：0123-7654321")).toEqual(["某某县人民路6号"]);
    expect(addresses("地址：某某县人民路6号 电子邮箱：xcb@example.cn")).toEqual(["某某县人民路6号"]);
  });
  it("ends the address at the addressee's name, bracketed or not", () => {
    // (收件人 names the addressee as 收 does: the office before it is the addressee's, not the place)
    expect(addresses("通信地址：某某县人民路6号县委巡察办（收件人：李某）")).toEqual(["某某县人民路6号"]);
    expect(addresses("通信地址：某某县人民路6号县委巡察办 收信人：李某")).toEqual(["某某县人民路6号"]);
  });
});

describe("e-mail addresses set with a space around @", () => {
  it("reads them without the spaces", () => {
    const emails = (...lines: string[]) => findContacts(lines).emails;
    expect(emails("电子邮箱：xcjd @ example.cn")).toEqual(["xcjd@example.cn"]);
    expect(emails("联系人：李四，邮箱 zgb_2024 @example.com，电话0123-7654321")).toEqual(["zgb_2024@example.com"]);
    expect(emails("邮箱：xcjd＠ example.cn。")).toEqual(["xcjd@example.cn"]);
  });
});

describe("a mailbox labelled 电子邮件 or E-mail", () => {
  it("is read as 邮箱 is", () => {
    const emails = (...lines: string[]) => findContacts(lines).emails;
    expect(emails("电子邮件：jjjc@example.cn")).toEqual(["jjjc@example.cn"]);
    expect(emails("E-mail：jjjc@example.cn")).toEqual(["jjjc@example.cn"]);
    expect(emails("电子邮件：", "jjjc@example.cn")).toEqual(["jjjc@example.cn"]);
  });
});

describe("a contact line with a long run of letters and no @", () => {
  it("is read in linear time (the e-mail pattern starts only where a run starts)", () => {
    const t0 = performance.now();
    expect(findContacts(["联系电话：" + "a".repeat(200_000)]).emails).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
