// Every seed notice saved in every supported encoding parses to the same document: only
// source.encoding, sha256 and bytes differ. Mixed-up input (a GBK file that starts like UTF-8,
// Windows and old Mac line ends, odd spaces, zero-width characters) gives the clean document.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { parseBytes, decode, type Notice } from "../../src/index.js";

const root = path.resolve(__dirname, "../..");
const seeds = readdirSync(path.join(root, "fixtures"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(root, "fixtures", f), "utf8") }));

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);
const encoders: Record<string, { detected: string; encode: (t: string) => Buffer }> = {
  "utf-8": { detected: "utf-8", encode: (t) => Buffer.from(t, "utf8") },
  "utf-8 with BOM": { detected: "utf-8-bom", encode: (t) => Buffer.concat([BOM8, Buffer.from(t, "utf8")]) },
  "utf-16le with BOM": { detected: "utf-16le", encode: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]) },
  "utf-16be with BOM": { detected: "utf-16be", encode: (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, "utf16le").swap16()]) },
  gb18030: { detected: "gb18030", encode: (t) => iconv.encode(t, "gb18030") },
  gbk: { detected: "gb18030", encode: (t) => iconv.encode(t, "gbk") },
  gb2312: { detected: "gb18030", encode: (t) => iconv.encode(t, "gb2312") },
};

const parse = (bytes: Buffer) => parseBytes(bytes, { path: "notice.txt" });
const withoutSource = (d: Notice) => ({ ...d, source: { path: d.source.path } });
/** The document without positions (for inputs whose line ends or indentation differ). */
const shape = (d: Notice): unknown =>
  JSON.parse(JSON.stringify({ ...d, source: null }, (k, v) => (k === "line" || k === "column" || k === "start" || k === "end" ? undefined : v)));

describe("each seed in each encoding", () => {
  for (const seed of seeds) {
    const clean = parse(Buffer.from(seed.text, "utf8"));
    for (const [name, enc] of Object.entries(encoders)) {
      it(`${seed.name} as ${name}`, () => {
        // The seed must survive the round trip, or the comparison says nothing.
        const bytes = enc.encode(seed.text);
        const doc = parse(bytes);
        expect(doc.source.encoding).toBe(enc.detected);
        expect(doc.source.bytes).toBe(bytes.length);
        expect(withoutSource(doc)).toEqual(withoutSource(clean));
        expect(doc.items.length).toBeGreaterThan(0);
      });
    }
  }
});

describe("encodings told without a BOM, and damaged UTF-8", () => {
  const seed = seeds[0].text;
  const clean = parse(Buffer.from(seed, "utf8"));

  it("UTF-16LE and UTF-16BE without a BOM (where the NUL bytes fall)", () => {
    const le = Buffer.from(seed, "utf16le");
    const be = Buffer.from(seed, "utf16le").swap16();
    const a = parse(le);
    const b = parse(be);
    expect(a.source.encoding).toBe("utf-16le");
    expect(b.source.encoding).toBe("utf-16be");
    expect(withoutSource(a)).toEqual(withoutSource(clean));
    expect(withoutSource(b)).toEqual(withoutSource(clean));
  });

  it("UTF-8 cut in the middle of a character is still UTF-8, not GB18030", () => {
    const bytes = Buffer.from(seed, "utf8");
    let cut = Math.floor(bytes.length / 2);
    while ((bytes[cut] & 0xc0) !== 0x80) cut++; // inside a multi-byte character
    const doc = parse(bytes.subarray(0, cut));
    expect(doc.source.encoding).toBe("utf-8-lossy");
    expect(doc.title).toBe(clean.title);
    expect(doc.items.length).toBeGreaterThan(0);
  });

  it("UTF-8 with a corrupt byte is read as UTF-8 with one replacement character", () => {
    const bytes = Buffer.from(seed, "utf8");
    bytes[Math.floor(bytes.length / 3)] = 0xff;
    const doc = parse(bytes);
    expect(doc.source.encoding).toBe("utf-8-lossy");
    expect(doc.title).toBe(clean.title);
    expect(doc.sections.length).toBe(clean.sections.length);
  });

  it("reads UTF-8 with up to 16 bad bytes as UTF-8, and not with 17", () => {
    const good = Buffer.from(seed, "utf8");
    const damaged = (n: number) => {
      // n stray 0xFF bytes spread over the text, each between two whole characters.
      const parts: Buffer[] = [];
      const step = Math.floor(seed.length / (n + 1));
      for (let k = 0; k <= n; k++) {
        parts.push(Buffer.from(seed.slice(k * step, k === n ? seed.length : (k + 1) * step), "utf8"));
        if (k < n) parts.push(Buffer.from([0xff]));
      }
      return Buffer.concat(parts);
    };
    expect(good.length).toBeGreaterThan(3200 * 3); // enough multi-byte characters for 16 bad ones
    expect(decode(damaged(16)).encoding).toBe("utf-8-lossy");
    expect(decode(damaged(16)).text.split("\ufffd").length - 1).toBe(16);
    let enc17: string;
    try {
      enc17 = decode(damaged(17)).encoding;
    } catch {
      enc17 = "undecodable";
    }
    expect(enc17).not.toBe("utf-8-lossy");
  });

  it("GBK is not mistaken for damaged UTF-8", () => {
    expect(parse(iconv.encode(seed, "gbk")).source.encoding).toBe("gb18030");
    // Mostly ASCII with a little Chinese: few bytes fail as UTF-8, but no valid multi-byte text either.
    const mostlyAscii = iconv.encode(`Report 2024\n${"x".repeat(3000)}\n整改情况\n`, "gbk");
    expect(decode(mostlyAscii).encoding).toBe("gb18030");
  });
});

