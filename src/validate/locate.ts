// Finding the line a finding is about, from the decoded text of the notice (1-based lines, as in
// the parser's output). Pure functions; each returns null when nothing plausible is found.
import { REPORTED_RULES } from "../extract/reported.js";
import { parseChineseNumber } from "../numerals/index.js";
import type { Reported } from "../schema/index.js";
import { IMMEDIATE } from "../extract/roles.js";

export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

const num = (s: string | undefined): number | null => (s === undefined ? null : /^\d/.test(s) ? Number(s) : parseChineseNumber(s));

const KEY_WORDS: Partial<Record<keyof Reported, RegExp>> = {
  issues_total: /问题/,
  issues_completed: /完成|到位|办结|销号/,
  issues_in_progress: /推进|正在|持续|未完成/,
  suggestions_total: /建议/,
  measures_total: /措施|举措/,
  immediate_total: IMMEDIATE,
};

/**
 * The line where the notice states `reported[key] = value`: the first line on which one of the
 * parser's own rules for that key matches with that value; else the first line that writes the
 * number with a counter (个/项/条) next to a word of the key.
 */
export function locateStatement(lines: readonly string[], key: keyof Reported, value: number): number | null {
  const rules = REPORTED_RULES.filter((r) => r.key === key);
  for (let i = 0; i < lines.length; i++) {
    for (const rule of rules) {
      // The rules' regexes are global: start each line from its beginning, and try every match.
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(lines[i]); m; m = rule.re.exec(lines[i])) {
        const v = rule.scale ? rule.scale(m, lines[i]) : num(m[1]);
        if (v === value) return i + 1;
      }
    }
  }
  const words = KEY_WORDS[key];
  if (!words) return null;
  const numberRe = new RegExp(`(?<![\\d.])${value}\\s*(?:个|项|条)`);
  for (let i = 0; i < lines.length; i++) if (numberRe.test(lines[i]) && words.test(lines[i])) return i + 1;
  return null;
}

/**
 * The line where an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) is written as Chinese text
 * (2024年5月6日, 5月6日, 2024年5月). `last` searches from the end (for a sign-off date).
 */
export function locateDate(lines: readonly string[], iso: string, last = false): number | null {
  const [y, m, d] = iso.split("-").map(Number);
  let re: RegExp;
  if (d !== undefined) re = new RegExp(`(?<!\\d)0?${m}\\s*月\\s*0?${d}\\s*日`);
  else if (m !== undefined) re = new RegExp(`${y}\\s*年\\s*0?${m}\\s*月`);
  else re = new RegExp(`${y}\\s*年`);
  const order = lines.map((_, i) => i);
  if (last) order.reverse();
  for (const i of order) if (re.test(lines[i])) return i + 1;
  return null;
}
