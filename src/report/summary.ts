// What the corpus overview shows for one notice: counts by kind and status, the totals the notice
// states next to what the parser found, and its money figures.
import type { Figure, Notice } from "../schema/index.js";
import { foundTotals } from "../validate/found.js";

export interface Comparison {
  key: string;
  label: string;
  stated: number | null;
  /** What the parser found, or null where nothing found corresponds to the stated total. */
  found: number | null;
  mismatch: boolean;
}

export interface NoticeSummary {
  index: number;
  path: string;
  name: string;
  title: string | null;
  issuer: string | null;
  inspector: string | null;
  start: string | null;
  end: string | null;
  feedback: string | null;
  published: string | null;
  kinds: { issue: number; suggestion: number; immediate: number };
  statuses: { completed: number; in_progress: number; unknown: number };
  items: number;
  measures: number;
  comparisons: Comparison[];
  mismatches: number;
  figures: number;
  diagnostics: { error: number; warning: number; info: number; total: number };
}

export interface MoneyFigure {
  notice: number;
  figure: number;
  /** Largest value in yuan (the high end of a range). */
  yuan: number;
  fig: Figure;
}

const STATED: Array<{ key: keyof Notice["reported"]; label: string }> = [
  { key: "issues_total", label: "issues" },
  { key: "issues_completed", label: "done" },
  { key: "issues_in_progress", label: "in progress" },
  { key: "suggestions_total", label: "suggestions" },
  { key: "measures_total", label: "measures" },
  { key: "measures_completed", label: "measures done" },
  { key: "rules_made", label: "rules" },
  { key: "recovered_wan_yuan", label: "recovered 万元" },
  { key: "people_held_accountable", label: "held accountable" },
  // (a ratio, 0–1; nothing found is compared with it)
  { key: "completion_rate", label: "completion rate" },
  { key: "immediate_total", label: "immediate" },
];

export function summarize(doc: Notice, index: number): NoticeSummary {
  const kinds = { issue: 0, suggestion: 0, immediate: 0 };
  const statuses = { completed: 0, in_progress: 0, unknown: 0 };
  for (const it of doc.items) {
    kinds[it.kind]++;
    statuses[it.status]++;
  }
  const found: Partial<Record<keyof Notice["reported"], number>> = foundTotals(doc);
  const comparisons: Comparison[] = [];
  for (const { key, label } of STATED) {
    const stated = doc.reported[key];
    if (stated === undefined) continue;
    const f = found[key] ?? null;
    comparisons.push({ key, label, stated, found: f, mismatch: f !== null && f !== stated });
  }
  const diagnostics = { error: 0, warning: 0, info: 0, total: doc.diagnostics.length };
  for (const d of doc.diagnostics) diagnostics[d.level]++;
  const name = doc.source.path.split(/[\\/]/).pop() || doc.source.path;
  return {
    index,
    path: doc.source.path,
    name,
    title: doc.title,
    issuer: doc.issuer,
    inspector: doc.inspection.inspector,
    start: doc.inspection.start,
    end: doc.inspection.end,
    feedback: doc.inspection.feedback_date,
    published: doc.published,
    kinds,
    statuses,
    items: doc.items.length,
    measures: doc.items.reduce((a, i) => a + i.measures.length, 0),
    comparisons,
    mismatches: comparisons.filter((c) => c.mismatch).length,
    figures: doc.figures.length,
    diagnostics,
  };
}

/** The figures whose normalised unit is CNY, as yuan (the high end of a range). */
export function moneyFigures(doc: Notice, notice: number): MoneyFigure[] {
  const out: MoneyFigure[] = [];
  doc.figures.forEach((fig, figure) => {
    const n = fig.normalized;
    if (!n || n.unit !== "CNY") return;
    const yuan = Array.isArray(n.value) ? Math.max(n.value[0], n.value[1]) : n.value;
    if (Number.isFinite(yuan)) out.push({ notice, figure, yuan, fig });
  });
  return out;
}

/** Keeps the `n` largest money figures seen so far (a running top list, so 1,000 notices stay cheap). */
export function keepTop(top: MoneyFigure[], more: MoneyFigure[], n = 10): MoneyFigure[] {
  return top
    .concat(more)
    .sort((a, b) => b.yuan - a.yuan || a.notice - b.notice || a.figure - b.figure)
    .slice(0, n);
}

/** 1.393亿元-style rendering of an amount in yuan. */
export function formatYuan(yuan: number): string {
  const abs = Math.abs(yuan);
  const fmt = (v: number) => (Math.round(v * 100) / 100).toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (abs >= 1e8) return fmt(yuan / 1e8) + " 亿元";
  if (abs >= 1e4) return fmt(yuan / 1e4) + " 万元";
  return fmt(yuan) + " 元";
}
