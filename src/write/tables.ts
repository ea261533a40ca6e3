// Flat tables for analysts: one row per record, with ids that join them. The same definitions
// drive CSV and XLSX output and docs/tables.md (a test keeps the doc in step with the columns).
//
// Ids: `document_id` is the first 12 hex digits of the file's SHA-256 (stable across re-runs,
// renames and machines; independent of --out names). `item_id` is the id inside the document
// (i1, i2, …, as in the JSON); `item_key` = `<document_id>:<item_id>` is unique across a corpus.
import { Reported, type Notice, type Item, type Figure } from "../schema/index.js";
import { isProblem } from "../validate/found.js";

export type CellValue = string | number | boolean | null;
/** `date` cells hold ISO strings (YYYY-MM-DD, or YYYY-MM / YYYY when the notice is less precise). */
export type ColumnType = "text" | "integer" | "number" | "boolean" | "date";

export interface Column {
  name: string;
  type: ColumnType;
  doc: string;
}

export type Row = Record<string, CellValue>;

export interface Table {
  name: TableName;
  doc: string;
  columns: readonly Column[];
  rows(doc: Notice): Row[];
}

export const TABLE_NAMES = ["documents", "items", "measures", "outcomes", "figures", "diagnostics"] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export const DEFAULT_TABLE: TableName = "items";

/** The stable id of a parsed document: the first 12 hex digits of the file's SHA-256. */
export const documentId = (doc: Notice): string => doc.source.sha256.slice(0, 12);
/** An item id unique across a corpus. */
export const itemKey = (docId: string, itemId: string): string => `${docId}:${itemId}`;

const col = (name: string, type: ColumnType, doc: string): Column => ({ name, type, doc });

export { isProblem };

const REPORTED_KEYS = Object.keys(Reported.shape) as Array<keyof Reported>;
// (a key that is no count says what it is measured in)
const REPORTED_UNITS: Partial<Record<keyof Reported, string>> = { recovered_wan_yuan: ", 万元", completion_rate: ", a ratio 0–1" };

const documents: Table = {
  name: "documents",
  doc: "one row per parsed notice",
  columns: [
    col("document_id", "text", "first 12 hex digits of source_sha256"),
    col("source_path", "text", "the input path as given"),
    col("source_encoding", "text", "encoding the file was decoded with"),
    col("source_sha256", "text", "SHA-256 of the file's bytes"),
    col("source_bytes", "integer", "file size in bytes"),
    col("title", "text", "title of the notice"),
    col("issuer", "text", "organisation that signs the notice"),
    col("inspector", "text", "inspection group, e.g. 市委第三巡察组"),
    col("target", "text", "inspected unit"),
    col("inspection_start", "date", "first day of the inspection"),
    col("inspection_end", "date", "last day of the inspection"),
    col("feedback_date", "date", "day the inspection group gave its feedback"),
    col("round", "text", "inspection round, e.g. 十三届市委第六轮"),
    col("inspection_kind", "text", "kind of inspection, e.g. 专项巡察"),
    col("published", "date", "sign-off date of the notice"),
    ...REPORTED_KEYS.map((k) => col(`reported_${k}`, "number", `the notice's own statement of reported.${k}${REPORTED_UNITS[k] ?? ""} (empty when not stated)`)),
    col("found_items", "integer", "items listed (all kinds)"),
    col("found_issues", "integer", "items of kind issue"),
    col("found_suggestions", "integer", "items of kind suggestion"),
    col("found_immediate", "integer", "items of kind immediate (立行立改)"),
    col("found_completed", "integer", "problem items (kind issue or immediate) with status completed"),
    col("found_in_progress", "integer", "problem items (kind issue or immediate) with status in_progress"),
    col("found_measures", "integer", "measures over all items"),
    col("found_outcomes", "integer", "outcomes over all items"),
    col("found_figures", "integer", "figures in the notice"),
    col("found_warnings", "integer", "diagnostics of level warning"),
  ],
  rows(doc) {
    const problems = doc.items.filter(isProblem);
    const reported: Row = {};
    for (const k of REPORTED_KEYS) reported[`reported_${k}`] = doc.reported[k] ?? null;
    return [
      {
        document_id: documentId(doc),
        source_path: doc.source.path,
        source_encoding: doc.source.encoding,
        source_sha256: doc.source.sha256,
        source_bytes: doc.source.bytes,
        title: doc.title,
        issuer: doc.issuer,
        inspector: doc.inspection.inspector,
        target: doc.inspection.target,
        inspection_start: doc.inspection.start,
        inspection_end: doc.inspection.end,
        feedback_date: doc.inspection.feedback_date,
        round: doc.inspection.round,
        inspection_kind: doc.inspection.kind,
        published: doc.published,
        ...reported,
        found_items: doc.items.length,
        found_issues: doc.items.filter((i) => i.kind === "issue").length,
        found_suggestions: doc.items.filter((i) => i.kind === "suggestion").length,
        found_immediate: doc.items.filter((i) => i.kind === "immediate").length,
        found_completed: problems.filter((i) => i.status === "completed").length,
        found_in_progress: problems.filter((i) => i.status === "in_progress").length,
        found_measures: sum(doc.items.map((i) => i.measures.length)),
        found_outcomes: sum(doc.items.map((i) => i.outcomes.length)),
        found_figures: doc.figures.length,
        found_warnings: doc.diagnostics.filter((d) => d.level === "warning").length,
      },
    ];
  },
};

