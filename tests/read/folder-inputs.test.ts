// A folder's notices: text files and saved web pages, below it, in byte order of their paths.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expandInputs } from "../../src/read/inputs.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tongbao-folder-"));
  mkdirSync(path.join(dir, "sub"));
  for (const f of ["a.txt", "b.html", "c.HTM", "d.json", "e.pdf", "sub/f.txt", "sub/g.htm"]) writeFileSync(path.join(dir, f), "x");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a folder input", () => {
  it("takes *.txt, *.htm and *.html below it (any case), and nothing else", async () => {
    const { files, problems } = await expandInputs([dir]);
    expect(problems).toEqual([]);
    expect(files.map((f) => path.relative(dir, f.path))).toEqual(["a.txt", "b.html", "c.HTM", "sub/f.txt", "sub/g.htm"]);
    expect(files.map((f) => f.outName)).toEqual(["a", "b", "c", "sub/f", "sub/g"]);
  });
  it("without any is a problem that names what it looked for", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "tongbao-empty-"));
    writeFileSync(path.join(empty, "notes.md"), "x");
    const { files, problems } = await expandInputs([empty]);
    rmSync(empty, { recursive: true, force: true });
    expect(files).toEqual([]);
    expect(problems).toEqual([{ path: empty, message: "folder holds no notices (*.txt, *.htm, *.html)" }]);
  });
});

describe("a glob input", () => {
  it("names each match by its path below the pattern's fixed folder, so same-named files in two folders do not collide", async () => {
    const { files, problems } = await expandInputs([`${dir}/**/*.txt`]);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.outName)).toEqual(["a", "sub/f"]);
  });
  it("finds the folder a pattern's matches lie below (brace expansions: the folder they share)", async () => {
    const { patternBase } = await import("../../src/read/inputs.js");
    const fg = (await import("fast-glob")).default;
    const base = (p: string) => patternBase(fg.generateTasks([p]).map((t) => t.base));
    expect(base("corpus/**/*.txt")).toBe("corpus");
    expect(base("corpus/20*/n.txt")).toBe("corpus");
    expect(base("corpus/{a,b}/*.txt")).toBe("corpus");
    expect(base("*.txt")).toBe(".");
    expect(base("/data/x/*.txt")).toBe("/data/x");
    expect(base("/*.txt")).toBe("/");
  });
});
