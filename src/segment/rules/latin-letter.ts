// A. B. C、 and a. b. — Latin letters numbering a list (full-width Ａ． is folded). A capital and a
// full stop may also open an abbreviation, so a letter counts only where a run of them numbers a
// list (A. … B. …). Capitals and small letters are two styles.
import type { HeadingRule } from "./types.js";

function latinRule(name: string, re: RegExp, base: number): HeadingRule {
  return {
    name,
    family: "latin",
    listOnly: true,
    match(line) {
      const c = line.charCodeAt(0) - base;
      if (c < 0 || c > 25) return null; // cheap pre-check before the regex
      const m = re.exec(line);
      if (!m) return null;
      return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number: m[1].charCodeAt(0) - base + 1 };
    },
  };
}

export const latinUpper = latinRule("latin-upper", /^([A-Z])\s{0,2}[.、](?![A-Za-z0-9.])\s*/, 65);
export const latinLower = latinRule("latin-lower", /^([a-z])\s{0,2}[.、](?![A-Za-z0-9.])\s*/, 97);
