import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { correlation } from '../../../src/engine/stats/correlation.ts';
import { variance } from '../../../src/engine/stats/descriptive.ts';
import { pca } from '../../../src/engine/stats/pca.ts';
import { cronbachAlpha, kmo } from '../../../src/engine/stats/reliability.ts';
import { createRng } from '../../../src/engine/stats/rng.ts';

function randomColumns(seed: number, p: number, n: number, shared: number): Float64Array[] {
  const rng = createRng(seed);
  const common = Float64Array.from({ length: n }, () => rng.normal());
  return Array.from({ length: p }, () => Float64Array.from(common, (c) => shared * c + rng.normal()));
}

describe('PCA (prcomp, scale. = TRUE)', () => {
  test('two perfectly correlated variables: one component explains everything', () => {
    const r = pca([
      [1, 2, 3, 4],
      [10, 20, 30, 40],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.explainedVariance[0]).toBeCloseTo(1, 12);
    expect(r.value.loadings[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(r.value.loadings[2]).toBeCloseTo(Math.SQRT1_2, 12);
  });

  test('score variances equal the eigenvalues; rows with a missing value are left out', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 2, max: 5 }), (seed, p) => {
        const cols = randomColumns(seed, p, 30, 1);
        cols[0]![3] = Number.NaN;
        const r = pca(cols);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.usedRows.length).toBe(29);
        expect(r.value.scores[3 * p]).toBeNaN();
        const total = r.value.explainedVariance.reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(1, 10);
        for (let k = 0; k < p; k++) {
          const scoresK = Float64Array.from({ length: 30 }, (_, row) => r.value.scores[row * p + k]!);
          expect(variance(scoresK)).toBeCloseTo(r.value.sdev[k]! ** 2, 8);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('Cronbach alpha', () => {
  test('by hand: items (1,2,3) and (1,3,2) have variances 1, covariance 1/2, alpha 2/3', () => {
    expect(
      cronbachAlpha([
        [1, 2, 3],
        [1, 3, 2],
      ]),
    ).toBeCloseTo(2 / 3, 12);
  });

  test('identical items give alpha 1', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(cronbachAlpha([x, x, x])).toBeCloseTo(1, 12);
  });
});

describe('KMO', () => {
  test('two variables: partial correlation equals r, so KMO = 1/2', () => {
    const r = kmo([
      [1, 2, 3, 4, 5],
      [2, 1, 4, 3, 6],
    ]);
    expect(r.ok && r.value.overall).toBeCloseTo(0.5, 12);
  });

  test('three variables against the closed-form partial correlation', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const cols = randomColumns(seed, 3, 40, 1);
        const r = kmo(cols);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const c = (i: number, j: number) => correlation(cols[i]!, cols[j]!);
        // r_ij.k = (r_ij - r_ik r_jk) / sqrt((1 - r_ik^2)(1 - r_jk^2))
        const partial = (i: number, j: number, k: number) =>
          (c(i, j) - c(i, k) * c(j, k)) / Math.sqrt((1 - c(i, k) ** 2) * (1 - c(j, k) ** 2));
        const r2 = c(0, 1) ** 2 + c(0, 2) ** 2 + c(1, 2) ** 2;
        const p2 = partial(0, 1, 2) ** 2 + partial(0, 2, 1) ** 2 + partial(1, 2, 0) ** 2;
        expect(r.value.overall).toBeCloseTo(r2 / (r2 + p2), 9);
        const r2first = c(0, 1) ** 2 + c(0, 2) ** 2;
        const p2first = partial(0, 1, 2) ** 2 + partial(0, 2, 1) ** 2;
        expect(r.value.perVariable[0]).toBeCloseTo(r2first / (r2first + p2first), 9);
      }),
      { numRuns: 30 },
    );
  });

  test('a singular correlation matrix is an error value', () => {
    const x = [1, 2, 3, 4];
    expect(kmo([x, x.map((v) => 2 * v), [4, 1, 3, 2]]).ok).toBe(false);
  });
});
