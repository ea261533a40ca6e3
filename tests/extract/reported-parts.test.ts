// Stated totals written in parts or with other words for "in all"; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";

describe("rules made, stated in parts", () => {
  it("adds up the rules made and revised in one sentence", () => {
    expect(findReported("新建制度8项，修订制度12项。").rules_made).toBe(20);
    expect(findReported("新制定制度6项、修订完善制度9项、修订3项。").rules_made).toBe(18);
    expect(findReported("出台制度办法2个; 完善制度 4 个。").rules_made).toBe(6);
  });
  it("a stated total's breakdown, abolished rules and other things are no parts", () => {
    expect(findReported("建立完善制度20项，其中新建8项、修订12项。").rules_made).toBe(20);
    expect(findReported("新建制度8项，废止制度2项，修订制度3项。").rules_made).toBe(8);
    expect(findReported("新建制度8项，完善台账措施12项。").rules_made).toBe(8);
    expect(findReported("新建制度8项。修订制度12项。").rules_made).toBe(8);
  });
});

describe("共有 before a total", () => {
  it("reads 反馈的问题共有…个", () => {
    expect(findReported("巡察组反馈的问题共有4个方面16个，已整改完成15个。")).toMatchObject({ issues_total: 16, issues_completed: 15 });
    expect(findReported("反馈问题共有 21 条。").issues_total).toBe(21);
  });
});
