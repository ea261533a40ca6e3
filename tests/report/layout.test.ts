// Unit tests for the report's escaping and text layout: HTML escaping, JSON inside a script
// element, code-point → UTF-16 index mapping (surrogate pairs), and the placement and nesting of marks.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import vm from "node:vm";
import { escapeHtml, jsonForScript } from "../../src/report/escape.js";
import { clip } from "../../src/report/charts.js";
import { formatYuan, keepTop, summarize } from "../../src/report/summary.js";
import {
  buildMarks,
  codePointIndexer,
  codePointsBetween,
  indexOfPosition,
  itemRegions,
  layoutLines,
  lineEndOf,
  lineIndexAt,
  lineStartsOf,
  matchExtent,
  nestPieces,
  type MarkRange,
  type Piece,
} from "../../src/report/layout.js";
import { clientScript } from "../../src/report/client.js";

/** Reference: the UTF-16 index of code point k, by Array.from (which splits by code point). */
const refIndex = (text: string, k: number) => Array.from(text).slice(0, k).join("").length;

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
    expect(escapeHtml(`<img src=x onerror="window.__pwned=1">`)).toBe("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
  });
  it("leaves other text alone, CJK and astral characters included", () => {
    expect(escapeHtml("巡察整改 𠮷 1.5亿元")).toBe("巡察整改 𠮷 1.5亿元");
  });
  it("turns null, undefined and numbers into text", () => {
    expect(escapeHtml(null)).toBe("");
    expect(escapeHtml(undefined)).toBe("");
    expect(escapeHtml(42)).toBe("42");
  });
  it("never leaves a raw <, >, \" or ' (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
      }),
    );
  });
});

describe("jsonForScript", () => {
  it("cannot close or comment out its script element", () => {
    const v = { t: "</script><script>alert(1)</script><!-- & -->", s: "\u2028\u2029" };
    const out = jsonForScript(v);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(out)).toEqual(v);
  });
  it("is also a valid JavaScript expression", () => {
    const v = { a: "\u2028x\u2029", b: "</script>" };
    expect(vm.runInNewContext("(" + jsonForScript(v) + ")")).toEqual(v);
  });
  it("round-trips any value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const out = jsonForScript(v);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});

describe("code points → UTF-16 indexes", () => {
  it("is the identity without surrogate pairs", () => {
    const f = codePointIndexer("巡察abc");
    expect([0, 1, 2, 5].map(f)).toEqual([0, 1, 2, 5]);
    expect(f(6)).toBe(-1);
    expect(f(-1)).toBe(-1);
    expect(f(1.5)).toBe(-1);
  });
  it("counts a surrogate pair as one code point", () => {
    const text = "a𠮷b😀c"; // 𠮷 U+20BB7 and 😀 U+1F600 are two UTF-16 units each
    expect(text.length).toBe(7);
    const f = codePointIndexer(text);
    expect([0, 1, 2, 3, 4, 5].map(f)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(f(6)).toBe(-1);
    expect(text.slice(f(1), f(2))).toBe("𠮷");
    expect(text.slice(f(3), f(4))).toBe("😀");
  });
  it("agrees with Array.from for any string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const f = codePointIndexer(text);
        const n = Array.from(text).length;
        for (let k = 0; k <= n; k++) expect(f(k)).toBe(refIndex(text, k));
        expect(f(n + 1)).toBe(-1);
        expect(codePointsBetween(text, 0, text.length)).toBe(n);
      }),
    );
  });
});

