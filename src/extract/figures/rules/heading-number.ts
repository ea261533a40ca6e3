/**
 * Filter: a section number at the start of a line followed by a heading that happens to begin
 * with a measure word (1.2项目建设, 3.1个别单位) is a heading, not a count. Money, percentages and
 * other units at the start of a line are kept.
 */
import type { FilterRule } from "../types.js";

const SECTION = /^\d{1,2}\.\d{1,2}$/;

export const headingNumber: FilterRule = {
  name: "heading-number",
  kind: "filter",
  reject(state, cand) {
    if (cand.def.family !== "count" || cand.tokens.length !== 1 || cand.scale !== "") return false;
    const tok = cand.tokens[0];
    if (tok.script !== "arabic" || !SECTION.test(tok.raw)) return false;
    return /^[\s(（]*$/.test(state.text.slice(0, tok.start)) && tok.start <= 4;
  },
};
