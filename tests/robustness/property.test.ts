// Property tests: random mutations of the seed notices (deleted lines, swapped sections, injected
// junk, random full/half widths, random characters) never make parseText throw; the document is
// always schema-valid, and every figure's text is the source's code points [start, end).
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { parseText, parseBytes, InputError, Notice } from "../../src/index.js";
import { seeds, source } from "./helpers.js";

const RUNS = Number(process.env.FC_RUNS ?? 40);

const JUNK = [
  "<p>", "</div>", '<a href="x">', "<br/>", "&nbsp;", "&ldquo;", "&#12288;", "\u200b", "\ufeff", "\u00ad",
  "扫码关注公众号：xxx", "首页 > 新闻中心 > 正文", "【打印】【关闭】", "##paidbegin##", "##paidend##", "[bookmark: a1]",
  "<script>var a = '一、标题 5个';</script>", "<style>p{color:red}</style>", "<!-- 1.注释 -->", "<script>", "</style>",
  "\r", "\r\n", "\t", "\u3000", "\u00a0", "\u2028", "\ud800", "\udc00", "😀", "𠀀",
  "①", "⑳", "（一）", "一、", "1.", "1)", "（1）", "十一、", "整改措施：", "整改时限：2024年底", "问题1：",
  "2024年13月45日", "１２３４５", "％", "99999999999999999999999999", "1e308", "一二三四五六七八九十百千万亿",
  "“", "”", "《", "》", "（", "）", "约", "万元", "0.5%", "1,234,567.89万元", "三分之二", "百分之", "2亿3千万",
  // The newer marker styles, list runs, closing matter, totals and relative years.
  "\n壹、", "\n贰、", "\n1.1 ", "\n1.1.1", "\n2.3、", "\n一）", "\n二）", "\n1）", "\n2) ", "\nⅠ、", "\nⅡ.", "\nA.", "\nB、", "\na.",
  "\n（一）、", "（二）、", "1）", "；2）", "3.5万元", "1.2项目建设", "\n附件：", "\n附件1.", "\n特此通报", "\n特此通报。\n",
  "\n监督电话：", "\n0123-4567890", "传真：", "欢迎广大干部群众监督", "\n中共某某县委办公室\n某某县人民政府办公室\n2024年5月6日",
  "\n阅读原文", "\n分享 收藏 点赞 在看 12", "關於縣委巡察組反饋問題的整改", "十三屆縣委第二輪", "今年", "今年4月", "去年",
  "反馈问题共3个方面12条", "12个问题全部整改到位", "19个已整改到位，1个正在推进", "给予2人党纪处分", "45条整改措施已全部落实",
];

