// Small made-up documents for writer tests, valid against the Notice schema.
import { Notice, SCHEMA_VERSION, type Item, type Figure } from "../../src/schema/index.js";

export function makeItem(over: Partial<Item> = {}): Item {
  return {
    id: "i1",
    number: "1",
    kind: "issue",
    status: "completed",
    category: "整改落实情况",
    problem: "资金管理不规范",
    heading: "关于“资金管理不规范”问题的整改",
    line: 10,
    column: 1,
    measures: [{ text: "修订资金管理办法", line: 11, column: 1 }],
    outcomes: [],
    deadline: null,
    deadline_date: null,
    difficulties: null,
    problem_details: null,
    responsible: null,
    ...over,
  };
}

export function makeFigure(over: Partial<Figure> = {}): Figure {
  return {
    text: "120万元",
    value: 120,
    unit: "万元",
    approx: false,
    range: false,
    normalized: { value: 1200000, unit: "元" },
    qualifier: null,
    metric: null,
    period: null,
    item_id: "i1",
    line: 11,
    column: 5,
    start: 200,
    end: 205,
    ...over,
  };
}

export function makeNotice(over: Partial<Notice> = {}, sha = "ab".repeat(32)): Notice {
  const doc: Notice = {
    schema_version: SCHEMA_VERSION,
    source: { path: "made-up.txt", encoding: "utf-8", sha256: sha, bytes: 1234 },
    title: "关于巡察整改情况的通报",
    issuer: "中共某某县水利局党组",
    inspection: { inspector: "县委第一巡察组", target: "县水利局党组", start: "2023-03-01", end: "2023-04-30", feedback_date: "2023-06-10", round: null, kind: "巡察" },
    published: "2023-09-01",
    comment_period: null,
    contact: { phones: [], emails: [], postcodes: [], addresses: [] },
    reported: { issues_total: 2 },
    sections: [],
    items: [makeItem()],
    figures: [makeFigure()],
    diagnostics: [],
    ...over,
  };
  return Notice.parse(doc);
}
