#!/usr/bin/env node
// Compares our figure recogniser with Microsoft Recognizers-Text (Culture.Chinese) on the hand-made
// figure gold of the seed notices, and measures throughput.
//
//   npx tsc -p tsconfig.json && node bench/compare-recognizers.mjs [--runs N] [--markdown]
//
// Ours is imported from dist/ (build first). When the project build is broken by unrelated work,
// compile the two modules alone and point FIGURES_DIST at the output:
//   npx tsc --outDir /tmp/figdist --module nodenext --moduleResolution nodenext --target es2022 \
//     src/extract/figures/index.ts src/numerals/index.ts
//   FIGURES_DIST=/tmp/figdist/extract/figures/index.js node bench/compare-recognizers.mjs
//
// Scoring is the scorer's (tools/score.mjs): a multiset of (value, unit) keys per document,
// key = JSON.stringify([value, NFKC(unit) without whitespace]); value is the number in the written
// unit (1.393 for 1.393亿元), ranges are [low, high].
//
// Mapping Microsoft's results to (value, written unit), as fairly as we can:
//  - currency / dimension / age / temperature: the written unit is the matched text minus its
//    leading numeral and 余/多 (600余万元 → 万元); the value is Microsoft's resolved value divided
//    by the 万/亿 scale written in that unit (1.393亿元 → 139300000 / 1e8 = 1.393).
//  - percentage: "26.9%" → (26.9, "%").
//  - number (variant "+ counts"): Microsoft has no Chinese measure-word recogniser, so a number
//    not covered by the above takes the character right after it (skipping spaces and 余/多) as its
//    measure word when that character is a CJK ideograph — the naive "number + next character"
//    reading. Variant "units only" leaves numbers out.
// Lines of advert junk at the end of seed 002 (哒哒/素材库/代笔) are skipped, as in the gold test.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const require = createRequire(path.join(root, "package.json"));

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 7;
const markdown = args.includes("--markdown");

const distPath = process.env.FIGURES_DIST ?? path.join(root, "dist/extract/figures/index.js");
if (!fs.existsSync(distPath)) {
  console.error(`missing ${distPath}: run \`npx tsc -p tsconfig.json\` first (or set FIGURES_DIST)`);
  process.exit(2);
}
const { findFigures } = await import(pathToFileURL(distPath).href);
const MS = require("@microsoft/recognizers-text-suite");