const items: Table = {
  name: "items",
  doc: "one row per item (problem, suggestion or 立行立改 item) of a notice",
  columns: [
    col("document_id", "text", "joins documents.document_id"),
    col("item_key", "text", "<document_id>:<item_id>, unique across a corpus"),
    col("item_id", "text", "id within the document (i1, i2, … in document order)"),
    col("number", "text", "the item's own number as written"),
    col("kind", "text", "issue, suggestion or immediate"),
    col("status", "text", "completed, in_progress or unknown"),
    col("category", "text", "the category heading the item stands under"),
    col("problem", "text", "the problem, without the 关于…问题 wrapper"),
    col("heading", "text", "the heading as written (marker removed)"),
    col("measure_count", "integer", "number of measures (rows in measures)"),
    col("outcome_count", "integer", "number of outcomes (rows in outcomes)"),
    col("figure_count", "integer", "number of figures inside the item (rows in figures)"),
    col("deadline", "text", "整改时限 as written"),
    col("deadline_date", "date", "the deadline as a date, when it is one"),
    col("difficulties", "text", "存在的困难 as written"),
    col("problem_details", "text", "what the notice says of the problem beyond its statement (存在问题：…), as written"),
    col("responsible", "text", "责任单位 / 责任人 as written"),
    col("line", "integer", "1-based line of the heading in the decoded file"),
    col("column", "integer", "1-based column (code points)"),
  ],
  rows(doc) {
    const id = documentId(doc);
    const figureCount = new Map<string, number>();
    for (const f of doc.figures) if (f.item_id) figureCount.set(f.item_id, (figureCount.get(f.item_id) ?? 0) + 1);
    return doc.items.map((i) => ({
      document_id: id,
      item_key: itemKey(id, i.id),
      item_id: i.id,
      number: i.number,
      kind: i.kind,
      status: i.status,
      category: i.category,
      problem: i.problem,
      heading: i.heading,
      measure_count: i.measures.length,
      outcome_count: i.outcomes.length,
      figure_count: figureCount.get(i.id) ?? 0,
      deadline: i.deadline,
      deadline_date: i.deadline_date,
      difficulties: i.difficulties,
      problem_details: i.problem_details,
      responsible: i.responsible,
      line: i.line,
      column: i.column,
    }));
  },
};

function entryTable(name: "measures" | "outcomes", what: string): Table {
  return {
    name,
    doc: `one row per ${what} of an item`,
    columns: [
      col("document_id", "text", "joins documents.document_id"),
      col("item_key", "text", "joins items.item_key"),
      col("item_id", "text", "joins items.item_id within a document"),
      col("ordinal", "integer", `1-based position of the ${what} within its item`),
      col("text", "text", `the ${what} as written`),
      col("line", "integer", "1-based line in the decoded file"),
      col("column", "integer", "1-based column (code points)"),
    ],
    rows(doc) {
      const id = documentId(doc);
      return doc.items.flatMap((i) =>
        i[name].map((e, n) => ({ document_id: id, item_key: itemKey(id, i.id), item_id: i.id, ordinal: n + 1, text: e.text, line: e.line, column: e.column })),
      );
    },
  };
}

