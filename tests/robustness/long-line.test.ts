// Regexes must be linear: one 2 MB line without a line break parses in reasonable time.
import { describe, it, expect } from "vitest";
import { parseText, normalize, Notice } from "../../src/index.js";
import { longLine, source } from "./helpers.js";

const BOUND_MS = 20_000;

describe("a long line without line breaks", () => {
  const cases: Array<[string, string | undefined]> = [
    ["seed text", undefined],
    ["a heading repeated", "（一）关于“学习不深入”问题的整改，整改措施：组织学习5次，"],
    ["unclosed quotes and brackets", "关于“（《【1.5万元，"],
    ["digits and spaces", "1 2.3 4,567 八 九十 "],
    // Shapes that once cost quadratic time: refused counts in one endless clause, figures with no
    // 累计 before them, a run of Chinese numerals (届…第…轮), periods before every figure.
    ["refused counts in one clause", "制定措施，已完成3个，"],
    ["figures without 累计", "投入资金3万元，"],
    ["a run of Chinese numerals", "一"],
    ["a period before every figure", "较2022年提高3个百分点，2021年以来"],
  ];
  for (const [name, unit] of cases) {
    // The seed text at the full 2 MB; the adversarial shapes at 1 MB keep the suite fast and
    // would still take minutes if anything were quadratic.
    const size = unit === undefined ? 2_000_000 : 1_000_000;
    it(`${name} (${size / 1e6} MB): finishes well within ${BOUND_MS / 1000} s`, () => {
      const line = longLine(size, unit);
      const t0 = performance.now();
      const doc = parseText(line, source(line));
      const ms = performance.now() - t0;
      console.log(`${size / 1e6} MB line (${name}): parseText ${(ms / 1000).toFixed(2)} s, ${doc.figures.length} figures`);
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

describe("1 MB of short lines that all join into one", () => {
  // Lines that continue the line above (a trailing comma, an open bracket, text hard-wrapped at a
  // fixed width) are joined; joining must not re-scan or re-copy the joined text each time.
  const cases: Array<[string, (i: number) => string]> = [
    ["lines ending in a comma", (i) => `第${i}项工作已经完成，`],
    ["an open bracket", (i) => (i === 0 ? "（开始" : `第${i}项工作已经完成`)],
    ["hard-wrapped at a fixed width", (i) => `巡察整改工作持续推进中各项措施落实到位第${String(i).padStart(6, "0")}段`],
  ];
  for (const [name, line] of cases) {
    it(`${name}: finishes well within ${BOUND_MS / 1000} s`, () => {
      const parts: string[] = [];
      let n = 0;
      for (let i = 0; n < 1_000_000; i++) {
        const l = line(i);
        parts.push(l);
        n += l.length + 1;
      }
      const text = parts.join("\n");
      const t0 = performance.now();
      const doc = parseText(text, source(text));
      const ms = performance.now() - t0;
      console.log(`1 MB of ${parts.length} short lines (${name}): parseText ${(ms / 1000).toFixed(2)} s`);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(Notice.safeParse(doc).success).toBe(true);
    }, BOUND_MS * 3);
  }
});
