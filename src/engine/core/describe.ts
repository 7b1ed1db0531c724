/**
 * Small NaN-skipping statistics over a column slice, used by several steps. The stats layer
 * (`src/engine/stats/`) holds the heavier primitives; these are the ones the pipeline needs in
 * its inner loops, kept allocation-free.
 */

/** Number of non-NaN values. */
export function countPresent(x: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) n++;
  return n;
}

/** Arithmetic mean of non-NaN values; NaN when none. */
export function meanOf(x: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      s += v;
      n++;
    }
  }
  return n === 0 ? Number.NaN : s / n;
}

/** Sample standard deviation (n − 1 denominator) of non-NaN values; NaN when fewer than two. */
export function sdOf(x: ArrayLike<number>): number {
  const m = meanOf(x);
  let ss = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      ss += (v - m) * (v - m);
      n++;
    }
  }
  return n < 2 ? Number.NaN : Math.sqrt(ss / (n - 1));
}

export function minOf(x: ArrayLike<number>): number {
  let m = Number.POSITIVE_INFINITY;
  for (let i = 0; i < x.length; i++) if (x[i]! < m) m = x[i]!;
  return m === Number.POSITIVE_INFINITY ? Number.NaN : m;
}

export function maxOf(x: ArrayLike<number>): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < x.length; i++) if (x[i]! > m) m = x[i]!;
  return m === Number.NEGATIVE_INFINITY ? Number.NaN : m;
}

/** Sorted copy of the non-NaN values (ascending). */
export function sortedPresent(x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(countPresent(x));
  let k = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) out[k++] = x[i]!;
  return out.sort();
}

/** Median of non-NaN values (mean of the two middle values for even counts, as R's median). */
export function medianOf(x: ArrayLike<number>): number {
  const s = sortedPresent(x);
  const n = s.length;
  if (n === 0) return Number.NaN;
  const h = n >> 1;
  return n % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/**
 * Sample skewness, e1071 type 2 (as COINr's check_SkewKurt):
 * g1 = m3 / m2^(3/2) with m_k = Σ(x−x̄)^k / n, G1 = g1 · √(n(n−1)) / (n−2). NaN for n < 3.
 */
export function skewness(x: ArrayLike<number>): number {
  const m = meanOf(x);
  let m2 = 0;
  let m3 = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    const d = v - m;
    m2 += d * d;
    m3 += d * d * d;
    n++;
  }
  if (n < 3) return Number.NaN;
  m2 /= n;
  m3 /= n;
  const g1 = m3 / m2 ** 1.5;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Sample excess kurtosis, e1071 type 2: g2 = m4 / m2² − 3,
 * G2 = ((n+1)·g2 + 6) · (n−1) / ((n−2)(n−3)). NaN for n < 4.
 */
export function kurtosis(x: ArrayLike<number>): number {
  const m = meanOf(x);
  let m2 = 0;
  let m4 = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    const d2 = (v - m) * (v - m);
    m2 += d2;
    m4 += d2 * d2;
    n++;
  }
  if (n < 4) return Number.NaN;
  m2 /= n;
  m4 /= n;
  const g2 = m4 / (m2 * m2) - 3;
  return (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Pearson correlation over pairwise-complete observations; NaN if fewer than 2 pairs or zero variance. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    sx += a;
    sy += b;
    n++;
  }
  if (n < 2) return Number.NaN;
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    sxy += (a - mx) * (b - my);
    sxx += (a - mx) * (a - mx);
    syy += (b - my) * (b - my);
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}
