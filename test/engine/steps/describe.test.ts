import { describe, expect, it } from 'vitest';
import { kurtosis, medianOf, sdOf, skewness } from '../../../src/engine/core/describe.ts';

describe('e1071 type-2 skewness and excess kurtosis', () => {
  // x = 1,2,3,4,10: mean 4, deviations −3,−2,−1,0,6 → m2 = 50/5 = 10, m3 = 180/5 = 36, m4 = 1394/5.
  const x = Float64Array.of(1, 2, 3, 4, 10, Number.NaN);
  const n = 5;
  it('matches G1 = g1·√(n(n−1))/(n−2) with g1 = m3/m2^1.5', () => {
    const g1 = 36 / 10 ** 1.5;
    expect(skewness(x)).toBeCloseTo((g1 * Math.sqrt(n * (n - 1))) / (n - 2), 12);
  });
  it('matches G2 = ((n+1)g2 + 6)(n−1)/((n−2)(n−3)) with g2 = m4/m2² − 3', () => {
    const g2 = 1394 / 5 / 100 - 3;
    expect(kurtosis(x)).toBeCloseTo((((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3)), 12);
  });
  it('uses the n − 1 sd and R-style median, skipping NaN', () => {
    expect(sdOf(x)).toBeCloseTo(Math.sqrt(50 / 4), 12);
    expect(medianOf(Float64Array.of(4, 1, Number.NaN, 3, 2))).toBe(2.5);
  });
});
