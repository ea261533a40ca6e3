/**
 * Index of the last entry of `starts` (ascending) that is at or before `at`: the line holding an
 * offset, given the offsets its lines start at. 0 when `at` comes before them all.
 */
export function lastAtOrBefore(starts: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
