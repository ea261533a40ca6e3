// A measure's or a result's line and column are where its text starts in the original file (past
// the list marker it was stripped of), on every fixture notice: its text stands there.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseBytes, decode } from "../../src/index.js";

const root = path.join(import.meta.dirname, "..", "fixtures");
const cases = readdirSync(root).filter((d) => existsSync(path.join(root, d, "input.txt")));

describe("entry positions", () => {
  for (const name of cases) {
    it(name, () => {
      const bytes = readFileSync(path.join(root, name, "input.txt"));
      const doc = parseBytes(bytes);
      const lines = decode(bytes).text.split(/\r\n|\r|\n/).map((l) => [...l]);
      const misplaced: string[] = [];
      let n = 0;
      for (const it of doc.items) {
        for (const e of [...it.measures, ...it.outcomes]) {
          n++;
          // (the first few characters, up to a space: an entry may run on across a line break)
          const head = [...e.text].slice(0, 6).join("").split(/\s/)[0];
          const at = (lines[e.line - 1] ?? []).slice(e.column - 1).join("");
          // (a hard-wrapped entry runs on into the next line: its line then holds its start only,
          // up to the gutter when a second column stands beside it)
          const rest = at.split(/ {3,}/)[0].trimEnd();
          if (!at.startsWith(head) && !(rest.length > 0 && head.startsWith(rest))) misplaced.push(`${e.line}:${e.column} ${head} / ${at.slice(0, 8)}`);
        }
      }
      expect(misplaced).toEqual([]);
      if (doc.items.length) expect(n).toBeGreaterThan(0);
    });
  }
});
