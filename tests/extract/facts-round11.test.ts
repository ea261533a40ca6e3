// Document facts of round 11: phones set with brackets, spaces and full-width dashes; the rate of
// problems against the rate of tasks; names that hold 九成/八成; a bulletin's masthead and its date.
// Each sentence is made up.
import { describe, it, expect } from "vitest";
import { findContacts } from "../../src/extract/contact.js";
import { foldString } from "../../src/normalize/fold.js";

// (as the pipeline gives them: matched folded, read back as written)
const phones = (...lines: string[]) => findContacts(lines.map((w) => ({ text: foldString(w), written: w }))).phones;

describe("phones set with an area code in brackets, spaces or a full-width dash", () => {
  it("reads a seven-digit local number set 4 + 3 after its area code", () => {
    expect(phones("联系电话：(0551) 6543 210；电子邮箱：ab@c.cn")).toEqual(["(0551)6543210"]);
    // (no bracket: the space after the area code is a dash, as for 0415 1234567)
    expect(phones("举报电话：0551 6543 210")).toEqual(["0551-6543210"]);
    expect(phones("监督电话：0551-6543 210")).toEqual(["0551-6543210"]);
    // with the country code too
    expect(phones("电话：+86 551 6543 210")).toEqual(["+86-551-6543210"]);
  });
  it("keeps full-width brackets and dashes as written", () => {
    expect(phones("联系电话：（0551）65432109")).toEqual(["（0551）65432109"]);
    expect(phones("联系电话：0551－6543210")).toEqual(["0551－6543210"]);
    expect(phones("联系电话：（0551）6543 2109")).toEqual(["（0551）65432109"]);
  });
  it("never reads a sum, an ID number or a date as a phone", () => {
    expect(phones("联系电话：0551-6543210，收回资金3054321元。")).toEqual(["0551-6543210"]);
    expect(phones("联系电话：65432109，涉及金额65432100万元")).toEqual(["65432109"]);
    expect(phones("举报电话：0551-6543210，身份证号340102198807154321")).toEqual(["0551-6543210"]);
    expect(phones("举报电话：0551-6543210，身份证号34010219880715432X")).toEqual(["0551-6543210"]);
    expect(phones("电话：0551-6543210，受理时间：20250602至20250611")).toEqual(["0551-6543210"]);
    expect(phones("电话：0551-6543210，截止日期20250611")).toEqual(["0551-6543210"]);
    // eight digits that read as a day but follow no word of dates are a local number
    expect(phones("值班电话：20250611")).toEqual(["20250611"]);
  });
});
