// 一、 二、 … the national standard's first level. Also 一. and 一． (folded to 一.).
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

const RE = /^([一二三四五六七八九十百〇零两]{1,4})\s*([、.])\s*/;
// 一， 二, 三： — the same numerals with a comma or a colon in place of the 、, as a hastily typed or
// converted notice sets them. (After folding, ： is :.)
const LOOSE_RE = /^([一二三四五六七八九十百〇零两]{1,4})\s*[，,:]\s*/;

// 一、二级… and 一、二、三 are lists of numbers, not headings; so are 一，二月 and 一,二,三, and a
// line that a hard wrap opened with a count of quarters, batches, rounds (…在 / 一、二季度开展督导).
const COUNTED = "|^[一二三四五六七八九十]{1,2}(?:季度|批|轮|期|届|年级|号|月)";
const LIST_AFTER = new RegExp("^.{1,3}[、级类等]" + COUNTED);
const LIST_AFTER_LOOSE = new RegExp("^.{1,3}[、级类等，,:月]" + COUNTED);

function match(re: RegExp, line: string, list: RegExp) {
  const m = re.exec(line);
  if (!m) return null;
  const number = cnHeadingNumber(m[1]);
  if (number === null) return null;
  const rest = line.slice(m[0].length);
  if (/^[一二三四五六七八九十两\d]/.test(rest) && list.test(rest)) return null;
  return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
}

export const cnNumeral: HeadingRule = {
  name: "cn-numeral",
  family: "cn",
  match: (line) => match(RE, line, LIST_AFTER),
};

// A numeral and a comma also open prose (一，是… ; 十，二十… a page break cut), so it counts only
// where a run of them numbers a list (一， … 二， …).
export const cnNumeralLoose: HeadingRule = {
  name: "cn-numeral-loose",
  family: "cn",
  listOnly: true,
  listOfOne: true,
  match: (line) => match(LOOSE_RE, line, LIST_AFTER_LOOSE),
};
