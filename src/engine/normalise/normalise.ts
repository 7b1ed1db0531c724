import { createMatrix, type Matrix } from '../core/matrix.ts';
import type { NormaliseMethodSpec } from '../pipeline/spec.ts';
import {
  nBorda,
  nDist2max,
  nDist2ref,
  nDist2targ,
  nFracmax,
  nGoalposts,
  nMinmax,
  nPrank,
  nRank,
  nScaled,
  nZscore,
} from './normalisers.ts';

/** One indicator's resolved normalisation: the method plus its direction and raw-unit target. */
export interface ColumnNormalisation {
  spec: NormaliseMethodSpec;
  direction: number;
  /** For n_dist2targ. */
  target: number;
  /** For n_dist2ref: row of the reference unit in the data being normalised (−1 if screened out). */
  refRow: number;
}

/**
 * COINr Normalise: for each indicator, x ← x · direction, then the indicator's method. Directions
 * are applied by multiplying RAW x by −1 first, as COINr does, so a reversed indicator's best unit
 * is its lowest raw value. A division by zero inside a method (e.g. n_dist2ref when the reference
 * is the minimum) would give ±Infinity; such cells become NaN (missing) and are counted in
 * `undefinedCells[j]` so the pipeline can warn instead of letting Infinity reach the aggregates.
 */
export function normalise(data: Matrix, plan: ColumnNormalisation[], undefinedCells?: Int32Array): Matrix {
  const n = data.nRows;
  const out = createMatrix(n, data.nCols);
  const x = new Float64Array(n);
  for (let j = 0; j < data.nCols; j++) {
    const p = plan[j]!;
    for (let u = 0; u < n; u++) x[u] = data.values[j * n + u]! * p.direction;
    const col = out.values.subarray(j * n, (j + 1) * n);
    normaliseColumn(x, col, p);
    let lost = 0;
    for (let u = 0; u < n; u++) {
      const v = col[u]!;
      if (v - v !== 0) {
        // NaN or ±Infinity
        if (!Number.isNaN(x[u]!)) lost++;
        col[u] = Number.NaN;
      }
    }
    if (undefinedCells) undefinedCells[j] = lost;
  }
  return out;
}

function normaliseColumn(x: Float64Array, out: Float64Array, p: ColumnNormalisation): void {
  const s = p.spec;
  switch (s.method) {
    case 'n_minmax':
      nMinmax(x, out, s.lu?.[0] ?? 0, s.lu?.[1] ?? 100);
      return;
    case 'n_zscore':
      nZscore(x, out, s.mSd?.[0] ?? 0, s.mSd?.[1] ?? 1);
      return;
    case 'n_scaled':
      nScaled(x, out, s.npara[0], s.npara[1], s.scaleFactor ?? 100);
      return;
    case 'n_goalposts':
      nGoalposts(x, out, s.gposts[0], s.gposts[1], s.gposts[2], s.trunc ?? true, p.direction);
      return;
    case 'n_rank':
      nRank(x, out);
      return;
    case 'n_borda':
      nBorda(x, out);
      return;
    case 'n_prank':
      nPrank(x, out);
      return;
    case 'n_fracmax':
      nFracmax(x, out);
      return;
    case 'n_dist2max':
      nDist2max(x, out);
      return;
    case 'n_dist2ref':
      if (p.refRow < 0) out.fill(Number.NaN);
      else nDist2ref(x, out, p.refRow, s.capMax ?? false);
      return;
    case 'n_dist2targ':
      nDist2targ(x, out, p.target, s.capMax ?? false, p.direction);
      return;
    case 'none':
      out.set(x);
      return;
  }
}
