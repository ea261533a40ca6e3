// Field labels in the shapes PDFs print them. Each line is made up.
import { describe, it, expect } from "vitest";
import { matchFieldLabel } from "../../src/segment/fields.js";

describe("field labels", () => {
  it("reads a label set with a space between its characters (整 改 措 施：)", () => {
    expect(matchFieldLabel("整 改 措 施:开展专项整治。")).toEqual({ field: "measures", label: "整改措施", valueStart: 8 });
    expect(matchFieldLabel("责 任 单 位:县市场监管局")).toMatchObject({ field: "responsible", label: "责任单位" });
    expect(matchFieldLabel("【整 改 时 限】2025年3月底前")).toMatchObject({ field: "deadline", label: "整改时限" });
  });
  it("reads no label in words that merely start like one", () => {
    expect(matchFieldLabel("整 改 工 作 有 序 推 进")).toBeNull();
  });
});
