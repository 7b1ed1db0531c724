import { fail, issue, ok, type Result } from '../core/result.ts';
import type { SquareMatrix } from './matrix.ts';

export interface EigenDecomposition {
  /** Eigenvalues, largest first. */
  values: Float64Array;
  /** Eigenvectors as columns: vector k is vectors.data[i * n + k] for i = 0..n-1. */
  vectors: SquareMatrix;
}

/**
 * Eigen-decomposition of a symmetric matrix by the cyclic Jacobi method: repeated plane
 * rotations zero the off-diagonal entries until their sum of squares is negligible.
 * Eigenvalues are sorted largest first. Signs are arbitrary in theory (and differ between
 * LAPACK builds), so each vector is normalised to a positive component sum, ties broken by the
 * first non-zero component being positive, which makes results reproducible.
 */
export function symmetricEigen(m: SquareMatrix, maxSweeps = 100): Result<EigenDecomposition> {
  const n = m.n;
  const a = Float64Array.from(m.data);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const x = a[i * n + j]!;
      const y = a[j * n + i]!;
      if (Number.isNaN(x) || Number.isNaN(y)) return fail([issue('eigen-failed', 'matrix contains NaN')]);
      if (Math.abs(x - y) > 1e-9 * (1 + Math.abs(x)))
        return fail([issue('eigen-failed', 'matrix is not symmetric')]);
    }
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;

  let converged = n < 2;
  for (let sweep = 0; sweep < maxSweeps && !converged; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const x = a[i * n + j]! ** 2;
        total += x;
        if (i !== j) off += x;
      }
    if (off <= 1e-30 * total || off === 0) {
      converged = true;
      break;
    }
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const app = a[p * n + p]!;
        const aqq = a[q * n + q]!;
        // Rotation angle that zeroes a[p][q] (Numerical Recipes' stable form).
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  if (!converged) return fail([issue('eigen-failed', 'Jacobi eigen-decomposition did not converge')]);

  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => a[y * n + y]! - a[x * n + x]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, k) => {
    values[k] = a[src * n + src]!;
    let sum = 0;
    let firstNonZero = 0;
    for (let i = 0; i < n; i++) {
      const x = v[i * n + src]!;
      sum += x;
      if (firstNonZero === 0 && Math.abs(x) > 1e-12) firstNonZero = x;
    }
    const flip = Math.abs(sum) > 1e-9 ? sum < 0 : firstNonZero < 0;
    for (let i = 0; i < n; i++) vectors[i * n + k] = flip ? -v[i * n + src]! : v[i * n + src]!;
  });
  return ok({ values, vectors: { n, data: vectors } });
}
