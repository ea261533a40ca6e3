// Document facts of round 11: phones set with brackets, spaces and full-width dashes; the rate of
// problems against the rate of tasks; names that hold 九成/八成; a bulletin's masthead and its date.
// Each sentence is made up.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { findReported } from "../../src/extract/reported.js";
import { findContacts } from "../../src/extract/contact.js";
import { foldString } from "../../src/normalize/fold.js";

const parse = (text: string) => parseText(text, { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 1 });
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

describe("the rate of problems and the rate of tasks", () => {
  it("the problems' rate is completion_rate, in either order", () => {
    expect(findReported("反馈问题15个，整改任务完成率86.7%，问题整改率93.3%。").completion_rate).toBe(0.933);
    expect(findReported("反馈问题15个，问题整改率93.3%，整改任务完成率86.7%。").completion_rate).toBe(0.933);
    // a bare 整改完成率 is the problems' (整改 is done to problems)
    expect(findReported("整改任务完成率80%，整改完成率90%。").completion_rate).toBe(0.9);
    expect(findReported("整改完成率90%，整改措施落实率80%。").completion_rate).toBe(0.9);
  });
  it("a rate of tasks or measures alone is still read", () => {
    expect(findReported("整改任务完成率86.7%。").completion_rate).toBe(0.867);
    expect(findReported("共制定整改措施30条，措施落实率90%。").completion_rate).toBe(0.9);
  });
  it("the same in a table's labels", () => {
    expect(findReported("\n整改任务完成率 问题整改完成率\n80% 90%").completion_rate).toBe(0.9);
    expect(findReported("\n问题整改完成率 整改任务完成率\n90% 80%").completion_rate).toBe(0.9);
  });
});

describe("names that hold 九成 or 八成", () => {
  it("are no rate, nor any total", () => {
    expect(findReported("高九成同志牵头整改，反馈问题10个，已整改完成8个。")).toEqual({ issues_total: 10, issues_completed: 8 });
    expect(findReported("由李八成同志负责，整改完成8个。").completion_rate).toBeUndefined();
    expect(findContacts(["联系人：高九成，联系电话：13912345678"]).phones).toEqual(["13912345678"]);
  });
  it("a rate stated in tenths after its word is read", () => {
    expect(findReported("高九成同志牵头，整改完成率达八成以上。").completion_rate).toBe(0.8);
    expect(findReported("问题整改完成率为9成。").completion_rate).toBe(0.9);
    // (not 成 that makes a word: 九成员)
    expect(findReported("整改完成率九成员").completion_rate).toBeUndefined();
  });
});
