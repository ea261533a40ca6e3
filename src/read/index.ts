// Stage 1, read: bytes → text. The only stage that looks at bytes. Never guesses silently:
// the encoding used is returned, and bytes that decode in no supported encoding are an error.
import { createHash } from "node:crypto";
import iconv from "iconv-lite";

export type EncodingName = "utf-8" | "utf-8-bom" | "utf-8-lossy" | "utf-16le" | "utf-16be" | "gb18030";
export const ENCODINGS: readonly string[] = ["utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "gb2312"];

export interface Decoded {
  text: string;
  encoding: string;
  sha256: string;
  bytes: number;
}

/** A failure that concerns one input file; the batch reports it and goes on. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decode(buf: Uint8Array, forced?: string): Decoded {
  const sha256 = createHash("sha256").update(buf).digest("hex");
  const base = { sha256, bytes: buf.length };
  if (buf.length === 0) throw new InputError("empty file", "empty");
  if (forced) {
    const enc = forced.toLowerCase();
    if (!iconv.encodingExists(enc)) throw new InputError(`unknown encoding '${forced}' (try --encoding utf-8 or gb18030)`, "bad-encoding");
    const text = stripBom(iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.length), enc));
    return { text: checkText(text), encoding: enc, ...base };
  }
  // A BOM is the only certain signal.
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: checkText(decodeUtf8(buf.subarray(3))), encoding: "utf-8-bom", ...base };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: checkText(new TextDecoder("utf-16le").decode(buf.subarray(2))), encoding: "utf-16le", ...base };
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: checkText(new TextDecoder("utf-16be").decode(buf.subarray(2))), encoding: "utf-16be", ...base };
  }
  if (looksBinary(buf)) {
    // NUL bytes on one side of every pair: UTF-16 saved without a BOM (ASCII characters, line
    // breaks included, have a zero high byte).
    const u16 = utf16WithoutBom(buf);
    if (u16) return { text: checkText(u16.text), encoding: u16.encoding, ...base };
    throw new InputError("binary file (NUL bytes), not a text notice", "binary");
  }
  try {
    return { text: checkText(utf8.decode(buf)), encoding: "utf-8", ...base };
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
  // UTF-8 with a few bad bytes (a file cut in the middle of a character, a corrupt byte) is still
  // UTF-8: decoding it as GB18030 would turn the whole notice into nonsense that looks clean.
  // The bad bytes become U+FFFD and the encoding says so.
  const lossy = lossyUtf8(buf);
  if (lossy !== null) return { text: checkText(lossy), encoding: "utf-8-lossy", ...base };
  // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, the other encodings these notices use.
  const text = iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.length), "gb18030");
  if (!decodesCleanly(text)) {
    throw new InputError("not valid UTF-8 and not clean GB18030 (use --encoding to choose one)", "undecodable");
  }
  return { text: checkText(text), encoding: "gb18030", ...base };
}

function decodeUtf8(buf: Uint8Array): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new InputError("has a UTF-8 BOM but is not valid UTF-8 (use --encoding to choose one)", "undecodable");
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const utf8Lenient = new TextDecoder("utf-8");

/** The text, if at most one sequence in 200 multi-byte characters (and at most 16) is invalid. */
function lossyUtf8(buf: Uint8Array): string | null {
  if (surelyBadUtf8(buf, 16)) return null;
  const text = utf8Lenient.decode(buf);
  let bad = 0;
  let multi = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) multi++;
  }
  // Legitimate U+FFFD characters (EF BF BD) were counted as bad: a clean file never gets here.
  return bad <= 16 && bad * 200 <= multi ? text : null;
}

/**
 * Whether decoding as UTF-8 would surely give more than `limit` U+FFFD, told from the bytes without
 * decoding (a GBK file gets here for every notice). Counts only bytes that each must become a
 * U+FFFD of their own (C0, C1, F5–FF, and a lead byte not followed by a continuation byte), so
 * the count never exceeds the decoder's.
 */
function surelyBadUtf8(buf: Uint8Array, limit: number): boolean {
  let bad = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0xc0) continue;
    const next = i + 1 < buf.length ? buf[i + 1] : 0;
    if (b <= 0xc1 || b >= 0xf5 || next < 0x80 || next > 0xbf) {
      if (++bad > limit) return true;
    }
  }
  return false;
}

/** UTF-16 without a BOM, told by where its NUL bytes fall; null unless it decodes to plain text. */
function utf16WithoutBom(buf: Uint8Array): { text: string; encoding: string } | null {
  const n = Math.min(buf.length & ~1, 65536);
  if (n < 32) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) (i & 1 ? odd++ : even++);
  // Little-endian: ASCII has its zero byte second. (一 U+4E00 and other U+xx00 characters put a
  // zero on the other side, so a clear majority is asked for, not all.)
  const enough = Math.max(4, n / 100);
  const encoding = odd >= enough && odd >= 3 * even ? "utf-16le" : even >= enough && even >= 3 * odd ? "utf-16be" : null;
  if (!encoding) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(buf.subarray(0, buf.length & ~1));
  } catch {
    return null;
  }
  let plain = 0;
  // (the basic block only, on purpose, not the shared Han class: this weighs how plain the text
  // reads, and random bytes decoded as UTF-16 land in Extension A as readily as anywhere)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || (c >= 0x2000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) plain++;
  }
  // A notice has lines; random bytes decode to characters from all over the code space.
  return plain >= text.length * 0.95 && /[\r\n]/.test(text) ? { text, encoding } : null;
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

/** GB18030 decodes almost any byte string; random bytes show up as U+FFFD, controls or rare CJK. */
function decodesCleanly(text: string): boolean {
  let bad = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
    // (common characters only, on purpose: rare ones, Extension A among them, are what random bytes give)
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  return bad === 0 || bad * 200 < text.length ? cjk > 0 || bad === 0 : false;
}

const CONTROL = /[\0-\x08\x0b\x0e-\x1f]/;
const NOT_SPACE = /\S/;

function checkText(text: string): string {
  if (!NOT_SPACE.test(text)) throw new InputError("empty file (only whitespace)", "empty");
  // One native scan answers for the usual notice; controls are counted only when there are some.
  if (!CONTROL.test(text.length > 65536 ? text.slice(0, 65536) : text)) return text;
  let ctl = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) ctl++;
  }
  if (ctl * 50 > n) throw new InputError("binary content (control characters), not a text notice", "binary");
  return text;
}
