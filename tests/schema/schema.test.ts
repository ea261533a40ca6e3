// schemas/notice.schema.json is generated from the zod schema (`npm run schema`); this test
// regenerates it and fails when the committed file is stale.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { noticeJsonSchema, Notice, SCHEMA_VERSION } from "../../src/schema/index.js";

describe("JSON Schema", () => {
  it("schemas/notice.schema.json is what zod exports today (run `npm run schema` if not)", () => {
    const file = readFileSync(path.join(import.meta.dirname, "..", "..", "schemas", "notice.schema.json"), "utf8");
    expect(file).toBe(JSON.stringify(noticeJsonSchema(), null, 2) + "\n");
  });
  it("requires schema_version and snake_case keys", () => {
    const schema = noticeJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toContain("schema_version");
    const keys = JSON.stringify(schema).match(/"[a-zA-Z_]+":/g) ?? [];
    for (const k of Object.keys(schema.properties)) expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(keys.length).toBeGreaterThan(0);
  });
  it("rejects a document with a wrong schema_version or a malformed date", () => {
    const bad = { schema_version: "0.0.0" };
    expect(Notice.safeParse(bad).success).toBe(false);
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
