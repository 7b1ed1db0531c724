import { createMatrix, type Matrix } from '../core/matrix.ts';

/**
 * COINr Denominate: x'ᵤᵢ = xᵤᵢ / dᵤ,ₖ₍ᵢ₎ where k(i) is indicator i's denominator column, or x
 * unchanged when k(i) = −1. A missing or zero denominator gives NaN (no ±Infinity in the data).
 * `denominatorOf[i]` is a column index into `denominators`.
 */
export function denominate(raw: Matrix, denominators: Matrix, denominatorOf: Int32Array): Matrix {
  const out = createMatrix(raw.nRows, raw.nCols);
  const n = raw.nRows;
  for (let j = 0; j < raw.nCols; j++) {
    const k = denominatorOf[j]!;
    for (let u = 0; u < n; u++) {
      const x = raw.values[j * n + u]!;
      if (k < 0) out.values[j * n + u] = x;
      else {
        const d = denominators.values[k * n + u]!;
        out.values[j * n + u] = d === 0 ? Number.NaN : x / d;
      }
    }
  }
  return out;
}
