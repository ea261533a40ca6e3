// `tongbao validate --schema`: checks existing JSON output against the zod schema (the same
// Notice.safeParse the parser runs before writing). A file may hold one document, an array of
// documents (`tongbao parse` to stdout with several inputs), or JSON Lines (one per line).
import { Notice, SCHEMA_VERSION } from "../schema/index.js";
import type { Finding } from "./codes.js";

const MAX_ISSUES = 5;

/** The zod issues of a value that is not a valid document, as `path: message`; empty when valid. */
export function schemaIssues(value: unknown): string[] {
  const r = Notice.safeParse(value);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
}

function schemaFinding(file: string, line: number, issues: string[], where = ""): Finding {
  const shown = issues.slice(0, MAX_ISSUES).join("; ");
  const more = issues.length > MAX_ISSUES ? `; +${issues.length - MAX_ISSUES} more` : "";
  return { file, line, level: "error", code: "schema-invalid", message: `${where}not a valid notice document (schema ${SCHEMA_VERSION}): ${shown}${more}` };
}

/** Line (1-based) of a character offset. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split("\n").length;

function jsonError(file: string, text: string, e: unknown, baseLine = 0): Finding {
  const msg = (e as Error).message;
  const pos = /position (\d+)/.exec(msg);
  const line = baseLine || (pos ? lineAt(text, Number(pos[1])) : 1);
  return { file, line, level: "error", code: "invalid-json", message: `not JSON: ${msg}` };
}

/** Findings for the text of a JSON or JSON Lines file. `jsonl` forces JSON Lines (else: by the name, .jsonl/.ndjson). */
export function checkJsonText(file: string, text: string, jsonl = /\.(jsonl|ndjson)$/i.test(file)): Finding[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonl) {
    const out: Finding[] = [];
    const lines = body.split(/\r?\n/);
    lines.forEach((l, i) => {
      if (!l.trim()) return;
      let v: unknown;
      try {
        v = JSON.parse(l);
      } catch (e) {
        out.push(jsonError(file, l, e, i + 1));
        return;
      }
      const issues = schemaIssues(v);
      if (issues.length) out.push(schemaFinding(file, i + 1, issues));
    });
    if (!lines.some((l) => l.trim())) out.push({ file, line: 0, level: "error", code: "invalid-json", message: "empty file: no JSON document" });
    return out;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return [jsonError(file, body, e)];
  }
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => {
      const issues = schemaIssues(v);
      return issues.length ? [schemaFinding(file, 0, issues, `element ${i}: `)] : [];
    });
  }
  const issues = schemaIssues(value);
  return issues.length ? [schemaFinding(file, 0, issues)] : [];
}
