// Width folding for matching. One UTF-16 unit in, one out, so offsets never move; output text is
// always re-read from the original, so folding never changes what a user sees.
const MAP: Record<string, string> = {
  "（": "(", "）": ")", "：": ":", "．": ".", "％": "%", "､": "、", "﹝": "〔", "﹞": "〕",
  "\u00a0": " ", "\u3000": " ", "\t": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
  "－": "-", "～": "~", "／": "/", "＋": "+", "，": "，",
};

export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xfee0); // ０-９
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return String.fromCharCode(c - 0xfee0); // Ａ-ｚ
  return MAP[ch] ?? ch;
}
