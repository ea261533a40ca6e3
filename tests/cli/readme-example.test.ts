// The README's worked example is real output, trimmed: every value it shows must still be what
// the parser gives for that notice, so the example cannot drift from the code.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { parseFile } from "../../src/index.js";

const readme = readFileSync("README.md", "utf8");
const example = /## A worked example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(readme)?.[1];

/**
 * Whether `shown` is a trimmed view of `actual`: objects show a subset of their keys, arrays a
 * subset of their elements (each matching one of the actual ones, in order), and a string with
 * `…` leaves out what stands there (its pieces must appear in order).
 */
function trims(shown: unknown, actual: unknown): boolean {
  if (typeof shown === "string" && typeof actual === "string") {
    if (!shown.includes("…")) return shown === actual;
    let at = 0;
    for (const piece of shown.split("…")) {
      const found = actual.indexOf(piece, at);
      if (found < 0) return false;
      at = found + piece.length;
    }
    return true;
  }
  if (Array.isArray(shown) && Array.isArray(actual)) {
    let from = 0;
    for (const s of shown) {
      while (from < actual.length && !trims(s, actual[from])) from++;
      if (from === actual.length) return false;
      from++;
    }
    return true;
  }
  if (shown && typeof shown === "object" && actual && typeof actual === "object" && !Array.isArray(actual)) {
    return Object.entries(shown).every(([k, v]) => k in actual && trims(v, (actual as Record<string, unknown>)[k]));
  }
  return shown === actual;
}

describe("README worked example", () => {
  it("is found", () => expect(example).toBeTruthy());
  it("shows only values the parser gives for that notice", async () => {
    const shown = JSON.parse(example!);
    const doc = await parseFile(shown.source.path);
    // Report the first top-level key that drifted, not just false.
    for (const [k, v] of Object.entries(shown)) expect([k, trims(v, (doc as Record<string, unknown>)[k])]).toEqual([k, true]);
  });
  it("the matcher fails on a drifted value", () => {
    expect(trims({ a: [{ t: "甲…丁" }] }, { a: [{ t: "甲乙丙丁" }], b: 1 })).toBe(true);
    expect(trims({ a: [{ t: "甲…戊" }] }, { a: [{ t: "甲乙丙丁" }] })).toBe(false);
    expect(trims({ metric: null }, { metric: "收入" })).toBe(false);
  });
});
