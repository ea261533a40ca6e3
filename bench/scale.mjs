// Scale benchmark (npm run bench): generates a corpus from the seed fixtures into a temporary
// folder and times `tongbao parse DIR --format jsonl > /dev/null` against a floor (read + decode +
// two regexes, bench/floor.mjs) on the same files, with --jobs 1 and --jobs N, and peak RSS on a
// corpus four times as large. Also times one 2 MB line without line breaks.
//   node bench/scale.mjs [--files 2000] [--big 8000] [--jobs N] [--repeat 2] [--keep]
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate, seeds } from "./corpus.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "tongbao.js");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const FILES = Number(opt("files", 2000));
const BIG = Number(opt("big", 8000));
const JOBS = Number(opt("jobs", availableParallelism()));
const REPEAT = Number(opt("repeat", 2));
const KEEP = args.includes("--keep");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

if (!existsSync(path.join(root, "dist", "batch", "worker.js"))) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(2);
}

const help = execFileSync(process.execPath, [bin, "parse", "--help"], { encoding: "utf8" });
const hasFormat = /--format\b/.test(help);
const hasJobs = /--jobs\b/.test(help);

/** Runs a command with stdout to /dev/null; returns wall seconds, CPU seconds, peak RSS (MB) and stderr lines. */
function run(cmd, cmdArgs, env = {}) {
  return new Promise((resolve, reject) => {
    const tmp = mkdtempSync(path.join(tmpdir(), "tongbao-run-"));
    const timeFile = path.join(tmp, "time");
    const errFile = path.join(tmp, "stderr");
    const out = openSync("/dev/null", "w");
    const err = openSync(errFile, "w");
    let argv = [cmd, ...cmdArgs];
    // Without GNU time, the child reports its own peak RSS through a preloaded hook.
    const hook = path.join(root, "bench", "rss-hook.cjs");
    if (TIME) argv = [TIME, "-f", "%e %U %S %M", "-o", timeFile, ...argv];
    const t0 = performance.now();
    const load = loadavg()[0];
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ["ignore", out, err],
      env: { ...process.env, ...env, ...(TIME ? {} : { NODE_OPTIONS: `--require ${hook}`, TONGBAO_RSS_FILE: timeFile }) },
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const wall = (performance.now() - t0) / 1000;
      closeSync(out);
      closeSync(err);
      const stderr = readFileSync(errFile, "utf8");
      let cpu = NaN;
      let rssMb = NaN;
      if (existsSync(timeFile)) {
        const f = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
        if (TIME) [cpu, rssMb] = [f[1] + f[2], f[3] / 1024];
        else [cpu, rssMb] = [f[0], f[1] / 1024];
      }
      rmSync(tmp, { recursive: true, force: true });
      resolve({ code, wall, cpu, rssMb, load, errors: stderr.split("\n").filter((l) => /: error: /.test(l)).length });
    });
  });
}

async function best(n, fn) {
  let b = null;
  for (let i = 0; i < n; i++) {
    const r = await fn();
    if (!b || r.wall < b.wall) b = r;
  }
  return b;
}

const tongbao = (dir, jobs) => {
  const a = [bin, "parse", ...[dir].flat()];
  if (hasFormat) a.push("--format", "jsonl");
  if (hasJobs) a.push("--jobs", String(jobs));
  return run(process.execPath, a, hasJobs ? {} : { TONGBAO_JOBS: String(jobs) });
};
const floor = (dir) => run(process.execPath, [path.join(root, "bench", "floor.mjs"), dir]);

/**
 * How much parallelism the machine gives right now: the same loop on 1 and on 2 threads.
 * "cpu" is a pure-CPU loop that lives in registers; "memory" splits, scans and JSON-round-trips
 * the seed notices, allocating as a parser does, so it also shares the caches and memory
 * bandwidth that two cores of a VM may not have twice over. On a shared or SMT machine two
 * threads do not get two cores; the --jobs speed-up is bounded by these.
 */
const CALIBRATION = {
  cpu: `let x = 0; for (let i = 0; i < 1e8; i++) x = (x * 1103515245 + 12345) | 0; require("node:worker_threads").parentPort.postMessage(x);`,
  memory: `const { workerData: text, parentPort } = require("node:worker_threads");
    let x = 0;
    for (let i = 0; i < 12; i++) {
      const rows = text.split("\\n").map((l, n) => ({ n, l: l.trim().replace(/\\s+/g, " "), m: /(\\d+)(个|项|人|万元)/.exec(l)?.[1] ?? null }));
      x += JSON.stringify(JSON.parse(JSON.stringify(rows))).length;
    }
    parentPort.postMessage(x);`,
};
async function calibrate(kind = "cpu") {
  const { Worker } = await import("node:worker_threads");
  const text = kind === "memory" ? seeds().join("\n").repeat(8) : "";
  const once = async (n) => {
    const t = performance.now();
    await Promise.all(Array.from({ length: n }, () => new Promise((r) => new Worker(CALIBRATION[kind], { eval: true, workerData: text }).on("message", r))));
    return performance.now() - t;
  };
  const one = Math.min(await once(1), await once(1));
  const two = Math.min(await once(2), await once(2));
  return (2 * one) / two;
}

const rows = [];
function row(name, files, bytes, r, floorWall) {
  rows.push({
    run: name,
    files,
    "wall s": r.wall.toFixed(2),
    "notices/s": Math.round(files / r.wall),
    "MB/s": (bytes / 1e6 / r.wall).toFixed(1),
    "cpu s": r.cpu.toFixed(2),
    "peak RSS MB": Math.round(r.rssMb),
    "× floor": floorWall ? (r.wall / floorWall).toFixed(2) : "1.00",
    load: r.load.toFixed(1),
    "2-thread calib. cpu/mem": r.cal ? `${r.cal.toFixed(2)}×/${r.calMem.toFixed(2)}×` : "",
    errors: r.errors,
  });
}

