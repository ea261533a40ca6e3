// "A Han character", defined once for every rule that means it.
//
// Names of places, people and units are written with rare characters too: CJK Extension A
// (䢺滩镇, 㙟头村: U+3400–U+4DBF), the tail of the unified block that `[\u4e00-\u9fa5]` leaves out
// (U+9FA6–U+9FFF), compatibility ideographs (U+F900–U+FAFF), and the supplementary planes (𠮷, Extension
// B and after: U+20000–U+3FFFF).
//
// Two forms, to splice into a regex's character class:
// - HAN covers the Basic Multilingual Plane and needs no flag. Hot regexes (run over every line)
//   use it: the `u` flag can make V8 regexes slower, and a supplementary character is too rare in
//   a notice to repay that.
// - HAN_ANY is `\p{Script=Han}` and needs the `u` flag: supplementary characters too. Cold rules
//   that read names (the issuer, the inspected unit, the owner of a group: once a notice, on a few
//   thousand characters) use it.
// Where a rule means only the basic block on purpose (numerals, the encoding detector's count of
// common characters), it keeps its own narrow range and says why.

/** Class body (no brackets) for one Han character of the BMP: `new RegExp(`[${HAN}]{2,10}`)`. */
export const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";

/** Whether a string holds a Han character (of the BMP ranges above). */
export const HAS_HAN = new RegExp(`[${HAN}]`);

/** Class body for any Han character, supplementary planes included; only in a regex with the `u` flag. */
export const HAN_ANY = "\\p{Script=Han}";

/** The same test as HAN, by UTF-16 code (for scanners that read `charCodeAt`). */
export const isHanCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
