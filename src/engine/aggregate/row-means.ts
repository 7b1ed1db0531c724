/**
 * Row-wise aggregators: one unit's children values `x[0..k)` with weights `w[0..k)`.
 * Missing children (NaN) are skipped and the weights re-normalised over the present ones, as
 * COINr's a_amean / a_gmean / a_hmean. Callers apply the data-availability threshold first.
 */

/** a_amean: y = Σ wᵢxᵢ / Σ wᵢ over present xᵢ. */
export function aMean(x: Float64Array, w: Float64Array, k: number): number {
  let s = 0;
  let sw = 0;
  for (let t = 0; t < k; t++) {
    const v = x[t]!;
    if (Number.isNaN(v)) continue;
    s += w[t]! * v;
    sw += w[t]!;
  }
  return sw > 0 ? s / sw : Number.NaN;
}

/**
 * a_gmean with an offset c ≥ 0: y = exp(Σ wᵢ ln(xᵢ + c) / Σ wᵢ) − c.
 * Zero handling (fixes COINr #47, where a_gmean stops on any value ≤ 0): with c = 0 a zero child
 * gives y = 0, the limit of the weighted geometric mean (a zero is not compensated). A value
 * with xᵢ + c < 0 has no real geometric mean and gives NaN; the pipeline reports how many.
 * Use c > 0 (e.g. 1 with min-max [0, 100]) to soften zeros instead.
 */
export function aGmean(x: Float64Array, w: Float64Array, k: number, offset = 0): number {
  let s = 0;
  let sw = 0;
  let zero = false;
  for (let t = 0; t < k; t++) {
    const v = x[t]! + offset;
    if (Number.isNaN(v)) continue;
    if (v < 0) return Number.NaN;
    if (w[t]! > 0 && v === 0) zero = true;
    else if (w[t]! > 0) s += w[t]! * Math.log(v);
    sw += w[t]!;
  }
  if (sw <= 0) return Number.NaN;
  return zero ? 0 - offset : Math.exp(s / sw) - offset;
}

/**
 * a_hmean: y = Σ wᵢ / Σ (wᵢ / xᵢ). A zero child (positive weight) gives y = 0, the limit;
 * a negative child gives NaN.
 */
export function aHmean(x: Float64Array, w: Float64Array, k: number): number {
  let s = 0;
  let sw = 0;
  for (let t = 0; t < k; t++) {
    const v = x[t]!;
    if (Number.isNaN(v)) continue;
    if (v < 0) return Number.NaN;
    if (w[t]! > 0 && v === 0) return 0;
    if (w[t]! > 0) s += w[t]! / v;
    sw += w[t]!;
  }
  return sw > 0 ? sw / s : Number.NaN;
}

/**
 * a_genmean(p): y = (Σ wᵢ xᵢ^p / Σ wᵢ)^(1/p); p = 0 is the geometric mean, p = 1 the arithmetic,
 * p = −1 the harmonic. Negative children give NaN (x^p is not real for fractional p).
 */
export function aGenmean(x: Float64Array, w: Float64Array, k: number, p: number): number {
  if (p === 0) return aGmean(x, w, k, 0);
  if (p === 1) return aMean(x, w, k);
  let s = 0;
  let sw = 0;
  for (let t = 0; t < k; t++) {
    const v = x[t]!;
    if (Number.isNaN(v)) continue;
    if (v < 0) return Number.NaN;
    if (p < 0 && v === 0 && w[t]! > 0) return 0;
    s += w[t]! * v ** p;
    sw += w[t]!;
  }
  return sw > 0 ? (s / sw) ** (1 / p) : Number.NaN;
}

/**
 * Weighted median: sort the present values, normalise weights to sum 1, and return the first
 * value where the cumulative weight reaches 1/2; when it lands exactly on 1/2 the result is the
 * mean of that value and the next, so equal weights give R's median(). Sorting uses the scratch
 * arrays `xs`, `ws` (length ≥ k).
 */
export function aWeightedMedian(
  x: Float64Array,
  w: Float64Array,
  k: number,
  xs: Float64Array,
  ws: Float64Array,
): number {
  let n = 0;
  let sw = 0;
  for (let t = 0; t < k; t++) {
    const v = x[t]!;
    if (Number.isNaN(v) || !(w[t]! > 0)) continue;
    // insertion sort: k is a group size (a handful to a few dozen)
    let pos = n;
    while (pos > 0 && xs[pos - 1]! > v) {
      xs[pos] = xs[pos - 1]!;
      ws[pos] = ws[pos - 1]!;
      pos--;
    }
    xs[pos] = v;
    ws[pos] = w[t]!;
    sw += w[t]!;
    n++;
  }
  if (n === 0) return Number.NaN;
  let cum = 0;
  const eps = 1e-12;
  for (let t = 0; t < n; t++) {
    cum += ws[t]! / sw;
    if (Math.abs(cum - 0.5) <= eps && t + 1 < n) return (xs[t]! + xs[t + 1]!) / 2;
    if (cum > 0.5) return xs[t]!;
  }
  return xs[n - 1]!;
}
