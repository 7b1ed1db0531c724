import type { SquareMatrix } from './matrix.ts';

/**
 * Correlations with pairwise-complete missing handling (R's `use = "pairwise.complete.obs"`):
 * each pair of variables uses the observations where both are present (not NaN). A pair with
 * fewer than two complete observations, or with no variation, has correlation NaN.
 */
export type CorrelationMethod = 'pearson' | 'spearman' | 'kendall';

/** Indices where both x and y are present. */
function completePairs(x: ArrayLike<number>, y: ArrayLike<number>): Int32Array {
  const idx: number[] = [];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) idx.push(i);
  return Int32Array.from(idx);
}

function pick(x: ArrayLike<number>, idx: Int32Array): Float64Array {
  const out = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = x[idx[k]!]!;
  return out;
}

/** Pearson product-moment correlation of complete vectors. */
function pearsonComplete(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Ranks 1..n with ties given their average rank (R's `rank(ties.method = "average")`). */
export function averageRanks(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]!] === x[order[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = avg;
    i = j + 1;
  }
  return ranks;
}

/** Kendall's tau-b (what R's `cor(method = "kendall")` returns), O(n^2). */
function kendallComplete(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return Number.NaN;
  let concordantMinusDiscordant = 0;
  let pairsUntiedX = 0;
  let pairsUntiedY = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const sx = Math.sign(x[i]! - x[j]!);
      const sy = Math.sign(y[i]! - y[j]!);
      concordantMinusDiscordant += sx * sy;
      if (sx !== 0) pairsUntiedX++;
      if (sy !== 0) pairsUntiedY++;
    }
  if (pairsUntiedX === 0 || pairsUntiedY === 0) return Number.NaN;
  return concordantMinusDiscordant / Math.sqrt(pairsUntiedX * pairsUntiedY);
}

export function correlation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: CorrelationMethod = 'pearson',
): number {
  const idx = completePairs(x, y);
  const a = pick(x, idx);
  const b = pick(y, idx);
  if (method === 'kendall') return kendallComplete(a, b);
  if (method === 'spearman') return pearsonComplete(averageRanks(a), averageRanks(b));
  return pearsonComplete(a, b);
}

/** Sample covariance (denominator n - 1) over the pairwise-complete observations. */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const idx = completePairs(x, y);
  const n = idx.length;
  if (n < 2) return Number.NaN;
  const a = pick(x, idx);
  const b = pick(y, idx);
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (n - 1);
}

/** Correlation matrix of the columns (variables), pairwise complete; the diagonal is 1. */
export function correlationMatrix(
  columns: readonly ArrayLike<number>[],
  method: CorrelationMethod = 'pearson',
): SquareMatrix {
  const n = columns.length;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    data[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const r = correlation(columns[i]!, columns[j]!, method);
      data[i * n + j] = r;
      data[j * n + i] = r;
    }
  }
  return { n, data };
}

/** Covariance matrix of the columns, pairwise complete (R's `cov(use = "pairwise")`). */
export function covarianceMatrix(columns: readonly ArrayLike<number>[]): SquareMatrix {
  const n = columns.length;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const c = covariance(columns[i]!, columns[j]!);
      data[i * n + j] = c;
      data[j * n + i] = c;
    }
  return { n, data };
}
