// Micro-benchmark of the figure recogniser alone: findFigures over the lines of fixtures/*.txt,
// repeated to ~20 MB of UTF-8, timed after a warm-up. Lines are width-folded first, as the
// pipeline (src/normalize) hands them over; `--raw` times unfolded lines instead.
//
//   npx tsc -p tsconfig.json && node bench/figures-speed.mjs [--raw] [--mb 20] [--runs 5]
//
// Prints the time of the first, cold pass over the fixtures (what one CLI run pays), MB/s
// (median of the warm runs) and a digest of the output of one pass, so that a speed-up
// that changes results shows at once.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findFigures } from "../dist/extract/figures/index.js";
import { foldString } from "../dist/normalize/fold.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const raw = args.includes("--raw");
const targetMB = opt("--mb", 20);
const runs = opt("--runs", 7);

const dir = path.join(root, "fixtures");
const base = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split(/\r?\n/))
  .map((l) => (raw ? l : foldString(l)).trim())
  .filter((l) => l.length > 0);
const baseBytes = base.reduce((n, l) => n + Buffer.byteLength(l, "utf8"), 0);
const reps = Math.max(1, Math.round((targetMB * 1e6) / baseBytes));
const lines = [];
for (let r = 0; r < reps; r++) for (const l of base) lines.push(l);
const bytes = baseBytes * reps;

// digest of one pass: the results must not change while the code gets faster
const digest = crypto.createHash("sha1");
let figures = 0;
const c0 = process.hrtime.bigint();
for (const l of base) findFigures(l);
const coldMs = Number(process.hrtime.bigint() - c0) / 1e6;
for (const l of base) {
  const fs_ = findFigures(l);
  figures += fs_.length;
  digest.update(JSON.stringify(fs_));
}

// warm-up: let the JIT settle on the hot paths (by time: on a busy machine the optimizing
// compiler, which runs on a background thread, takes a while to finish)
const warmUntil = performance.now() + 1500;
while (performance.now() < warmUntil) for (const l of base) findFigures(l);

const rates = [];
let sink = 0;
for (let r = 0; r < runs; r++) {
  // CPU time of this thread's process rather than wall time: the machine is shared, and a
  // descheduled run should not count as a slow one
  const c = process.cpuUsage();
  for (let i = 0; i < lines.length; i++) sink += findFigures(lines[i]).length;
  const d = process.cpuUsage(c);
  const s = (d.user + d.system) / 1e6;
  rates.push(bytes / 1e6 / s);
}
rates.sort((a, b) => a - b);
const med = rates[Math.floor(rates.length / 2)];
console.log(
  `findFigures (${raw ? "raw" : "folded"} lines): ${(bytes / 1e6).toFixed(1)} MB, ${lines.length} lines, ` +
    `${figures} figures/pass of ${base.length} lines, digest ${digest.digest("hex").slice(0, 12)}`,
);
console.log(`  first (cold) pass over the ${(baseBytes / 1e3).toFixed(1)} KB of fixtures: ${coldMs.toFixed(1)} ms`);
console.log(`  MB/s median ${med.toFixed(2)}, best ${rates[rates.length - 1].toFixed(2)}  (runs: ${rates.map((x) => x.toFixed(2)).join(" ")})${sink < 0 ? "" : ""}`);
