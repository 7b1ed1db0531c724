/**
 * Data layout used across the engine.
 *
 * A data set is a `Matrix`: `nRows` units by `nCols` columns stored COLUMN-MAJOR in one
 * Float64Array, so cell (unit i, column j) is `values[j * nRows + i]` and one indicator is the
 * contiguous slice `values.subarray(j * nRows, (j + 1) * nRows)`. Column-wise steps (normalise,
 * treat, rank) then touch contiguous memory.
 *
 * Missing values are `NaN`. This is the engine's only missing-value marker: input parsing turns
 * `NA`/empty cells into NaN and rejects non-numeric text, and every step treats NaN as "absent"
 * (skips it in statistics, keeps it missing in output). A separate mask would duplicate this.
 */
export interface Matrix {
  nRows: number;
  nCols: number;
  values: Float64Array;
}

export function createMatrix(nRows: number, nCols: number, fill = Number.NaN): Matrix {
  const values = new Float64Array(nRows * nCols);
  if (fill !== 0) values.fill(fill);
  return { nRows, nCols, values };
}

export function cloneMatrix(m: Matrix): Matrix {
  return { nRows: m.nRows, nCols: m.nCols, values: m.values.slice() };
}

/** A view (no copy) of column `j`. */
export function column(m: Matrix, j: number): Float64Array {
  return m.values.subarray(j * m.nRows, (j + 1) * m.nRows);
}

export function getCell(m: Matrix, row: number, col: number): number {
  return m.values[col * m.nRows + row]!;
}

/** Keeps only the listed rows (units), in the given order. */
export function selectRows(m: Matrix, rows: ArrayLike<number>): Matrix {
  const out = createMatrix(rows.length, m.nCols);
  for (let j = 0; j < m.nCols; j++) {
    const src = j * m.nRows;
    const dst = j * rows.length;
    for (let r = 0; r < rows.length; r++) out.values[dst + r] = m.values[src + rows[r]!]!;
  }
  return out;
}
