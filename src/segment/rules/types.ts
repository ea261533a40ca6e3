/** What a heading rule finds at the start of a cleaned line. */
export interface MarkerMatch {
  /** Length of the marker itself in the cleaned line (e.g. 2 for `一、`). */
  markerLength: number;
  /** Where the heading text starts (after the marker and any spaces). */
  textStart: number;
  /** The marker's number as an integer (一 → 1, ③ → 3). */
  number: number;
  /** Where the number counts: a list goes on only within one scope (2.1 2.2 in `2`, not 3.3). */
  scope?: string;
  /** Where the heading text ends, when a closing mark follows it (【…方面】: before the 】). */
  textEnd?: number;
}

/**
 * One heading marker style. Like a markdown-it block rule: a name, and a probe that looks at the
 * start of a line without side effects. Lines are cleaned: full-width （）．：％ and digits are
 * folded to ASCII before rules see them, so each rule matches both widths.
 */
export interface HeadingRule {
  /** Stable style id; also written to `sections[].style`. */
  name: string;
  /** Numeral family, used to tell a continuation of a level from a new level (`2、` then `三、`). */
  family: "cn" | "arabic" | "circled" | "roman" | "latin";
  /**
   * A marker that also opens prose (第一，…): it counts only on lines that number a list with
   * others of its style (two or more in sequence), as listMarkerLines finds them.
   */
  listOnly?: boolean;
  /**
   * With listOnly: a marker numbered 1 on its own (a section with a single item) counts too,
   * where other markers of its style number a list in the same text.
   */
  listOfOne?: boolean;
  /**
   * With listOnly: a run of these may be paragraphs that introduce what follows (县委高度重视：
   * 第一，… 第二，… then 一、), prose rather than headings. Bracketed and lettered lists are headings.
   */
  mayIntroduce?: boolean;
  /**
   * A heading with no number of its own (【…方面】): the segmenter numbers it by its place, on from
   * the last open one of its style (the rule's `number` is only a placeholder).
   */
  unnumbered?: boolean;
  match(line: string): MarkerMatch | null;
}