type Mutation =
  | { kind: "delete"; at: number; n: number }
  | { kind: "swap"; a: number; b: number }
  | { kind: "junk"; at: number; junk: string }
  | { kind: "width"; at: number; len: number; full: boolean }
  | { kind: "chars"; at: number; s: string }
  | { kind: "cut"; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), n: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("junk" as const), at: fc.nat(), junk: fc.constantFrom(...JUNK) }),
  fc.record({ kind: fc.constant("width" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 3000 }), full: fc.boolean() }),
  fc.record({ kind: fc.constant("chars" as const), at: fc.nat(), s: fc.string({ unit: "binary", maxLength: 12 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
);

const HEADING = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** Full width ↔ half width over a stretch: ASCII !–~ and the space. */
function width(s: string, full: boolean): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (full && c >= 0x21 && c <= 0x7e) out += String.fromCharCode(c + 0xfee0);
    else if (full && c === 0x20) out += "\u3000";
    else if (!full && c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (!full && c === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

export function mutate(text: string, muts: Mutation[]): string {
  let t = text;
  for (const m of muts) {
    const lines = t.split("\n");
    switch (m.kind) {
      case "delete": {
        const i = m.at % Math.max(1, lines.length);
        lines.splice(i, m.n);
        t = lines.join("\n");
        break;
      }
      case "swap": {
        // Swap two sections: blocks of lines that start at a heading.
        const starts = lines.map((l, i) => (HEADING.test(l) ? i : -1)).filter((i) => i >= 0);
        if (starts.length < 2) break;
        const blocks = starts.map((s, k) => [s, starts[k + 1] ?? lines.length] as const);
        const x = blocks[m.a % blocks.length];
        const y = blocks[m.b % blocks.length];
        if (x === y) break;
        const [p, q] = x[0] < y[0] ? [x, y] : [y, x];
        t = [...lines.slice(0, p[0]), ...lines.slice(q[0], q[1]), ...lines.slice(p[1], q[0]), ...lines.slice(p[0], p[1]), ...lines.slice(q[1])].join("\n");
        break;
      }
      case "junk": {
        const i = m.at % (t.length + 1);
        t = t.slice(0, i) + m.junk + t.slice(i);
        break;
      }
      case "width": {
        const i = m.at % (t.length + 1);
        t = t.slice(0, i) + width(t.slice(i, i + m.len), m.full) + t.slice(i + m.len);
        break;
      }
      case "chars": {
        const i = m.at % (t.length + 1);
        t = t.slice(0, i) + m.s + t.slice(i);
        break;
      }
      case "cut":
        t = t.slice(0, m.at % (t.length + 1));
        break;
    }
  }
  return t;
}

function check(text: string): void {
  const doc = parseText(text, source(text));
  const parsed = Notice.safeParse(doc);
  if (!parsed.success) throw new Error(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const cps = Array.from(text);
  for (const f of doc.figures) {
    const got = cps.slice(f.start, f.end).join("");
    if (got !== f.text) throw new Error(`figure ${JSON.stringify(f.text)} at [${f.start}, ${f.end}) but the source has ${JSON.stringify(got)}`);
    if (f.line < 1 || f.column < 1) throw new Error(`figure ${JSON.stringify(f.text)} at line ${f.line} column ${f.column}`);
  }
}

describe("random mutations of the seeds", () => {
  it("never throw, always give a schema-valid document, figures point at their text", () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 10 }), (si, muts) => {
        check(mutate(seeds[si].text, muts));
      }),
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20251125), verbose: 1 },
    );
  });

  it("hold for text made of the notices' pieces shuffled at random", () => {
    const pieces = seeds.flatMap((s) => s.text.split(/(?<=[。；\n])/));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...JUNK)), { maxLength: 80 }), (parts) => {
        check(parts.join(""));
      }),
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20251125) },
    );
  });

  it("hold for the seeds as they are", () => {
    for (const s of seeds) expect(() => check(s.text)).not.toThrow();
  });
});

describe("random damage to the bytes of encoded seeds", () => {
  const encodings = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030"] as const;
  const encode = (t: string, e: (typeof encodings)[number]): Buffer => {
    if (e === "utf-8") return Buffer.from(t, "utf8");
    if (e === "utf-8-bom") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")]);
    if (e === "utf-16le") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]);
    if (e === "utf-16be") return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, "utf16le").swap16()]);
    return iconv.encode(t, e);
  };
  const damage = fc.oneof(
    fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("drop" as const), at: fc.nat(), n: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 32 }) }),
  );

  it("either parse to a schema-valid document or fail with an InputError", () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.constantFrom(...encodings), fc.array(damage, { maxLength: 6 }), (si, enc, ds) => {
        let b = encode(seeds[si].text, enc);
        for (const d of ds) {
          const at = d.at % (b.length + 1);
          if (d.kind === "flip" && at < b.length) b[at] = d.byte;
          else if (d.kind === "cut") b = b.subarray(0, at);
          else if (d.kind === "drop") b = Buffer.concat([b.subarray(0, at), b.subarray(at + d.n)]);
          else if (d.kind === "insert") b = Buffer.concat([b.subarray(0, at), Buffer.from(d.bytes), b.subarray(at)]);
        }
        try {
          const doc = parseBytes(b, { path: "damaged.txt" });
          expect(Notice.safeParse(doc).success).toBe(true);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          expect(e.code).not.toBe("schema");
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20251125) },
    );
  });
});
