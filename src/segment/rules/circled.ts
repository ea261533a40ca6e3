// ① ② … (and ➀ ⓵) — a heading only where it opens a line outside a labelled field (segment
// decides that). ❶ ➊ ⓫, dark circles, are a style of their own: a WeChat article may number its
// sections ❶ ❷ and the problems in them ① ②.
import type { HeadingRule } from "./types.js";
import { circledCode, isDarkCircled } from "./numerals.js";

function circledRule(name: string, dark: boolean): HeadingRule {
  return {
    name,
    family: "circled",
    match(line) {
      const c = line.charCodeAt(0);
      const number = circledCode(c);
      if (number === null || isDarkCircled(c) !== dark) return null;
      let textStart = 1;
      while (line.charAt(textStart) === " ") textStart++;
      return { markerLength: 1, textStart, number };
    },
  };
}

export const circled = circledRule("circled", false);
export const circledDark = circledRule("circled-dark", true);
