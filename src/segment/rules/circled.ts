// ① ② … — a heading only where it opens a line outside a labelled field (segment decides that).
import type { HeadingRule } from "./types.js";
import { circledNumber } from "./numerals.js";

export const circled: HeadingRule = {
  name: "circled",
  family: "circled",
  match(line) {
    const number = circledNumber(line.charAt(0));
    if (number === null) return null;
    let textStart = 1;
    while (line.charAt(textStart) === " ") textStart++;
    return { markerLength: 1, textStart, number };
  },
};
