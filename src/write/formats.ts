// Output format names, kept apart from the writers so that the CLI can list them (option
// choices, help) without loading csv-stringify or exceljs.
export const FORMATS = ["json", "jsonl", "csv", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];

export const OUTPUT_ENCODINGS = ["utf-8", "gb18030"] as const;
export type OutputEncoding = (typeof OUTPUT_ENCODINGS)[number];
