import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { openXlsx, xlsxValue, displayWidth, XLSX_MAX_TEXT } from "../../src/write/xlsx.js";
import { TABLES, TABLE_NAMES } from "../../src/write/tables.js";
import { makeNotice, makeItem, makeFigure } from "./helpers.js";
import { parsed } from "../../src/write/sink.js";

describe("xlsx workbook", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tongbao-xlsx-test-"));
  const file = path.join(dir, "sub", "notices.xlsx");
  const wb = new ExcelJS.Workbook();
  const long = "长".repeat(40);

  beforeAll(async () => {
    const sink = await openXlsx(file);
    const a = makeNotice({ items: [makeItem({ problem: long, deadline_date: "2023-12" })], inspection: { ...makeNotice().inspection, start: "2023-03" }, reported: { issues_total: 2, completion_rate: 0.925 } });
    const b = makeNotice(
      {
        items: [makeItem(), makeItem({ id: "i2", number: "2", problem: "=1+1" })],
        figures: [makeFigure({ value: -3.5 }), makeFigure({ value: [1, 2], range: true, normalized: null })],
      },
      "cd".repeat(32),
    );
    await sink.write(parsed(a), { path: "a.txt", outName: "a" });
    await sink.write(parsed(b), { path: "b.txt", outName: "b" });
    await sink.close();
    await wb.xlsx.readFile(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has one sheet per table, in order, each with the header row", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([...TABLE_NAMES]);
    for (const name of TABLE_NAMES) {
      const ws = wb.getWorksheet(name)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(TABLES[name].columns.map((c) => c.name));
    }
    expect(wb.getWorksheet("documents")!.rowCount).toBe(3);
    expect(wb.getWorksheet("items")!.rowCount).toBe(4);
  });

  it("freezes the header row and makes it bold", () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
  });

  it("writes numbers as numbers (negative ones too) and text as text", () => {
    const figures = wb.getWorksheet("figures")!;
    const col = (name: string) => TABLES.figures.columns.findIndex((c) => c.name === name) + 1;
    // Row 2 is the first document's figure; rows 3 and 4 the second's.
    expect(figures.getRow(2).getCell(col("value")).value).toBe(120);
    expect(figures.getRow(3).getCell(col("value")).value).toBe(-3.5);
    expect(figures.getRow(3).getCell(col("value")).type).toBe(ExcelJS.ValueType.Number);
    expect(figures.getRow(4).getCell(col("value")).value).toBe(null);
    expect(figures.getRow(4).getCell(col("value_low")).value).toBe(1);
    expect(figures.getRow(4).getCell(col("value_high")).value).toBe(2);
    expect(figures.getRow(4).getCell(col("range")).value).toBe(true);
    const items = wb.getWorksheet("items")!;
    const problem = TABLES.items.columns.findIndex((c) => c.name === "problem") + 1;
    // Text stays text in a typed cell: no formula, no ' prefix needed.
    expect(items.getRow(4).getCell(problem).value).toBe("=1+1");
    expect(items.getRow(4).getCell(problem).type).toBe(ExcelJS.ValueType.String);
    const bytes = TABLES.documents.columns.findIndex((c) => c.name === "source_bytes") + 1;
    expect(wb.getWorksheet("documents")!.getRow(2).getCell(bytes).value).toBe(1234);
    const rate = wb.getWorksheet("documents")!.getRow(2).getCell(TABLES.documents.columns.findIndex((c) => c.name === "reported_completion_rate") + 1);
    expect(rate.value).toBe(0.925);
    expect(rate.type).toBe(ExcelJS.ValueType.Number);
    expect(wb.getWorksheet("documents")!.getRow(3).getCell(rate.col).value).toBe(null);
  });

  it("writes full dates as dates and keeps partial dates as text", () => {
    const ws = wb.getWorksheet("documents")!;
    const col = (name: string) => TABLES.documents.columns.findIndex((c) => c.name === name) + 1;
    const end = ws.getRow(2).getCell(col("inspection_end"));
    expect(end.value).toBeInstanceOf(Date);
    expect((end.value as Date).toISOString().slice(0, 10)).toBe("2023-04-30");
    expect(end.numFmt).toBe("yyyy-mm-dd");
    expect(ws.getRow(2).getCell(col("inspection_start")).value).toBe("2023-03");
    const items = wb.getWorksheet("items")!;
    expect(items.getRow(2).getCell(TABLES.items.columns.findIndex((c) => c.name === "deadline_date") + 1).value).toBe("2023-12");
  });

  it("fits column widths to the content (wide characters count double), capped", () => {
    const items = wb.getWorksheet("items")!;
    const problem = items.getColumn(TABLES.items.columns.findIndex((c) => c.name === "problem") + 1);
    expect(problem.width).toBe(60);
    const kind = items.getColumn(TABLES.items.columns.findIndex((c) => c.name === "kind") + 1);
    expect(kind.width).toBeGreaterThanOrEqual(6);
    expect(kind.width).toBeLessThan(20);
  });
});

describe("xlsx cell values", () => {
  it("converts full ISO dates only in date columns", () => {
    expect(xlsxValue("date", "2024-05-06")).toEqual(new Date(Date.UTC(2024, 4, 6)));
    expect(xlsxValue("date", "2024-05")).toBe("2024-05");
    expect(xlsxValue("text", "2024-05-06")).toBe("2024-05-06");
    expect(xlsxValue("number", null)).toBe(null);
  });

  it("cuts text to Excel's cell limit", () => {
    const v = xlsxValue("text", "x".repeat(XLSX_MAX_TEXT + 10)) as string;
    expect(v.length).toBe(XLSX_MAX_TEXT);
    expect(v.endsWith("…")).toBe(true);
  });

  it("measures display width", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("整改")).toBe(4);
    expect(displayWidth("𠀀a")).toBe(3); // a wide character beyond the BMP
    expect(displayWidth("整改".repeat(50), 10)).toBe(10); // stops at the cap
    expect(displayWidth("abc", 10)).toBe(3);
  });
});

describe("zipCaughtUp (back-pressure for exceljs's streaming writer)", () => {
  it("waits while the zip's input holds more than its limit, and goes on when it drains", async () => {
    const { zipCaughtUp } = await import("../../src/write/xlsx.js");
    const { EventEmitter } = await import("node:events");
    const p = Object.assign(new EventEmitter(), { _writableState: { length: 64 << 20 } });
    let done = false;
    const wait = zipCaughtUp({ stream: { pipes: [p] } }).then(() => (done = true));
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    p._writableState.length = 0;
    p.emit("drain");
    await wait;
    expect(done).toBe(true);
  });
  it("does not wait on a stream that closes instead, nor on a writer without the expected internals", async () => {
    const { zipCaughtUp } = await import("../../src/write/xlsx.js");
    const { EventEmitter } = await import("node:events");
    const p = Object.assign(new EventEmitter(), { _writableState: { length: 64 << 20 }, destroyed: false });
    const wait = zipCaughtUp({ stream: { pipes: [p] } });
    await new Promise((r) => setImmediate(r));
    p.destroyed = true;
    p.emit("close");
    await wait;
    await zipCaughtUp({});
    await zipCaughtUp({ stream: {} });
  });
});
