import { describe, expect, it, afterEach } from "vitest";
import { InvalidArgumentError } from "commander";
import { Reporter, wantProgress, parseJobs, inCI, count, plural, seconds } from "../../src/cli/output.js";
import { autoJobs, defaultJobs, INPUTS_PER_WORKER } from "../../src/batch/index.js";
import { checkParseOptions } from "../../src/cli/commands/parse.js";

const savedCI = process.env.CI;
afterEach(() => {
  if (savedCI === undefined) delete process.env.CI;
  else process.env.CI = savedCI;
});

describe("progress bar", () => {
  it("loads the bar library when a bar is wanted, and draws none otherwise", () => {
    const shown = new Reporter(10, "parsing", true);
    expect(shown.progress).toBe(true);
    shown.tick();
    shown.stop();
    expect(shown.progress).toBe(false);
    expect(new Reporter(10, "parsing", false).progress).toBe(false);
  });

  it("only on a terminal, outside CI, for more than 5 files", () => {
    delete process.env.CI;
    expect(wantProgress(6, true)).toBe(true);
    expect(wantProgress(5, true)).toBe(false);
    expect(wantProgress(100, false)).toBe(false);
    process.env.CI = "true";
    expect(inCI()).toBe(true);
    expect(wantProgress(100, true)).toBe(false);
    process.env.CI = "false";
    expect(wantProgress(100, true)).toBe(true);
  });
});

describe("--jobs", () => {
  it("takes whole numbers of at least 1", () => {
    expect(parseJobs("1")).toBe(1);
    expect(parseJobs("16")).toBe(16);
    for (const bad of ["0", "-1", "1.5", "two", ""]) expect(() => parseJobs(bad)).toThrow(InvalidArgumentError);
  });

  it("defaults to one worker per core, but not to workers that cannot pay for their start-up", () => {
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
    expect(autoJobs(0)).toBe(1);
    expect(autoJobs(50)).toBe(1);
    expect(autoJobs(2 * INPUTS_PER_WORKER - 1)).toBe(1);
    expect(autoJobs(2 * INPUTS_PER_WORKER)).toBe(Math.min(2, defaultJobs()));
    expect(autoJobs(1_000_000)).toBe(defaultJobs());
  });
});

describe("parse option combinations", () => {
  it("accepts sensible ones", () => {
    expect(checkParseOptions({})).toBe(null);
    expect(checkParseOptions({ format: "csv", table: "figures" })).toBe(null);
    expect(checkParseOptions({ format: "csv", outputEncoding: "gb18030", out: "dir" })).toBe(null);
    expect(checkParseOptions({ format: "xlsx", out: "a.xlsx" })).toBe(null);
  });
  it("rejects the others with a message", () => {
    expect(checkParseOptions({ format: "xlsx" })).toMatch(/needs --out/);
    expect(checkParseOptions({ format: "json", table: "items" })).toMatch(/--table/);
    expect(checkParseOptions({ format: "csv", table: "nope" as never })).toMatch(/unknown --table/);
    expect(checkParseOptions({ format: "yaml" as never })).toMatch(/unknown --format/);
    expect(checkParseOptions({ format: "jsonl", outputEncoding: "gb18030" })).toMatch(/--output-encoding/);
  });
});

describe("summary formatting", () => {
  it("groups thousands and says seconds", () => {
    expect(count(1204)).toBe("1,204");
    expect(plural(1, "warning")).toBe("1 warning");
    expect(plural(17, "warning")).toBe("17 warnings");
    expect(seconds(2149)).toBe("2.1 s");
  });
});
