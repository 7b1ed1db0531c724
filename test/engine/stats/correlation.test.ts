import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { correlation, correlationMatrix, covariance } from '../../../src/engine/stats/correlation.ts';

const vec = (n: number) =>
  fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n, maxLength: n });

describe('correlation', () => {
  test('Kendall tau by hand: 2 concordant, 1 discordant pair of 3', () => {
    expect(correlation([1, 2, 3], [1, 3, 2], 'kendall')).toBeCloseTo(1 / 3, 12);
  });

  test('Spearman is 1 for any increasing transform; Pearson for linear maps', () => {
    const x = [1, 2, 3, 4, 5, 6];
    expect(correlation(x, x.map(Math.exp), 'spearman')).toBeCloseTo(1, 12);
    expect(correlation(x, x.map(Math.exp), 'kendall')).toBeCloseTo(1, 12);
    expect(
      correlation(
        x,
        x.map((v) => -2 * v + 1),
      ),
    ).toBeCloseTo(-1, 12);
    expect(correlation(x, x.map(Math.exp))).toBeLessThan(1);
  });

  test('Pearson matches the textbook formula on random data', () => {
    fc.assert(
      fc.property(vec(8), vec(8), (x, y) => {
        const mx = x.reduce((a, b) => a + b) / 8;
        const my = y.reduce((a, b) => a + b) / 8;
        let sxy = 0;
        let sxx = 0;
        let syy = 0;
        for (let i = 0; i < 8; i++) {
          sxy += (x[i]! - mx) * (y[i]! - my);
          sxx += (x[i]! - mx) ** 2;
          syy += (y[i]! - my) ** 2;
        }
        fc.pre(sxx > 1e-6 && syy > 1e-6);
        expect(correlation(x, y)).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 8);
      }),
    );
  });

  test('missing values: the pair is dropped, as if it was never there', () => {
    fc.assert(
      fc.property(vec(10), vec(10), fc.integer({ min: 0, max: 9 }), (x, y, drop) => {
        const xm = [...x];
        xm[drop] = Number.NaN;
        const xs = x.filter((_, i) => i !== drop);
        const ys = y.filter((_, i) => i !== drop);
        for (const method of ['pearson', 'spearman', 'kendall'] as const) {
          const expected = correlation(xs, ys, method);
          const actual = correlation(xm, y, method);
          if (Number.isNaN(expected)) expect(actual).toBeNaN();
          else expect(actual).toBeCloseTo(expected, 10);
        }
        expect(covariance(xm, y)).toBeCloseTo(covariance(xs, ys), 8);
      }),
    );
  });

  test('matrix is symmetric with unit diagonal', () => {
    const m = correlationMatrix([
      [1, 2, 3, 4],
      [2, 1, 4, 3],
      [4, 3, 2, 1],
    ]);
    for (let i = 0; i < 3; i++) {
      expect(m.data[i * 3 + i]).toBe(1);
      for (let j = 0; j < 3; j++) expect(m.data[i * 3 + j]).toBe(m.data[j * 3 + i]);
    }
    expect(m.data[2]).toBeCloseTo(-1, 12);
  });
});
