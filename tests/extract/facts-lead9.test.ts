// Facts rules added in the ninth round by the lead, each on a made-up notice of its shape.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };
const parse = (text: string) => parseText(text, src);

describe("a sign-off by a residents' or villagers' committee, or a community", () => {
  it("is the issuer, not a unit the title names", () => {
    for (const org of ["某某社区居委会", "某某村村委会", "某某社区"]) {
      const d = parse(`关于街道党工委巡察反馈意见整改情况的通报\n\n街道党工委第一巡察组于2025年3月对${org}开展了巡察。\n一、整改情况\n1.台账不全\n整改措施：建立台账。\n\n${org}\n2025年6月1日\n`);
      expect([org, d.issuer, d.published]).toEqual([org, org, "2025-06-01"]);
    }
  });
});
