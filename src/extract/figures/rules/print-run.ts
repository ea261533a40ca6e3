/**
 * Guard: the print run in a 版记 under the sign-off (共印20份, 印数：20份) counts copies of the
 * notice, not anything the notice reports on. 印制宣传册3000份 is a quantity, so only 共印 and 印数.
 */
import { code } from "../chars.js";
import type { GuardRule } from "../types.js";
import { prevCharIndex } from "./_single.js";

const YIN = code("印");
const GONG = code("共");
const SHU = code("数");
const COLONS = ":：";

export const printRun: GuardRule = {
  name: "print-run",
  kind: "guard",
  test(state, tok) {
    const t = state.text;
    let p = prevCharIndex(t, tok.start);
    if (p >= 0 && COLONS.includes(t[p])) p = prevCharIndex(t, p);
    if (p < 1) return false;
    const c = t.charCodeAt(p);
    const b = t.charCodeAt(p - 1);
    return (c === YIN && b === GONG) || (c === SHU && b === YIN);
  },
};
