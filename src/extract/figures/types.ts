/** Public and internal types of the figure recogniser. */

export type FigureValue = number | [number, number];

export interface FigureMatch {
  /** exactly the matched substring of the input (input.slice(start, end)) */
  text: string;
  /** UTF-16 offsets into the input string, end exclusive */
  start: number;
  end: number;
  /** number in the written unit; [low, high] for a range */
  value: FigureValue;
  /** the unit as written, without spaces or approximation words: 亿元, 万元, %, 个百分点, 亩, 户, 次, 人次, 天 … */
  unit: string;
  /** 余 多 约 近 左右 以上 … */
  approx: boolean;
  range: boolean;
  /** a bound written next to the figure: 不低于 超过 以上 以内 不足 达 … */
  qualifier: string | null;
  /** value in base units (CNY, USD, m2, ratio, ratio_points, days, kg, m …; counts keep their measure word) */
  normalized: { value: FigureValue; unit: string } | null;
  /** nearest preceding noun phrase the figure measures, when plain; null rather than a guess */
  metric: string | null;
}

/** Families of units; each matcher rule handles one. */
export type Family =
  | "percent"
  | "points"
  | "span"
  | "money"
  | "area"
  | "physical"
  | "multiple"
  | "count"
  | "scale";

export interface UnitDef {
  /** the unit text to match in the input */
  text: string;
  family: Family;
  /** normalized unit name */
  base: string;
  /** multiply the value (already scaled by 万/亿) by this to get the base unit */
  factor: number;
  /** the unit does not apply when immediately followed by one of these characters (e.g. 次性, 名单) */
  notBefore?: string;
  /** unit to report when the written text contains an infix (个多月 → 个月) */
  written?: string;
  /** the unit text itself marks an approximation (个多月) */
  approx?: boolean;
  /** may take a 万/亿 scale in front (万元, 万平方米, 万人次) */
  scalable?: boolean;
  /** a unit only with a 万/亿 scale in front (8万度; 度 alone is too often another word) */
  scaledOnly?: boolean;
}

/** A number found in the line. */
export interface NumberToken {
  start: number;
  end: number;
  raw: string;
  /** full value (1.393亿 → 139300000) */
  value: number;
  /** coefficient before a trailing big scale (1.393亿 → 1.393) */
  coef: number;
  /** trailing big scale as written: "", "万", "亿", "万亿" */
  scale: string;
  script: "arabic" | "chinese" | "mixed";
  /** what lies between the number and a unit, filled in lazily by the unit matcher (created as
   * undefined, so that every token has one shape) */
  probe: { pos: number; infixScale: string; approx: boolean } | undefined;
}

/** A unit found after a number. */
export interface UnitHit {
  def: UnitDef;
  /** end offset of the unit in the line */
  end: number;
  /** the written unit: token scale + infix scale + unit text (万元) */
  unit: string;
  /** scale string that applies to the value (token scale + infix scale) */
  scale: string;
  /** 余/多 between the number and the unit */
  approx: boolean;
}

/** What a matcher rule proposes; the engine adds qualifiers, approximation words and metric. */
export interface Candidate {
  rule: string;
  start: number;
  end: number;
  value: FigureValue;
  unit: string;
  def: UnitDef;
  scale: string;
  approx: boolean;
  range: boolean;
  /** the tokens covered (one, or two for a range) */
  tokens: NumberToken[];
}

/** Quoted stretches of a line as flat (from, to, kind) triples, in order of `from` (see markQuotes). */
export type Quotes = number[];

/** Shared state for one line. */
export interface State {
  /** the input line as given */
  src: string;
  /** the line with full-width digits/％/．/（）/： folded to ASCII (same length, same offsets) */
  text: string;
  /** the numbers of the line, in order (see tokenAt) */
  tokens: NumberToken[];
  /** the quoted stretches of the line (see quoteKind); null when it has no quote marks */
  quoted: Quotes | null;
}

export interface GuardRule {
  name: string;
  kind: "guard";
  /** true when the number cannot start a figure */
  test(state: State, tok: NumberToken): boolean;
}

export interface MatchRule {
  name: string;
  kind: "match";
  family?: Family;
  /**
   * True when the rule matches only a unit of its `family` right after the number (after spaces,
   * 余/多 and 万/亿, see matchUnit): the engine then skips it for numbers where no unit of the
   * family starts.
   */
  unitOnly?: boolean;
  match(state: State, tok: NumberToken): Candidate | null;
}

export interface FilterRule {
  name: string;
  kind: "filter";
  /** true when the candidate is not a figure after all */
  reject(state: State, cand: Candidate): boolean;
}

export type Rule = GuardRule | MatchRule | FilterRule;
