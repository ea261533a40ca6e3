// The review report: one self-contained HTML file for a corpus of parsed notices. Inline CSS and
// script, no network, no external fonts; a Content-Security-Policy that allows only the page's own
// script and style (by hash). Each notice is embedded once, as JSON with its decoded text, and
// rendered only when opened; the overview (table and charts) is plain HTML that reads and prints
// without the script.
//
// The writer streams: notices are written as they come, and only their summaries are kept, so a
// corpus of thousands of notices needs little memory.
import { createHash } from "node:crypto";
import type { Notice } from "../schema/index.js";
import { escapeHtml as h, jsonForScript } from "./escape.js";
import { CLIENT_CSS, clientScript } from "./client.js";
import { moneyChart, statusChart } from "./charts.js";
import { keepTop, moneyFigures, summarize, type MoneyFigure, type NoticeSummary } from "./summary.js";

export { escapeHtml, jsonForScript } from "./escape.js";
export { summarize, moneyFigures, formatYuan } from "./summary.js";
export type { NoticeSummary, MoneyFigure, Comparison } from "./summary.js";

export interface ReportOptions {
  /** Page title. */
  title?: string;
  /** Tool version shown in the header. */
  version?: string;
}

export interface ReportFailure {
  path: string;
  message: string;
}

type Sink = (chunk: string) => void | Promise<void>;

/** Runs before the body is laid out, so that the CSS can tell that the page's script will run. */
const HEAD_SCRIPT = `document.documentElement.classList.add("js");`;

const sha256b64 = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");

export class ReportWriter {
  private readonly summaries: NoticeSummary[] = [];
  private readonly failures: ReportFailure[] = [];
  private topMoney: MoneyFigure[] = [];
  private readonly title: string;
  private started = false;

  constructor(
    private readonly sink: Sink,
    private readonly options: ReportOptions = {},
  ) {
    this.title = options.title?.trim() || "tongbao review report";
  }

  get notices(): number {
    return this.summaries.length;
  }

  private async begin(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const script = clientScript();
    const csp = [
      "default-src 'none'",
      `script-src 'sha256-${sha256b64(script)}' 'sha256-${sha256b64(HEAD_SCRIPT)}'`,
      `style-src 'sha256-${sha256b64(CLIENT_CSS)}'`,
      "img-src data:",
      "base-uri 'none'",
      "form-action 'none'",
    ].join("; ");
    this.script = script;
    await this.sink(
      `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n` +
        `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">\n` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="referrer" content="no-referrer">\n<meta name="color-scheme" content="light">\n` +
        `<meta name="generator" content="tongbao${this.options.version ? " " + h(this.options.version) : ""}">\n` +
        `<title>${h(this.title)}</title>\n<style>${CLIENT_CSS}</style>\n<script>${HEAD_SCRIPT}</script>\n</head>\n<body>\n` +
        `<a class="skip" href="#main">Skip to content</a>\n<div id="data" hidden>\n`,
    );
  }

  private script = "";

  /** Adds one parsed notice and the decoded text it was parsed from. */
  async addNotice(doc: Notice, text: string): Promise<void> {
    await this.begin();
    const index = this.summaries.length;
    this.summaries.push(summarize(doc, index));
    this.topMoney = keepTop(this.topMoney, moneyFigures(doc, index));
    await this.sink(`<script type="application/json" id="tb-n${index}">${jsonForScript({ doc, text })}</script>\n`);
  }

  /** Records an input that could not be parsed; the overview lists it. */
  async addFailure(path: string, message: string): Promise<void> {
    await this.begin();
    this.failures.push({ path, message });
  }

  /** Writes the overview and the script, and ends the page. */
  async end(): Promise<void> {
    await this.begin();
    const s = this.summaries;
    const meta = { title: this.title, notices: s.map((x) => ({ name: x.name, path: x.path, title: x.title })) };
    await this.sink(`<script type="application/json" id="tb-meta">${jsonForScript(meta)}</script>\n</div>\n`);
    await this.sink(
      `<header class="top"><h1>${h(this.title)}</h1><span class="sub">${s.length} notice${s.length === 1 ? "" : "s"}` +
        `${this.failures.length ? ` · ${this.failures.length} failed` : ""} · tongbao${this.options.version ? " " + h(this.options.version) : ""}</span>` +
        `<nav aria-label="Report"><a href="#">Overview</a></nav></header>\n` +
        `<noscript><p class="muted">&nbsp; The overview below works without JavaScript; opening a notice's text needs it.</p></noscript>\n` +
        `<main id="main">\n<section id="overview" aria-labelledby="ov-title">\n${this.overviewHtml()}\n</section>\n<section id="notice" hidden aria-label="Notice"></section>\n</main>\n`,
    );
    await this.sink(`<script>${this.script}</script>\n</body>\n</html>\n`);
  }

