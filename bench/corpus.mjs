// Generates a corpus of notices from the seed fixtures: varied names, content, line endings and
// encodings (UTF-8, UTF-8 with BOM, GB18030, UTF-16LE with BOM). Deterministic for a seed.
//   node bench/corpus.mjs DIR [COUNT=2000] [SEED=1]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, "..", "fixtures");

export const ENCODINGS = ["utf-8", "utf-8-bom", "gb18030", "utf-16le"];
const CITIES = ["丹东", "抚顺", "凤城", "鞍山", "营口", "盘锦", "铁岭", "朝阳", "葫芦岛", "锦州", "本溪", "辽阳", "阜新", "大连", "沈阳", "淮安", "宿迁", "盐城"];
const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seeds() {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(FIXTURES, f), "utf8"));
}

const HEADING = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳])/;

/** A variant of a seed notice: other places, years, counts and group; some paragraphs dropped or repeated. */
export function vary(text, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const city = pick(CITIES);
  const dy = Math.floor(rnd() * 5) - 3;
  let t = text
    .replace(/丹东|抚顺|凤城|XX/g, () => (rnd() < 0.7 ? city : pick(CITIES)))
    .replace(/(20[12]\d)(\s*年)/g, (_, y, n) => `${Number(y) + dy}${n}`)
    .replace(/第[一二三四五六七八九十]+巡察组/g, () => `第${pick(CN)}巡察组`)
    .replace(/(\d+)(个|项|次|户|人|家|件|条|名)/g, (_, n, u) => `${Math.max(1, Math.round(Number(n) * (0.5 + rnd())))}${u}`);
  const lines = t.split(/\r?\n/);
  const body = [];
  for (let i = 4; i < lines.length; i++) if (lines[i].length > 60 && !HEADING.test(lines[i])) body.push(i);
  const drop = new Set();
  for (let k = Math.floor(rnd() * 3); k > 0 && body.length; k--) drop.add(pick(body));
  const repeat = new Map();
  for (let k = Math.floor(rnd() * 18); k > 0 && body.length; k--) {
    const i = pick(body);
    repeat.set(i, (repeat.get(i) ?? 0) + 1);
  }
  const out = [];
  lines.forEach((l, i) => {
    if (drop.has(i)) return;
    out.push(l);
    for (let r = repeat.get(i) ?? 0; r > 0; r--) out.push(l);
  });
  return { text: out.join("\n"), city };
}

export function encode(text, encoding) {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    default:
      return iconv.encode(text, encoding);
  }
}

/** Writes COUNT notices below DIR (in sub-folders of 500); returns { files, bytes, byEncoding }. */
export function generate(dir, count, seed = 1) {
  const base = seeds();
  const rnd = mulberry32(seed);
  let bytes = 0;
  const byEncoding = Object.fromEntries(ENCODINGS.map((e) => [e, 0]));
  for (let i = 0; i < count; i++) {
    const { text, city } = vary(base[i % base.length], rnd);
    const eol = rnd() < 0.3 ? "\r\n" : "\n";
    const encoding = ENCODINGS[i % ENCODINGS.length];
    const buf = encode(eol === "\n" ? text : text.replace(/\n/g, eol), encoding);
    const sub = path.join(dir, `part-${String(Math.floor(i / 500)).padStart(2, "0")}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const name = `${String(i).padStart(5, "0")}_${city}市委巡察整改通报_${Math.floor(rnd() * 0xffffff).toString(16)}.txt`;
    writeFileSync(path.join(sub, name), buf);
    bytes += buf.length;
    byEncoding[encoding]++;
  }
  return { files: count, bytes, byEncoding };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [dir, count = "2000", seed = "1"] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node bench/corpus.mjs DIR [COUNT] [SEED]");
    process.exit(2);
  }
  const t = performance.now();
  const r = generate(dir, Number(count), Number(seed));
  console.log(`${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`, r.byEncoding);
}
