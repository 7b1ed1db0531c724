import { fail, issue, ok, type Result } from '../core/result.ts';
import { correlationMatrix, covarianceMatrix } from './correlation.ts';
import { inverse } from './matrix.ts';

/**
 * Cronbach's alpha as COINr's get_cronbach computes it, from the pairwise-complete covariance
 * matrix C of k items: alpha = k / (k - 1) * (1 - trace(C) / sum(C)).
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number {
  const k = columns.length;
  if (k < 2) return Number.NaN;
  const c = covarianceMatrix(columns);
  let trace = 0;
  let total = 0;
  for (let i = 0; i < k; i++) {
    trace += c.data[i * k + i]!;
    for (let j = 0; j < k; j++) total += c.data[i * k + j]!;
  }
  return (k / (k - 1)) * (1 - trace / total);
}

export interface KmoResult {
  overall: number;
  /** Measure of sampling adequacy of each variable. */
  perVariable: Float64Array;
}

/**
 * Kaiser-Meyer-Olkin measure of sampling adequacy. With R the (pairwise) correlation matrix and
 * Q = R^-1, the partial correlations are p_ij = -Q_ij / sqrt(Q_ii Q_jj), and
 * KMO = sum_{i!=j} r_ij^2 / (sum_{i!=j} r_ij^2 + sum_{i!=j} p_ij^2); per variable, the sums
 * run over j only. Fails when R is singular (e.g. more variables than units).
 */
export function kmo(columns: readonly ArrayLike<number>[]): Result<KmoResult> {
  const n = columns.length;
  if (n < 2) return fail([issue('kmo-failed', 'KMO needs at least two variables')]);
  const r = correlationMatrix(columns);
  if (r.data.some(Number.isNaN))
    return fail([issue('kmo-failed', 'a correlation is undefined (too few pairs or no variation)')]);
  const q = inverse(r);
  if (!q.ok)
    return fail([issue('kmo-failed', `correlation matrix cannot be inverted: ${q.errors[0]?.message}`)]);
  const perVariable = new Float64Array(n);
  let r2All = 0;
  let p2All = 0;
  for (let i = 0; i < n; i++) {
    let r2 = 0;
    let p2 = 0;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const qij = q.value.data[i * n + j]!;
      const partial = -qij / Math.sqrt(q.value.data[i * n + i]! * q.value.data[j * n + j]!);
      r2 += r.data[i * n + j]! ** 2;
      p2 += partial ** 2;
    }
    perVariable[i] = r2 / (r2 + p2);
    r2All += r2;
    p2All += p2;
  }
  return ok({ overall: r2All / (r2All + p2All), perVariable });
}
