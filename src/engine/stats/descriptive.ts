/**
 * Descriptive statistics on one variable. Missing values are NaN and are skipped (R's
 * `na.rm = TRUE`); a statistic that needs more observations than remain is NaN.
 */

/** The finite-or-infinite (non-NaN) values of `x`, in order. */
export function present(x: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) count++;
  const out = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) out[k++] = x[i]!;
  return out;
}

export function mean(x: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** Sample variance with denominator n - 1 (R's `var`). */
export function variance(x: ArrayLike<number>): number {
  const m = mean(x);
  let ss = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    ss += (v - m) * (v - m);
    n++;
  }
  return n < 2 ? Number.NaN : ss / (n - 1);
}

/** Sample standard deviation, denominator n - 1 (R's `sd`). */
export function sd(x: ArrayLike<number>): number {
  return Math.sqrt(variance(x));
}

/**
 * Quantile of an ascending-sorted array, R type 7: h = (n - 1) p, interpolate between
 * x[floor h] and x[floor h + 1].
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  return a + (h - lo) * (sorted[hi]! - a);
}

/** Quantiles of `x` (R type 7, NaN skipped). */
export function quantiles(x: ArrayLike<number>, probs: readonly number[]): number[] {
  const sorted = present(x).sort();
  return probs.map((p) => quantileSorted(sorted, p));
}

export function quantile(x: ArrayLike<number>, p: number): number {
  return quantiles(x, [p])[0]!;
}

export function median(x: ArrayLike<number>): number {
  return quantile(x, 0.5);
}

/** Central moments m2, m3, m4 (denominator n) of the present values, and n. */
function centralMoments(x: ArrayLike<number>): { n: number; m2: number; m3: number; m4: number } {
  const m = mean(x);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    const d = v - m;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
    n++;
  }
  return { n, m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

/**
 * Skewness, e1071 type 2 (the SAS/SPSS estimator used by COINr's check_SkewKurt):
 * G1 = g1 sqrt(n (n - 1)) / (n - 2), with g1 = m3 / m2^(3/2).
 */
export function skewness(x: ArrayLike<number>): number {
  const { n, m2, m3 } = centralMoments(x);
  if (n < 3 || m2 === 0) return Number.NaN;
  const g1 = m3 / m2 ** 1.5;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Excess kurtosis, e1071 type 2: G2 = ((n + 1) g2 + 6) (n - 1) / ((n - 2)(n - 3)),
 * with g2 = m4 / m2^2 - 3. A normal sample gives about 0.
 */
export function kurtosis(x: ArrayLike<number>): number {
  const { n, m2, m4 } = centralMoments(x);
  if (n < 4 || m2 === 0) return Number.NaN;
  const g2 = m4 / (m2 * m2) - 3;
  return (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
