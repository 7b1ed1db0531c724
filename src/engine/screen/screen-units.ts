import type { Matrix } from '../core/matrix.ts';

export interface ScreenOptions {
  by: 'byNA' | 'byzeros' | 'byNAandzeros';
  datThresh: number;
  nonzeroThresh: number;
}

/**
 * COINr Screen: returns the indices of units kept, in order.
 * availability(u) = present(u) / nIndicators; nonzero(u) = (present and ≠ 0)(u) / present(u).
 * byNA keeps availability ≥ datThresh; byzeros keeps nonzero ≥ nonzeroThresh; byNAandzeros both.
 */
export function screenUnits(data: Matrix, options: ScreenOptions): Int32Array {
  const kept: number[] = [];
  const n = data.nRows;
  for (let u = 0; u < n; u++) {
    let present = 0;
    let nonzero = 0;
    for (let j = 0; j < data.nCols; j++) {
      const v = data.values[j * n + u]!;
      if (Number.isNaN(v)) continue;
      present++;
      if (v !== 0) nonzero++;
    }
    const availOk = present / data.nCols >= options.datThresh;
    const zeroOk = present > 0 && nonzero / present >= options.nonzeroThresh;
    const keep = options.by === 'byNA' ? availOk : options.by === 'byzeros' ? zeroOk : availOk && zeroOk;
    if (keep) kept.push(u);
  }
  return Int32Array.from(kept);
}
