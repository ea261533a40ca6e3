// Fixture pairs: tests/fixtures/<case>/input.txt ↔ expected.json. `UPDATE=1 npx vitest run
// tests/pipeline` writes them (new cases included), so that a diff shows what changed. Without
// UPDATE a case with no expected file fails: an answer nobody has read is not a test.
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
      else if (!existsSync(expectedFile)) expect.fail(`${name}: no expected.json; write it with UPDATE=1 and check it by hand`);
      expect(actual).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
