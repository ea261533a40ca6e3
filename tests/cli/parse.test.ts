import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync, existsSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { tongbao } from "./run.js";
import { TABLES, TABLE_NAMES } from "../../src/write/tables.js";

const SEEDS = readdirSync("fixtures").filter((f) => f.endsWith(".txt")).sort().map((f) => `fixtures/${f}`);
const SEED = SEEDS[0];
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "tongbao-cli-"));
  writeFileSync(path.join(tmp, "empty.txt"), "");
  writeFileSync(path.join(tmp, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00]));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("parse: failures per file", () => {
  it("a missing file: exit 1 and a stderr line naming it", () => {
    const r = tongbao(["parse", path.join(tmp, "nope.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${path.join(tmp, "nope.txt").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: error: no such file`, "m"));
  });

  it("an empty file: exit 1, named on stderr", () => {
    const r = tongbao(["parse", path.join(tmp, "empty.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(tmp, "empty.txt")}: error: empty file`);
    expect(r.stdout).toBe("");
  });

  it("a binary file: exit 1, named on stderr", () => {
    const r = tongbao(["parse", path.join(tmp, "binary.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(tmp, "binary.txt")}: error: binary file`);
  });

  it("a failure does not stop the batch: the good inputs are written, exit 1, and the summary adds up", () => {
    const out = path.join(tmp, "json-out");
    const r = tongbao(["parse", SEED, path.join(tmp, "nope.txt"), SEEDS[1], "--out", out, "--jobs", "1"]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([path.basename(SEED, ".txt") + ".json", path.basename(SEEDS[1], ".txt") + ".json"]);
    expect(r.stderr).toMatch(/^parsed 3 inputs: 2 written, 1 failed; \d+ warnings? in \d+\.\d s$/m);
  });

  it("--fail-fast stops at the first failure", () => {
    const out = path.join(tmp, "ff-out");
    const r = tongbao(["parse", path.join(tmp, "empty.txt"), SEED, "--out", out, "--fail-fast"]);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(out, path.basename(SEED, ".txt") + ".json"))).toBe(false);
    expect(r.stderr).toMatch(/parsed 2 inputs: 0 written, 1 failed, 1 not read \(--fail-fast\)/);
  });

  it("one good input: exit 0, no summary line", () => {
    const r = tongbao(["parse", SEED]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe(SEED);
    expect(r.stderr).not.toMatch(/^parsed /m);
  });
});

describe("parse: usage errors exit 2", () => {
  const cases: Array<[string, string[], RegExp]> = [
    ["bad --format", ["parse", SEED, "--format", "yaml"], /format/],
    ["unknown --table", ["parse", SEED, "--format", "csv", "--table", "nope"], /table/],
    ["xlsx without --out", ["parse", SEED, "--format", "xlsx"], /xlsx needs --out/],
    ["--jobs 0", ["parse", SEED, "--jobs", "0"], /jobs/],
    ["--jobs abc", ["parse", SEED, "-j", "abc"], /jobs/],
    ["--table without csv", ["parse", SEED, "--table", "items"], /--table applies only to --format csv/],
    ["no input", ["parse"], /missing required argument/],
    ["unknown option", ["parse", SEED, "--frobnicate"], /unknown option/],
  ];
  for (const [what, args, msg] of cases) {
    it(what, () => {
      const r = tongbao(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stdout).toBe("");
    });
  }
});

describe("parse: formats", () => {
  it("jsonl: one document per line, in input order", () => {
    const r = tongbao(["parse", "fixtures", "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(SEEDS);
  });

  it("jsonl --out FILE.jsonl", () => {
    const file = path.join(tmp, "n.jsonl");
    const r = tongbao(["parse", SEED, SEEDS[2], "-f", "jsonl", "--out", file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).source.path)).toEqual([SEED, SEEDS[2]]);
  });

  it("csv to stdout: the items table with a BOM by default; --table picks another; --no-bom drops the BOM", () => {
    const r = tongbao(["parse", SEED, "--format", "csv"]);
    expect(r.code).toBe(0);
    expect([...r.out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout.slice(1).split("\r\n")[0]).toBe(TABLES.items.columns.map((c) => c.name).join(","));
    const docs = tongbao(["parse", SEED, "-f", "csv", "-t", "documents", "--no-bom"]);
    expect(docs.out[0]).toBe("d".charCodeAt(0));
    expect(docs.stdout.split("\r\n")[0]).toBe(TABLES.documents.columns.map((c) => c.name).join(","));
    expect(docs.stdout.trimEnd().split("\r\n")).toHaveLength(2);
  });

  it("csv --output-encoding gb18030", () => {
    const r = tongbao(["parse", SEED, "-f", "csv", "-t", "documents", "--output-encoding", "gb18030"]);
    expect(r.code).toBe(0);
    expect(r.out.includes(Buffer.from("巡察", "utf8"))).toBe(false);
    expect(iconv.decode(r.out, "gb18030")).toContain("巡察");
  });

  it("csv --out DIR writes every table", () => {
    const dir = path.join(tmp, "tables");
    const r = tongbao(["parse", "fixtures", "-f", "csv", "--out", dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(TABLE_NAMES.map((t) => `${t}.csv`).sort());
  });

  it("xlsx --out FILE.xlsx writes a workbook", () => {
    const file = path.join(tmp, "book.xlsx");
    const r = tongbao(["parse", SEED, "-f", "xlsx", "--out", file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it("an output that cannot be written: exit 1 with a message", () => {
    writeFileSync(path.join(tmp, "afile"), "x");
    const r = tongbao(["parse", SEED, "-f", "csv", "--out", path.join(tmp, "afile", "sub")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write/);
  });
});

describe("parse: terminal behaviour", () => {
  let many: string;
  beforeAll(() => {
    many = path.join(tmp, "many");
    rmSync(many, { recursive: true, force: true });
    mkdirSync(many);
    for (let i = 0; i < 7; i++) copyFileSync(SEEDS[i % SEEDS.length], path.join(many, `n${i}.txt`));
  });

  it("no progress bar when stderr is not a terminal (7 files)", () => {
    const r = tongbao(["parse", many, "--out", path.join(tmp, "many-out"), "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/[░█]|\u001b\[/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1); // only the summary
    expect(r.stderr).toMatch(/^parsed 7 inputs: 7 written, 0 failed; \d+ warnings? in /);
  });

  it("warnings go to stderr, --quiet silences them", () => {
    const noisy = tongbao(["parse", "fixtures/003_489d3953438e12cd.txt"]);
    expect(noisy.stderr).toMatch(/:\d+: warning numbering-/);
    const quiet = tongbao(["parse", "fixtures/003_489d3953438e12cd.txt", "--quiet"]);
    expect(quiet.stderr).toBe("");
    expect(JSON.parse(quiet.stdout).items.length).toBeGreaterThan(0);
  });

  it("colours only when allowed: FORCE_COLOR colours, --no-color and NO_COLOR do not", () => {
    const args = ["parse", path.join(tmp, "nope.txt")];
    expect(tongbao(args, { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stderr).toContain("\u001b[");
    expect(tongbao([...args, "--no-color"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stderr).not.toContain("\u001b[");
    expect(tongbao(args, { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stderr).not.toContain("\u001b[");
  });

  it("--help shows examples for parse and validate", () => {
    for (const cmd of ["parse", "validate"]) {
      const r = tongbao([cmd, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Examples:");
      expect(r.stdout).toContain("--jobs");
    }
  });
});
