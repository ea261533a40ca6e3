// Width folding for matching. One UTF-16 unit in, one out, so offsets never move; output text is
// always re-read from the original, so folding never changes what a user sees.
const MAP: Record<string, string> = {
  "（": "(", "）": ")", "：": ":", "．": ".", "％": "%", "､": "、", "﹝": "〔", "﹞": "〕",
  "－": "-", "～": "~", "／": "/", "＋": "+",
  // Every kind of space is one ASCII space.
  "\u00a0": " ", "\u3000": " ", "\t": " ", "\u000b": " ", "\u000c": " ", "\u1680": " ", "\u2000": " ", "\u2001": " ",
  "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ",
  "\u200a": " ", "\u202f": " ", "\u205f": " ",
};

/** Folded code unit for every UTF-16 code unit (identity for most). */
const TABLE: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xfee0; // ０-９
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0; // Ａ-Ｚ
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = c - 0xfee0; // ａ-ｚ
  for (const [k, v] of Object.entries(MAP)) t[k.charCodeAt(0)] = v.charCodeAt(0);
  return t;
})();

export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  const f = TABLE[c];
  return f === c ? ch : String.fromCharCode(f);
}

/** Whether a code unit is one that /\s/ matches, without a one-character string per test. */
export const isSpaceUnit = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The folded code unit of a code unit. */
export const foldCode = (c: number): number => TABLE[c];

/** Folds a whole string, unit for unit (same length). Strings with nothing to fold are returned as they are. */
export function foldString(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && TABLE[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === n) return s;
  // Copy unchanged stretches as slices (measured faster than a regex replace or a typed array).
  let out = "";
  let last = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = TABLE[c];
    if (f !== c) {
      out += s.slice(last, i) + String.fromCharCode(f);
      last = i + 1;
    }
  }
  return out + s.slice(last);
}
