// The floor for any parser of this kind: list the notices, read and decode every one (BOM, else
// UTF-8, else GB18030, as tongbao does), and run one heading regex and one quantity regex over
// the text. Nothing is parsed or written.
//   node bench/floor.mjs DIR
import { readFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import iconv from "iconv-lite";

const HEADING = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[①-⑳])/gm;
const QUANTITY = /\d+(?:\.\d+)?\s*(?:万元|亿元|元|个|项|次|户|人|家|件|条|名|亩|%)/g;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16 = new TextDecoder("utf-16le");

function decode(buf) {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf8.decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return utf16.decode(buf.subarray(2));
  try {
    return utf8.decode(buf);
  } catch {
    return iconv.decode(buf, "gb18030");
  }
}

const dir = process.argv[2];
const files = (await fg("**/*.txt", { cwd: dir, onlyFiles: true })).sort();
let headings = 0;
let quantities = 0;
let bytes = 0;
for (const f of files) {
  const buf = readFileSync(path.join(dir, f));
  bytes += buf.length;
  const text = decode(buf);
  headings += text.match(HEADING)?.length ?? 0;
  quantities += text.match(QUANTITY)?.length ?? 0;
}
console.log(JSON.stringify({ files: files.length, bytes, headings, quantities }));
