// Escaping for the report page. Every string that comes from a notice is untrusted: it reaches the
// page either as escaped HTML text (server-rendered overview) or as data inside a JSON script
// element, which the page's script reads and renders with textContent only.

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and for quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` are written as \u escapes
 * so that no `</script>` or `<!--` can end or change the element, and U+2028/U+2029 likewise so the
 * text is also valid JavaScript. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A token safe for an id or class: ASCII letters, digits, '-' and '_' only. */
export function safeToken(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, "_");
}
