// The batch runner with worker threads: same results as on the main thread, in input order, with
// bounded buffering; a worker that dies costs only the file it held. Uses the compiled library
// (dist/), since workers load it: `npm test` builds first.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, rmSync, readdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { execFileSync, spawnSync } from "node:child_process";

const root = path.resolve(__dirname, "../..");
const dist = (p: string) => pathToFileURL(path.join(root, "dist", p)).href;
type Batch = typeof import("../../src/batch/index.js");
let runBatch: Batch["runBatch"];
let dir: string;
const fixtures = readdirSync(path.join(root, "fixtures"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(root, "fixtures", f), "utf8"));

interface F {
  path: string;
  outName: string;
}
let files: F[];

async function collect(fs: F[], opts: Parameters<Batch["runBatch"]>[1]) {
  const out: Array<{ path: string; ok: boolean; body: string }> = [];
  for await (const r of runBatch(fs, opts)) out.push({ path: r.file.path, ok: r.ok, body: r.ok ? r.json : `${r.code}: ${r.error}` });
  return out;
}

beforeAll(async () => {
  if (!existsSync(path.join(root, "dist", "batch", "worker.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.json"], { cwd: root, stdio: "ignore" });
  ({ runBatch } = (await import(dist("batch/index.js"))) as Batch);
  dir = mkdtempSync(path.join(tmpdir(), "tongbao-batch-"));
  files = [];
  // 14 notices (variants of the seeds, so documents differ) with failures in between.
  for (let i = 0; i < 14; i++) {
    const p = path.join(dir, `n${String(i).padStart(2, "0")}.txt`);
    const text = fixtures[i % fixtures.length].replace(/2024年/g, `${2000 + i}年`) + `\n第${i}号\n`;
    writeFileSync(p, text);
    files.push({ path: p, outName: `n${i}` });
    if (i % 5 === 3) files.push({ path: path.join(dir, `missing-${i}.txt`), outName: `m${i}` });
    if (i % 6 === 4) {
      const e = path.join(dir, `empty-${i}.txt`);
      writeFileSync(e, "");
      files.push({ path: e, outName: `e${i}` });
    }
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("runBatch with worker threads", () => {
  it("yields the same results as jobs 1, in input order", async () => {
    const one = await collect(files, { jobs: 1 });
    const two = await collect(files, { jobs: 2 });
    const three = await collect(files, { jobs: 3, window: 3 });
    expect(one.map((r) => r.path)).toEqual(files.map((f) => f.path));
    expect(two).toEqual(one);
    expect(three).toEqual(one);
    expect(one.filter((r) => !r.ok).length).toBe(files.length - 14);
  });

  it("gives doc, json and its JSON Lines record for the same document, whichever thread parsed it", async () => {
    for (const jobs of [1, 2]) {
      for await (const r of runBatch(files.slice(0, 4), { jobs })) {
        if (!r.ok) continue;
        expect(Buffer.from(r.line).toString("utf8")).toBe(r.json + "\n");
        expect(JSON.parse(r.json)).toEqual(r.doc);
        expect(JSON.stringify(r.doc)).toBe(r.json);
        expect(r.diagnostics).toEqual(r.doc.diagnostics);
      }
    }
  });

  it("hands over the pretty form a worker made (UTF-8, when asked for that indent), the same text as made here", async () => {
    for await (const r of runBatch(files.slice(0, 4), { jobs: 2, indent: 2 })) {
      if (!r.ok) continue;
      const made = r.indented(2);
      expect(made).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(made as Uint8Array).toString("utf8")).toBe(JSON.stringify(r.doc, null, 2));
      expect(r.indented(4)).toBe(JSON.stringify(r.doc, null, 4)); // another indent is made on this thread
    }
  });

  it("never dispatches more than `window` files ahead of the consumer (slow consumer)", async () => {
    let dispatched = 0;
    let consumed = 0;
    let maxAhead = 0;
    const window = 5;
    for await (const r of runBatch(files, { jobs: 2, window, onDispatch: () => (maxAhead = Math.max(maxAhead, ++dispatched - consumed)) })) {
      void r;
      consumed++;
      await new Promise((res) => setTimeout(res, 15));
    }
    expect(consumed).toBe(files.length);
    // `window` files in flight or parsed and waiting, plus the one the consumer holds.
    expect(maxAhead).toBeLessThanOrEqual(window + 1);
  });

  it("stops at the window when one file is slow, then goes on", async () => {
    const worker = path.join(dir, "slow-worker.mjs");
    writeFileSync(
      worker,
      `import { parentPort } from "node:worker_threads";
import { handleTask } from ${JSON.stringify(dist("batch/one.js"))};
parentPort.postMessage({ ready: true });
parentPort.on("message", async (task) => {
  if (task.index === 0) await new Promise((r) => setTimeout(r, 1500));
  parentPort.postMessage(await handleTask(task));
});`,
    );
    const window = 6;
    let dispatched = 0;
    const dispatchedWhenFirstArrived: number[] = [];
    const t0 = Date.now();
    let first = true;
    for await (const r of runBatch(files, { jobs: 2, window, workerUrl: pathToFileURL(worker), onDispatch: () => dispatched++ })) {
      if (first) {
        dispatchedWhenFirstArrived.push(dispatched);
        expect(Date.now() - t0).toBeGreaterThanOrEqual(1400);
        expect(r.file.path).toBe(files[0].path);
        first = false;
      }
    }
    // While file 0 was stuck, the other worker parsed ahead only up to the window.
    expect(dispatchedWhenFirstArrived[0]).toBeLessThanOrEqual(window + 1);
    expect(dispatched).toBe(files.length);
  });

  it("turns a worker crash into an error for that file only, and replaces the worker", async () => {
    const worker = path.join(dir, "crash-worker.mjs");
    writeFileSync(
      worker,
      `import { parentPort } from "node:worker_threads";
import { handleTask } from ${JSON.stringify(dist("batch/one.js"))};
parentPort.postMessage({ ready: true });
parentPort.on("message", async (task) => {
  if (task.file.path.endsWith("n05.txt")) process.exit(3);
  if (task.file.path.endsWith("n11.txt")) throw new Error("boom in worker");
  parentPort.postMessage(await handleTask(task));
});`,
    );
    const one = await collect(files, { jobs: 1 });
    const crashy = await collect(files, { jobs: 2, workerUrl: pathToFileURL(worker) });
    expect(crashy.map((r) => r.path)).toEqual(files.map((f) => f.path));
    crashy.forEach((r, i) => {
      if (r.path.endsWith("n05.txt") || r.path.endsWith("n11.txt")) {
        expect(r.ok).toBe(false);
        expect(r.body).toMatch(/^worker-crashed: /);
      } else expect(r).toEqual(one[i]);
    });
    expect(crashy.find((r) => r.path.endsWith("n11.txt"))!.body).toMatch(/boom in worker/);
  });

  it("parses on the main thread when workers cannot start", async () => {
    const one = await collect(files, { jobs: 1 });
    const warn = process.emitWarning;
    const warnings: string[] = [];
    process.emitWarning = ((w: string | Error) => void warnings.push(String(w))) as typeof process.emitWarning;
    try {
      const broken = await collect(files, { jobs: 2, workerUrl: pathToFileURL(path.join(dir, "no-such-worker.mjs")) });
      expect(broken).toEqual(one);
    } finally {
      process.emitWarning = warn;
    }
    expect(warnings.join("\n")).toMatch(/failed to start/);
  });

  it("stops its workers when the consumer stops early", async () => {
    let n = 0;
    for await (const r of runBatch(files, { jobs: 2 })) {
      void r;
      if (++n === 3) break;
    }
    expect(n).toBe(3);
  });
});

describe("tongbao parse with --jobs", () => {
  let hasJobs: boolean | undefined;
  const cli = (args: string[], jobs: number, input?: string) => {
    // Until the CLI has --jobs, TONGBAO_JOBS reaches runBatch.
    hasJobs ??= /--jobs\b/.test(execFileSync(process.execPath, [path.join(root, "bin", "tongbao.js"), "parse", "--help"], { encoding: "utf8" }));
    const r = spawnSync(process.execPath, [path.join(root, "bin", "tongbao.js"), "parse", ...args, ...(hasJobs ? ["--jobs", String(jobs)] : [])], {
      input,
      env: { ...process.env, TONGBAO_JOBS: String(jobs), NO_COLOR: "1" },
      maxBuffer: 256 * 1024 * 1024,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
  };

  it("writes byte-for-byte the same output with --jobs 1 and --jobs 2, stdin included", () => {
    const args = [dir, files[0].path, "-", path.join(dir, "missing.txt")];
    const one = cli(args, 1, fixtures[1]);
    const two = cli(args, 2, fixtures[1]);
    expect(one.stdout.length).toBeGreaterThan(10000);
    expect(Buffer.compare(one.stdout, two.stdout)).toBe(0);
    expect(two.status).toBe(one.status);
    const doc = JSON.parse(two.stdout.toString());
    expect(doc.some((d: { source: { path: string } }) => d.source.path === "-")).toBe(true);
  });

  it("writes the same --out files with --jobs 1 and --jobs 2", () => {
    const outs = [1, 2].map((jobs) => {
      const out = mkdtempSync(path.join(tmpdir(), "tongbao-out-"));
      cli([dir, "--out", out], jobs);
      const names = readdirSync(out).sort();
      const body = names.map((n) => readFileSync(path.join(out, n), "utf8"));
      rmSync(out, { recursive: true, force: true });
      return { names, body };
    });
    expect(outs[0].names.length).toBe(14);
    expect(outs[1]).toEqual(outs[0]);
  });
});
