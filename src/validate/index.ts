// `tongbao validate`: checks of parsed notices (stated totals, expected parts, dates, the parser's
// own diagnostics) and of existing JSON output against the schema. Pure functions; the command in
// src/cli/commands/validate.ts reads the inputs and prints the findings.
export { checkNotice, checkTotals, checkMissing, checkDates, compareDates, type CheckContext } from "./check.js";
export { checkJsonText, schemaIssues } from "./schema.js";
export { locateStatement, locateDate, splitLines } from "./locate.js";
export { VALIDATE_CODES, PARSER_LEVELS, PARSER_PASSTHROUGH, LEVEL_RANK, counts, type Finding, type Level, type CodeInfo, type ValidateCode } from "./codes.js";

import type { Finding } from "./codes.js";

/** `file:line: level code: message` (uncoloured). */
export const formatFinding = (f: Finding): string => `${f.file}:${f.line}: ${f.level} ${f.code}: ${f.message}`;
