import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../../src/engine/core/matrix.ts';
import { denominate } from '../../../src/engine/denominate/denominate.ts';
import { imputeEm } from '../../../src/engine/impute/impute-em.ts';
import {
  imputeByColumn,
  imputeByDataFrame,
  imputeByGroup,
  imputeByRow,
} from '../../../src/engine/impute/impute-simple.ts';
import { screenUnits } from '../../../src/engine/screen/screen-units.ts';

const NA = Number.NaN;
/** Column-major matrix from row-major literal rows (easier to read in tests). */
function m(rows: number[][]): Matrix {
  const nRows = rows.length;
  const nCols = rows[0]!.length;
  const values = new Float64Array(nRows * nCols);
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      values[j * nRows + i] = v;
    });
  });
  return { nRows, nCols, values };
}
const cell = (x: Matrix, i: number, j: number) => x.values[j * x.nRows + i];

describe('imputation', () => {
  const x = m([
    [1, 10],
    [NA, 20],
    [3, NA],
    [8, 40],
  ]);
  it('i_mean / i_median by column', () => {
    expect(cell(imputeByColumn(x, 'mean'), 1, 0)).toBe(4);
    expect(cell(imputeByColumn(x, 'median'), 1, 0)).toBe(3);
    expect(cell(imputeByColumn(x, 'mean'), 2, 1)).toBeCloseTo(70 / 3, 12);
  });
  it('i_mean_grp uses only the unit’s group, observed values unchanged', () => {
    const out = imputeByGroup(x, 'mean', ['a', 'a', 'b', 'b']);
    expect(cell(out, 1, 0)).toBe(1);
    expect(cell(out, 2, 1)).toBe(40);
    expect(cell(out, 3, 0)).toBe(8);
  });
  it('by row within the aggregation group, with normalise_first scaling back', () => {
    // both indicators in group 0: row 1's missing col 0 = its value in col 1 (20)
    expect(cell(imputeByRow(x, 'mean', Int32Array.of(0, 0), false), 1, 0)).toBe(20);
    // scaled: col1 20 → (20−10)/30 = 1/3; back on col0 scale (min 1, range 7): 1 + 7/3
    expect(cell(imputeByRow(x, 'mean', Int32Array.of(0, 0), true), 1, 0)).toBeCloseTo(1 + 7 / 3, 12);
    expect(cell(imputeByDataFrame(x, 'mean', false), 1, 0)).toBeCloseTo((1 + 3 + 8 + 10 + 20 + 40) / 6, 12);
  });
  it('EM regression recovers an exact linear relation and keeps observed values', () => {
    // y = 2x + 1 exactly; y missing for x = 4 → 9
    const d = m([
      [1, 3],
      [2, 5],
      [3, 7],
      [4, NA],
      [5, 11],
      [6, 13],
    ]);
    const out = imputeEm(d, { maxIterations: 200, tolerance: 1e-10, ridge: 1e-9 });
    expect(cell(out, 3, 1)).toBeCloseTo(9, 4);
    expect(cell(out, 0, 1)).toBe(3);
  });
});

describe('screening and denomination', () => {
  const x = m([
    [1, 0, 0],
    [NA, NA, 2],
    [0, 0, 0],
  ]);
  it('byNA keeps units with availability ≥ datThresh; byzeros needs non-zero share', () => {
    expect(Array.from(screenUnits(x, { by: 'byNA', datThresh: 0.66, nonzeroThresh: 0.05 }))).toEqual([0, 2]);
    expect(Array.from(screenUnits(x, { by: 'byzeros', datThresh: 0.66, nonzeroThresh: 0.05 }))).toEqual([
      0, 1,
    ]);
    expect(Array.from(screenUnits(x, { by: 'byNAandzeros', datThresh: 0.66, nonzeroThresh: 0.05 }))).toEqual([
      0,
    ]);
  });
  it('divides by the chosen denominator; zero denominators give NaN', () => {
    const raw = m([
      [10, 5],
      [20, 6],
    ]);
    const den = m([
      [2, 100],
      [0, 200],
    ]);
    const out = denominate(raw, den, Int32Array.of(0, -1));
    expect(Array.from(out.values)).toEqual([5, NA, 5, 6]);
  });
});