const lowHigh = (v: Figure["value"]): { value: number | null; low: number | null; high: number | null } =>
  Array.isArray(v) ? { value: null, low: v[0], high: v[1] } : { value: v, low: null, high: null };

const figures: Table = {
  name: "figures",
  doc: "one row per figure (number with its unit) found in a notice",
  columns: [
    col("document_id", "text", "joins documents.document_id"),
    col("ordinal", "integer", "1-based position of the figure within its document"),
    col("item_key", "text", "joins items.item_key; empty when the figure is outside every item"),
    col("item_id", "text", "joins items.item_id within a document; empty outside items"),
    col("text", "text", "the figure exactly as written"),
    col("value", "number", "the value; empty for a range"),
    col("value_low", "number", "a range's low end; empty for a single value"),
    col("value_high", "number", "a range's high end; empty for a single value"),
    col("unit", "text", "unit as written"),
    col("approx", "boolean", "true when the figure is approximate (约, 余, 多…)"),
    col("range", "boolean", "true for a range"),
    col("normalized_value", "number", "value in the normalized unit; empty for a range or when not normalized"),
    col("normalized_low", "number", "normalized low end of a range"),
    col("normalized_high", "number", "normalized high end of a range"),
    col("normalized_unit", "text", "the normalized unit; empty when not normalized"),
    col("qualifier", "text", "qualifier such as 以上 or 累计"),
    col("metric", "text", "what the figure measures, when known"),
    col("line", "integer", "1-based line in the decoded file"),
    col("column", "integer", "1-based column (code points)"),
    col("start", "integer", "0-based code-point offset in the decoded file"),
    col("end", "integer", "exclusive end offset (code points)"),
    col("period_start", "date", "start of the date or period the figure refers to (ISO, as precise as written)"),
    col("period_end", "date", "end of that period"),
  ],
  rows(doc) {
    const id = documentId(doc);
    return doc.figures.map((f, n) => {
      const v = lowHigh(f.value);
      const nv = f.normalized ? lowHigh(f.normalized.value) : { value: null, low: null, high: null };
      return {
        document_id: id,
        ordinal: n + 1,
        item_key: f.item_id ? itemKey(id, f.item_id) : null,
        item_id: f.item_id,
        text: f.text,
        value: v.value,
        value_low: v.low,
        value_high: v.high,
        unit: f.unit,
        approx: f.approx,
        range: f.range,
        normalized_value: nv.value,
        normalized_low: nv.low,
        normalized_high: nv.high,
        normalized_unit: f.normalized?.unit ?? null,
        qualifier: f.qualifier,
        metric: f.metric,
        line: f.line,
        column: f.column,
        start: f.start,
        end: f.end,
        period_start: f.period?.start ?? null,
        period_end: f.period?.end ?? null,
      };
    });
  },
};

const diagnostics: Table = {
  name: "diagnostics",
  doc: "one row per parser diagnostic",
  columns: [
    col("document_id", "text", "joins documents.document_id"),
    col("level", "text", "error, warning or info"),
    col("code", "text", "stable kebab-case code"),
    col("message", "text", "human-readable message"),
    col("line", "integer", "1-based line; empty when the diagnostic concerns the whole file"),
  ],
  rows(doc) {
    const id = documentId(doc);
    return doc.diagnostics.map((d) => ({ document_id: id, level: d.level, code: d.code, message: d.message, line: d.line }));
  },
};

export const TABLES: Readonly<Record<TableName, Table>> = {
  documents,
  items,
  measures: entryTable("measures", "measure"),
  outcomes: entryTable("outcomes", "outcome"),
  figures,
  diagnostics,
};

export const isTableName = (s: string): s is TableName => (TABLE_NAMES as readonly string[]).includes(s);

/** Cells of a row in column order. */
export const cells = (table: Table, row: Row): CellValue[] => table.columns.map((c) => row[c.name] ?? null);

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
