// The report page's script and style. The script is `clientMain`, embedded with
// Function.prototype.toString after the layout functions, so that the page runs exactly the code
// that the unit tests check. It renders every string from a notice with textContent or text nodes,
// never as HTML, and builds a notice's view only when the notice is opened.
import type * as Layout from "./layout.js";
import { layoutSource, LAYOUT_FUNCTIONS } from "./layout.js";

// The page's globals: this module compiles without the DOM library, and the function below only
// runs in the browser.
declare const document: any;
declare const window: any;
declare const location: any;

type L = Omit<typeof Layout, "LAYOUT_FUNCTIONS" | "layoutSource">;

export function clientMain(L: L): void {
  const $ = (id: string): any => document.getElementById(id);
  const el = (tag: string, cls?: string | null, text?: string | null): any => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  };
  const meta = JSON.parse($("tb-meta").textContent);
  const notices: Array<{ name: string; path: string; title: string | null }> = meta.notices;
  const overview = $("overview");
  const view = $("notice");
  const KIND_NAMES: Record<string, string> = { item: "Item", sec: "Heading", meas: "Measure", out: "Outcome", fig: "Figure" };
  const STATUS_TEXT: Record<string, string> = { completed: "✔ completed", in_progress: "◐ in progress", unknown: "? unknown" };
  const KIND_TEXT: Record<string, string> = { issue: "issue", suggestion: "suggestion", immediate: "immediate" };

  // ---- overview: sortable, filterable, paged table ----
  // Every row is in the page (it reads and prints without the script); the script shows one page of
  // PAGE rows at a time, so that a corpus of thousands of notices lays out quickly.
  const PAGE = 100;
  const table = $("corpus");
  const pager = $("pager");
  const filter = $("filter");
  let page = 0;
  let showAll = false;
  const rowText = new Map<any, string>();
  function refresh(): void {
    if (!table) return;
    const q = filter ? String(filter.value || "").trim().toLowerCase() : "";
    let matched = 0;
    for (const r of Array.from(table.tBodies[0].rows) as any[]) {
      let t: string = rowText.get(r) ?? "";
      if (!rowText.has(r)) rowText.set(r, (t = r.textContent.toLowerCase()));
      const ok = q === "" || t.includes(q);
      r.hidden = !ok;
      r.classList.toggle("paged-out", ok && !showAll && (matched < page * PAGE || matched >= (page + 1) * PAGE));
      if (ok) matched++;
    }
    const pages = Math.max(1, Math.ceil(matched / PAGE));
    if (page >= pages) {
      page = pages - 1;
      refresh();
      return;
    }
    $("filter-count").textContent = q ? matched + " of " + notices.length + " match" : "";
    pager.replaceChildren();
    pager.hidden = matched <= PAGE;
    if (matched > PAGE) {
      const from = showAll ? 1 : page * PAGE + 1;
      const to = showAll ? matched : Math.min(matched, (page + 1) * PAGE);
      const button = (label: string, enabled: boolean, go: () => void) => {
        const b = el("button", null, label);
        b.type = "button";
        b.disabled = !enabled;
        b.addEventListener("click", () => {
          go();
          refresh();
        });
        return b;
      };
      pager.append(
        el("span", null, "Rows " + from + "–" + to + " of " + matched + " "),
        button("‹ Previous", !showAll && page > 0, () => page--),
        " ",
        button("Next ›", !showAll && page + 1 < pages, () => page++),
        " ",
        button(showAll ? "Show " + PAGE + " per page" : "Show all " + matched, true, () => {
          showAll = !showAll;
          page = 0;
        }),
      );
    }
    table.classList.add("ready");
  }
  if (table) {
    const heads: any[] = Array.from(table.tHead.rows[0].cells);
    heads.forEach((th: any, col: number) => {
      const button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", () => {
        const dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        for (const h of heads) h.setAttribute("aria-sort", "none");
        th.setAttribute("aria-sort", dir);
        const numeric = th.dataset.type === "num";
        const body = table.tBodies[0];
        const rows: any[] = Array.from(body.rows);
        const keys = new Map<any, string>();
        for (const r of rows) keys.set(r, r.cells[col].dataset.v ?? "");
        const sign = dir === "ascending" ? 1 : -1;
        rows.sort((a: any, b: any) => {
          const x = keys.get(a) as string;
          const y = keys.get(b) as string;
          let c = 0;
          if (x === "" || y === "") c = x === y ? 0 : x === "" ? 1 : -1;
          else if (numeric) c = (Number(x) - Number(y)) * sign;
          else c = (x < y ? -1 : x > y ? 1 : 0) * sign;
          return c || Number(a.dataset.i) - Number(b.dataset.i);
        });
        body.append(...rows);
        page = 0;
        refresh();
      });
    });
    if (filter) filter.addEventListener("input", () => {
      page = 0;
      refresh();
    });
    refresh();
  }

  // ---- notice view, built when a notice is opened ----
  let current = -1;
  let state: any = null;

  function route(): void {
    const m = /^#n(\d+)(?::(\w+)=(.*))?$/.exec(location.hash);
    const i = m ? Number(m[1]) : -1;
    if (!m || i < 0 || i >= notices.length) {
      view.hidden = true;
      overview.hidden = false;
      document.title = meta.title;
      return;
    }
    const fresh = i !== current;
    if (fresh) openNotice(i);
    overview.hidden = true;
    view.hidden = false;
    if (m[2]) goTo(m[2], decodeURIComponent(m[3]));
    else if (fresh) window.scrollTo(0, 0);
  }

  function openNotice(i: number): void {
    const data = JSON.parse($("tb-n" + i).textContent);
    const doc = data.doc;
    const text: string = data.text;
    const starts = L.lineStartsOf(text);
    const { marks, records } = L.buildMarks(doc, text, starts);
    const pieces = L.layoutLines(text, starts, marks);
    const regions = L.itemRegions(doc, starts.length);
    current = i;
    document.title = (doc.title || notices[i].name) + " — " + meta.title;

    const head = el("div", "nv-head");
    const crumbs = el("nav", "crumbs");
    crumbs.setAttribute("aria-label", "Notices");
    const back = el("a", null, "← Overview");
    back.href = "#";
    crumbs.append(back, el("span", "pos", " Notice " + (i + 1) + " of " + notices.length + " "));
    if (i > 0) {
      const prev = el("a", null, "‹ previous");
      prev.href = "#n" + (i - 1);
      crumbs.append(prev, " ");
    }
    if (i + 1 < notices.length) {
      const next = el("a", null, "next ›");
      next.href = "#n" + (i + 1);
      crumbs.append(next);
    }
    head.append(crumbs, el("h2", "nv-title", doc.title || notices[i].name));
    head.append(el("p", "path", doc.source.path + " · " + doc.source.encoding + " · " + doc.source.bytes + " bytes · sha256 " + String(doc.source.sha256).slice(0, 12) + "…"));

    const dl = el("dl", "facts");
    const fact = (k: string, v: any) => {
      if (v === null || v === undefined || v === "") return;
      dl.append(el("dt", null, k), el("dd", null, String(v)));
    };
    const ins = doc.inspection || {};
    fact("Issuer", doc.issuer);
    fact("Inspector", ins.inspector);
    fact("Inspected unit", ins.target);
    fact("Inspection", ins.start || ins.end ? (ins.start || "?") + " – " + (ins.end || "?") : null);
    fact("Feedback", ins.feedback_date);
    fact("Round", ins.round);
    fact("Kind", ins.kind);
    fact("Published", doc.published);
    if (doc.comment_period) fact("Comment period", (doc.comment_period.start || "?") + " – " + (doc.comment_period.end || "?"));
    if (doc.contact && doc.contact.phones && doc.contact.phones.length) fact("Phone", doc.contact.phones.join(", "));
    fact("Items", doc.items.length + " (" + ["issue", "suggestion", "immediate"].map((k) => doc.items.filter((x: any) => x.kind === k).length + " " + k).join(", ") + ")");
    fact("Figures", doc.figures.length);
    head.append(dl);

    const notes = el("div", "notes");
    for (const d of doc.diagnostics) if (d.line === null || d.line === undefined || d.line > starts.length) notes.append(diagRow(d));
    const unplaced = records.filter((r: any) => r.problem);
    if (unplaced.length) {
      const p = el("p", "diag diag-warning");
      p.append(el("span", "dlevel", "⚠ placement"), " " + unplaced.length + " record(s) could not be placed exactly; their marks show “⚠”. Hover a mark for details.");
      notes.append(p);
    }
    head.append(notes);

    const legend = el("div", "legend");
    legend.append(el("span", "legend-title", "Marks: "));
    for (const [k, label, sample] of [
      ["sec", "H1", "heading"],
      ["item", "i1", "item"],
      ["meas", "M1", "measure"],
      ["out", "R1", "outcome (result)"],
      ["fig", "", "figure"],
    ]) {
      const s = el("span", "m m-" + k + " first", sample);
      if (label) s.dataset.label = label;
      legend.append(s, " ");
    }
    const toggle = el("label", "toggle");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    toggle.append(box, " labels");
    legend.append(toggle);
    head.append(legend);

    // Outline
    const outline = el("nav", "outline");
    outline.setAttribute("aria-label", "Outline");
    outline.append(el("h3", null, "Outline"));
    const itemByLine = new Map<number, any>();
    for (const it of doc.items) if (!itemByLine.has(it.line)) itemByLine.set(it.line, it);
    const figCount = new Map<string, number>();
    for (const f of doc.figures) if (f.item_id) figCount.set(f.item_id, (figCount.get(f.item_id) || 0) + 1);
    const usedItems = new Set<any>();
    const itemLink = (it: any) => {
      usedItems.add(it);
      const a = el("a", "ol-item");
      a.href = "#n" + i + ":item=" + encodeURIComponent(it.id);
      a.dataset.item = it.id;
      a.append(el("span", "badge b-kind", KIND_TEXT[it.kind] || it.kind), " ", el("span", "ol-text", (it.number ? it.number + ". " : "") + (it.problem || it.heading)), " ");
      a.append(el("span", "badge b-" + it.status, STATUS_TEXT[it.status] || it.status));
      const n = figCount.get(it.id) || 0;
      if (n) a.append(" ", el("span", "badge b-figs", n + " fig"));
      return a;
    };
    const tree = (list: any[]): any => {
      const ul = el("ul");
      for (const sec of list) {
        const li = el("li");
        const it = sec.role === "item" || itemByLine.has(sec.line) ? itemByLine.get(sec.line) : null;
        if (it && !usedItems.has(it)) li.append(itemLink(it));
        else {
          const a = el("a", "ol-sec", String(sec.marker || "") + " " + sec.title);
          a.href = "#n" + i + ":line=" + sec.line;
          li.append(a);
        }
        if (sec.children && sec.children.length) li.append(tree(sec.children));
        ul.append(li);
      }
      return ul;
    };
    outline.append(tree(doc.sections || []));
    const loose = doc.items.filter((it: any) => !usedItems.has(it));
    if (loose.length) {
      outline.append(el("h4", null, "Items outside the outline"));
      const ul = el("ul");
      for (const it of loose) {
        const li = el("li");
        li.append(itemLink(it));
        ul.append(li);
      }
      outline.append(ul);
    }
    if (!doc.sections.length && !doc.items.length) outline.append(el("p", "muted", "No headings or items found."));

    // Text
    const textBox = el("div", "text");
    textBox.setAttribute("role", "region");
    textBox.setAttribute("aria-label", "Original text");
    const diagsAt = new Map<number, any[]>();
    for (const d of doc.diagnostics) {
      if (!d.line) continue;
      const list = diagsAt.get(d.line) || [];
      list.push(d);
      diagsAt.set(d.line, list);
    }
    const rows: any[] = new Array(starts.length);
    const regionEls = new Map<string, any>();
    let ri = 0;
    let region: any = null;
    let regionTo = 0;
    const emit = (parent: any, s: number, e: number, kids: any[]) => {
      let pos = s;
      for (const k of kids) {
        if (k.s > pos) parent.append(text.slice(pos, k.s));
        const mk = marks[k.m];
        const span = el("span", "m m-" + mk.k + (k.first ? " first" : ""));
        span.dataset.r = String(mk.r);
        if (k.first) {
          span.tabIndex = 0;
          if (mk.label) span.dataset.label = mk.label;
          if (records[mk.r].problem) span.classList.add("warn");
        }
        emit(span, k.s, k.e, k.kids);
        parent.append(span);
        pos = k.e;
      }
      if (e > pos) parent.append(text.slice(pos, e));
    };
    for (let li = 0; li < starts.length; li++) {
      const n = li + 1;
      if (region && n > regionTo) region = null;
      while (ri < regions.length && regions[ri].to < n) ri++;
      if (!region && ri < regions.length && regions[ri].from === n) {
        region = el("div", "region");
        region.dataset.item = regions[ri].item;
        regionTo = regions[ri].to;
        regionEls.set(regions[ri].item, region);
        textBox.append(region);
        ri++;
      }
      const parent = region || textBox;
      const row = el("div", "ln");
      row.dataset.n = String(n);
      const tx = el("span", "tx");
      const s = starts[li];
      const e = L.lineEndOf(text, starts, li);
      if (pieces[li]) emit(tx, s, e, pieces[li] as any[]);
      else tx.textContent = text.slice(s, e);
      row.append(tx);
      parent.append(row);
      rows[li] = row;
      const ds = diagsAt.get(n);
      if (ds) {
        row.classList.add("has-diag");
        for (const d of ds) parent.append(diagRow(d));
      }
    }

    // Record panel
    const panel = el("aside", "record");
    panel.setAttribute("aria-label", "Record");
    panel.setAttribute("aria-live", "polite");
    const panelBody = el("div", "record-body");
    panelBody.append(el("p", "muted", "Hover, focus or click a mark to see its record."));
    panel.append(el("h3", null, "Record"), panelBody);

    const body = el("div", "nv-body");
    body.append(outline, textBox, panel);
    view.replaceChildren(head, body);
    box.addEventListener("change", () => textBox.classList.toggle("nolabels", !box.checked));

    let lit: any[] = [];
    const light = (r: string | null) => {
      for (const x of lit) x.classList.remove("hl");
      lit = r === null ? [] : Array.from(textBox.querySelectorAll('[data-r="' + r + '"]'));
      for (const x of lit) x.classList.add("hl");
    };
    const markOf = (t: any) => (t && t.closest ? t.closest(".text .m") : null);
    let pinned = false;
    textBox.addEventListener("mouseover", (ev: any) => {
      const m = markOf(ev.target);
      if (m && !pinned) show(Number(m.dataset.r));
    });
    textBox.addEventListener("focusin", (ev: any) => {
      const m = markOf(ev.target);
      if (m) show(Number(m.dataset.r));
    });
    textBox.addEventListener("click", (ev: any) => {
      const m = markOf(ev.target);
      pinned = !!m;
      if (m) show(Number(m.dataset.r));
      else light(null);
    });
    textBox.addEventListener("keydown", (ev: any) => {
      if (ev.key === "Escape") {
        pinned = false;
        light(null);
      }
    });

    function show(r: number): void {
      const rec = records[r];
      light(String(r));
      panelBody.replaceChildren(recordView(rec, r));
    }

    function recordView(rec: any, r: number): any {
      const frag = document.createDocumentFragment();
      const d = rec.data;
      const mk = marks.find((x: any) => x.r === r);
      const title = KIND_NAMES[rec.kind] + (mk && mk.label ? " " + mk.label : "") + (rec.item && rec.kind !== "item" ? " · item " + rec.item : "");
      frag.append(el("h4", "rec-title rec-" + rec.kind, title));
      if (rec.problem) frag.append(el("p", "diag diag-warning", "⚠ " + rec.problem));
      const t = el("dl", "kv");
      const row = (k: string, v: any) => {
        if (v === undefined) return;
        t.append(el("dt", null, k), el("dd", v === null ? "null" : null, v === null ? "null" : typeof v === "object" ? JSON.stringify(v) : String(v)));
      };
      if (rec.kind === "fig") {
        row("text", d.text);
        row("value", d.value);
        row("unit", d.unit);
        row("normalized value", d.normalized ? d.normalized.value : null);
        if (d.normalized && d.normalized.unit === "CNY" && typeof d.normalized.value === "number") row("≈", yuan(d.normalized.value));
        row("normalized unit", d.normalized ? d.normalized.unit : null);
        row("metric", d.metric);
        row("qualifier", d.qualifier);
        row("item_id", d.item_id);
        row("approx", d.approx);
        row("range", d.range);
        row("line:column", d.line + ":" + d.column);
        row("start–end", d.start + "–" + d.end);
      } else if (rec.kind === "item") {
        for (const k of ["id", "number", "kind", "status", "category", "problem", "heading"]) row(k, d[k]);
        row("line:column", d.line + ":" + d.column);
        row("measures", d.measures.length);
        row("outcomes", d.outcomes.length);
        row("figures", figCount.get(d.id) || 0);
        for (const k of ["deadline", "deadline_date", "difficulties", "problem_details", "responsible"]) row(k, d[k]);
      } else if (rec.kind === "sec") {
        for (const k of ["level", "marker", "style", "number", "title", "role"]) row(k, d[k]);
        row("line:column", d.line + ":" + d.column);
        row("children", (d.children || []).length);
      } else {
        row("item", rec.item);
        row("text", d.text);
        row("line:column", d.line + ":" + d.column);
      }
      frag.append(t);
      const raw = el("details", "raw");
      raw.append(el("summary", null, "JSON"), el("pre", null, JSON.stringify(d, (k, v) => (k === "children" && Array.isArray(v) ? "[" + v.length + " sections]" : v), 2)));
      frag.append(raw);
      return frag;
    }

    state = { i, doc, text, starts, marks, records, rows, regionEls, outline, show, light };
  }

  function yuan(v: number): string {
    const a = Math.abs(v);
    const f = (x: number) => String(Math.round(x * 100) / 100);
    return a >= 1e8 ? f(v / 1e8) + " 亿元" : a >= 1e4 ? f(v / 1e4) + " 万元" : f(v) + " 元";
  }

  function diagRow(d: any): any {
    const p = el("p", "diag diag-" + d.level);
    p.setAttribute("role", "note");
    const icon = d.level === "error" ? "✖ error" : d.level === "warning" ? "⚠ warning" : "ℹ info";
    p.append(el("span", "dlevel", icon), " ", el("code", null, d.code), " " + d.message + (d.line ? " (line " + d.line + ")" : ""));
    return p;
  }

  function goTo(kind: string, value: string): void {
    if (!state) return;
    let target: any = null;
    let r = -1;
    if (kind === "item") {
      r = state.records.findIndex((x: any) => x.kind === "item" && x.data.id === value);
      for (const a of Array.from(state.outline.querySelectorAll("a[aria-current]")) as any[]) a.removeAttribute("aria-current");
      for (const a of Array.from(state.outline.querySelectorAll("a.ol-item")) as any[]) {
        if (a.dataset.item !== value) continue;
        a.setAttribute("aria-current", "true");
        // Keep the entry in sight in the outline, without moving the page.
        const o = state.outline;
        if (a.offsetTop < o.scrollTop || a.offsetTop + a.offsetHeight > o.scrollTop + o.clientHeight) o.scrollTop = a.offsetTop - o.clientHeight / 3;
      }
      for (const x of Array.from(document.querySelectorAll(".region.current")) as any[]) x.classList.remove("current");
      const reg = state.regionEls.get(value);
      if (reg) reg.classList.add("current");
    } else if (kind === "fig") {
      const n = Number(value);
      r = state.records.findIndex((x: any) => x.kind === "fig" && x.data === state.doc.figures[n]);
    } else if (kind === "line") {
      target = state.rows[Number(value) - 1] || null;
    }
    if (r >= 0) {
      target = document.querySelector('.text .m.first[data-r="' + r + '"]');
      if (!target && state.records[r].at >= 0) target = state.rows[L.lineIndexAt(state.starts, state.records[r].at)];
      state.show(r);
    }
    if (!target) return;
    target.scrollIntoView({ block: "center", inline: "nearest" });
    if (target.focus) target.focus({ preventScroll: true });
    const lit: any[] = r >= 0 ? Array.from(document.querySelectorAll('.text [data-r="' + r + '"]')) : [target];
    for (const x of lit) {
      x.classList.remove("flash");
      void x.offsetWidth;
      x.classList.add("flash");
    }
  }

  // A link to the hash already shown does not fire hashchange: go there again by hand.
  document.addEventListener("click", (ev: any) => {
    const a = ev.target && ev.target.closest ? ev.target.closest("a[href^='#']") : null;
    if (a && a.getAttribute("href") === location.hash && !ev.defaultPrevented) {
      ev.preventDefault();
      route();
    }
  });
  window.addEventListener("hashchange", route);
  route();
}

