import { fail, issue, ok, type Result } from '../core/result.ts';

/** A square n x n matrix stored row-major: element (i, j) is data[i * n + j]. */
export interface SquareMatrix {
  n: number;
  data: Float64Array;
}

export function squareMatrix(n: number, fill?: (i: number, j: number) => number): SquareMatrix {
  const data = new Float64Array(n * n);
  if (fill) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data[i * n + j] = fill(i, j);
  return { n, data };
}

export function identity(n: number): SquareMatrix {
  return squareMatrix(n, (i, j) => (i === j ? 1 : 0));
}

export function at(m: SquareMatrix, i: number, j: number): number {
  return m.data[i * m.n + j]!;
}

export function multiply(a: SquareMatrix, b: SquareMatrix): SquareMatrix {
  const n = a.n;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const aik = a.data[i * n + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j]! += aik * b.data[k * n + j]!;
    }
  return { n, data: out };
}

/**
 * Inverse by LU decomposition with partial pivoting (Doolittle, row swaps recorded), then one
 * forward/back substitution per column of the identity. A pivot below 1e-12 times the largest
 * absolute entry is treated as singular and reported as an error, not returned as Infinity.
 */
export function inverse(m: SquareMatrix): Result<SquareMatrix> {
  const n = m.n;
  const lu = Float64Array.from(m.data);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let scale = 0;
  for (const v of lu) if (Number.isNaN(v)) return fail([issue('singular-matrix', 'matrix contains NaN')]);
  for (const v of lu) scale = Math.max(scale, Math.abs(v));
  if (scale === 0) return fail([issue('singular-matrix', 'matrix is singular')]);

  for (let k = 0; k < n; k++) {
    let pivotRow = k;
    for (let i = k + 1; i < n; i++)
      if (Math.abs(lu[i * n + k]!) > Math.abs(lu[pivotRow * n + k]!)) pivotRow = i;
    if (Math.abs(lu[pivotRow * n + k]!) <= 1e-12 * scale)
      return fail([issue('singular-matrix', 'matrix is singular')]);
    if (pivotRow !== k) {
      for (let j = 0; j < n; j++) {
        const t = lu[k * n + j]!;
        lu[k * n + j] = lu[pivotRow * n + j]!;
        lu[pivotRow * n + j] = t;
      }
      const t = perm[k]!;
      perm[k] = perm[pivotRow]!;
      perm[pivotRow] = t;
    }
    const pivot = lu[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const factor = lu[i * n + k]! / pivot;
      lu[i * n + k] = factor;
      if (factor === 0) continue;
      for (let j = k + 1; j < n; j++) lu[i * n + j]! -= factor * lu[k * n + j]!;
    }
  }

  const inv = new Float64Array(n * n);
  const col = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    // Solve L y = P e_c, then U x = y.
    for (let i = 0; i < n; i++) {
      let s = perm[i] === c ? 1 : 0;
      for (let j = 0; j < i; j++) s -= lu[i * n + j]! * col[j]!;
      col[i] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = col[i]!;
      for (let j = i + 1; j < n; j++) s -= lu[i * n + j]! * col[j]!;
      col[i] = s / lu[i * n + i]!;
    }
    for (let i = 0; i < n; i++) inv[i * n + c] = col[i]!;
  }
  return ok({ n, data: inv });
}
