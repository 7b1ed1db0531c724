/**
 * Ranking primitives. All are O(n log n): the present values are copied to a scratch array and
 * sorted natively, then each value's rank is found by binary search.
 */

/** Number of entries in sorted `s[0..n)` strictly less than `v`. */
function countBelow(s: Float64Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries in sorted `s[0..n)` less than or equal to `v`. */
function countAtOrBelow(s: Float64Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedScratch(x: ArrayLike<number>, scratch?: Float64Array): { s: Float64Array; n: number } {
  const s = scratch && scratch.length >= x.length ? scratch : new Float64Array(x.length);
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) s[n++] = x[i]!;
  // the native typed-array sort (no comparator) beats an insertion sort even for ~50 values
  if (n === s.length) s.sort();
  else s.subarray(0, n).sort();
  return { s, n };
}

/** R's rank(x, ties.method = "min", na.last = "keep"): 1 = smallest; ties share the lowest rank. */
export function rankAscendingMin(x: ArrayLike<number>, out: Float64Array, scratch?: Float64Array): void {
  const { s, n } = sortedScratch(x, scratch);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    out[i] = Number.isNaN(v) ? Number.NaN : countBelow(s, n, v) + 1;
  }
}

/**
 * COINr's result ranks, rank(−x, ties.method = "min", na.last = "keep"): 1 = best (highest score),
 * ties share the best rank, NaN stays NaN.
 */
export function rankDescendingMin(x: ArrayLike<number>, out: Float64Array, scratch?: Float64Array): void {
  const { s, n } = sortedScratch(x, scratch);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    out[i] = Number.isNaN(v) ? Number.NaN : n - countAtOrBelow(s, n, v) + 1;
  }
}
