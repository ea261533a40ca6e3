// Field labels in the shapes PDFs print them. Each line is made up.
import { describe, it, expect } from "vitest";
import { matchFieldLabel } from "../../src/segment/fields.js";

describe("field labels", () => {
  it("reads a label set with a space between its characters (整 改 措 施：)", () => {
    expect(matchFieldLabel("整 改 措 施:开展专项整治。")).toEqual({ field: "measures", label: "整改措施", valueStart: 8, bare: false });
    expect(matchFieldLabel("责 任 单 位:县市场监管局")).toMatchObject({ field: "responsible", label: "责任单位" });
    expect(matchFieldLabel("【整 改 时 限】2025年3月底前")).toMatchObject({ field: "deadline", label: "整改时限" });
  });
  it("reads no label in words that merely start like one", () => {
    expect(matchFieldLabel("整 改 工 作 有 序 推 进")).toBeNull();
  });
});

describe("a spaced label alone on its line", () => {
  it("opens its field like the unspaced one", () => {
    expect(matchFieldLabel("整 改 措 施")).toEqual({ field: "measures", label: "整改措施", valueStart: 7, bare: true });
  });
});

describe("one-word labels", () => {
  it("label a field with a colon or brackets, not alone on a line nor as a table's column name", async () => {
    const { labelField } = await import("../../src/segment/fields.js");
    expect(matchFieldLabel("整改:建立台账。")).toMatchObject({ field: "measures", label: "整改" });
    expect(matchFieldLabel("【成效】补齐台账。")).toMatchObject({ field: "outcomes", label: "成效" });
    // 整改 over 时限: half of a wrapped name
    expect(matchFieldLabel("整改")).toBeNull();
    expect(labelField("整改")).toBeNull();
    expect(labelField("整改时限")).toBe("deadline");
  });
});
