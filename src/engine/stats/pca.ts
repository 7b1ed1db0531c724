import { fail, issue, ok, type Result } from '../core/result.ts';
import { symmetricEigen } from './eigen.ts';

export interface PcaResult {
  /** Standard deviations of the components (sqrt of the correlation-matrix eigenvalues). */
  sdev: Float64Array;
  /** Loadings (prcomp's `rotation`): column k holds component k, data[i * p + k] for variable i. */
  loadings: Float64Array;
  /** Share of total variance explained by each component; sums to 1. */
  explainedVariance: Float64Array;
  /** Scores (prcomp's `x`): row r, component k at scores[r * p + k]; NaN rows were not used. */
  scores: Float64Array;
  /** Rows (units) with every variable present, which the PCA used. */
  usedRows: Int32Array;
  variables: number;
}

/**
 * PCA on the correlation matrix, equivalent to R's `prcomp(X, scale. = TRUE)` after dropping rows
 * with any missing value (`na.omit`): each column is centred and divided by its sd (n - 1), the
 * loadings are the eigenvectors of the correlation matrix, and scores = Z V. Component signs
 * follow `symmetricEigen` (positive loading sum), so they can differ from R's by a factor -1.
 */
export function pca(columns: readonly ArrayLike<number>[]): Result<PcaResult> {
  const p = columns.length;
  if (p === 0) return fail([issue('pca-failed', 'PCA needs at least one variable')]);
  const rows = columns[0]!.length;
  if (columns.some((c) => c.length !== rows))
    return fail([issue('pca-failed', 'PCA variables differ in length')]);
  const used: number[] = [];
  for (let r = 0; r < rows; r++) if (columns.every((c) => !Number.isNaN(c[r]!))) used.push(r);
  const n = used.length;
  if (n < 2) return fail([issue('pca-failed', 'PCA needs at least two complete rows')]);

  const z = columns.map((col, j) => {
    let m = 0;
    for (const r of used) m += col[r]!;
    m /= n;
    let ss = 0;
    for (const r of used) ss += (col[r]! - m) ** 2;
    const s = Math.sqrt(ss / (n - 1));
    return { j, m, s, values: Float64Array.from(used, (r) => (col[r]! - m) / s) };
  });
  const constant = z.find((v) => !(v.s > 0));
  if (constant) return fail([issue('pca-failed', `PCA variable ${constant.j} has zero variance`)]);

  const corr = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let j = i; j < p; j++) {
      let s = 0;
      const a = z[i]!.values;
      const b = z[j]!.values;
      for (let k = 0; k < n; k++) s += a[k]! * b[k]!;
      corr[i * p + j] = corr[j * p + i] = s / (n - 1);
    }
  const eig = symmetricEigen({ n: p, data: corr });
  if (!eig.ok) return fail(eig.errors);
  const values = eig.value.values.map((v) => Math.max(v, 0)); // round-off can give -1e-17
  const total = values.reduce((a, b) => a + b, 0);
  const loadings = eig.value.vectors.data;
  const scores = new Float64Array(rows * p).fill(Number.NaN);
  used.forEach((r, k) => {
    for (let c = 0; c < p; c++) {
      let s = 0;
      for (let i = 0; i < p; i++) s += z[i]!.values[k]! * loadings[i * p + c]!;
      scores[r * p + c] = s;
    }
  });
  return ok({
    sdev: values.map(Math.sqrt),
    loadings,
    explainedVariance: values.map((v) => v / total),
    scores,
    usedRows: Int32Array.from(used),
    variables: p,
  });
}
