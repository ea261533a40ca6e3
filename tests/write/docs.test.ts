// docs/tables.md is the documented column contract: it must list every column, in order.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { TABLES, TABLE_NAMES } from "../../src/write/tables.js";

const doc = readFileSync("docs/tables.md", "utf8");

/** The column names listed under `## name`, in order. */
function documented(name: string): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(name + "\n"));
  if (!section) return [];
  return [...section.matchAll(/^\| \d+ \| `([^`]+)` \| (\w+) \|/gm)].map((m) => `${m[1]}:${m[2]}`);
}

describe("docs/tables.md", () => {
  for (const name of TABLE_NAMES) {
    it(`lists the columns of ${name} in order, with their types`, () => {
      expect(documented(name)).toEqual(TABLES[name].columns.map((c) => `${c.name}:${c.type}`));
    });
  }
});
