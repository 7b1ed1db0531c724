import { describe, expect, test } from 'vitest';
import { groupIdenticalRows } from '../../../src/engine/svr/distinct-rows.ts';
import { predictSvr } from '../../../src/engine/svr/predict.ts';
import { trainSvr } from '../../../src/engine/svr/train.ts';
import type { SvrModel, SvrParams } from '../../../src/engine/svr/types.ts';
import {
  cityMeansSet,
  permuteRows,
  type RegressionSet,
  repeatedRows,
  seededPermutation,
  smoothRegressionSet,
} from './support/synthetic-data.ts';
import { maxAbsDiff } from './support/train-both.ts';

// Properties of the SVR that need no reference implementation.

function train(set: RegressionSet, params: Partial<SvrParams> = {}): SvrModel {
  const result = trainSvr(set.data, set.targets, params);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}

function predict(model: SvrModel, set: RegressionSet): Float64Array {
  const result = predictSvr(model, set.data);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}

/** Dense coefficient (alpha - alpha*) per training row, 0 for rows that are not support vectors. */
function coefficientPerRow(model: SvrModel, nRows: number): Float64Array {
  const beta = new Float64Array(nRows);
  model.supportIndices.forEach((row, k) => {
    beta[row] = model.coefficients[k]!;
  });
  return beta;
}

describe('KKT conditions hold at the solution', () => {
  const cases: Array<[string, RegressionSet, { C: number; epsilon: number; tolerance: number }]> = [
    ['smooth signal', smoothRegressionSet(150, 5, 21), { C: 10, epsilon: 0.05, tolerance: 0.001 }],
    ['city means', cityMeansSet(76, 135, 22), { C: 10, epsilon: 0.1, tolerance: 0.001 }],
    [
      'repeated rows',
      repeatedRows(smoothRegressionSet(30, 3, 23), 3, 24),
      { C: 2, epsilon: 0.02, tolerance: 1e-4 },
    ],
  ];
  test.each(cases)('%s', (_name, set, params) => {
    const { C, epsilon: p, tolerance } = params;
    const model = train(set, params);
    const beta = coefficientPerRow(model, set.data.nRows);
    const residual = predict(model, set).map((f, t) => set.targets[t]! - f);
    // Training uses single-precision kernel values (as LIBSVM does); allow for that in f.
    const sumAbs = beta.reduce((s, b) => s + Math.abs(b), 0);
    const tol = tolerance + 1e-7 * sumAbs;
    let equality = 0;
    beta.forEach((b, t) => {
      const r = residual[t]!;
      equality += b;
      expect(Math.abs(b)).toBeLessThanOrEqual(C);
      if (b === 0) expect(Math.abs(r)).toBeLessThanOrEqual(p + tol);
      else if (b === C) expect(r).toBeGreaterThanOrEqual(p - tol);
      else if (b === -C) expect(r).toBeLessThanOrEqual(-p + tol);
      else if (b > 0) expect(Math.abs(r - p)).toBeLessThanOrEqual(tol);
      else expect(Math.abs(r + p)).toBeLessThanOrEqual(tol);
    });
    expect(Math.abs(equality)).toBeLessThanOrEqual(1e-9 * C * set.data.nRows);
    expect(model.coefficients.length).toBeGreaterThan(0);
  });
});

describe('solution does not depend on incidentals', () => {
  test('predictions are invariant to the order of training rows', () => {
    const set = smoothRegressionSet(120, 4, 31);
    const query = smoothRegressionSet(40, 4, 32);
    // A different order takes a different SMO path; a tight tolerance makes both reach the optimum.
    const params = { C: 5, epsilon: 0.05, tolerance: 1e-9 };
    const base = predict(train(set, params), query);
    for (const seed of [1, 2, 3]) {
      const shuffled = predict(
        train(permuteRows(set, seededPermutation(set.data.nRows, seed)), params),
        query,
      );
      expect(maxAbsDiff(shuffled, base)).toBeLessThanOrEqual(1e-6);
    }
  });

  test('the kernel cache size changes speed, not the model', () => {
    const set = smoothRegressionSet(200, 3, 33);
    const roomy = train(set, { C: 10, epsilon: 0.02 });
    const cramped = train(set, { C: 10, epsilon: 0.02, cacheSizeMb: 1e-6 }); // two rows fit
    expect(Array.from(cramped.supportIndices)).toEqual(Array.from(roomy.supportIndices));
    expect(Array.from(cramped.coefficients)).toEqual(Array.from(roomy.coefficients));
    expect(cramped.rho).toBe(roomy.rho);
    expect(cramped.iterations).toBe(roomy.iterations);
  });
});

describe('small and degenerate problems', () => {
  test('one training row is fitted exactly by the bias', () => {
    const set: RegressionSet = {
      data: { nRows: 1, nFeatures: 2, features: Float64Array.from([0.3, 0.7]) },
      targets: Float64Array.from([6.5]),
    };
    const model = train(set);
    expect(model.coefficients.length).toBe(0);
    expect(predict(model, set)[0]).toBeCloseTo(6.5, 12);
  });

  test('gamma defaults to 1 / number of features, like svm-train', () => {
    expect(train(smoothRegressionSet(20, 8, 34)).gamma).toBe(1 / 8);
  });
});

describe('identical rows are grouped', () => {
  test('groups follow first appearance and treat -0 as 0', () => {
    const features = Float64Array.from([1, 2, 3, 4, 1, 2, 0, 5, 3, 4, -0, 5]);
    const { groupOfRow, firstRow } = groupIdenticalRows(features, 6, 2);
    expect(Array.from(groupOfRow)).toEqual([0, 1, 0, 2, 1, 2]);
    expect(Array.from(firstRow)).toEqual([0, 1, 3]);
  });
});

describe('errors are values', () => {
  const set = smoothRegressionSet(10, 2, 35);

  test('a missing feature value is reported with its row', () => {
    const features = set.data.features.slice();
    features[7] = Number.NaN; // row 4 (1-based), feature 2
    const result = trainSvr({ ...set.data, features }, set.targets);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: 'svr-not-finite', row: 4 });
  });

  test.each([
    [{ C: 0 }, 'C'],
    [{ epsilon: -0.1 }, 'epsilon'],
    [{ gamma: Number.NaN }, 'gamma'],
    [{ tolerance: 0 }, 'tolerance'],
  ])('bad parameter %o is rejected', (params, name) => {
    const result = trainSvr(set.data, set.targets, params);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toContain(name);
  });

  test('shape mismatches are rejected', () => {
    const short = trainSvr(set.data, set.targets.subarray(1));
    expect(short.ok).toBe(false);
    const model = train(set);
    const wrongWidth = predictSvr(model, { nRows: 1, nFeatures: 3, features: new Float64Array(3) });
    expect(wrongWidth.ok).toBe(false);
  });
});
