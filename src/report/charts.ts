// Small inline SVG charts for the corpus overview, rendered on the server so that they show (and
// print) without the page's script. Every label is escaped; bars are told apart by pattern as well
// as by colour, and every bar has a <title> with its exact numbers.
import { escapeHtml as h } from "./escape.js";
import { formatYuan, type MoneyFigure, type NoticeSummary } from "./summary.js";

const PATTERNS = `<defs>
<pattern id="p-done" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#2e7d32"/></pattern>
<pattern id="p-prog" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fbd38d"/><rect width="3" height="6" fill="#b26a00"/></pattern>
<pattern id="p-unk" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e0e0e0"/><circle cx="3" cy="3" r="1.3" fill="#616161"/></pattern>
<pattern id="p-money" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#b3261e"/></pattern>
</defs>`;

/** Rough width of a label at 12px: CJK and full-width characters are square, the rest about half. */
const unitWidth = (ch: string) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/.test(ch) ? 12 : 7);

/** Cuts a label to fit `px` pixels, ending it with … when cut. */
export function clip(s: string, px: number): string {
  const chars = Array.from(s);
  let w = 0;
  for (let i = 0; i < chars.length; i++) {
    w += unitWidth(chars[i]);
    if (w > px) return chars.slice(0, Math.max(0, i - 1)).join("") + "…";
  }
  return s;
}

/** Items by status per notice: one stacked bar per notice, the largest `limit` notices by item count. */
export function statusChart(rows: NoticeSummary[], limit = 40): string {
  if (!rows.length) return `<p class="muted">No notices.</p>`;
  const shown = rows
    .slice()
    .sort((a, b) => b.items - a.items || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index);
  const max = Math.max(1, ...shown.map((r) => r.items));
  const labelW = 200;
  const barW = 380;
  const rowH = 20;
  const top = 26;
  const width = labelW + barW + 110;
  const height = top + shown.length * rowH + 6;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" role="img" aria-labelledby="status-title status-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="status-title">Items by status per notice</title>`,
    `<desc id="status-desc">Stacked bars: completed (solid), in progress (hatched), unknown (dotted).</desc>`,
    PATTERNS,
  );
  // Legend
  let lx = 0;
  for (const [pat, label] of [
    ["p-done", "✔ completed"],
    ["p-prog", "◐ in progress"],
    ["p-unk", "? unknown"],
  ]) {
    parts.push(`<rect x="${lx}" y="4" width="14" height="12" fill="url(#${pat})" stroke="#444" stroke-width=".5"/><text x="${lx + 18}" y="14">${h(label)}</text>`);
    lx += 120;
  }
  shown.forEach((r, k) => {
    const y = top + k * rowH;
    const scale = (n: number) => (n / max) * barW;
    const done = scale(r.statuses.completed);
    const prog = scale(r.statuses.in_progress);
    const unk = scale(r.statuses.unknown);
    const tip = `${r.name}: ${r.items} items — ${r.statuses.completed} completed, ${r.statuses.in_progress} in progress, ${r.statuses.unknown} unknown`;
    parts.push(
      `<a href="#n${r.index}" aria-label="${h(tip)}"><title>${h(tip)}</title>`,
      `<rect class="hit" x="0" y="${y}" width="${width}" height="${rowH}"/>`,
      `<text class="lbl" x="${labelW - 8}" y="${y + 14}" text-anchor="end">${h(clip(r.name, labelW - 12))}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${done.toFixed(1)}" height="${rowH - 6}" fill="url(#p-done)"/>`,
      `<rect x="${(labelW + done).toFixed(1)}" y="${y + 3}" width="${prog.toFixed(1)}" height="${rowH - 6}" fill="url(#p-prog)"/>`,
      `<rect x="${(labelW + done + prog).toFixed(1)}" y="${y + 3}" width="${unk.toFixed(1)}" height="${rowH - 6}" fill="url(#p-unk)"/>`,
      `<text x="${(labelW + done + prog + unk + 6).toFixed(1)}" y="${y + 14}">${r.items} (${r.statuses.completed}✔ ${r.statuses.in_progress}◐ ${r.statuses.unknown}?)</text>`,
      `</a>`,
    );
  });
  parts.push(`</svg>`);
  return parts.join("");
}

/** The largest money figures (normalised unit CNY), one bar each. */
export function moneyChart(top: MoneyFigure[], names: string[]): string {
  if (!top.length) return `<p class="muted">No figures with a normalised unit of CNY were found.</p>`;
  const max = Math.max(...top.map((m) => m.yuan), 1);
  const labelW = 250;
  const barW = 300;
  const rowH = 24;
  const width = labelW + barW + 110;
  const height = top.length * rowH + 6;
  const parts: string[] = [
    `<svg class="chart" role="img" aria-labelledby="money-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="money-title">Largest money figures</title>`,
    PATTERNS,
  ];
  top.forEach((m, k) => {
    const y = k * rowH;
    const w = Math.max(1, (m.yuan / max) * barW);
    const what = m.fig.metric ? `${m.fig.text} · ${m.fig.metric}` : m.fig.text;
    const tip = `${m.fig.text} = ${formatYuan(m.yuan)}${m.fig.metric ? `, ${m.fig.metric}` : ""} — ${names[m.notice] ?? ""}, line ${m.fig.line}${m.fig.item_id ? `, item ${m.fig.item_id}` : ""}`;
    parts.push(
      `<a href="#n${m.notice}:fig=${m.figure}" aria-label="${h(tip)}"><title>${h(tip)}</title>`,
      `<rect class="hit" x="0" y="${y}" width="${width}" height="${rowH}"/>`,
      `<text class="lbl" x="${labelW - 8}" y="${y + 11}" text-anchor="end">${h(clip(what, labelW - 12))}</text>`,
      `<text x="${labelW - 8}" y="${y + 22}" text-anchor="end" font-size="10" fill="#5f6368">${h(clip(names[m.notice] ?? "", (labelW - 12) * 1.15))}</text>`,
      `<rect x="${labelW}" y="${y + 5}" width="${w.toFixed(1)}" height="${rowH - 10}" fill="url(#p-money)"/>`,
      `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 16}">${h(formatYuan(m.yuan))}</text>`,
      `</a>`,
    );
  });
  parts.push(`</svg>`);
  return parts.join("");
}
