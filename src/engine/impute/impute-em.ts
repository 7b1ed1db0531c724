import { meanOf, sdOf } from '../core/describe.ts';
import { choleskySolveInPlace } from '../core/linear-solve.ts';
import { cloneMatrix, type Matrix } from '../core/matrix.ts';

export interface EmOptions {
  maxIterations: number;
  /** Stop when no imputed value moves more than tolerance × its column's sd. */
  tolerance: number;
  /** Ridge penalty on standardised predictors; keeps p ≈ n problems (ASEM: 49 vs 51) well-posed. */
  ridge: number;
}

/**
 * EM-style iterative regression imputation (the single-imputation form of the Handbook's EM;
 * COINr reaches EM only through Amelia). Start from column means; then repeat until stable:
 * for each indicator j with missing cells, fit a ridge regression of x_j on all other
 * (currently completed) indicators, standardised, over the units where x_j is observed:
 *   β = (ZcᵀZc + λ·n·I)⁻¹ Zcᵀ(y − ȳ)   (Zc: Z centred over those units),
 * and replace the missing x_j by ȳ + Zc β. Observed values never change. Deterministic.
 */
export function imputeEm(data: Matrix, options: EmOptions): Matrix {
  const n = data.nRows;
  const p = data.nCols;
  const out = cloneMatrix(data);
  const missing = new Uint8Array(n * p);
  for (let i = 0; i < n * p; i++) missing[i] = Number.isNaN(data.values[i]!) ? 1 : 0;
  const colSd = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const col = out.values.subarray(j * n, (j + 1) * n);
    const m = meanOf(col);
    colSd[j] = sdOf(col) || 1;
    for (let u = 0; u < n; u++) if (missing[j * n + u]) col[u] = m;
  }
  const targets = [...Array(p).keys()].filter((j) =>
    missing.subarray(j * n, (j + 1) * n).some((v) => v === 1),
  );
  if (targets.length === 0 || p < 2) return out;
  const q = p - 1;
  const M = new Float64Array(q * q);
  const r = new Float64Array(q);
  const zbar = new Float64Array(q);
  const mu = new Float64Array(p);
  const sd = new Float64Array(p);
  const Z = new Float64Array(n * p); // standardised current data, column-major
  for (let iter = 0; iter < options.maxIterations; iter++) {
    for (let j = 0; j < p; j++) {
      const col = out.values.subarray(j * n, (j + 1) * n);
      mu[j] = meanOf(col);
      sd[j] = sdOf(col) || 1;
      for (let u = 0; u < n; u++) Z[j * n + u] = (col[u]! - mu[j]!) / sd[j]!;
    }
    let maxMove = 0;
    for (const j of targets) {
      const preds: number[] = [];
      for (let t = 0; t < p; t++) if (t !== j) preds.push(t);
      let nObs = 0;
      let yMean = 0;
      for (let u = 0; u < n; u++) {
        if (missing[j * n + u]) continue;
        nObs++;
        yMean += out.values[j * n + u]!;
      }
      if (nObs === 0) continue;
      yMean /= nObs;
      // centre predictors over the observed rows so the fit has a free intercept
      zbar.fill(0);
      for (let u = 0; u < n; u++) {
        if (missing[j * n + u]) continue;
        for (let a = 0; a < q; a++) zbar[a] = zbar[a]! + Z[preds[a]! * n + u]! / nObs;
      }
      M.fill(0);
      r.fill(0);
      for (let u = 0; u < n; u++) {
        if (missing[j * n + u]) continue;
        const y = out.values[j * n + u]! - yMean;
        for (let a = 0; a < q; a++) {
          const za = Z[preds[a]! * n + u]! - zbar[a]!;
          r[a] = r[a]! + za * y;
          for (let b = 0; b <= a; b++) M[a * q + b] = M[a * q + b]! + za * (Z[preds[b]! * n + u]! - zbar[b]!);
        }
      }
      for (let a = 0; a < q; a++) {
        for (let b = 0; b < a; b++) M[b * q + a] = M[a * q + b]!;
        M[a * q + a] = M[a * q + a]! + options.ridge * nObs;
      }
      if (!choleskySolveInPlace(M, r, q)) continue;
      for (let u = 0; u < n; u++) {
        if (!missing[j * n + u]) continue;
        let pred = yMean;
        for (let a = 0; a < q; a++) pred += r[a]! * (Z[preds[a]! * n + u]! - zbar[a]!);
        const move = Math.abs(pred - out.values[j * n + u]!) / colSd[j]!;
        if (move > maxMove) maxMove = move;
        out.values[j * n + u] = pred;
      }
    }
    if (maxMove < options.tolerance) break;
  }
  return out;
}
