// The one definition of "what a notice lists" that validate, the report and the tables share.
import { describe, it, expect } from "vitest";
import { foundTotals, isProblem } from "../../src/validate/found.js";
import { makeNotice, makeItem } from "../write/helpers.js";

describe("foundTotals", () => {
  it("counts issues and immediate fixes as problems, suggestions apart, measures under problems only", () => {
    const m = (n: number) => Array.from({ length: n }, (_, k) => ({ text: `m${k}`, line: 1, column: 1 }));
    const doc = makeNotice({
      items: [
        makeItem({ id: "i1", kind: "issue", status: "completed", measures: m(2) }),
        makeItem({ id: "i2", kind: "immediate", status: "in_progress", measures: m(1) }),
        makeItem({ id: "i3", kind: "suggestion", status: "unknown", measures: m(5) }),
        makeItem({ id: "i4", kind: "issue", status: "unknown", measures: m(0) }),
      ],
    });
    expect(foundTotals(doc)).toEqual({ issues_total: 3, issues_completed: 1, issues_in_progress: 1, suggestions_total: 1, measures_total: 3, immediate_total: 1 });
    expect(isProblem(makeItem({ kind: "suggestion" }))).toBe(false);
  });
});
