import { describe, expect, it } from "vitest";
import { checkJsonText, schemaIssues } from "../../src/validate/index.js";
import { makeNotice } from "../write/helpers.js";

const valid = makeNotice();
const invalid = { ...makeNotice(), items: [{ ...makeNotice().items[0], status: "done" }], source: { ...makeNotice().source, sha256: "xyz" } };

describe("--schema checks", () => {
  it("accepts a valid document", () => {
    expect(schemaIssues(valid)).toEqual([]);
    expect(checkJsonText("a.json", JSON.stringify(valid, null, 2))).toEqual([]);
  });

  it("reports one finding per invalid file, naming the zod issue paths", () => {
    const f = checkJsonText("bad.json", JSON.stringify(invalid));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: "bad.json", line: 0, level: "error", code: "schema-invalid" });
    expect(f[0].message).toContain("source.sha256: ");
    expect(f[0].message).toContain("items.0.status: ");
  });

  it("JSON Lines: one finding per invalid line, on that line", () => {
    const text = [JSON.stringify(valid), "", JSON.stringify(invalid), "{not json", JSON.stringify(valid)].join("\n") + "\n";
    const f = checkJsonText("n.jsonl", text);
    expect(f.map((x) => [x.line, x.code])).toEqual([
      [3, "schema-invalid"],
      [4, "invalid-json"],
    ]);
  });

  it("arrays (parse output for several inputs): each element checked", () => {
    const f = checkJsonText("all.json", JSON.stringify([valid, invalid, valid]));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/^element 1: /);
  });

  it("text that is not JSON, on the line of the error", () => {
    const f = checkJsonText("x.json", '{\n  "a": 1,\n  oops\n}');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "invalid-json", line: 3 });
  });

  it("a missing root field is reported with its path", () => {
    const { title: _t, ...rest } = valid;
    expect(schemaIssues(rest)[0]).toMatch(/^title: /);
  });
});