describe("lines and columns", () => {
  it("splits lines at LF, CRLF and a lone CR, like the parser", () => {
    const text = "一\r\n二\r三\n\n四";
    const starts = lineStartsOf(text);
    expect(starts).toEqual([0, 3, 5, 7, 8]);
    expect(starts.map((_, i) => text.slice(starts[i], lineEndOf(text, starts, i)))).toEqual(["一", "二", "三", "", "四"]);
    expect(lineIndexAt(starts, 4)).toBe(1);
    expect(lineIndexAt(starts, 8)).toBe(4);
  });
  it("maps a 1-based code-point column to a string index, surrogate pairs included", () => {
    const text = "标题\n𠮷𠮷收回资金1.5亿元\n";
    const starts = lineStartsOf(text);
    const at = (line: number, col: number) => indexOfPosition(text, starts, line, col);
    expect(text.slice(at(2, 1), at(2, 2))).toBe("𠮷");
    expect(text.slice(at(2, 2), at(2, 3))).toBe("𠮷");
    expect(text[at(2, 3)]).toBe("收");
    expect(text.slice(at(2, 7), at(2, 13))).toBe("1.5亿元");
    expect(at(2, 99)).toBe(lineEndOf(text, starts, 1)); // clamped to the line's end
    expect(at(4, 1)).toBe(-1);
    expect(at(0, 1)).toBe(-1);
  });
  it("agrees with a reference built from Array.from (property)", () => {
    const chars = fc.constantFrom("a", "巡", "𠮷", "😀", " ", "\n", "\r\n");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const starts = lineStartsOf(text);
        const lines = text.split(/\r\n|\r|\n/);
        expect(starts.length).toBe(lines.length);
        lines.forEach((line, li) => {
          const cps = Array.from(line);
          for (let col = 1; col <= cps.length + 1; col++) {
            expect(indexOfPosition(text, starts, li + 1, col)).toBe(starts[li] + cps.slice(0, col - 1).join("").length);
          }
        });
      }),
    );
  });
});

describe("matchExtent", () => {
  const text = "整改措施：①建立 制度，收回资金\n1.5亿元。②开展检查。";
  it("skips an entry marker before the text and spaces inside it", () => {
    const from = text.indexOf("①");
    const ext = matchExtent(text, from, "建立制度，收回资金1.5亿元。")!;
    expect(ext).not.toBeNull();
    expect(text.slice(ext[0], ext[1])).toBe("建立 制度，收回资金\n1.5亿元。");
  });
  it("folds full-width forms", () => {
    const t = "（一）整改情况";
    const ext = matchExtent(t, 0, "(一)整改情况")!;
    expect(t.slice(ext[0], ext[1])).toBe(t);
  });
  it("re-synchronises over junk removed from the middle", () => {
    const t = "积极推动项目【广告】建设，确保按期完成";
    const ext = matchExtent(t, 0, "积极推动项目建设，确保按期完成")!;
    expect(t.slice(ext[0], ext[1])).toBe(t);
  });
  it("returns null when the text is not there", () => {
    expect(matchExtent(text, 0, "完全不同的内容")).toBeNull();
    expect(matchExtent(text, 0, "   ")).toBeNull();
  });
});

