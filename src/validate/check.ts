// The checks of `tongbao validate`, as pure functions of a parsed notice (and, optionally, its
// decoded text, used only to find the line a finding is about).
import type { Notice, SectionNode } from "../schema/index.js";
import { VALIDATE_CODES, PARSER_LEVELS, type Finding, type ValidateCode } from "./codes.js";
import { locateDate, locateStatement, splitLines } from "./locate.js";
import { isProblem } from "./found.js";
import { IMMEDIATE } from "../extract/roles.js";

export interface CheckContext {
  /** The file name findings carry. Default: the document's source.path. */
  file?: string;
  /** The decoded text of the notice, to place findings on a line. */
  text?: string;
}

type Draft = Omit<Finding, "file" | "level"> & { code: ValidateCode };

/** `3 problems`, `1 problem`. */
const n = (k: number, one: string, many = one + "s") => `${k} ${k === 1 ? one : many}`;

/** Every finding for one notice, ordered by line (whole-file findings, line 0, first). */
export function checkNotice(doc: Notice, ctx: CheckContext = {}): Finding[] {
  const file = ctx.file ?? doc.source.path;
  const lines = ctx.text !== undefined ? splitLines(ctx.text) : [];
  const ours = [...checkTotals(doc, lines), ...checkMissing(doc), ...checkDates(doc, lines)].map(
    (d): Finding => ({ file, line: d.line, level: VALIDATE_CODES[d.code].level, code: d.code, message: d.message }),
  );
  const parser = doc.diagnostics.map(
    (d): Finding => ({ file, line: d.line ?? 0, level: PARSER_LEVELS[d.code]?.level ?? d.level, code: d.code, message: d.message }),
  );
  return [...parser, ...ours].map((f, i) => ({ f, i })).sort((a, b) => a.f.line - b.f.line || a.i - b.i).map((x) => x.f);
}

function walk(sections: readonly SectionNode[]): SectionNode[] {
  return sections.flatMap((s) => [s, ...walk(s.children)]);
}

/** Stated totals (reported) against the items the notice lists. */
export function checkTotals(doc: Notice, lines: readonly string[] = []): Draft[] {
  const out: Draft[] = [];
  const r = doc.reported;
  const problems = doc.items.filter(isProblem);
  const sections = walk(doc.sections);
  const rectification = sections.find((s) => s.role === "rectification")?.line ?? null;
  const statusSection = (re: RegExp) => sections.find((s) => s.role === "status" && re.test(s.title))?.line ?? null;
  const where = (key: keyof Notice["reported"], value: number, fallback: number | null) =>
    locateStatement(lines, key, value) ?? fallback ?? rectification ?? 0;

  if (r.issues_total !== undefined && r.issues_total !== problems.length) {
    out.push({ code: "reported-issues-mismatch", line: where("issues_total", r.issues_total, null), message: `the notice states ${n(r.issues_total, "problem")}, lists ${problems.length}` });
  }
  const statusCheck = (key: "issues_completed" | "issues_in_progress", status: "completed" | "in_progress", words: string, code: ValidateCode, sectionRe: RegExp) => {
    const stated = r[key];
    if (stated === undefined) return;
    const listed = problems.filter((i) => i.status === status).length;
    const unknown = problems.filter((i) => i.status === "unknown").length;
    const line = where(key, stated, statusSection(sectionRe));
    if (listed === stated && unknown === 0) return;
    if (listed > stated || listed + unknown < stated) {
      const extra = unknown ? ` (and ${unknown} of unknown status)` : "";
      out.push({ code, line, message: `the notice states ${n(stated, "problem")} ${words}, lists ${listed}${extra}` });
    } else {
      out.push({ code: "reported-status-unchecked", line, message: `the notice states ${n(stated, "problem")} ${words}, but ${unknown} of ${problems.length} problem items have no known status (${listed} listed ${words})` });
    }
  };
  statusCheck("issues_completed", "completed", "completed", "reported-completed-mismatch", /完成|到位|办结|销号/);
  statusCheck("issues_in_progress", "in_progress", "in progress", "reported-in-progress-mismatch", /推进|正在|持续|未完成/);

  if (r.suggestions_total !== undefined) {
    const listed = doc.items.filter((i) => i.kind === "suggestion").length;
    if (listed !== r.suggestions_total) {
      out.push({ code: "reported-suggestions-mismatch", line: where("suggestions_total", r.suggestions_total, sections.find((s) => /建议/.test(s.title))?.line ?? null), message: `the notice states ${n(r.suggestions_total, "suggestion")}, lists ${listed}` });
    }
  }
  if (r.measures_total !== undefined && problems.length) {
    const listed = problems.reduce((a, i) => a + i.measures.length, 0);
    if (listed !== r.measures_total) {
      out.push({ code: "reported-measures-mismatch", line: where("measures_total", r.measures_total, null), message: `the notice states ${n(r.measures_total, "measure")}, lists ${listed} under its ${n(problems.length, "problem")}` });
    }
  }
  // (立行立改 items: their own section or heading words make an item's kind immediate)
  if (r.immediate_total !== undefined && problems.length) {
    const listed = doc.items.filter((i) => i.kind === "immediate").length;
    if (listed !== r.immediate_total) {
      out.push({ code: "reported-immediate-mismatch", line: where("immediate_total", r.immediate_total, sections.find((s) => IMMEDIATE.test(s.title))?.line ?? null), message: `the notice states ${n(r.immediate_total, "problem")} fixed on the spot, lists ${listed}` });
    }
  }
  if (r.issues_total !== undefined && r.issues_completed !== undefined && r.issues_in_progress !== undefined && r.issues_completed + r.issues_in_progress !== r.issues_total) {
    out.push({
      code: "reported-totals-inconsistent",
      line: where("issues_completed", r.issues_completed, null),
      message: `the notice states ${n(r.issues_total, "problem")} but ${r.issues_completed} completed and ${r.issues_in_progress} in progress (${r.issues_completed + r.issues_in_progress})`,
    });
  }
  return out;
}

