// (for items14, with attachment-category.patch) An attachment's title over a table of items is no category.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { src } from "../segment/helpers.js";

const notice = (head: string, table: string) => `关于某某镇巡察整改情况的通报\n\n现将整改情况公布如下。\n\n某某镇党委\n2025年4月2日\n\n${head}\n${table}`;
describe("an attachment's title over a table of items", () => {
  it("is no category of its rows (附件：整改情况表, 附件1 整改问题清单), headed or not", () => {
    const headed = "序号\t问题\t整改措施\t完成时限\n1\t食堂账目不清\t清查账目\t2025年3月底\n2\t车辆管理混乱\t修订办法\t长期坚持\n";
    const headerless = "1 | 食堂账目不清 | 清查账目 | 2025年3月底 | 已完成\n2 | 车辆管理混乱 | 修订办法 | 长期坚持 | 持续推进\n";
    for (const [head, table] of [["附件：整改情况表", headed], ["附件1 整改问题清单", headerless], ["附件2：巡察反馈问题整改台账", headed]]) {
      expect(parseText(notice(head, table), src).items.map((i) => [i.problem, i.category])).toEqual([["食堂账目不清", null], ["车辆管理混乱", null]]);
    }
  });
  it("leaves a category row inside the attachment's table its rows' category", () => {
    const table = "序号\t问题\t整改措施\t完成时限\n（一）作风建设方面\n1\t食堂账目不清\t清查账目\t2025年3月底\n";
    expect(parseText(notice("附件：整改情况表", table), src).items.map((i) => i.category)).toEqual(["作风建设方面"]);
  });
});
