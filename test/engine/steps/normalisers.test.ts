import { describe, expect, it } from 'vitest';
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
} from '../../../src/engine/normalise/normalisers.ts';

const NA = Number.NaN;
const run = (f: (x: Float64Array, out: Float64Array) => void, values: number[]) => {
  const out = new Float64Array(values.length);
  f(Float64Array.from(values), out);
  return Array.from(out);
};

describe('normalisers (COINr formulas)', () => {
  const x = [2, 4, NA, 10];
  it('n_minmax maps min→l, max→u linearly, keeps NaN', () => {
    expect(run((a, o) => nMinmax(a, o, 0, 100), x)).toEqual([0, 25, NA, 100]);
    expect(run((a, o) => nMinmax(a, o, 1, 11), x)).toEqual([1, 3.5, NA, 11]);
  });
  it('n_minmax on a constant column gives the midpoint (COINr: NaN from 0/0)', () => {
    expect(run((a, o) => nMinmax(a, o, 0, 100), [3, 3, NA])).toEqual([50, 50, NA]);
  });
  it('n_zscore uses the n−1 sd', () => {
    // mean 16/3, sd = sqrt(((2−16/3)² + (4−16/3)² + (10−16/3)²)/2)
    const m = 16 / 3;
    const sd = Math.sqrt(((2 - m) ** 2 + (4 - m) ** 2 + (10 - m) ** 2) / 2);
    const z = run((a, o) => nZscore(a, o, 10, 2), x);
    expect(z[0]).toBeCloseTo(((2 - m) / sd) * 2 + 10, 12);
    expect(z[3]).toBeCloseTo(((10 - m) / sd) * 2 + 10, 12);
  });
  it('n_scaled, n_fracmax, n_dist2max', () => {
    expect(run((a, o) => nScaled(a, o, 0, 20), x)).toEqual([10, 20, NA, 50]);
    expect(run(nFracmax, x)).toEqual([0.2, 0.4, NA, 1]);
    expect(run(nDist2max, x)).toEqual([0, 0.25, NA, 1]);
  });
  it('n_goalposts truncates and scales; direction −1 flips with raw goalposts', () => {
    expect(run((a, o) => nGoalposts(a, o, 3, 8, 100), x)).toEqual([0, 20, NA, 100]);
    expect(run((a, o) => nGoalposts(a, o, 3, 8, 100, false), x)).toEqual([-20, 20, NA, 140]);
    // raw 4 with goalposts [3, 8], lower is better: (8 − 4)/(8 − 3) = 0.8, scale stays positive
    expect(run((a, o) => nGoalposts(a, o, 3, 8, 1, true, -1), [-4])).toEqual([0.8]);
  });
  it('n_rank / n_borda / n_prank: ascending, ties min, NaN kept', () => {
    const t = [5, 1, 5, NA, 3];
    expect(run(nRank, t)).toEqual([3, 1, 3, NA, 2]);
    expect(run(nBorda, t)).toEqual([2, 0, 2, NA, 1]);
    expect(run(nPrank, t)).toEqual([2 / 3, 0, 2 / 3, NA, 1 / 3]);
  });
  it('n_dist2ref and n_dist2targ with cap', () => {
    // ref = x[1] = 4, min 2: 1 − (4 − x)/(4 − 2)
    expect(run((a, o) => nDist2ref(a, o, 1), x)).toEqual([0, 1, NA, 4]);
    expect(run((a, o) => nDist2ref(a, o, 1, true), x)).toEqual([0, 1, NA, 1]);
    expect(run((a, o) => nDist2targ(a, o, 6, true), x)).toEqual([0, 0.5, NA, 1]);
    // direction −1: x arrives negated (−2, −4, −10), raw target 3 → −3; min −10: 1 − (−3 − x)/7
    expect(run((a, o) => nDist2targ(a, o, 3, false, -1), [-2, -4, -10])).toEqual([
      1 - (-3 + 2) / 7,
      1 - (-3 + 4) / 7,
      0,
    ]);
  });
});
