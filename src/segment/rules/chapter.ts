// 第一章 第二章, 第一节 第二节 — chapters (and the sections inside them) that a few university,
// hospital and enterprise reports are divided into, above 一、 or in place of it. 第三章规定… and
// 第一节课… open prose too, so these count only in a list of two or more (or as a single 第一节
// where the style lists elsewhere), and a chapter's title has no comma (as part's).
import type { HeadingRule } from "./types.js";
import { cnHeadingNumber } from "./numerals.js";

/** 第N<word>, its title without a comma (第一部分工作已完成，… is a sentence). Shared with `part`. */
export function ordinalUnitRule(name: string, word: string, list: { listOnly?: boolean; listOfOne?: boolean } = {}): HeadingRule {
  // After folding, ： is :.
  const re = new RegExp(`^第\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*${word}\\s*(?:[:、.]\\s*)?`);
  return {
    name,
    family: "cn",
    ...list,
    match(line) {
      const m = re.exec(line);
      if (!m) return null;
      const rest = line.slice(m[0].length);
      const stop = rest.search(/[。；;]/);
      if (/[，,]/.test(stop < 0 ? rest : rest.slice(0, stop))) return null;
      const number = /\d/.test(m[1]) ? Number(m[1]) : cnHeadingNumber(m[1]);
      if (number === null) return null;
      return { markerLength: m[0].trimEnd().length, textStart: m[0].length, number };
    },
  };
}

export const chapter = ordinalUnitRule("chapter", "[章篇](?![课次])", { listOnly: true, listOfOne: true });
export const subchapter = ordinalUnitRule("subchapter", "节(?![课次])", { listOnly: true, listOfOne: true });
