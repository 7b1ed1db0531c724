import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { correlation } from '../../../src/engine/stats/correlation.ts';
import { nelderMead } from '../../../src/engine/stats/nelder-mead.ts';
import { createRng } from '../../../src/engine/stats/rng.ts';
import { noisyWeights } from '../../../src/engine/stats/weights-noisy.ts';
import { optimisedWeights, weightedMeanIndex } from '../../../src/engine/stats/weights-optimised.ts';
import { pcaWeights } from '../../../src/engine/stats/weights-pca.ts';

/** Indicator columns with a common factor loaded by `loads` plus unit noise. */
function factorColumns(seed: number, loads: number[], units = 60): Float64Array[] {
  const rng = createRng(seed);
  const f = Float64Array.from({ length: units }, () => rng.normal());
  return loads.map((l) => Float64Array.from(f, (v) => l * v + rng.normal()));
}

describe('PCA weights', () => {
  test('per group: weights sum to 1, a lone indicator gets 1, the strongly loaded ones weigh more', () => {
    const cols = factorColumns(1, [3, 3, 0.2, 1]);
    const r = pcaWeights(cols, [[0, 1, 2], [3]]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.value.weights;
    expect(w[0]! + w[1]! + w[2]!).toBeCloseTo(1, 12);
    expect(w[3]).toBe(1);
    expect(w[0]).toBeGreaterThan(w[2]!);
    expect(w[1]).toBeGreaterThan(w[2]!);
    expect(r.value.negativeLoadings).toEqual([]);
  });

  test('an indicator pointing against its group is reported (vignette caveat)', () => {
    const cols = factorColumns(2, [2, 2, -2]);
    const r = pcaWeights(cols, [[0, 1, 2]]);
    expect(r.ok && r.value.negativeLoadings).toEqual([2]);
  });
});

describe('Nelder-Mead', () => {
  test('finds the minimum of the Rosenbrock function', () => {
    const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const r = nelderMead(rosenbrock, [-1.2, 1], { reltol: 1e-12, maxEvaluations: 5000 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
  });

  test('stops at the evaluation budget', () => {
    const r = nelderMead((x) => (x[0]! - 3) ** 2 + (x[1]! + 1) ** 2, [0, 0], {
      reltol: 0,
      maxEvaluations: 40,
    });
    expect(r.converged).toBe(false);
    expect(r.evaluations).toBeLessThanOrEqual(40 + 3);
  });
});

describe('optimised weights', () => {
  test('balance evens out the indicator-index correlations compared with equal weights', () => {
    const cols = factorColumns(3, [3, 1, 0.5]);
    const spread = (w: ArrayLike<number>) => {
      const index = weightedMeanIndex(cols, w);
      const c = cols.map((x) => correlation(x, index));
      return Math.max(...c) - Math.min(...c);
    };
    const r = optimisedWeights(cols, { toler: 1e-6, maxIterations: 2000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(spread(r.value.weights)).toBeLessThan(spread([1, 1, 1]) / 2);
    // The weakest indicator needs the largest weight to be as correlated as the others.
    expect(r.value.weights[2]).toBeGreaterThan(r.value.weights[0]!);
  });

  test('infomax does not lower the sum of correlations', () => {
    const cols = factorColumns(4, [2, 1, 0.3, 0.1]);
    const sumCorr = (w: ArrayLike<number>) => {
      const index = weightedMeanIndex(cols, w);
      return cols.reduce((a, x) => a + correlation(x, index), 0);
    };
    const r = optimisedWeights(cols, { objective: 'infomax', toler: 1e-8 });
    expect(r.ok && sumCorr(r.value.weights)).toBeGreaterThanOrEqual(sumCorr([1, 1, 1, 1]) - 1e-9);
  });

  test('a target of the wrong length is an error value', () => {
    expect(optimisedWeights(factorColumns(5, [1, 1]), { target: [1, 1, 1] }).ok).toBe(false);
  });
});

describe('noisy weights', () => {
  test('each weight stays within +-noise of itself and the draw is reproducible', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, w, noise) => {
          const a = noisyWeights(w, noise, createRng(seed));
          expect(a).toEqual(noisyWeights(w, noise, createRng(seed)));
          a.forEach((v, i) => {
            expect(Math.abs(v - w[i]!)).toBeLessThanOrEqual(noise * w[i]! + 1e-12);
          });
        },
      ),
    );
  });
});
