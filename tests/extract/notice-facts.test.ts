// Document facts read through the whole pipeline, from small made-up notices.
import { describe, it, expect } from "vitest";
import { parseBytes } from "../../src/index.js";

const parse = (...lines: string[]) => parseBytes(new TextEncoder().encode(lines.join("\n") + "\n"), { path: "t.txt" });

describe("stated totals placed by the outline", () => {
  it("reads totals inside the themes of a notice whose sections are all items", () => {
    const n = parse(
      "中共某某控股集团有限公司党委关于巡视整改进展情况的通报",
      "根据省委统一部署，2023年5月8日至7月7日，省委第三巡视组对某某控股集团有限公司党委进行了巡视。8月20日反馈了巡视意见。",
      "一、强化政治担当，压紧压实整改责任",
      "制定整改措施120条。",
      "二、从严监督执纪，推动全面从严治党",
      "问责45人，追缴挽回经济损失1.2亿元。",
    );
    expect(n.reported).toEqual({ measures_total: 120, people_held_accountable: 45, recovered_wan_yuan: 12000 });
  });
  it("takes counts from status headings when the text states none", () => {
    const n = parse(
      "关于区委巡察整改情况的通报",
      "根据区委统一部署，2023年4月10日至6月9日，区委第一巡察组对区商务局党组进行了巡察。",
      "一、整改落实情况",
      "（一）已完成整改的问题（3个）",
      "1.关于“台账不全”问题的整改",
      "整改措施：补齐台账。",
      "2.关于“培训不足”问题的整改",
      "整改措施：组织培训。",
      "3.关于“制度缺失”问题的整改",
      "整改措施：制定制度。",
      "（二）正在推进整改的问题（1个）",
      "4.关于“人员不足”问题的整改",
      "整改措施：招聘人员。",
    );
    expect(n.reported).toEqual({ issues_completed: 3, issues_in_progress: 1 });
  });
});