const norm = (s) =>
  String(s).normalize("NFKC").replace(/[\s\u3000]+/g, "").replace(/["'“”‘’「」『』]/g, "").replace(/[。.]+$/u, "");
const key = (f) => JSON.stringify([f.value, norm(f.unit)]);
const fold = (s) => s.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const JUNK = /哒哒|素材库|代笔/;

// ---- data -------------------------------------------------------------------------------------
const fixtures = path.join(root, "fixtures");
const goldDir = path.join(fixtures, "gold");
const docs = fs
  .readdirSync(goldDir)
  .filter((f) => f.endsWith(".figures.json"))
  .map((f) => f.replace(/\.figures\.json$/, ""))
  .filter((n) => fs.existsSync(path.join(fixtures, `${n}.txt`)))
  .sort()
  .map((name) => ({
    name,
    gold: JSON.parse(fs.readFileSync(path.join(goldDir, `${name}.figures.json`), "utf8")),
    lines: fs
      .readFileSync(path.join(fixtures, `${name}.txt`), "utf8")
      .split("\n")
      .map((l) => (JUNK.test(l) ? "" : fold(l))),
  }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.lines.join("\n"), "utf8"), 0);

// ---- Microsoft mapping --------------------------------------------------------------------------
const C = MS.Culture.Chinese;
const LEADING_NUMERAL = /^[\d.,\s零〇一二两三四五六七八九十百千]+/u;
const SCALE = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const round = (x) => Number(x.toPrecision(12));

function writtenUnit(text) {
  return text.replace(LEADING_NUMERAL, "").replace(/^[余多]/u, "").replace(/\s+/g, "");
}

function fromUnitResult(r) {
  const unit = writtenUnit(r.text);
  const v = Number(r.resolution?.value);
  if (!unit || !Number.isFinite(v)) return null;
  const m = /^(万亿|万|亿)/u.exec(unit);
  return { value: round(m ? v / SCALE[m[1]] : v), unit, start: r.start, end: r.end + 1 };
}

function microsoft(line, withCounts) {
  if (!line.trim()) return [];
  const out = [];
  for (const fn of [MS.recognizeCurrency, MS.recognizeDimension, MS.recognizeAge, MS.recognizeTemperature]) {
    for (const r of fn(line, C)) {
      const f = fromUnitResult(r);
      if (f) out.push(f);
    }
  }
  for (const r of MS.recognizePercentage(line, C)) {
    const v = Number(String(r.resolution?.value ?? "").replace(/%$/, ""));
    if (Number.isFinite(v)) out.push({ value: v, unit: "%", start: r.start, end: r.end + 1 });
  }
  if (withCounts) {
    const covered = (s, e) => out.some((f) => s < f.end && e > f.start);
    for (const r of MS.recognizeNumber(line, C)) {
      const s = r.start, e = r.end + 1;
      if (covered(s, e)) continue;
      const v = Number(r.resolution?.value);
      if (!Number.isFinite(v)) continue;
      let p = e;
      while (p < line.length && /[\s余多]/u.test(line[p])) p++;
      const ch = line[p];
      if (ch && /[\u4e00-\u9fff]/u.test(ch)) out.push({ value: v, unit: ch, start: s, end: p + 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---- scoring ----------------------------------------------------------------------------------
function score(system) {
  let tp = 0, np = 0, ng = 0;
  for (const d of docs) {
    const pred = d.lines.flatMap((l) => system(l));
    const pool = new Map();
    for (const f of pred) pool.set(key(f), (pool.get(key(f)) ?? 0) + 1);
    for (const g of d.gold) {
      const k = key(g);
      if ((pool.get(k) ?? 0) > 0) {
        tp++;
        pool.set(k, pool.get(k) - 1);
      }
    }
    np += pred.length;
    ng += d.gold.length;
  }
  const p = np ? tp / np : 0, r = ng ? tp / ng : 0;
  return { tp, np, ng, p: 100 * p, r: 100 * r, f1: p + r ? (200 * p * r) / (p + r) : 0 };
}

function throughput(system) {
  // warm-up: Microsoft builds its models lazily, and V8 needs a few passes to optimise ours
  for (let k = 0; k < 3; k++) for (const d of docs) for (const l of d.lines) system(l);
  const times = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    for (const d of docs) for (const l of d.lines) system(l);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  return { ms, kbps: bytes / 1024 / (ms / 1000) };
}

const systems = [
  ["tongbao findFigures", (l) => findFigures(l)],
  ["MS Recognizers-Text (units only)", (l) => microsoft(l, false)],
  ["MS Recognizers-Text (+ counts: number + next char)", (l) => microsoft(l, true)],
];

const rows = systems.map(([name, fn]) => ({ name, ...score(fn), ...throughput(fn) }));

const f1 = (x) => x.toFixed(1);
const header = `Figures on the seed gold (${docs.map((d) => d.name).join(", ")}; ${docs.reduce((n, d) => n + d.gold.length, 0)} gold figures, ${(bytes / 1024).toFixed(1)} KB; median of ${runs} runs)`;
if (markdown) {
  console.log(`${header}\n`);
  console.log("| system | P | R | F1 | tp / predicted / gold | throughput |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(`| ${r.name} | ${f1(r.p)} | ${f1(r.r)} | ${f1(r.f1)} | ${r.tp} / ${r.np} / ${r.ng} | ${r.kbps.toFixed(0)} KB/s |`);
  }
} else {
  console.log(header);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(52)} P=${f1(r.p).padStart(5)} R=${f1(r.r).padStart(5)} F1=${f1(r.f1).padStart(5)}  tp=${r.tp} np=${r.np} ng=${r.ng}  ${r.kbps.toFixed(0).padStart(6)} KB/s (${r.ms.toFixed(1)} ms/pass)`,
    );
  }
}
