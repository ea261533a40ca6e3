// Every code `tongbao validate` can report, with its level. Codes are stable kebab-case and are
// documented in docs/validate-codes.md (a test keeps the two in step).
import type { Diagnostic } from "../schema/index.js";

export type Level = Diagnostic["level"];

export interface Finding {
  /** The input as given on the command line. */
  file: string;
  /** 1-based line, 0 when the finding concerns the whole file. */
  line: number;
  level: Level;
  code: string;
  message: string;
}

export interface CodeInfo {
  level: Level;
  /** What the finding means (one line, for docs and --help). */
  doc: string;
}

/** Codes computed by the validator itself. */
export const VALIDATE_CODES = {
  // Stated totals against what the notice lists.
  "reported-issues-mismatch": { level: "error", doc: "the stated number of problems (issues_total) differs from the problem items listed" },
  "reported-completed-mismatch": { level: "error", doc: "the stated number of completed problems (issues_completed) differs from the problem items listed as completed" },
  "reported-in-progress-mismatch": { level: "error", doc: "the stated number of problems in progress (issues_in_progress) differs from the problem items listed as in progress" },
  "reported-suggestions-mismatch": { level: "error", doc: "the stated number of suggestions (suggestions_total) differs from the suggestion items listed" },
  "reported-measures-mismatch": { level: "warning", doc: "the stated number of measures (measures_total) differs from the measures listed under problem items (a warning: how a notice enumerates measures varies)" },
  "reported-immediate-mismatch": { level: "warning", doc: "the stated number of problems fixed on the spot (immediate_total, 立行立改) differs from the items of kind immediate listed (a warning: a notice may list them among its other problems)" },
  "reported-totals-inconsistent": { level: "warning", doc: "the notice's own totals disagree: completed + in progress is not the stated number of problems" },
  "reported-status-unchecked": { level: "info", doc: "a stated completed/in-progress count cannot be checked because problem items have no known status" },
  // Sections and facts expected in a notice.
  "missing-rectification-section": { level: "warning", doc: "the notice has numbered headings but no section on the rectification of problems (整改落实情况) or on their status" },
  "missing-target": { level: "warning", doc: "no inspected unit found" },
  "missing-inspection-dates": { level: "warning", doc: "no inspection period found" },
  "missing-feedback-date": { level: "info", doc: "no date of the inspection group's feedback found" },
  "missing-issuer": { level: "warning", doc: "no issuing organisation found (signature or title)" },
  "missing-published": { level: "info", doc: "no sign-off date found" },
  // Dates out of order.
  "inspection-end-before-start": { level: "error", doc: "the inspection ends before it starts" },
  "feedback-before-inspection": { level: "error", doc: "the feedback is dated before the end of the inspection (or before its start when no end is given)" },
  "published-before-feedback": { level: "error", doc: "the notice is signed before the feedback it reports on" },
  "published-before-inspection": { level: "error", doc: "the notice is signed before the inspection ended (no feedback date given)" },
  // Inputs.
  "input-error": { level: "error", doc: "the input could not be read or parsed (missing, empty, binary, undecodable); in text mode this goes to stderr" },
  "invalid-json": { level: "error", doc: "--schema: the file (or a JSON Lines line) is not JSON" },
  "schema-invalid": { level: "error", doc: "--schema: the document does not match the Notice schema; the message lists the zod issue paths" },
} as const satisfies Record<string, CodeInfo>;

export type ValidateCode = keyof typeof VALIDATE_CODES;

/**
 * Parser diagnostics are reported as they are (same code, same level), except these, whose level
 * validate raises: a notice without headings or items has nothing to check, and one without a
 * title or an inspection group is missing an expected part.
 */
export const PARSER_LEVELS: Readonly<Record<string, CodeInfo>> = {
  "no-headings": { level: "error", doc: "no numbered headings at all: probably not a rectification notice" },
  "no-items": { level: "error", doc: "headings found, but none reports on a problem" },
  "no-title": { level: "warning", doc: "no title found in the first lines" },
  "no-inspector": { level: "warning", doc: "no inspection group (第N巡察组) named (info in the parser's own output)" },
};

/** Parser diagnostics validate reports unchanged (documented for completeness; any other parser code passes through too). */
export const PARSER_PASSTHROUGH: Readonly<Record<string, CodeInfo>> = {
  "numbering-gap": { level: "warning", doc: "a heading number skips one or more numbers within its level" },
  "numbering-repeat": { level: "warning", doc: "a heading number repeats or goes back within its level" },
  "numbering-start": { level: "warning", doc: "a level opens with a number other than 1" },
  "numbering-continues": { level: "info", doc: "a heading number continues the numbering of the previous section (as written)" },
  "item-without-measures": { level: "warning", doc: "an item lists neither rectification measures nor results" },
  "junk-lines-removed": { level: "info", doc: "advert or page-chrome lines were removed before parsing" },
  "page-headers-removed": { level: "info", doc: "a PDF's running header, repeated after page numbers, was removed before parsing" },
  "page-stamps-removed": { level: "info", doc: "a stamp or watermark printed once on every page was cut before parsing" },
};

export const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 2, warning: 1, info: 0 };

/** Whether a finding makes `tongbao validate` exit 1. */
export const counts = (f: Pick<Finding, "level">, strict: boolean): boolean => f.level === "error" || (strict && f.level === "warning");
