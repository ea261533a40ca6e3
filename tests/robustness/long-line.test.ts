// Regexes must be linear: one 2 MB line without a line break parses in reasonable time.
import { describe, it, expect } from "vitest";
import { parseText, normalize, Notice } from "../../src/index.js";
import { longLine, source } from "./helpers.js";

const BOUND_MS = 20_000;

/** Lines line(0), line(1), … until they hold about `size` characters with their line breaks. */
function linesUpTo(size: number, line: (i: number) => string): string[] {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < size; i++) {
    const l = line(i);
    parts.push(l);
    n += l.length + 1;
  }
  return parts;
}

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
    // The newer rules, each shape repeated with no line break: decimal outline numbers, closing
    // brackets, roman and letter markers, financial capitals, （一）、, stated totals without a full
    // stop, relative years, traditional characters, one endless number.
    ["decimal outline numbers", "1.1 1.1.1 2.3、"],
    ["closing-bracket, letter, roman and capital markers", "一）1）A.Ⅰ、壹、贰、"],
    ["a bracketed marker with 、", "（一）、"],
    ["stated totals without a full stop", "反馈问题共3个方面12个问题给予2人"],
    ["relative years", "今年"],
    ["traditional characters", "關於縣委巡察組反饋問題的整改情況報告，認真貫徹落實"],
    ["digits without a break", "1234567890"],
    // A flattened notice is set back into lines (src/normalize/unbroken.ts): markers after sentence
    // ends behind emoji (whose positions, past a surrogate pair on one long line, once cost
    // minutes), labels, captions, headings set apart by a space, each line a heading or an item.
    ["a flattened notice's shapes", "。😀 一、标题 ▲图为现场 问题1：内容。（二）关于台账的问题 "],
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
      // The seeds' adverts sit inside this one line: only their sentences go, not the whole line
      // (which is set back into the lines it was flattened from: see src/normalize/unbroken.ts).
      if (unit === undefined) {
        const lines = normalize(line).lines;
        expect(lines.length).toBeGreaterThan(1000);
        expect(lines.reduce((n, l) => n + l.text.length, 0)).toBeGreaterThan(line.length * 0.95);
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
      const parts = linesUpTo(1_000_000, line);
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

describe("many short lines of a newer shape", () => {
  // List runs, decimal outlines, closing matter, sign-offs and toolbar junk are all decided line
  // by line against the lines around them: 100,000 lines of one shape must cost about 100,000
  // times one line. Shapes that make an item of every line run at 0.25 MB (each item costs a
  // fixed amount); the rest at 1 MB.
  const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
  const cases: Array<[string, number, (i: number) => string]> = [
    ["decimal outline numbers 1.1 … 9.9", 250_000, (i) => `${Math.floor(i / 9) % 9 + 1}.${i % 9 + 1} 标题`],
    ["runs of 一） with 1） 2） 3） inside", 250_000, (i) => (i % 4 === 0 ? `${CN[(i / 4) % 10]}）标题` : `${i % 4}）措施`)],
    ["roman markers Ⅰ、", 250_000, () => "Ⅰ、"],
    ["（一）、 markers", 250_000, (i) => `（${CN[i % 10]}）、关于问题的整改`],
    // Each 第一，… 第二， list looks ahead for the next heading to tell whether it introduces it;
    // that look ahead once re-read the rest of the notice for every list.
    ["第一，… 第二， lists in prose with no heading after them", 1_000_000, (i) => (i % 10 === 0 ? "第一，加强学习" : i % 10 === 1 ? "第二，完善制度" : "整改工作持续推进。")],
    ["organisation lines, then a date", 1_000_000, (i) => (i === 120_000 ? "2024年5月6日" : "中共某某县委办公室")],
    ["a WeChat toolbar", 1_000_000, () => "阅读原文"],
    ["attachments after a sign-off", 1_000_000, (i) => (i === 0 ? "中共某某县委办公室\n2024年5月6日\n附件：" : `${i}.某某材料`)],
    ["contact labels", 1_000_000, (i) => (i % 2 ? "0123-4567890" : "监督电话：")],
    ["stated totals", 1_000_000, (i) => (i % 2 ? "12个问题" : "给予2人")],
    ["relative years", 1_000_000, () => "今年4月完成整改"],
  ];
  for (const [name, size, line] of cases) {
    it(`${name} (${size / 1e6} MB): finishes well within ${BOUND_MS / 1000} s`, () => {
      const parts = linesUpTo(size, line);
      const text = parts.join("\n");
      const t0 = performance.now();
      const doc = parseText(text, source(text));
      const ms = performance.now() - t0;
      console.log(`${size / 1e6} MB of ${parts.length} lines (${name}): parseText ${(ms / 1000).toFixed(2)} s, ${doc.items.length} items`);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(Notice.safeParse(doc).success).toBe(true);
    }, BOUND_MS * 3);
  }
});
