// The output contract. One zod schema is the source of truth: it validates every document
// before it is written, and `tongbao schema` exports it as JSON Schema (schemas/notice.schema.json).
import { z } from "zod";

export const SCHEMA_VERSION = "1.2.0";

/** ISO date, or a partial ISO date that keeps the precision the notice gave (YYYY or YYYY-MM). */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe("ISO 8601 date (YYYY-MM-DD), or YYYY-MM / YYYY when the notice is less precise");

const position = {
  line: z.number().int().min(1).describe("1-based line in the decoded original file"),
  column: z.number().int().min(1).describe("1-based column in Unicode code points"),
};

export const Diagnostic = z.object({
  level: z.enum(["error", "warning", "info"]),
  code: z.string().describe("stable kebab-case code, documented in the README"),
  message: z.string(),
  line: z.number().int().min(1).nullable(),
});

export interface SectionNode {
  level: number;
  marker: string;
  style: string;
  number: number | null;
  title: string;
  role: "organisation" | "rectification" | "status" | "plan" | "category" | "item" | "other";
  line: number;
  column: number;
  children: SectionNode[];
}
export const Section: z.ZodType<SectionNode> = z.lazy(() =>
  z.object({
    level: z.number().int().min(1),
    marker: z.string().describe("the numbering marker as written, e.g. （一） or 1."),
    style: z.string().describe("the heading rule that matched, e.g. paren-cn-numeral"),
    number: z.number().int().nullable().describe("the marker's number as an integer"),
    title: z.string().describe("heading text without marker, joined across page breaks, spaces removed"),
    role: z.enum(["organisation", "rectification", "status", "plan", "category", "item", "other"]),
    ...position,
    children: z.array(Section),
  }),
).meta({ id: "Section" });

export const TextEntry = z.object({ text: z.string(), ...position });

export const Item = z.object({
  id: z.string().describe("stable id within the document, i1, i2, … in document order"),
  number: z.string().nullable().describe("the item's own number as written"),
  kind: z.enum(["issue", "suggestion", "immediate"]),
  status: z.enum(["completed", "in_progress", "unknown"]),
  category: z.string().nullable(),
  problem: z.string(),
  heading: z.string().describe("the heading as written (marker removed)"),
  ...position,
  measures: z.array(TextEntry),
  outcomes: z.array(TextEntry),
  deadline: z.string().nullable().describe("整改时限 as written"),
  deadline_date: isoDate.nullable(),
  difficulties: z.string().nullable().describe("存在的困难 as written"),
  problem_details: z
    .string()
    .nullable()
    .describe("what the notice says of the problem beyond its statement (存在问题：…, or the unlabelled text before labelled measures), as written"),
  responsible: z.string().nullable().describe("责任单位 / 责任人 / 牵头单位 as written"),
});

export const Figure = z.object({
  text: z.string().describe("exactly as written in the original file"),
  value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  unit: z.string(),
  approx: z.boolean(),
  range: z.boolean(),
  normalized: z
    .object({ value: z.union([z.number(), z.tuple([z.number(), z.number()])]), unit: z.string() })
    .nullable(),
  qualifier: z.string().nullable(),
  metric: z.string().nullable(),
  period: z
    .object({ start: isoDate, end: isoDate })
    .nullable()
    .describe("the date or period the figure refers to, when its clause names one before it (2024年1-9月 → 2024-01…2024-09)"),
  item_id: z.string().nullable(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  start: z.number().int().min(0).describe("0-based code-point offset of the figure in the decoded file"),
  end: z.number().int().min(0).describe("exclusive end offset, code points"),
});

export const Reported = z.object({
  issues_total: z.number().optional(),
  issues_completed: z.number().optional(),
  issues_in_progress: z.number().optional(),
  suggestions_total: z.number().optional(),
  measures_total: z.number().optional(),
  measures_completed: z.number().optional(),
  rules_made: z.number().optional(),
  recovered_wan_yuan: z.number().optional(),
  people_held_accountable: z.number().optional(),
  completion_rate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe("the share of problems (or measures) rectified, as a ratio 0–1 (整改完成率92.5% → 0.925)"),
  // (last: added after the others, so the documents table's columns before it keep their places)
  immediate_total: z
    .number()
    .optional()
    .describe("the problems fixed on the spot the notice counts (立行立改问题8个, 立行立改12项), as suggestions_total counts suggestions"),
});

export const Notice = z.object({
  schema_version: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: z.string(),
    encoding: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().min(0),
  }),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  inspection: z.object({
    inspector: z.string().nullable().describe("the inspection group, e.g. 市委第三巡察组"),
    target: z.string().nullable().describe("the inspected unit"),
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    feedback_date: isoDate.nullable(),
    round: z.string().nullable().describe("e.g. 十三届市委第六轮"),
    kind: z.string().nullable().describe("e.g. 专项巡察, 巡视"),
  }),
  published: isoDate.nullable().describe("date of the sign-off"),
  comment_period: z.object({ start: isoDate.nullable(), end: isoDate.nullable() }).nullable(),
  contact: z.object({
    phones: z.array(z.string()),
    emails: z.array(z.string()),
    postcodes: z.array(z.string()),
    addresses: z.array(z.string()),
  }),
  reported: Reported,
  sections: z.array(Section),
  items: z.array(Item),
  figures: z.array(Figure),
  diagnostics: z.array(Diagnostic),
});

export type Notice = z.infer<typeof Notice>;
export type Item = z.infer<typeof Item>;
export type Figure = z.infer<typeof Figure>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Reported = z.infer<typeof Reported>;
export type TextEntry = z.infer<typeof TextEntry>;

/** The JSON Schema of a notice, from zod's own exporter, with keys sorted for stable diffs. */
export function noticeJsonSchema(): unknown {
  const schema = z.toJSONSchema(Notice, { target: "draft-2020-12" });
  return sortKeys(schema);
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}
