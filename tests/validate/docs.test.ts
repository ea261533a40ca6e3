// docs/validate-codes.md documents every code validate can emit, with its level.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { VALIDATE_CODES, PARSER_LEVELS, PARSER_PASSTHROUGH } from "../../src/validate/index.js";

const doc = readFileSync("docs/validate-codes.md", "utf8");
const documented = new Map([...doc.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]));

describe("docs/validate-codes.md", () => {
  it("lists every code with its level", () => {
    const all = { ...VALIDATE_CODES, ...PARSER_LEVELS, ...PARSER_PASSTHROUGH };
    for (const [code, info] of Object.entries(all)) expect([code, documented.get(code)]).toEqual([code, info.level]);
    expect(documented.size).toBe(Object.keys(all).length);
  });

  it("codes are kebab-case", () => {
    for (const code of documented.keys()) expect(code).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });
});
