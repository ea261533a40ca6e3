import { describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import iconv from "iconv-lite";
import { csvRecord, CsvTableWriter, openCsvTable } from "../../src/write/csv.js";
import { TABLES } from "../../src/write/tables.js";
import { makeNotice, makeItem } from "./helpers.js";

/** Collects what a stream receives. */
function capture() {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  return { out, bytes: () => Buffer.concat(chunks) };
}

describe("csvRecord (RFC 4180 via csv-stringify)", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes, and ends records with CRLF", () => {
    expect(csvRecord(["a,b", 'say "hi"', "two\nlines", "plain"])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
  });

  it("writes null as an empty cell, booleans as true/false and numbers as they are", () => {
    expect(csvRecord([null, true, false, 3, 948.191724, 0])).toBe(",true,false,3,948.191724,0\r\n");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvRecord(["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"])).toBe(`'=SUM(A1),'+1,'-2,'@cmd,'\tx,"'\rx"\r\n`);
  });

  it("keeps negative numbers as numbers (a number is not text)", () => {
    expect(csvRecord([-3, -0.5, "-3"])).toBe("-3,-0.5,'-3\r\n");
  });

  it("leaves ordinary text and text with = inside alone", () => {
    expect(csvRecord(["整改=完成", "a-b", "资金120万元"])).toBe("整改=完成,a-b,资金120万元\r\n");
  });

  it("can be told not to neutralise formulas", () => {
    expect(csvRecord(["=1+1", "-2"], { escapeFormulas: false })).toBe("=1+1,-2\r\n");
  });
});

describe("CsvTableWriter", () => {
  const doc = makeNotice({ items: [makeItem({ problem: "=HYPERLINK(\"x\")", heading: "关于“资金”问题，整改" })] });

  it("starts with a UTF-8 BOM and the header by default", async () => {
    const { out, bytes } = capture();
    const w = new CsvTableWriter(TABLES.items, out);
    await w.writeDocument(doc);
    await w.end();
    const b = bytes();
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = b.subarray(3).toString("utf8");
    expect(text.startsWith(TABLES.items.columns.map((c) => c.name).join(",") + "\r\n")).toBe(true);
    expect(text).toContain(`'=HYPERLINK(""x"")`);
    expect(text).toContain(",关于“资金”问题，整改,"); // a full-width comma is not a delimiter: no quotes
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(2);
  });

  it("drops the BOM with bom: false", async () => {
    const { out, bytes } = capture();
    const w = new CsvTableWriter(TABLES.items, out, { bom: false });
    await w.end();
    expect(bytes().toString("utf8")).toBe(TABLES.items.columns.map((c) => c.name).join(",") + "\r\n");
    expect(bytes()[0]).toBe("d".charCodeAt(0));
  });

  it("writes GB18030 (no BOM) that decodes back to the same Chinese text", async () => {
    const { out, bytes } = capture();
    const w = new CsvTableWriter(TABLES.items, out, { encoding: "gb18030" });
    await w.writeDocument(makeNotice());
    await w.end();
    const b = bytes();
    expect([...b.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    // 资 is D7 CA in GB18030, E8 B5 84 in UTF-8.
    expect(b.includes(Buffer.from([0xd7, 0xca]))).toBe(true);
    expect(b.includes(Buffer.from("资", "utf8"))).toBe(false);
    expect(iconv.decode(b, "gb18030")).toContain("资金管理不规范");
  });

  it("writes the documents row's completion rate as a plain number", async () => {
    const { out, bytes } = capture();
    const w = new CsvTableWriter(TABLES.documents, out, { bom: false });
    await w.writeDocument(makeNotice({ reported: { issues_total: 40, completion_rate: 0.925 } }));
    await w.end();
    const [head, row] = bytes().toString("utf8").split("\r\n");
    const at = head.split(",").indexOf("reported_completion_rate");
    expect(at).toBeGreaterThan(0);
    expect(row.split(",")[at]).toBe("0.925");
  });

  it("writes the header even when no document comes", async () => {
    const { out, bytes } = capture();
    const sink = await openCsvTable("figures", out, { bom: false });
    await sink.close();
    expect(bytes().toString("utf8").trim()).toBe(TABLES.figures.columns.map((c) => c.name).join(","));
  });
});
