// Fixture pairs: tests/fixtures/<case>/input.txt ↔ expected.json. A missing expected file is
// written on first run, and that run fails, so that an answer nobody has read never passes;
// `UPDATE=1 npm test` rewrites them all, so that a diff shows what changed.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseBytes } from "../../src/index.js";

const root = path.join(import.meta.dirname, "..", "fixtures");
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, "input.txt")))
  .map((d) => d.name)
  .sort();

describe("fixture pairs", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(1));
  for (const name of cases) {
    it(name, () => {
      const input = path.join(root, name, "input.txt");
      const doc = parseBytes(readFileSync(input), { path: `tests/fixtures/${name}/input.txt` });
      const expectedFile = path.join(root, name, "expected.json");
      const actual = JSON.stringify(doc, null, 2) + "\n";
      if (process.env.UPDATE) writeFileSync(expectedFile, actual);
      else if (!existsSync(expectedFile)) {
        writeFileSync(expectedFile, actual);
        expect.fail(`${name}: wrote expected.json; read it, then run again`);
      }
      expect(actual).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