const work = mkdtempSync(path.join(tmpdir(), "tongbao-bench-"));
try {
  if (loadavg()[0] > 0.5) console.log(`note: load average ${loadavg()[0].toFixed(1)} before the runs: other processes share the CPUs, wall times are noisy (cpu s is less so; the load column is the 1-minute load average when each run started)`);
  console.log(`node ${process.version}, ${availableParallelism()} cores; output: ${hasFormat ? "--format jsonl" : "JSON array (no --format yet)"}; jobs via ${hasJobs ? "--jobs" : "TONGBAO_JOBS (no --jobs yet)"}; RSS via ${TIME ? "/usr/bin/time" : "process.resourceUsage()"}`);
  const par = await calibrate();
  const mem = await calibrate("memory");
  console.log(`calibration: 2 threads do ${par.toFixed(2)}× the work of 1 on a pure-CPU loop and ${mem.toFixed(2)}× on an allocating one (2.00 on two free cores)`);
  const small = path.join(work, "small");
  let t = performance.now();
  const g = generate(small, FILES, 1);
  console.log(`corpus: ${g.files} files, ${(g.bytes / 1e6).toFixed(1)} MB (${Object.entries(g.byEncoding).map(([k, v]) => `${v} ${k}`).join(", ")}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const f = await best(REPEAT, () => floor(small));
  row("floor (read+decode+2 regexes)", FILES, g.bytes, f, 0);
  // --jobs 1 and --jobs N alternate, so that a change in the machine's load hits both alike;
  // the parallelism the machine gave is measured right before each --jobs N run.
  let j1 = null;
  let jn = null;
  for (let i = 0; i < REPEAT; i++) {
    const a = await tongbao(small, 1);
    if (!j1 || a.wall < j1.wall) j1 = a;
    const cal = await calibrate();
    const calMem = await calibrate("memory");
    const b = await tongbao(small, JOBS);
    Object.assign(b, { cal, calMem });
    if (!jn || b.wall < jn.wall) jn = b;
  }
  row("tongbao --jobs 1", FILES, g.bytes, j1, f.wall);
  row(`tongbao --jobs ${JOBS}`, FILES, g.bytes, jn, f.wall);

  // What two cores give this workload at best: two separate `--jobs 1` processes, one per half of
  // the corpus, run at once (no pool, no messages, nothing shared). Each re-pays start-up and JIT
  // warm-up as a worker does; the slower of the two is the wall time a perfect 2-worker pool
  // could reach. Reported as a speed-up over `--jobs 1` beside the calibration loop's.
  const parts = readdirSync(small).sort();
  const halves = [parts.slice(0, parts.length >> 1), parts.slice(parts.length >> 1)].map((h) => h.map((p) => path.join(small, p)));
  let pair = null;
  for (let i = 0; i < REPEAT; i++) {
    const load = loadavg()[0];
    const rs = await Promise.all(halves.map((h) => tongbao(h, 1)));
    const slow = rs[0].wall >= rs[1].wall ? rs[0] : rs[1];
    const r = { ...slow, cpu: rs[0].cpu + rs[1].cpu, rssMb: rs[0].rssMb + rs[1].rssMb, errors: rs[0].errors + rs[1].errors, load };
    if (!pair || r.wall < pair.wall) pair = r;
  }
  row("2 × --jobs 1 on halves, at once", FILES, g.bytes, pair, f.wall);

  if (BIG > 0) {
    const big = path.join(work, "big");
    t = performance.now();
    const gb = generate(big, BIG, 2);
    console.log(`big corpus: ${gb.files} files, ${(gb.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const fb = await floor(big);
    row("floor, big corpus", BIG, gb.bytes, fb, 0);
    const b1 = await tongbao(big, 1);
    row("tongbao --jobs 1, big corpus", BIG, gb.bytes, b1, fb.wall);
    const cal = await calibrate();
    const calMem = await calibrate("memory");
    const bn = await tongbao(big, JOBS);
    Object.assign(bn, { cal, calMem });
    row(`tongbao --jobs ${JOBS}, big corpus`, BIG, gb.bytes, bn, fb.wall);
    rmSync(big, { recursive: true, force: true });
  }
  console.table(rows);
  console.log(`tongbao/floor time: --jobs 1 ${(j1.wall / f.wall).toFixed(2)}× (target ≤ 3), --jobs ${JOBS} ${(jn.wall / f.wall).toFixed(2)}×; speed-up --jobs ${JOBS} over --jobs 1: ${(j1.wall / jn.wall).toFixed(2)}× (target ≥ 1.6; right before that run the machine gave ${jn.cal.toFixed(2)}× to pure CPU work and ${jn.calMem.toFixed(2)}× to allocating work on 2 threads)`);
  console.log(`ceiling for two cores on this workload: two independent --jobs 1 processes on the halves finish ${(j1.wall / pair.wall).toFixed(2)}× sooner than one on the whole`);

  // One 2 MB line without line breaks: every regex must be linear.
  const { parseText } = await import(pathToFileURL(path.join(root, "dist", "index.js")).href);
  const flat = seeds().join("").replace(/[\r\n]+/g, "");
  let line = "";
  while (line.length < 2_000_000) line += flat;
  line = line.slice(0, 2_000_000);
  t = performance.now();
  parseText(line, { path: "long-line.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: Buffer.byteLength(line) });
  console.log(`2 MB line (${line.length} chars, no line break): parseText ${((performance.now() - t) / 1000).toFixed(2)} s`);
} finally {
  if (KEEP) console.log(`corpus kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