describe("nesting", () => {
  const piece = (s: number, e: number, m: number, p: number): Piece => ({ s, e, m, p, first: true, kids: [] });
  const shape = (ps: Piece[]): unknown => ps.map((x) => [x.m, x.s, x.e, shape(x.kids)]);
  it("nests contained marks and orders equal ranges by priority", () => {
    const roots = nestPieces([piece(2, 4, 2, 3), piece(0, 10, 1, 2), piece(0, 10, 0, 0)]);
    expect(shape(roots)).toEqual([[0, 0, 10, [[1, 0, 10, [[2, 2, 4, []]]]]]]);
  });
  it("splits a mark that crosses the end of its parent", () => {
    const roots = nestPieces([piece(0, 5, 0, 0), piece(3, 8, 1, 2)]);
    expect(shape(roots)).toEqual([
      [0, 0, 5, [[1, 3, 5, []]]],
      [1, 5, 8, []],
    ]);
    expect(roots[1].first).toBe(false);
  });
  it("cuts marks at line ends and keeps only the first piece first", () => {
    const text = "甲乙丙\n丁戊己";
    const starts = lineStartsOf(text);
    const marks: MarkRange[] = [{ s: 1, e: 6, k: "meas", p: 2, r: 0, label: "M1" }];
    const lines = layoutLines(text, starts, marks);
    expect(lines[0]!.map((x) => [x.s, x.e, x.first])).toEqual([[1, 3, true]]);
    expect(lines[1]!.map((x) => [x.s, x.e, x.first])).toEqual([[4, 6, false]]);
  });
  it("yields a proper tree for any set of ranges (property)", () => {
    const range = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(3)).map(([a, b, p]) => [Math.min(a, b), Math.max(a, b) + 1, p] as const);
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), (ranges) => {
        const roots = nestPieces(ranges.map(([s, e, p], m) => piece(s, e, m, p)));
        const covered = new Map<number, number>();
        const check = (list: Piece[], lo: number, hi: number) => {
          let pos = lo;
          for (const x of list) {
            expect(x.s).toBeGreaterThanOrEqual(pos);
            expect(x.e).toBeLessThanOrEqual(hi);
            expect(x.e).toBeGreaterThan(x.s);
            covered.set(x.m, (covered.get(x.m) ?? 0) + (x.e - x.s));
            check(x.kids, x.s, x.e);
            pos = x.e;
          }
        };
        check(roots, 0, 100);
        ranges.forEach(([s, e], m) => expect(covered.get(m)).toBe(e - s)); // every unit of every mark is kept
      }),
    );
  });
});

describe("buildMarks and itemRegions", () => {
  const text = ["𠮷县关于巡察整改情况的通报", "一、整改落实情况", "1. 关于“𠮷资金管理不规范”问题的整改", "整改措施：①𠮷𠮷收回资金1.5亿元。", "2. 关于“制度不健全”问题的整改", "整改措施：①建立制度3项。", "二、下一步打算"].join("\n");
  const cp = (s: string) => Array.from(s).length;
  const off = (needle: string) => cp(text.slice(0, text.indexOf(needle)));
  const item = (id: string, line: number, heading: string, measure: string) => ({
    id, number: id.slice(1), kind: "issue", status: "completed", category: null, problem: heading, heading, line, column: 4,
    measures: [{ text: measure, line: line + 1, column: 6 }], outcomes: [], deadline: null, deadline_date: null, difficulties: null, problem_details: null, responsible: null,
  });
  const doc = {
    sections: [
      { level: 1, marker: "一、", style: "cn", number: 1, title: "整改落实情况", role: "rectification", line: 2, column: 1, children: [
        { level: 2, marker: "1.", style: "arabic-dot", number: 1, title: "关于“𠮷资金管理不规范”问题的整改", role: "item", line: 3, column: 1, children: [] },
        { level: 2, marker: "2.", style: "arabic-dot", number: 2, title: "关于“制度不健全”问题的整改", role: "item", line: 5, column: 1, children: [] },
      ] },
      { level: 1, marker: "二、", style: "cn", number: 2, title: "下一步打算", role: "plan", line: 7, column: 1, children: [] },
    ],
    items: [item("i1", 3, "关于“𠮷资金管理不规范”问题的整改", "𠮷𠮷收回资金1.5亿元"), item("i2", 5, "关于“制度不健全”问题的整改", "建立制度3项")],
    figures: [
      { text: "1.5亿元", start: off("1.5亿元"), end: off("1.5亿元") + 5, line: 4, column: 13, item_id: "i1" },
      { text: "3项", start: off("3项"), end: off("3项") + 2, line: 6, column: 11, item_id: "i2" },
      { text: "9亿元", start: 9999, end: 10002, line: 1, column: 1, item_id: null },
    ],
  };
  it("places every record, converting code-point offsets past surrogate pairs", () => {
    const starts = lineStartsOf(text);
    const { marks, records } = buildMarks(doc, text, starts);
    const slice = (kind: string) => marks.filter((m) => m.k === kind).map((m) => text.slice(m.s, m.e));
    expect(slice("fig")).toEqual(["1.5亿元", "3项"]);
    expect(slice("item")).toEqual(["1. 关于“𠮷资金管理不规范”问题的整改", "2. 关于“制度不健全”问题的整改"]);
    expect(slice("sec")).toEqual(["一、整改落实情况", "二、下一步打算"]);
    expect(slice("meas")).toEqual(["①𠮷𠮷收回资金1.5亿元", "①建立制度3项"]);
    const bad = records.filter((r) => r.problem);
    expect(bad.map((r) => r.data.text)).toEqual(["9亿元"]);
    expect(bad[0].at).toBe(-1);
  });
  it("flags a figure whose offsets do not hold its text", () => {
    const wrong = { ...doc, figures: [{ ...doc.figures[0], start: doc.figures[0].start - 1, end: doc.figures[0].end - 1 }] };
    const { records } = buildMarks(wrong, text, lineStartsOf(text));
    expect(records.find((r) => r.kind === "fig")!.problem).toMatch(/hold/);
  });
  it("gives each item the lines up to the next item or outer heading", () => {
    expect(itemRegions(doc, 7)).toEqual([
      { item: "i1", from: 3, to: 4 },
      { item: "i2", from: 5, to: 6 },
    ]);
  });
});

