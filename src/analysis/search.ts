/** Binary search over sorted lists, shared by the extractors. */

/**
 * The first index in [0, length) at which `before(i)` is false, for a `before` that is true for
 * a prefix of the indices and false after it (the list's length when it is true for all).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in an ascending list whose value is above v (the list's length when none is). */
export function firstAbove(list: number[], v: number): number {
  return partitionPoint(list.length, (i) => list[i]! <= v);
}
