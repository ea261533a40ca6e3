// End to end: the CSV tables and the JSON Lines of the three seed notices, loaded into DuckDB,
// agree with each other and with the JSON documents. Figure counts are computed from the
// documents, never hard-coded (figures may be empty while their extractor is being built).
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { tongbao } from "./run.js";
import type { Notice } from "../../src/schema/index.js";
import { TABLES, type TableName } from "../../src/write/tables.js";

const SEEDS = readdirSync("fixtures").filter((f) => f.endsWith(".txt")).sort().map((f) => `fixtures/${f}`);
// Items per seed notice, as in the hand-checked gold files (fixtures/gold/*.gold.json "issues"):
// 003 has 28 problems and 4 suggestions.
const EXPECTED_ITEMS: Record<string, number> = { "000": 17, "002": 24, "003": 32 };

let tmp: string;
let con: DuckDBConnection;
let docs: Notice[];
const sq = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const r = await con.runAndReadAll(sql);
  return r.getRowObjectsJS() as Record<string, unknown>[];
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "tongbao-duckdb-"));
  const csv = tongbao(["parse", ...SEEDS, "--format", "csv", "--out", path.join(tmp, "tables"), "--quiet"]);
  expect(csv.code).toBe(0);
  const jsonl = tongbao(["parse", ...SEEDS, "--format", "jsonl", "--out", path.join(tmp, "notices.jsonl"), "--quiet"]);
  expect(jsonl.code).toBe(0);
  docs = readFileSync(path.join(tmp, "notices.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as Notice);
  const db = await DuckDBInstance.create(":memory:");
  con = await db.connect();
  for (const t of ["documents", "items", "measures", "outcomes", "figures"] as TableName[]) {
    // Join keys as text, whatever DuckDB would sniff (empty cells stay NULL).
    const keys = TABLES[t].columns.filter((c) => ["document_id", "item_key", "item_id"].includes(c.name)).map((c) => `'${c.name}': 'VARCHAR'`);
    await con.run(`CREATE TABLE ${t} AS SELECT * FROM read_csv(${sq(path.join(tmp, "tables", `${t}.csv`))}, header = true, types = {${keys.join(", ")}})`);
  }
  await con.run(`CREATE TABLE notices AS SELECT * FROM read_json(${sq(path.join(tmp, "notices.jsonl"))}, format = 'newline_delimited')`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("DuckDB over the CSV tables and JSON Lines of the seeds", () => {
  it("the JSON Lines hold the seeds in input order", () => {
    expect(docs.map((d) => d.source.path)).toEqual(SEEDS);
  });

  it("item counts per document match: CSV items, JSONL, the JSON documents and the gold counts", async () => {
    const fromCsv = await rows(`SELECT d.source_path AS path, count(i.item_key)::INTEGER AS n FROM documents d LEFT JOIN items i USING (document_id) GROUP BY ALL ORDER BY path`);
    const fromJsonl = await rows(`SELECT source.path AS path, len(items)::INTEGER AS n FROM notices ORDER BY path`);
    const fromDocs = docs.map((d) => ({ path: d.source.path, n: d.items.length }));
    expect(fromCsv).toEqual(fromDocs);
    expect(fromJsonl).toEqual(fromDocs);
    expect(fromDocs.map((d) => [path.basename(d.path).slice(0, 3), d.n])).toEqual(Object.entries(EXPECTED_ITEMS));
    // found_items in documents agrees as well
    expect(await rows(`SELECT source_path AS path, found_items::INTEGER AS n FROM documents ORDER BY path`)).toEqual(fromDocs);
  });

  it("items joined to figures give the figure counts computed from the JSON documents", async () => {
    const joined = await rows(`
      SELECT i.item_key AS key, count(f.ordinal)::INTEGER AS n
      FROM items i LEFT JOIN figures f ON f.item_key = i.item_key
      GROUP BY i.item_key ORDER BY key`);
    const expected = docs
      .flatMap((d) => d.items.map((it) => ({ key: `${d.source.sha256.slice(0, 12)}:${it.id}`, n: d.figures.filter((f) => f.item_id === it.id).length })))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    expect(joined).toEqual(expected);
    // items.figure_count says the same
    expect(await rows(`SELECT item_key AS key, figure_count::INTEGER AS n FROM items ORDER BY key`)).toEqual(expected);
  });

  it("figures per document and outside items match the documents", async () => {
    const perDoc = await rows(`
      SELECT d.source_path AS path, count(f.ordinal)::INTEGER AS total, count(f.ordinal) FILTER (WHERE f.item_key IS NULL)::INTEGER AS outside
      FROM documents d LEFT JOIN figures f USING (document_id) GROUP BY ALL ORDER BY path`);
    expect(perDoc).toEqual(docs.map((d) => ({ path: d.source.path, total: d.figures.length, outside: d.figures.filter((f) => !f.item_id).length })));
    expect(await rows(`SELECT source.path AS path, len(figures)::INTEGER AS total FROM notices ORDER BY path`)).toEqual(docs.map((d) => ({ path: d.source.path, total: d.figures.length })));
  });

  it("measures and outcomes rows join back to their items", async () => {
    for (const t of ["measures", "outcomes"] as const) {
      const orphans = await rows(`SELECT count(*)::INTEGER AS n FROM ${t} x ANTI JOIN items i USING (item_key)`);
      expect(orphans).toEqual([{ n: 0 }]);
      const [{ n }] = await rows(`SELECT count(*)::INTEGER AS n FROM ${t}`);
      expect(n).toBe(docs.reduce((a, d) => a + d.items.reduce((b, i) => b + i[t].length, 0), 0));
    }
  });

  it("the stated totals of seed 002 come through as numbers", async () => {
    const r = await rows(`SELECT reported_issues_total::INTEGER AS t, reported_issues_completed::INTEGER AS c, found_completed::INTEGER AS fc FROM documents WHERE source_path LIKE '%002_%'`);
    expect(r).toEqual([{ t: 24, c: 17, fc: 18 }]);
  });
});
