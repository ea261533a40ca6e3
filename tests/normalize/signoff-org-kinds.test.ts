// Schools, prisons and presses sign as units do; each line is made up.
import { describe, it, expect } from "vitest";
import { isSignoffOrg } from "../../src/normalize/signoff.js";
import { parseText } from "../../src/index.js";
import { src } from "../segment/helpers.js";

describe("units that end in 中学, 小学, 幼儿园, 监狱, 报社, 出版社", () => {
  it("are organisation lines", () => {
    for (const u of ["某某县第三中学", "某某市实验小学", "某某区机关幼儿园", "某某省某某监狱", "某某日报社", "某某人民出版社"]) expect(isSignoffOrg(u)).toBe(true);
  });
  it("sign a notice: the issuer, and no part of the last item's measures", () => {
    const d = parseText("某某县实验小学关于巡察整改情况的通报\n一、整改落实情况\n1.食堂台账不全。整改措施：补齐台账。已完成整改。\n\n某某县实验小学\n2025年9月1日", src);
    expect(d.issuer).toBe("某某县实验小学");
    expect(d.items[0].measures.map((m) => m.text)).toEqual(["补齐台账。"]);
  });
});

describe("an organisation and its date on one line", () => {
  it("is a sign-off line, as printed with spaces between", async () => {
    const { isSignoffOrgAndDate } = await import("../../src/normalize/signoff.js");
    expect(isSignoffOrgAndDate("某某乡党委    二〇二五年七月八日")).toBe(true);
    expect(isSignoffOrgAndDate("中共某某县林业局党组  2025年7月8日")).toBe(true);
    expect(isSignoffOrgAndDate("建立台账    2025年7月8日")).toBe(false);
    expect(isSignoffOrgAndDate("某某乡党委二〇二五年七月八日")).toBe(false);
  });
  it("closes the notice: not joined to the contact line above, nor the last item's measure", () => {
    const d = parseText("某某乡党委关于巡察整改情况的通报\n一、整改情况\n1.台账不全。整改措施：补齐台账。已完成。\n\n监督电话：0123-7654321  电子邮箱：x@example.cn\n\n某某乡党委    二〇二五年七月八日", src);
    expect([d.issuer, d.published]).toEqual(["某某乡党委", "2025-07-08"]);
    expect(d.items[0].measures.map((m) => m.text)).toEqual(["补齐台账。"]);
  });
});
