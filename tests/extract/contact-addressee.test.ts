// An addressee named by 收件人/收信人 after an address (…15号县委巡察办（收件人：王某）) is split off as
// the …收 shape is: the place ends at its house number, room or box. Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findContacts } from "../../src/extract/contact.js";

const addresses = (...lines: string[]) => findContacts(lines).addresses;

describe("an address with 收件人 after it", () => {
  it("ends at the place, the office before 收件人 being the addressee's", () => {
    expect(addresses("来信请寄：某某县光明路15号县委巡察办（收件人：王某）")).toEqual(["某某县光明路15号"]);
    expect(addresses("通信地址：某某市某某区2号楼301室 区委巡察办(收信人:赵某)")).toEqual(["某某市某某区2号楼301室"]);
    expect(addresses("邮政信箱：某某市1001号信箱 市委巡察办 收件人：孙某")).toEqual(["某某市1001号信箱"]);
  });
  it("keeps a place with no addressee before 收件人, and an office that is the only place", () => {
    expect(addresses("地址：某某县光明路15号（收件人：王某）")).toEqual(["某某县光明路15号"]);
    expect(addresses("来信请寄：某某县委巡察办（收件人：王某）")).toEqual(["某某县委巡察办"]);
  });
  it("keeps a further fact's cut as before (电话 is no addressee)", () => {
    expect(addresses("地址：某某县光明路15号县委巡察办 联系电话：0123-7654321")).toEqual(["某某县光明路15号县委巡察办"]);
  });
});
