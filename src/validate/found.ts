// What a notice lists, counted the way its stated totals (`reported`) count, so that validate,
// the report and the CSV tables compare the same numbers.
import type { Notice } from "../schema/index.js";

type Item = Notice["items"][number];

/** Problem items: fed-back problems, whether handled in the normal course or 立行立改. */
export const isProblem = (i: Item): boolean => i.kind === "issue" || i.kind === "immediate";

export interface FoundTotals {
  issues_total: number;
  issues_completed: number;
  issues_in_progress: number;
  suggestions_total: number;
  /** Measures listed under problem items (suggestions' measures are not counted in stated totals). */
  measures_total: number;
  /** Problem items fixed on the spot (kind immediate), as immediate_total counts them. */
  immediate_total: number;
}

export function foundTotals(doc: Notice): FoundTotals {
  const problems = doc.items.filter(isProblem);
  return {
    issues_total: problems.length,
    issues_completed: problems.filter((i) => i.status === "completed").length,
    issues_in_progress: problems.filter((i) => i.status === "in_progress").length,
    suggestions_total: doc.items.filter((i) => i.kind === "suggestion").length,
    measures_total: problems.reduce((a, i) => a + i.measures.length, 0),
    immediate_total: doc.items.filter((i) => i.kind === "immediate").length,
  };
}