describe("mixed-up input gives the clean document", () => {
  const seed = seeds[seeds.length - 1].text;
  const clean = parse(Buffer.from(seed, "utf8"));

  it("a GBK file whose first 16 KB are valid UTF-8", () => {
    // Chinese characters whose GBK bytes are also a valid UTF-8 sequence (lead C2–DF, trail 80–BF).
    const tricky: string[] = [];
    for (let c = 0x4e00; c < 0x9fa5 && tricky.length < 40; c++) {
      const b = iconv.encode(String.fromCharCode(c), "gbk");
      if (b.length === 2 && b[0] >= 0xc2 && b[0] <= 0xdf && b[1] >= 0x80 && b[1] <= 0xbf) tricky.push(String.fromCharCode(c));
    }
    expect(tricky.length).toBe(40);
    const header = (tricky.join("") + "\n").repeat(2) + `${"x".repeat(70)}\n`.repeat(240);
    const text = header + seed;
    const bytes = iconv.encode(text, "gbk");
    const prefix = bytes.subarray(0, iconv.encode(header, "gbk").length);
    expect(prefix.length).toBeGreaterThan(16 * 1024);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(prefix)).not.toThrow();
    const doc = parse(bytes);
    expect(doc.source.encoding).toBe("gb18030");
    expect(withoutSource(doc)).toEqual(withoutSource(parse(Buffer.from(text, "utf8"))));
  });

  it("Windows line ends (CRLF)", () => {
    const doc = parse(Buffer.from(seed.replace(/\r?\n/g, "\r\n"), "utf8"));
    expect(shape(doc)).toEqual(shape(clean));
    // Lines and columns are the same too; only code-point offsets move.
    expect(doc.sections).toEqual(clean.sections);
    expect(doc.items).toEqual(clean.items);
  });

  it("old Mac line ends (CR)", () => {
    const doc = parse(Buffer.from(seed.replace(/\r?\n/g, "\r"), "utf8"));
    expect(shape(doc)).toEqual(shape(clean));
    expect(doc.sections).toEqual(clean.sections);
  });

  it("tabs, NBSP and ideographic spaces around lines and after markers", () => {
    const pads = ["\t", "\u00a0", "\u3000\u3000", " \t\u3000", "\u2003"];
    let k = 0;
    const messy = seed
      .split("\n")
      .map((l) => (l.trim() ? pads[k++ % pads.length] + l.replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, "$1\u3000") + pads[k % pads.length] : l))
      .join("\n");
    expect(shape(parse(Buffer.from(messy, "utf8")))).toEqual(shape(clean));
  });

  it("zero-width characters and stray BOMs", () => {
    const messy = seed
      .split("\n")
      .map((l, i) => (l.trim() ? (i % 2 ? "\u200b" : "\ufeff\u2060") + l.replace(/，/g, "，\u200b").replace(/。/g, "\u200d。") : l))
      .join("\n");
    expect(shape(parse(Buffer.from(messy, "utf8")))).toEqual(shape(clean));
  });
});