  private overviewHtml(): string {
    const s = this.summaries;
    const items = s.reduce((n, x) => n + x.items, 0);
    const figures = s.reduce((n, x) => n + x.figures, 0);
    const diags = s.reduce((n, x) => n + x.diagnostics.total, 0);
    const mismatched = s.filter((x) => x.mismatches > 0).length;
    const out: string[] = [];
    out.push(`<h2 id="ov-title">Corpus overview</h2>`);
    out.push(
      `<ul class="stats"><li><b>${s.length}</b> notices</li><li><b>${items}</b> items</li><li><b>${figures}</b> figures</li>` +
        `<li><b>${diags}</b> diagnostics</li><li><b>${mismatched}</b> with stated ≠ found totals</li>` +
        (this.failures.length ? `<li><b>${this.failures.length}</b> inputs failed</li>` : "") +
        `</ul>`,
    );
    if (this.failures.length) {
      out.push(`<h3>Inputs that could not be parsed</h3><ul class="failures">`);
      for (const f of this.failures) out.push(`<li><code>${h(f.path)}</code>: ${h(f.message)}</li>`);
      out.push(`</ul>`);
    }
    const names = s.map((x) => x.name);
    const limit = 40;
    out.push(
      `<div class="charts"><figure><figcaption>Items by status per notice` +
        (s.length > limit ? ` <small>(the ${limit} notices with most items)</small>` : "") +
        `</figcaption>${statusChart(s, limit)}</figure>` +
        `<figure><figcaption>Largest money figures <small>(normalised unit CNY, top 10)</small></figcaption>${moneyChart(this.topMoney, names)}</figure></div>`,
    );
    out.push(
      `<div class="tablebar"><h2>Notices</h2><label>Filter <input id="filter" type="search" placeholder="issuer, inspector, file…" aria-controls="corpus"></label><span id="filter-count" class="muted" aria-live="polite"></span>` +
        `<span class="muted">Click a column header to sort; click a notice to open it.</span></div>`,
    );
    // Fixed table layout with set widths (COLUMN_WIDTHS in the page's CSS): a thousand rows then
    // lay out, and re-sort, quickly.
    const cols: Array<[string, "num" | "str", string]> = [
      ["#", "num", "num"],
      ["Notice", "str", ""],
      ["Issuer", "str", ""],
      ["Inspector", "str", ""],
      ["Inspection", "str", ""],
      ["Feedback", "str", ""],
      ["Published", "str", ""],
      ["Issues", "num", "num grp"],
      ["Sugg.", "num", "num"],
      ["Immed.", "num", "num"],
      ["✔ Done", "num", "num grp"],
      ["◐ In progress", "num", "num"],
      ["? Unknown", "num", "num"],
      ["Stated vs found", "num", "grp"],
      ["Figures", "num", "num grp"],
      ["Diagnostics", "num", "num"],
    ];
    out.push(`<div class="tablewrap"><table class="corpus" id="corpus"><colgroup>${cols.map(() => `<col>`).join("")}</colgroup><thead><tr>`);
    for (const [label, type, cls] of cols) out.push(`<th scope="col" aria-sort="none" data-type="${type}"${cls ? ` class="${cls}"` : ""}><button type="button">${h(label)}</button></th>`);
    out.push(`</tr></thead><tbody>`);
    for (const x of s) out.push(this.rowHtml(x));
    out.push(`</tbody></table></div><div id="pager" class="pager" hidden></div>`);
    if (!s.length) out.push(`<p class="muted">No notices were parsed.</p>`);
    return out.join("\n");
  }

  private rowHtml(x: NoticeSummary): string {
    const td = (v: string | number | null, html: string, cls = "") => `<td${cls ? ` class="${cls}"` : ""} data-v="${h(v ?? "")}">${html}</td>`;
    const text = (v: string | null) => (v ? h(v) : `<span class="muted">—</span>`);
    const num = (n: number, cls = "num") => td(n, String(n), cls);
    const cmp = x.comparisons.length
      ? `<ul class="cmp">${x.comparisons
          .map((c) =>
            c.found === null
              ? `<li class="only" title="stated only">${h(c.label)} ${h(c.stated)}</li>`
              : `<li class="${c.mismatch ? "mm" : "ok"}" title="${c.mismatch ? "mismatch: " : ""}stated ${h(c.stated)}, found ${h(c.found)}">${h(c.label)} ${h(c.stated)} / ${h(c.found)}</li>`,
          )
          .join("")}</ul>`
      : `<span class="muted">none stated</span>`;
    const d = x.diagnostics;
    const diag = d.total
      ? [d.error ? `<span class="dg-error">${d.error} ✖</span>` : "", d.warning ? `<span class="dg-warning">${d.warning} ⚠</span>` : "", d.info ? `<span class="muted">${d.info} ℹ</span>` : ""].filter(Boolean).join(" ")
      : "0";
    const period = x.start || x.end ? `${x.start ?? "?"} – ${x.end ?? "?"}` : null;
    return (
      `<tr data-i="${x.index}">` +
      num(x.index + 1) +
      td(x.path, `<a href="#n${x.index}">${h(x.name)}</a>${x.title ? `<span class="title">${h(x.title)}</span>` : ""}`, "name") +
      td(x.issuer, text(x.issuer), "wrap") +
      td(x.inspector, text(x.inspector), "wrap") +
      td(x.start ?? x.end, text(period), "date") +
      td(x.feedback, text(x.feedback), "date") +
      td(x.published, text(x.published), "date") +
      num(x.kinds.issue, "num grp") +
      num(x.kinds.suggestion) +
      num(x.kinds.immediate) +
      num(x.statuses.completed, "num grp") +
      num(x.statuses.in_progress) +
      num(x.statuses.unknown) +
      td(x.comparisons.length ? x.mismatches : "", cmp, "grp") +
      num(x.figures, "num grp") +
      td(d.total, diag, "num") +
      `</tr>`
    );
  }
}

/** Renders a whole report in memory (for small corpora and tests). */
export async function renderReport(entries: Array<{ doc: Notice; text: string } | ReportFailure>, options: ReportOptions = {}): Promise<string> {
  const chunks: string[] = [];
  const w = new ReportWriter((c) => {
    chunks.push(c);
  }, options);
  for (const e of entries) {
    if ("doc" in e) await w.addNotice(e.doc, e.text);
    else await w.addFailure(e.path, e.message);
  }
  await w.end();
  return chunks.join("");
}
