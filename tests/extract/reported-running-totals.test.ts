// Totals said with a running-total word (累计, 共) and tasks counted done; each sentence is made up.
import { describe, it, expect } from "vitest";
import { findReported } from "../../src/extract/reported.js";

describe("a running total before the count", () => {
  it("reads 累计完成整改问题…个 as problems done", () => {
    expect(findReported("截至10月底，累计完成整改问题27个，完成率90%。").issues_completed).toBe(27);
    expect(findReported("反馈问题12个，共整改到位10个。").issues_completed).toBe(10);
  });
  it("reads 制定整改措施共…条 as the measures' total", () => {
    expect(findReported("围绕问题清单，制定整改措施共74条，其中已完成70条。")).toMatchObject({ measures_total: 74, measures_completed: 70 });
  });
  it("does not read a plan or the measures' count as problems done", () => {
    expect(findReported("力争年底前累计完成整改问题27个。").issues_completed).toBeUndefined();
    expect(findReported("累计完成整改措施27条。").issues_completed).toBeUndefined();
  });
});

describe("tasks counted done", () => {
  it("reads 已完成整改任务…项 as measures done, as the tasks' total is measures", () => {
    expect(findReported("细化整改任务40项。截至目前，已完成整改任务36项，其余4项正在推进。")).toMatchObject({ measures_total: 40, measures_completed: 36 });
  });
});