describe("overview helpers", () => {
  it("formats yuan in 亿元 / 万元", () => {
    expect(formatYuan(139300000)).toBe("1.39 亿元");
    expect(formatYuan(3000000)).toBe("300 万元");
    expect(formatYuan(512)).toBe("512 元");
  });
  it("keeps the largest money figures", () => {
    const mk = (notice: number, yuan: number) => ({ notice, figure: 0, yuan, fig: {} as never });
    expect(keepTop([mk(0, 5), mk(0, 1)], [mk(1, 3), mk(1, 9)], 3).map((m) => m.yuan)).toEqual([9, 5, 3]);
  });
  it("clips labels by display width", () => {
    expect(clip("abc", 100)).toBe("abc");
    expect(clip("巡察整改情况通报巡察整改情况通报", 60)).toMatch(/…$/);
    expect(Array.from(clip("巡察整改情况通报巡察整改情况通报", 60)).length).toBeLessThanOrEqual(6);
  });
  it("compares stated totals with what was found", () => {
    const it = (kind: string, status: string) => ({ kind, status, measures: [{}, {}] });
    const doc = {
      source: { path: "a/b.txt" }, title: null, issuer: null, inspection: { inspector: null, start: null, end: null, feedback_date: null }, published: null,
      reported: { issues_total: 3, issues_completed: 1, measures_total: 6, rules_made: 2, immediate_total: 2 },
      items: [it("issue", "completed"), it("immediate", "completed"), it("issue", "in_progress")], figures: [], diagnostics: [{ level: "warning" }],
    };
    const s = summarize(doc as never, 0);
    expect(s.name).toBe("b.txt");
    expect(s.comparisons.map((c) => [c.key, c.stated, c.found, c.mismatch])).toEqual([
      ["issues_total", 3, 3, false],
      ["issues_completed", 1, 2, true],
      ["measures_total", 6, 6, false],
      ["rules_made", 2, null, false],
      // (the items of kind immediate: 1 listed, 2 stated)
      ["immediate_total", 2, 1, true],
    ]);
    expect(s.mismatches).toBe(2);
    expect(s.diagnostics).toEqual({ error: 0, warning: 1, info: 0, total: 1 });
  });
});

describe("page script", () => {
  it("compiles, and defines every layout function it calls", () => {
    const script = clientScript();
    expect(() => new vm.Script(script)).not.toThrow();
    for (const name of ["lineStartsOf", "codePointIndexer", "buildMarks", "layoutLines", "itemRegions"]) expect(script).toContain("function " + name + "(");
  });
});
