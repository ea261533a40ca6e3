/**
 * The ordered rule table of the figure recogniser (markdown-it style: each rule is a small
 * object with a name, declared in its own file and listed once here).
 *
 * For every number in the line the engine
 *  1. runs the guards in order: any guard that fires means "this number starts no figure"
 *     (the engine runs them once the first matcher proposes a candidate: guards and matchers
 *     only read the line, and most numbers get no candidate at all);
 *  2. runs the matchers in order: the first candidate that passes all guards (for its other
 *     numbers) and all filters wins;
 *  3. adds approximation and bound words, the normalized value and the metric.
 * Order matters among matchers: a range before single figures; 个百分点, 个月 and 个工作日 before
 * the plain measure word 个.
 */
import type { FilterRule, GuardRule, MatchRule, Rule } from "../types.js";
import { ordinal } from "./ordinal.js";
import { dateTime } from "./date-time.js";
import { quotedName } from "./quoted-name.js";
import { fixedPhrase } from "./fixed-phrase.js";
import { chineseWord } from "./chinese-word.js";
import { printRun } from "./print-run.js";
import { range } from "./range.js";
import { points } from "./points.js";
import { span } from "./span.js";
import { percent } from "./percent.js";
import { tenths } from "./tenths.js";
import { fraction } from "./fraction.js";
import { money } from "./money.js";
import { area } from "./area.js";
import { physical } from "./physical.js";
import { multiple } from "./multiple.js";
import { count } from "./count.js";
import { bareScale } from "./bare-scale.js";
import { chineseQuantity } from "./chinese-quantity.js";
import { headingNumber } from "./heading-number.js";
import { placeName } from "./place-name.js";

export const RULES: readonly Rule[] = [
  // guards
  ordinal,
  dateTime,
  quotedName,
  fixedPhrase,
  chineseWord,
  printRun,
  // matchers
  range,
  points,
  span,
  percent,
  fraction,
  tenths,
  money,
  area,
  physical,
  multiple,
  count,
  bareScale,
  // filters
  chineseQuantity,
  headingNumber,
  placeName,
];

export const GUARDS: readonly GuardRule[] = RULES.filter((r): r is GuardRule => r.kind === "guard");
export const MATCHERS: readonly MatchRule[] = RULES.filter((r): r is MatchRule => r.kind === "match");
export const FILTERS: readonly FilterRule[] = RULES.filter((r): r is FilterRule => r.kind === "filter");

export { ordinal, dateTime, quotedName, fixedPhrase, chineseWord, printRun, range, points, span, percent, fraction, tenths, money, area, physical, multiple, count, bareScale, chineseQuantity, headingNumber, placeName };
