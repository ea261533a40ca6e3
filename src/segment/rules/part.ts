// 第一部分 第二部分 — the parts some enterprise and university notices are divided into, above 一、.
// Same shape as a chapter, but a part heads a notice even alone (no list needed).
import { ordinalUnitRule } from "./chapter.js";

export const part = ordinalUnitRule("part", "部分");
