// Inspection groups named after their committee's group word, and two groups named in full; made up.
import { describe, it, expect } from "vitest";
import { findInspector } from "../../src/extract/facts.js";

describe("inspection group names", () => {
  it("keeps the number after the committee's group (市委巡察组第三组)", () => {
    expect(findInspector("2025年4月，市委巡察组第三组对市林业局党组开展了巡察。")).toBe("市委巡察组第三组");
  });
  it("keeps both of two groups named in full (第一巡察组、第二巡察组)", () => {
    expect(findInspector("县委第一巡察组、第二巡察组分别对县直单位开展了巡察。")).toBe("县委第一巡察组、第二巡察组");
  });
  it("leaves the usual forms as they were", () => {
    expect(findInspector("县委第二巡察组对县林业局党组开展了巡察。")).toBe("县委第二巡察组");
    expect(findInspector("县委巡察组对县林业局党组开展了巡察。")).toBe("县委巡察组");
    expect(findInspector("县委第一、二巡察组对县林业局党组开展了巡察。")).toBe("县委第一、二巡察组");
  });
});
