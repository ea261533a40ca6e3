// The seed notices scored against their hand-checked gold (fixtures/gold) with the project's
// copy of the scorer (tools/score.mjs). The thresholds are the ones the issues set.
import { describe, it, expect, beforeAll } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseFile } from "../../src/index.js";

const root = path.join(import.meta.dirname, "..", "..");
let scores: Record<string, number>;

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), "tongbao-gold-"));
  const seeds = readdirSync(path.join(root, "fixtures")).filter((f) => f.endsWith(".txt"));
  for (const f of seeds) {
    const doc = await parseFile(path.join(root, "fixtures", f));
    writeFileSync(path.join(out, f.replace(/\.txt$/, ".json")), JSON.stringify(doc));
  }
  const json = execFileSync(process.execPath, [path.join(root, "tools", "score.mjs"), "--gold", path.join(root, "fixtures", "gold"), "--out", out, "--json"], { encoding: "utf8" });
  scores = JSON.parse(json);
});

describe("gold scores on the seed notices", () => {
  it("scores every seed", () => {
    expect(scores.docs).toBe(3);
    expect(scores.missing).toBe(0);
  });
  const thresholds: Array<[string, number]> = [
    ["headings_f1", 97],
    ["heading_levels", 97],
    ["items_f1", 97],
    ["items_status", 97],
    ["items_category", 95],
    ["items_measures", 90],
    ["items_outcomes", 90],
    ["meta", 90],
    ["reported", 90],
  ];
  for (const [key, min] of thresholds) it(`${key} ≥ ${min}`, () => expect(scores[key]).toBeGreaterThanOrEqual(min));
  it("figures: precision ≥ 95 and F1 ≥ 95", () => {
    expect(scores.figures_p).toBeGreaterThanOrEqual(95);
    expect(scores.figures_f1).toBeGreaterThanOrEqual(95);
  });
});

// The scorer does not read contacts; the gold states them, so they are compared here.
describe("gold contacts on the seed notices", () => {
  const golds = readdirSync(path.join(root, "fixtures", "gold")).filter((f) => f.endsWith(".gold.json"));
  for (const g of golds) {
    it(`${g}: phones, e-mails and postcodes as the gold has them`, async () => {
      const gold = JSON.parse(readFileSync(path.join(root, "fixtures", "gold", g), "utf8"));
      if (!gold.contact) return;
      const doc = await parseFile(path.join(root, "fixtures", g.replace(/\.gold\.json$/, ".txt")));
      for (const key of ["phones", "emails", "postcodes"] as const) {
        if (gold.contact[key]) expect([...doc.contact[key]].sort(), key).toEqual([...gold.contact[key]].sort());
      }
    });
  }
});
