import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { kurtosis, mean, median, quantile, sd, skewness } from '../../../src/engine/stats/descriptive.ts';

const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });

describe('descriptive statistics', () => {
  test('quantile type 7 by hand on 1..4', () => {
    // h = (n - 1) p = 3 * 0.25 = 0.75, so x[0] + 0.75 (x[1] - x[0]) = 1.75.
    expect(quantile([4, 2, 1, 3], 0.25)).toBeCloseTo(1.75, 12);
    expect(median([4, 2, 1, 3])).toBeCloseTo(2.5, 12);
    expect(quantile([4, 2, 1, 3], 0)).toBe(1);
    expect(quantile([4, 2, 1, 3], 1)).toBe(4);
  });

  test('NaN is skipped', () => {
    expect(mean([1, Number.NaN, 3])).toBe(2);
    expect(median([Number.NaN, 5, 1, 3])).toBe(3);
    expect(sd([1, Number.NaN, 3])).toBeCloseTo(Math.SQRT2, 12);
  });

  test('skewness and kurtosis (e1071 type 2) by hand on 0,0,0,1', () => {
    // mean 1/4; m2 = 3/16, m3 = 3/32, m4 = 21/256; g1 = m3 / m2^1.5 = 2/sqrt(3),
    // G1 = g1 sqrt(4*3) / 2 = 2; g2 = m4 / m2^2 - 3 = -2/3, G2 = (5 g2 + 6) 3 / (2 * 1) = 4.
    expect(skewness([0, 0, 0, 1])).toBeCloseTo(2, 12);
    expect(kurtosis([0, 0, 0, 1])).toBeCloseTo(4, 12);
  });

  test('sd is the n-1 formula', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 30 }), (xs) => {
        const m = xs.reduce((a, b) => a + b, 0) / xs.length;
        const ss = xs.reduce((a, b) => a + (b - m) ** 2, 0);
        expect(sd(xs)).toBeCloseTo(Math.sqrt(ss / (xs.length - 1)), 6);
      }),
    );
  });

  test('quantiles are monotone in p and bounded by min and max', () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const q = quantile(xs, p);
          expect(q).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(q).toBeLessThanOrEqual(Math.max(...xs));
          expect(quantile(xs, Math.min(1, p + 0.1))).toBeGreaterThanOrEqual(q);
        },
      ),
    );
  });

  test('skewness flips sign under negation; both are invariant to positive affine maps', () => {
    const spread = fc.array(finite, { minLength: 5, maxLength: 30 }).filter((xs) => sd(xs) > 1e-3);
    fc.assert(
      fc.property(spread, fc.double({ min: 0.5, max: 10, noNaN: true }), (xs, a) => {
        const s = skewness(xs);
        expect(skewness(xs.map((x) => -x))).toBeCloseTo(-s, 6);
        expect(skewness(xs.map((x) => a * x + 3))).toBeCloseTo(s, 6);
        expect(kurtosis(xs.map((x) => a * x + 3))).toBeCloseTo(kurtosis(xs), 6);
      }),
    );
  });
});
