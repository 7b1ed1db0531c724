import { describe, expect, it } from 'vitest';
import { aBenefitOfDoubt } from '../../../src/engine/aggregate/benefit-of-doubt.ts';
import { aCopeland } from '../../../src/engine/aggregate/copeland.ts';
import { aGenmean, aGmean, aHmean, aMean, aWeightedMedian } from '../../../src/engine/aggregate/row-means.ts';
import { simplexMaxLeq } from '../../../src/engine/aggregate/simplex.ts';

const NA = Number.NaN;
const f = (v: number[]) => Float64Array.from(v);

describe('row aggregators', () => {
  const x = f([1, 4, NA, 16]);
  const w = f([1, 2, 5, 1]);
  it('a_amean re-weights over present children', () => {
    expect(aMean(x, w, 4)).toBeCloseTo((1 + 8 + 16) / 4, 12);
  });
  it('a_gmean = exp(Σw ln x / Σw); zero gives 0; offset shifts', () => {
    expect(aGmean(x, w, 4)).toBeCloseTo((1 * 16 * 16) ** (1 / 4), 12);
    expect(aGmean(f([0, 4]), f([1, 1]), 2)).toBe(0);
    expect(aGmean(f([0, 3]), f([1, 1]), 2, 1)).toBeCloseTo(Math.sqrt(1 * 4) - 1, 12);
    expect(aGmean(f([-1, 3]), f([1, 1]), 2)).toBeNaN();
  });
  it('a_hmean = Σw / Σ(w/x)', () => {
    expect(aHmean(x, w, 4)).toBeCloseTo(4 / (1 + 2 / 4 + 1 / 16), 12);
    expect(aHmean(f([0, 2]), f([1, 1]), 2)).toBe(0);
  });
  it('a_genmean(p) = (Σw x^p / Σw)^(1/p), with p = 1, 0, −1 the classic means', () => {
    expect(aGenmean(x, w, 4, 2)).toBeCloseTo(Math.sqrt((1 + 2 * 16 + 256) / 4), 12);
    expect(aGenmean(x, w, 4, 1)).toBeCloseTo(aMean(x, w, 4), 12);
    expect(aGenmean(x, w, 4, 0)).toBeCloseTo(aGmean(x, w, 4), 12);
    expect(aGenmean(x, w, 4, -1)).toBeCloseTo(aHmean(x, w, 4), 12);
  });
  it('weighted median: first value reaching half the weight; equal weights match median()', () => {
    const xs = new Float64Array(8);
    const ws = new Float64Array(8);
    expect(aWeightedMedian(f([5, 1, 3]), f([1, 1, 1]), 3, xs, ws)).toBe(3);
    expect(aWeightedMedian(f([4, 1, 3, 2]), f([1, 1, 1, 1]), 4, xs, ws)).toBe(2.5);
    expect(aWeightedMedian(f([1, 2, 10]), f([1, 1, 5]), 3, xs, ws)).toBe(10);
  });
});

describe('a_copeland', () => {
  it('scores = Σ over opponents of +1 (outranks on > half the weight), −1, or 0', () => {
    // 3 units × 2 indicators, equal weights, column-major: ind0 = [3,2,1], ind1 = [1,2,3]
    const data = f([3, 2, 1, 1, 2, 3, 0, 0, 0]);
    const out = new Float64Array(9);
    aCopeland(data, 3, Int32Array.of(0, 1), f([1, 1]), Uint8Array.of(1, 1, 1), out, 6);
    // every pair splits 1:1 → o = 0.5 → 0
    expect(Array.from(out.subarray(6))).toEqual([0, 0, 0]);
    aCopeland(data, 3, Int32Array.of(0, 1), f([2, 1]), Uint8Array.of(1, 1, 1), out, 6);
    // weight 2/3 on ind0: unit0 beats both, unit1 beats unit2
    expect(Array.from(out.subarray(6))).toEqual([2, 0, -2]);
  });
});

describe('simplex and benefit of the doubt', () => {
  it('solves a textbook LP: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6)', () => {
    const sol = simplexMaxLeq(f([1, 0, 0, 2, 3, 2]), f([4, 12, 18]), f([3, 5]), 3, 2);
    expect(sol.status).toBe('optimal');
    expect(sol.value).toBeCloseTo(36, 10);
    expect(Array.from(sol.x)).toEqual([expect.closeTo(2, 10), expect.closeTo(6, 10)]);
  });
  it('BoD gives 1 to every unit on the frontier and the DEA ratio to others', () => {
    // units (y1, y2): A (1, 0), B (0, 1), C (0.5, 0.5), D (0.25, 0.25)
    const data = f([1, 0, 0.5, 0.25, 0, 1, 0.5, 0.25, 0, 0, 0, 0]);
    const out = new Float64Array(12);
    aBenefitOfDoubt(data, 4, Int32Array.of(0, 1), Uint8Array.of(1, 1, 1, 1), out, 8);
    // C: max 0.5(w1 + w2) with w1 ≤ 1, w2 ≤ 1 → 1; D: half of that → 0.5
    expect(Array.from(out.subarray(8))).toEqual([1, 1, 1, 0.5].map((v) => expect.closeTo(v, 10)));
  });
});
