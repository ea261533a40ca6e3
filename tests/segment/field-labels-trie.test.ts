// matchFieldLabel walks a trie of the labels; it must answer as the regex it replaced does (an
// alternation of every label, longest first, each letter-spaced, in brackets, before a colon or
// alone on its line), on every line of the fixtures and on lines made from every label.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { FIELD_LABELS, matchFieldLabel, type FieldName } from "../../src/segment/fields.js";
import { normalize } from "../../src/normalize/index.js";
import { decode } from "../../src/read/index.js";

const byLabel = new Map<string, FieldName>();
for (const [field, labels] of FIELD_LABELS) for (const l of labels) byLabel.set(l, field);
const ONE_WORD = new Set(["整改", "措施", "成效", "时限", "结果", "进展", "下一步", "下步"]);
const spaced = (labels: string[]) => [...labels].sort((a, b) => b.length - a.length).map((l) => [...l].join(" ?")).join("|");
const all = spaced([...byLabel.keys()]);
const bare = spaced([...byLabel.keys()].filter((l) => byLabel.get(l) !== "problem" && !ONE_WORD.has(l)));
const ORACLE = new RegExp(`^(?:[【\\[](${all})[】\\]]\\s*[:：]?|(${all})\\s*[:：]|(${bare})\\s*$)\\s*`);
const oracle = (line: string) => {
  const m = ORACLE.exec(line);
  if (!m) return null;
  const label = (m[1] ?? m[2] ?? m[3]).replace(/ /g, "");
  return { field: byLabel.get(label)!, label, valueStart: m[0].length, bare: m[3] !== undefined };
};

const root = path.join(import.meta.dirname, "..", "..");
function fixtureLines(): string[] {
  const files = readdirSync(path.join(root, "fixtures")).filter((f) => f.endsWith(".txt")).map((f) => path.join(root, "fixtures", f));
  const dir = path.join(root, "tests", "fixtures");
  for (const d of readdirSync(dir)) if (existsSync(path.join(dir, d, "input.txt"))) files.push(path.join(dir, d, "input.txt"));
  return files.flatMap((f) => normalize(decode(readFileSync(f)).text).lines.map((l) => l.text));
}

function madeLines(): string[] {
  const out: string[] = [];
  for (const l of byLabel.keys()) {
    const sp = [...l].join(" ");
    for (const head of [l, sp, l.slice(0, -1), l + "情况", `【${l}】`, `[${l}]`, `【${sp}】：`, `【${l}`]) {
      for (const tail of ["", "：", ":", " ：", "：已完成", "  ", " 已完成", "已完成", "：  2024年底", "】", "\t是"]) out.push(head + tail);
    }
  }
  return out;
}

describe("matchFieldLabel", () => {
  it("answers as the label regex on every line of the fixtures", () => {
    const lines = fixtureLines();
    expect(lines.length).toBeGreaterThan(500);
    const differ = lines.filter((l) => JSON.stringify(matchFieldLabel(l)) !== JSON.stringify(oracle(l)));
    expect(differ).toEqual([]);
  });
  it("answers as the label regex on lines made from every label", () => {
    const lines = madeLines();
    const differ = lines.filter((l) => JSON.stringify(matchFieldLabel(l)) !== JSON.stringify(oracle(l)));
    expect(differ.slice(0, 10)).toEqual([]);
    // (the made lines do hold labels of every kind)
    expect(new Set(lines.map((l) => matchFieldLabel(l)?.field).filter(Boolean)).size).toBe(FIELD_LABELS.length);
  });
});
