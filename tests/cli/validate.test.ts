import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { tongbao } from "./run.js";
import { SCHEMA_VERSION } from "../../src/schema/index.js";

const S000 = "fixtures/000_cc9f593380da10b4.txt";
const S002 = "fixtures/002_dd361c94b27cbe2f.txt";
const S003 = "fixtures/003_489d3953438e12cd.txt";
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "tongbao-validate-"));
  writeFileSync(path.join(tmp, "empty.txt"), "");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("validate notices", () => {
  it("seed 002: both mismatches on stdout, exit 1", () => {
    const r = tongbao(["validate", S002]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${S002}:11: error reported-completed-mismatch: the notice states 17 problems completed, lists 18\n` +
        `${S002}:11: error reported-in-progress-mismatch: the notice states 7 problems in progress, lists 6\n`,
    );
  });

  it("seed 000: no findings, exit 0", () => {
    const r = tongbao(["validate", S000]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("seed 003: warnings only: exit 0, but 1 under --strict; --quiet hides them", () => {
    const r = tongbao(["validate", S003]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^fixtures\/003_489d3953438e12cd\.txt:\d+: warning numbering-gap: /m);
    expect(tongbao(["validate", S003, "--strict"]).code).toBe(1);
    const q = tongbao(["validate", S003, "--quiet"]);
    expect(q.stdout).toBe("");
    expect(q.code).toBe(0);
  });

  it("--verbose adds info findings", () => {
    const r = tongbao(["validate", S003, "--verbose"]);
    expect(r.stdout).toMatch(/: info missing-published: /);
  });

  it("--format json: every finding, as a JSON array", () => {
    const r = tongbao(["validate", S002, S003, "--format", "json"]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Array<{ file: string; line: number; level: string; code: string; message: string }>;
    expect(findings.filter((f) => f.level === "error").map((f) => [f.file, f.line, f.code])).toEqual([
      [S002, 11, "reported-completed-mismatch"],
      [S002, 11, "reported-in-progress-mismatch"],
    ]);
    expect(findings.some((f) => f.level === "info")).toBe(true);
    expect(r.stderr).toMatch(/^validated 2 inputs: 2 checked, 0 failed; 2 errors, \d+ warnings? in /m);
  });

  it("unreadable inputs: stderr line naming the file, exit 1, the others still checked", () => {
    const r = tongbao(["validate", path.join(tmp, "empty.txt"), path.join(tmp, "nope.txt"), S000]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(tmp, "empty.txt")}: error: empty file`);
    expect(r.stderr).toContain(`${path.join(tmp, "nope.txt")}: error: no such file`);
    expect(r.stderr).toMatch(/validated 3 inputs: 1 checked, 2 failed/);
  });

  it("--fail-fast stops at the first input with a finding that counts", () => {
    const r = tongbao(["validate", S002, S000, "--fail-fast"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/validated 2 inputs: 1 checked, 0 failed, 1 not read/);
  });

  it("usage errors exit 2", () => {
    expect(tongbao(["validate", S000, "--format", "xml"]).code).toBe(2);
    expect(tongbao(["validate", S000, "--jobs", "0"]).code).toBe(2);
    expect(tongbao(["validate"]).code).toBe(2);
  });
});

describe("validate --schema", () => {
  it("valid JSON output from parse: exit 0", () => {
    const out = path.join(tmp, "json");
    expect(tongbao(["parse", "fixtures", "--out", out, "--quiet"]).code).toBe(0);
    const r = tongbao(["validate", "--schema", out]);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });

  it("a broken file: one finding with the zod paths, exit 1", () => {
    const doc = JSON.parse(tongbao(["parse", S000]).stdout);
    doc.items[2].kind = "problem";
    delete doc.title;
    const bad = path.join(tmp, "bad.json");
    writeFileSync(bad, JSON.stringify(doc));
    const r = tongbao(["validate", "--schema", bad]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:0: error schema-invalid: .*title: .*items\\.2\\.kind: `));
  });

  it("JSON Lines from parse --format jsonl, checked line by line", () => {
    const file = path.join(tmp, "n.jsonl");
    expect(tongbao(["parse", "fixtures", "-f", "jsonl", "--out", file, "--quiet"]).code).toBe(0);
    expect(tongbao(["validate", "--schema", file]).code).toBe(0);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    const written = `"schema_version":"${SCHEMA_VERSION}"`;
    expect(lines[1]).toContain(written);
    lines[1] = lines[1].replace(written, '"schema_version":"0.9"');
    writeFileSync(file, lines.join("\n") + "\n");
    const r = tongbao(["validate", "--schema", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`n\\.jsonl:2: error schema-invalid: .*schema_version: `));
  });
});
