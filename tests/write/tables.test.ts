import { describe, expect, it, beforeAll } from "vitest";
import { readdirSync } from "node:fs";
import { parseFile, type Notice } from "../../src/index.js";
import { TABLES, TABLE_NAMES, documentId, cells } from "../../src/write/tables.js";
import { makeNotice, makeItem, makeFigure } from "./helpers.js";

const seeds = readdirSync("fixtures").filter((f) => f.endsWith(".txt")).sort().map((f) => `fixtures/${f}`);

describe("tables", () => {
  let docs: Notice[] = [];
  beforeAll(async () => {
    docs = await Promise.all(seeds.map((f) => parseFile(f)));
  });

  it("every row holds exactly the table's columns", () => {
    for (const name of TABLE_NAMES) {
      const names = TABLES[name].columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const doc of [...docs, makeNotice()]) for (const row of TABLES[name].rows(doc)) expect(Object.keys(row).sort()).toEqual([...names].sort());
    }
  });

  it("document ids are the first 12 hex digits of the sha256, and item keys are unique across the corpus", () => {
    const keys = docs.flatMap((d) => TABLES.items.rows(d).map((r) => r.item_key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(docs.reduce((a, d) => a + d.items.length, 0));
    for (const d of docs) {
      expect(documentId(d)).toBe(d.source.sha256.slice(0, 12));
      expect(TABLES.documents.rows(d)[0].document_id).toBe(documentId(d));
    }
  });

  it("one documents row per notice with stated and found counts", () => {
    const d = docs.find((x) => x.source.path.includes("002"))!;
    const [row] = TABLES.documents.rows(d);
    expect(row).toMatchObject({ reported_issues_total: 24, reported_issues_completed: 17, reported_issues_in_progress: 7, found_items: 24, found_issues: 24, found_completed: 18, found_in_progress: 6, found_figures: d.figures.length, reported_suggestions_total: null });
  });

  it("the stated completion rate is a column of its own, a ratio, empty when not stated", () => {
    const [row] = TABLES.documents.rows(makeNotice({ reported: { issues_total: 40, completion_rate: 0.925 } }));
    expect(row).toMatchObject({ reported_issues_total: 40, reported_completion_rate: 0.925 });
    expect(TABLES.documents.rows(makeNotice())[0].reported_completion_rate).toBeNull();
    expect(TABLES.documents.columns.find((c) => c.name === "reported_completion_rate")?.type).toBe("number");
  });

  it("measures and outcomes rows carry their ordinal within the item", () => {
    const doc = makeNotice({ items: [makeItem({ measures: [{ text: "a", line: 1, column: 1 }, { text: "b", line: 2, column: 1 }] })] });
    expect(TABLES.measures.rows(doc).map((r) => [r.item_key, r.ordinal, r.text])).toEqual([
      [`${"ab".repeat(6)}:i1`, 1, "a"],
      [`${"ab".repeat(6)}:i1`, 2, "b"],
    ]);
  });

  it("a range figure fills value_low/value_high and leaves value empty; a figure outside items has no item key", () => {
    const doc = makeNotice({
      figures: [
        makeFigure({ value: [3, 5], range: true, normalized: { value: [30000, 50000], unit: "元" }, item_id: null }),
        makeFigure({ value: -2.5, unit: "%", normalized: null }),
      ],
    });
    const rows = TABLES.figures.rows(doc);
    expect(rows[0]).toMatchObject({ ordinal: 1, item_key: null, item_id: null, value: null, value_low: 3, value_high: 5, normalized_value: null, normalized_low: 30000, normalized_high: 50000, range: true });
    expect(rows[1]).toMatchObject({ ordinal: 2, item_id: "i1", value: -2.5, value_low: null, value_high: null, normalized_unit: null });
    expect(cells(TABLES.figures, rows[1]).length).toBe(TABLES.figures.columns.length);
  });

  it("items count the figures inside each item", () => {
    const doc = makeNotice({ items: [makeItem(), makeItem({ id: "i2", number: "2" })], figures: [makeFigure(), makeFigure({ item_id: "i2" }), makeFigure({ item_id: "i2" })] });
    expect(TABLES.items.rows(doc).map((r) => r.figure_count)).toEqual([1, 2]);
  });
});
