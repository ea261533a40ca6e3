// Regexes must be linear: one 2 MB line without a line break parses in reasonable time.
import { describe, it, expect } from "vitest";
import { parseText, normalize, Notice } from "../../src/index.js";
import { longLine, source } from "./helpers.js";

const BOUND_MS = 20_000;

describe("a 2 MB line without line breaks", () => {
  const cases: Array<[string, string | undefined]> = [
    ["seed text", undefined],
    ["a heading repeated", "（一）关于“学习不深入”问题的整改，整改措施：组织学习5次，"],
    ["unclosed quotes and brackets", "关于“（《【1.5万元，"],
    ["digits and spaces", "1 2.3 4,567 八 九十 "],
  ];
  for (const [name, unit] of cases) {
    it(`${name}: finishes well within ${BOUND_MS / 1000} s`, () => {
      const line = longLine(2_000_000, unit);
      const t0 = performance.now();
      const doc = parseText(line, source(line));
      const ms = performance.now() - t0;
      console.log(`2 MB line (${name}): parseText ${(ms / 1000).toFixed(2)} s, ${doc.figures.length} figures`);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(Notice.safeParse(doc).success).toBe(true);
      // The seeds' adverts sit inside this one line: only their sentences go, not the whole line.
      if (unit === undefined) {
        expect(normalize(line).lines[0].text.length).toBeGreaterThan(line.length * 0.95);
        expect(doc.figures.length).toBeGreaterThan(1000);
      }
    }, BOUND_MS * 3);
  }
});
