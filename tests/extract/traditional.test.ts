// Notices written in traditional characters: folded to simplified for matching (offsets kept),
// read back as written.
import { describe, it, expect } from "vitest";
import { parseText } from "../../src/index.js";
import { foldString } from "../../src/normalize/fold.js";

const src = { path: "t.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: 0 };

const NOTICE = [
  "關於某縣委巡察整改情況的通報",
  "",
  "根據縣委統一部署，十三屆縣委第二輪巡察中，縣委第三巡察組於2024年3月1日至4月30日對某鄉黨委開展了常規巡察，並於2024年6月5日反饋了巡察意見。反饋問題8個，已完成整改7個，正在推進1個，追繳資金12.5萬元，問責2人。",
  "一、整改工作組織情況",
  "鄉黨委高度重視。",
  "二、集中整改進展情況",
  "（一）已完成整改的問題",
  "1.關於“黨組織會議記錄不規範”問題的整改",
  "整改措施：建立會議台賬。",
  "2.關於財務報銷不規範的問題",
  "整改措施：一是完善財務制度；二是開展專項檢查。",
  "（二）正在推進整改的問題",
  "1.關於個別項目推進緩慢的問題",
  "整改措施：倒排工期。",
  "三、下一步工作打算",
  "持續抓好整改。",
  "",
  "中共某鄉委員會",
  "2024年8月1日",
].join("\n");

describe("traditional characters", () => {
  it("fold to simplified one for one, and leave simplified text alone", () => {
    expect(foldString("關於個別項目問題的通報，處分黨員")).toBe("关于个别项目问题的通报，处分党员");
    expect(foldString("萬元 條 項 號")).toBe("万元 条 项 号");
    const plain = "关于个别项目问题的通报";
    expect(foldString(plain)).toBe(plain);
  });
  it("read headings, labels, status words, facts and figures, returned as written", () => {
    const d = parseText(NOTICE, src);
    expect(d.issuer).toBe("中共某鄉委員會");
    expect(d.inspection.inspector).toBe("縣委第三巡察組");
    expect(d.inspection.round).toBe("十三屆縣委第二輪");
    expect(d.reported).toMatchObject({ issues_total: 8, issues_completed: 7, issues_in_progress: 1, recovered_wan_yuan: 12.5, people_held_accountable: 2 });
    expect(d.sections.map((s) => [s.marker, s.title, s.role])).toEqual([
      ["一、", "整改工作組織情況", "organisation"],
      ["二、", "集中整改進展情況", "rectification"],
      ["三、", "下一步工作打算", "plan"],
    ]);
    expect(d.items.map((i) => [i.status, i.category, i.problem, i.measures.length])).toEqual([
      ["completed", "集中整改進展情況", "黨組織會議記錄不規範", 1],
      ["completed", "集中整改進展情況", "財務報銷不規範", 2],
      ["in_progress", "集中整改進展情況", "個別項目推進緩慢", 1],
    ]);
    expect(d.figures.find((f) => f.text === "12.5萬元")).toMatchObject({ value: 12.5, normalized: { value: 125000 } });
  });
  it("read a status field written in traditional characters", () => {
    const d = parseText("二、整改情況\n1.關於台賬不全的問題\n整改措施：建立台賬。\n整改狀態：正在推進", src);
    expect(d.items.map((i) => i.status)).toEqual(["in_progress"]);
  });
});

describe("facts named only in a traditional-character title", () => {
  it("reads the round and the group from the title, as written", () => {
    const text = ["某縣委巡察辦公室關於2024年第一輪巡察縣委第二巡察組反饋意見整改情況的通報", "", "根據統一部署，對某鎮黨委開展了巡察。", "一、整改情況", "1.關於制度不健全的問題", "整改措施：完善制度。"].join("\n");
    const doc = parseText(text, src);
    expect(doc.inspection.round).toBe("2024年第一輪");
    expect(doc.inspection.inspector).toBe("縣委第二巡察組");
  });
});