/** The page's whole script. */
export function clientScript(): string {
  const names = Object.keys(LAYOUT_FUNCTIONS);
  return [
    "(function () {",
    '"use strict";',
    layoutSource(),
    "var L = { " + names.map((n) => n + ": " + n).join(", ") + " };",
    "(" + clientMain.toString() + ")(L);",
    "})();",
  ].join("\n");
}

/** Widths of the overview table's columns, in rem (the table has a fixed layout). */
const COLUMN_WIDTHS = [2.4, 11, 8, 7, 6, 5.6, 5.6, 3.7, 3.7, 3.9, 3.7, 4.6, 5, 13, 4.3, 5.5];

export const CLIENT_CSS = String.raw`
:root {
  --font: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --mono: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
  --ink: #1d1d1f; --muted: #5f6368; --line: #d8dadf; --bg: #ffffff; --panel: #f6f7f9;
  --c-item: #7a5600; --bg-item: #fff1c2;
  --c-sec: #1f4e99; --bg-sec: #e4edfd;
  --c-meas: #17703a; --bg-meas: #eaf6ee;
  --c-out: #7b2f9e; --bg-out: #f5ebfa;
  --c-fig: #b3261e; --bg-fig: #fde7e4;
  --c-done: #2e7d32; --c-prog: #b26a00; --c-unk: #757575;
}
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; font-family: var(--font); color: var(--ink); background: var(--bg); line-height: 1.5; }
a { color: #174ea6; }
a:focus-visible, button:focus-visible, input:focus-visible, .m:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
.top { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; padding: .6rem 1.2rem; border-bottom: 1px solid var(--line); background: var(--panel); }
.top h1 { font-size: 1.15rem; margin: 0; }
.top .sub { color: var(--muted); font-size: .9rem; }
main { padding: 0 1.2rem 2rem; }
h2 { font-size: 1.25rem; margin: 1.2rem 0 .4rem; }
h3 { font-size: 1rem; margin: .6rem 0 .4rem; }
.muted { color: var(--muted); }
.stats { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; margin: .2rem 0 1rem; padding: 0; list-style: none; }
.stats b { font-size: 1.15rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(28rem, 1fr)); gap: 1rem 2rem; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
figcaption small { font-weight: 400; color: var(--muted); }
svg.chart { width: 100%; height: auto; max-width: 46rem; font-family: var(--font); }
svg.chart text { font-size: 12px; fill: var(--ink); }
svg.chart .lbl { fill: #174ea6; }
svg.chart a:hover rect.hit, svg.chart a:focus rect.hit { fill: #e8f0fe; }
svg.chart rect.hit { fill: transparent; }
.failures li { color: #8a1c13; }
.tablebar { display: flex; gap: 1rem; align-items: center; margin: 1.2rem 0 .4rem; flex-wrap: wrap; }
.tablebar h2 { margin: 0; }
.tablewrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table.corpus { border-collapse: collapse; width: 100%; min-width: 78rem; table-layout: fixed; font-size: .83rem; }
${COLUMN_WIDTHS.map((w, i) => `table.corpus col:nth-child(${i + 1}) { width: ${w}rem; }`).join("\n")}
table.corpus th, table.corpus td { padding: .35rem .45rem; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
table.corpus thead th { background: var(--panel); position: sticky; top: 0; z-index: 1; }
table.corpus th button { all: unset; cursor: pointer; font-weight: 600; }
table.corpus th button::after { content: " ↕"; color: #9aa0a6; font-weight: 400; }
table.corpus th[aria-sort=ascending] button::after { content: " ▲"; color: var(--ink); }
table.corpus th[aria-sort=descending] button::after { content: " ▼"; color: var(--ink); }
table.corpus td.num, table.corpus th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.corpus td.grp { border-left: 2px solid var(--line); }
table.corpus tbody tr:hover { background: #f8fafd; }
/* Before the script pages the table, show only the first page (the class "js" is set in <head>). */
.js table.corpus:not(.ready) tbody tr:nth-child(n+101), table.corpus tr.paged-out { display: none; }
.pager { margin: .5rem 0; font-size: .9rem; display: flex; gap: .3rem; align-items: center; }
.pager button, .top button { font: inherit; padding: .15rem .6rem; border: 1px solid #9aa0a6; border-radius: 4px; background: #fff; cursor: pointer; }
.pager button:disabled { opacity: .45; cursor: default; }
td .title { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; color: var(--muted); font-size: .78rem; }
td.name a { font-weight: 600; word-break: break-all; }
table.corpus td { overflow-wrap: anywhere; }
ul.cmp { list-style: none; margin: 0; padding: 0; }
.mm { color: #8a1c13; font-weight: 700; background: #fdecea; border-radius: 3px; padding: 0 .2rem; }
.mm::before { content: "≠ "; }
.ok::before { content: "= "; color: var(--c-done); }
.only::before { content: "· "; color: var(--muted); }
.dg-error { color: #8a1c13; font-weight: 700; }
.dg-warning { color: #8a4b00; }
#filter { font: inherit; padding: .25rem .5rem; border: 1px solid #9aa0a6; border-radius: 4px; min-width: 16rem; }
/* notice view */
.crumbs { margin-top: .8rem; font-size: .9rem; }
.crumbs .pos { color: var(--muted); margin: 0 .6rem; }
.nv-title { margin: .3rem 0; font-size: 1.3rem; }
.path { font-family: var(--mono); font-size: .78rem; color: var(--muted); margin: 0 0 .5rem; word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: .1rem .8rem; margin: .3rem 0 .6rem; font-size: .88rem; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; font-size: .85rem; margin: .4rem 0 .6rem; padding: .35rem .6rem; background: var(--panel); border-radius: 6px; }
.legend-title { font-weight: 600; }
.toggle { margin-left: auto; }
.nv-body { display: grid; grid-template-columns: 17rem minmax(0, 1fr) 19rem; gap: 1rem; align-items: start; }
.outline, .record { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: .4rem .6rem 1rem; background: var(--panel); border-radius: 6px; font-size: .85rem; }
.outline ul { list-style: none; margin: 0; padding-left: .8rem; }
.outline > ul { padding-left: 0; }
.outline li { margin: .15rem 0; }
.outline a { text-decoration: none; color: var(--ink); display: block; border-radius: 4px; padding: .1rem .25rem; }
.outline a:hover { background: #e8eaed; }
.outline a.ol-sec { font-weight: 600; color: var(--c-sec); }
.outline a[aria-current] { background: #ffe8a3; outline: 2px solid var(--c-item); }
.badge { display: inline-block; font-size: .7rem; line-height: 1.2; padding: 0 .3rem; border-radius: 3px; border: 1px solid currentColor; white-space: nowrap; }
.b-kind { color: var(--c-item); }
.b-completed { color: var(--c-done); }
.b-in_progress { color: var(--c-prog); border-style: dashed; }
.b-unknown { color: var(--c-unk); border-style: dotted; }
.b-figs { color: var(--c-fig); }
.text { min-width: 0; font-size: 1rem; line-height: 1.9; }
.ln { display: grid; grid-template-columns: 3.2rem minmax(0, 1fr); min-height: 1.9em; }
.ln::before { content: attr(data-n); color: #9aa0a6; font: .75rem/2.5 var(--mono); text-align: right; padding-right: .7rem; user-select: none; }
.ln.has-diag::before { color: #8a4b00; font-weight: 700; content: "⚠ " attr(data-n); }
.tx { white-space: pre-wrap; overflow-wrap: anywhere; }
.region { border-left: 3px solid transparent; margin-left: -3px; }
.region.current { border-left-color: var(--c-item); background: #fffcf0; }
.m { border-radius: 2px; text-underline-offset: .28em; text-decoration-thickness: 2px; }
.m-item { background: var(--bg-item); text-decoration: underline double var(--c-item); font-weight: 600; }
.m-sec { background: var(--bg-sec); text-decoration: underline solid var(--c-sec); font-weight: 600; }
.m-meas { background: var(--bg-meas); text-decoration: underline dashed var(--c-meas); }
.m-out { background: var(--bg-out); text-decoration: underline dotted var(--c-out); }
.m-fig { background: var(--bg-fig); box-shadow: inset 0 0 0 1.5px var(--c-fig); padding: 0 1px; text-decoration: none; }
.m.first[data-label]::before { content: attr(data-label); display: inline-block; font: 600 .62rem/1.35 var(--font); color: #fff; padding: 0 .22rem; margin-right: .15rem; border-radius: 3px; vertical-align: .22em; text-decoration: none; }
.m-item.first::before { background: var(--c-item); }
.m-sec.first::before { background: var(--c-sec); }
.m-meas.first::before { background: var(--c-meas); }
.m-out.first::before { background: var(--c-out); }
.m.warn::after { content: "⚠"; color: #8a4b00; font-size: .7rem; vertical-align: .4em; }
.nolabels .m.first[data-label]::before { display: none; }
.m.hl { outline: 2px solid var(--ink); outline-offset: 0; }
.m.flash { animation: flash 1.6s ease-out 1; }
@keyframes flash { 0%, 40% { box-shadow: 0 0 0 4px #ffb300; } 100% { box-shadow: 0 0 0 0 transparent; } }
.legend .m { padding: 0 .2rem; }
.diag { margin: .1rem 0 .4rem 3.2rem; padding: .15rem .5rem; border-left: 4px solid; font-size: .82rem; line-height: 1.5; border-radius: 0 4px 4px 0; }
.notes .diag { margin-left: 0; }
.diag-error { background: #fdecea; border-color: #b3261e; }
.diag-warning { background: #fff3e0; border-color: #b35c00; }
.diag-info { background: #e8f0fe; border-color: #1f4e99; }
.dlevel { font-weight: 700; margin-right: .2rem; }
.record h4 { margin: .2rem 0 .4rem; font-size: .95rem; }
.rec-item { color: var(--c-item); } .rec-sec { color: var(--c-sec); } .rec-meas { color: var(--c-meas); } .rec-out { color: var(--c-out); } .rec-fig { color: var(--c-fig); }
dl.kv { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem .6rem; margin: 0; }
dl.kv dt { color: var(--muted); font-family: var(--mono); font-size: .75rem; padding-top: .15rem; }
dl.kv dd { margin: 0; overflow-wrap: anywhere; }
dl.kv dd.null { color: var(--muted); font-style: italic; }
details.raw pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .72rem; background: #fff; padding: .4rem; border-radius: 4px; }
@media (max-width: 1100px) {
  .nv-body { grid-template-columns: 14rem minmax(0, 1fr); }
  .record { position: fixed; right: .5rem; bottom: .5rem; top: auto; width: 22rem; max-height: 40vh; box-shadow: 0 2px 12px rgba(0,0,0,.25); z-index: 5; }
}
@media (max-width: 720px) {
  .nv-body { grid-template-columns: minmax(0, 1fr); }
  .outline { position: static; max-height: 40vh; }
  dl.facts { grid-template-columns: max-content 1fr; }
}
@media print {
  html { font-size: 10.5pt; }
  .top nav, .tablebar input, #filter-count, .crumbs, .outline, .record, .toggle, .skip, noscript { display: none !important; }
  main { padding: 0; }
  .nv-body { display: block; }
  .tablewrap { overflow: visible; border: 0; }
  table.corpus tr.paged-out, .js table.corpus:not(.ready) tbody tr:nth-child(n+101) { display: table-row; }
  .pager { display: none; }
  table.corpus { font-size: 7.5pt; }
  table.corpus thead th { position: static; }
  table.corpus th button::after { content: ""; }
  a { color: inherit; text-decoration: none; }
  .m, .badge, .diag, svg, .legend, .region.current { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .m.hl { outline: 0; }
  .ln { break-inside: avoid; }
  figure, .diag { break-inside: avoid; }
  tr { break-inside: avoid; }
}
`;
