// Inputs for the robustness tests, made at run time from the seed notices.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");

export const seeds: Array<{ name: string; text: string }> = readdirSync(path.join(root, "fixtures"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(root, "fixtures", f), "utf8") }));

// The benchmark's seeded generator: the same random streams in tests and in the bench corpus.
export { mulberry32 } from "../../bench/corpus.mjs";
import { mulberry32 } from "../../bench/corpus.mjs";

export const randomBytes = (n: number, seed: number, lo = 0, hi = 256): Buffer => {
  const r = mulberry32(seed);
  return Buffer.from(Array.from({ length: n }, () => lo + Math.floor(r() * (hi - lo))));
};

/** One line of about `chars` UTF-16 units, the seeds' text without line breaks. */
export function longLine(chars: number, unit = seeds.map((s) => s.text).join("").replace(/[\r\n]+/g, "")): string {
  let s = "";
  while (s.length < chars) s += unit;
  return s.slice(0, chars);
}

export const source = (text: string) => ({ path: "test.txt", encoding: "utf-8", sha256: "0".repeat(64), bytes: Buffer.byteLength(text) });

const TITLE = "中共某某区委员会关于巡察整改进展情况的通报";
const PREAMBLE = "根据区委统一部署，2024年3月1日至5月10日，区委第二巡察组对某某局开展了常规巡察。6月5日，巡察组反馈了巡察意见。现将整改情况予以公布。";

/** Six levels of numbering: 一、（一）1.（1）① 1) */
export const NESTED = [
  TITLE,
  PREAMBLE,
  "一、巡察整改落实情况",
  "（一）关于“理论学习不深入”问题的整改",
  "1.完善学习制度",
  "（1）建立学习台账",
  "①每月集中学习",
  "1) 每月学习一次，全年共学习12次。",
  "2) 撰写心得体会3篇。",
  "②健全督学机制",
  "1) 建立督学制度2项。",
  "（2）强化督查问效",
  "2.抓好成果转化",
  "（二）关于“制度执行不严格”问题的整改",
  "1.修订制度5项。",
  "二、下一步工作打算",
  "持续巩固整改成果。",
].join("\n");

/** Item numbers that repeat and skip, in items without labelled fields. */
export const DUP_SKIP = [
  TITLE,
  PREAMBLE,
  "一、巡察整改落实情况",
  "（一）关于“学习不深入”的问题",
  "组织集中学习5次。",
  "（二）关于“制度不健全”的问题",
  "制定制度3项。",
  "（二）关于“台账不规范”的问题",
  "建立台账2本。",
  "（四）关于“考核不严格”的问题",
  "开展考核4次。",
  "三、下一步打算",
  "持续抓好整改。",
].join("\n");

/** The same, with 整改措施： labels: a repeated item number is read as part of the item above. */
export const DUP_SKIP_LABELLED = DUP_SKIP.replace(/\n(组织|制定|建立|开展)/g, "\n整改措施：$1");

export const NO_HEADINGS = [TITLE, PREAMBLE, "我局高度重视巡察反馈问题，逐条制定整改措施，截至目前已完成整改问题12个，建立制度8项。", "中共某某局委员会", "2024年9月1日"].join("\n");

export const NO_ITEMS = [TITLE, PREAMBLE, "一、总体情况", "我局高度重视，成立整改工作领导小组。", "二、下一步打算", "继续巩固整改成果。", "中共某某局委员会", "2024年9月1日"].join("\n");

/** A seed cut in the middle of a heading line. */
export function truncatedMidHeading(text: string): string {
  const m = /\n(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)([^\n]{6,})/g;
  let last: RegExpExecArray | null = null;
  for (let x = m.exec(text); x; x = m.exec(text)) if (x.index > text.length / 2) {
    last = x;
    break;
  }
  if (!last) throw new Error("no heading in the second half");
  return text.slice(0, last.index + 1 + last[1].length + 3);
}

/** A seed saved from a web page: tags, entities, a <style> and two <script> blocks, a comment. */
export function asHtml(text: string): string {
  const lines = text.split(/\r?\n/);
  const mid = Math.floor(lines.length / 2);
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<style type="text/css">',
    "body { font-family: 宋体; }",
    ".title{color:red;margin:0 auto} /* 一、样式 */",
    "</style>",
    "<script>",
    'var notice = "一、关于巡察整改工作的通报 共计12项";',
    "function f(){ return '（一）关于“测试”问题 5个'; }",
    "</script>",
    "<!-- 页面统计",
    "一、不是标题 3个 -->",
    "</head><body>",
    ...lines.slice(0, mid).map((l) => (l.trim() ? `<p style="text-indent:2em">&nbsp;&nbsp;${l}</p>` : "<br/>")),
    '<script type="text/javascript">',
    "  var _hmt = _hmt || [];",
    '  (function(){ var hm = document.createElement("script"); hm.src = "https://example.invalid/hm.js?12个"; })();',
    "</script>",
    ...lines.slice(mid).map((l) => (l.trim() ? `<div><span>${l}</span>&#12288;&ensp;</div>` : "")),
    "</body></html>",
  ].join("\n");
}