/** Parts and facts every notice is expected to have (title, headings, items and inspector are reported by the parser). */
export function checkMissing(doc: Notice): Draft[] {
  const out: Draft[] = [];
  const sections = walk(doc.sections);
  // A notice whose items report what was done (measures or results under each problem) has its
  // rectification in them, whatever its sections are called (一、党的领导方面 …).
  const reportsWork = doc.items.some((it) => it.measures.length > 0 || it.outcomes.length > 0);
  if (sections.length && !reportsWork && !sections.some((s) => s.role === "rectification" || s.role === "status")) {
    out.push({ code: "missing-rectification-section", line: 0, message: "no section on the rectification of the problems (整改落实情况) or on their status" });
  }
  const i = doc.inspection;
  if (!i.target) out.push({ code: "missing-target", line: 0, message: "no inspected unit found" });
  if (!i.start && !i.end) out.push({ code: "missing-inspection-dates", line: 0, message: "no inspection period found" });
  if (!i.feedback_date) out.push({ code: "missing-feedback-date", line: 0, message: "no feedback date found" });
  if (!doc.issuer) out.push({ code: "missing-issuer", line: 0, message: "no issuing organisation found" });
  if (!doc.published) out.push({ code: "missing-published", line: 0, message: "no sign-off date found" });
  return out;
}

/**
 * Compares two ISO dates of possibly different precision (YYYY, YYYY-MM, YYYY-MM-DD) at the
 * precision they share: negative when `a` is certainly earlier than `b`.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Dates out of order: inspection start ≤ end ≤ feedback ≤ publication. */
export function checkDates(doc: Notice, lines: readonly string[] = []): Draft[] {
  const out: Draft[] = [];
  const { start, end, feedback_date: feedback } = doc.inspection;
  const pub = doc.published;
  const at = (iso: string, last = false) => locateDate(lines, iso, last) ?? 0;
  if (start && end && compareDates(end, start) < 0) {
    out.push({ code: "inspection-end-before-start", line: at(end), message: `the inspection ends on ${end}, before it starts on ${start}` });
  }
  const inspectionEnd = end ?? start;
  if (feedback && inspectionEnd && compareDates(feedback, inspectionEnd) < 0) {
    const what = end ? "ends" : "starts";
    out.push({ code: "feedback-before-inspection", line: at(feedback), message: `the feedback is dated ${feedback}, before the inspection ${what} on ${inspectionEnd}` });
  }
  if (pub && feedback && compareDates(pub, feedback) < 0) {
    out.push({ code: "published-before-feedback", line: at(pub, true), message: `the notice is signed on ${pub}, before the feedback of ${feedback}` });
  } else if (pub && !feedback && inspectionEnd && compareDates(pub, inspectionEnd) < 0) {
    out.push({ code: "published-before-inspection", line: at(pub, true), message: `the notice is signed on ${pub}, before the inspection ${end ? "ended" : "started"} on ${inspectionEnd}` });
  }
  return out;
}
