import { meanOf, medianOf } from '../core/describe.ts';
import { cloneMatrix, type Matrix } from '../core/matrix.ts';

export type Centre = 'mean' | 'median';

const centreOf = (c: Centre) => (c === 'mean' ? meanOf : medianOf);

/** i_mean / i_median by column: each missing xᵤᵢ becomes the mean/median of indicator i over units. */
export function imputeByColumn(data: Matrix, centre: Centre): Matrix {
  const out = cloneMatrix(data);
  const f = centreOf(centre);
  const n = data.nRows;
  for (let j = 0; j < data.nCols; j++) {
    const col = out.values.subarray(j * n, (j + 1) * n);
    const c = f(col);
    for (let u = 0; u < n; u++) if (Number.isNaN(col[u]!)) col[u] = c;
  }
  return out;
}

/**
 * i_mean_grp / i_median_grp (COINr use_group): a missing xᵤᵢ becomes the mean/median of indicator i
 * over the units in u's group. Units with an empty group label form their own group "". A group
 * with no present value for i leaves the cell missing.
 */
export function imputeByGroup(data: Matrix, centre: Centre, groups: string[]): Matrix {
  const out = cloneMatrix(data);
  const f = centreOf(centre);
  const n = data.nRows;
  const labels = [...new Set(groups)];
  const members = labels.map((g) => groups.flatMap((label, u) => (label === g ? [u] : [])));
  const buf = new Float64Array(n);
  for (let j = 0; j < data.nCols; j++) {
    const col = out.values.subarray(j * n, (j + 1) * n);
    for (const units of members) {
      for (let t = 0; t < units.length; t++) buf[t] = data.values[j * n + units[t]!]!;
      const c = f(buf.subarray(0, units.length));
      for (const u of units) if (Number.isNaN(col[u]!)) col[u] = c;
    }
  }
  return out;
}

/**
 * impute_by = "row": a missing xᵤᵢ becomes the mean/median of unit u's present values over the
 * indicators in `rowGroups[i]` (the indicator's aggregation group). With `normaliseFirst` each
 * indicator is min-max scaled to [0, 1] first and the imputed values are scaled back, since a
 * row mean of raw values in different units is meaningless (COINr normalise_first).
 */
export function imputeByRow(
  data: Matrix,
  centre: Centre,
  rowGroups: Int32Array,
  normaliseFirst: boolean,
): Matrix {
  return imputeAcross(data, centre, rowGroups, normaliseFirst);
}

/** impute_by = "df": a missing value becomes the mean/median of all present values in the data set. */
export function imputeByDataFrame(data: Matrix, centre: Centre, normaliseFirst: boolean): Matrix {
  const n = data.nRows;
  const scaled = normaliseFirst ? minmaxColumns(data) : null;
  const src = scaled ? scaled.m : data;
  const c = centreOf(centre)(src.values);
  const out = cloneMatrix(data);
  for (let j = 0; j < data.nCols; j++) {
    for (let u = 0; u < n; u++) {
      const idx = j * n + u;
      if (Number.isNaN(out.values[idx]!)) out.values[idx] = scaled ? unscale(c, scaled, j) : c;
    }
  }
  return out;
}

interface Scaled {
  m: Matrix;
  lo: Float64Array;
  range: Float64Array;
}

function minmaxColumns(data: Matrix): Scaled {
  const n = data.nRows;
  const m = cloneMatrix(data);
  const lo = new Float64Array(data.nCols);
  const range = new Float64Array(data.nCols);
  for (let j = 0; j < data.nCols; j++) {
    let a = Number.POSITIVE_INFINITY;
    let b = Number.NEGATIVE_INFINITY;
    for (let u = 0; u < n; u++) {
      const v = data.values[j * n + u]!;
      if (v < a) a = v;
      if (v > b) b = v;
    }
    lo[j] = a;
    range[j] = b > a ? b - a : 1;
    for (let u = 0; u < n; u++) m.values[j * n + u] = (data.values[j * n + u]! - a) / range[j]!;
  }
  return { m, lo, range };
}

const unscale = (v: number, s: Scaled, j: number) => v * s.range[j]! + s.lo[j]!;

function imputeAcross(data: Matrix, centre: Centre, rowGroups: Int32Array, normaliseFirst: boolean): Matrix {
  const n = data.nRows;
  const scaled = normaliseFirst ? minmaxColumns(data) : null;
  const src = scaled ? scaled.m : data;
  const f = centreOf(centre);
  const out = cloneMatrix(data);
  const buf = new Float64Array(data.nCols);
  for (let u = 0; u < n; u++) {
    for (let j = 0; j < data.nCols; j++) {
      if (!Number.isNaN(data.values[j * n + u]!)) continue;
      let k = 0;
      for (let t = 0; t < data.nCols; t++)
        if (rowGroups[t] === rowGroups[j]) buf[k++] = src.values[t * n + u]!;
      const c = f(buf.subarray(0, k));
      out.values[j * n + u] = scaled ? unscale(c, scaled, j) : c;
    }
  }
  return out;
}
