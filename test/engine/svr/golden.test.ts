import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { predictSvr } from '../../../src/engine/svr/predict.ts';
import { trainSvr } from '../../../src/engine/svr/train.ts';
import type { SvrParams } from '../../../src/engine/svr/types.ts';
import { maxAbsDiff } from './support/train-both.ts';

// LIBSVM's answer on a fixed data set, recorded by test/golden/svr/generate.ts, so this check runs
// even where libsvm-tools is not installed (libsvm-parity.test.ts runs the tools live).
interface Golden {
  params: SvrParams;
  nFeatures: number;
  features: number[];
  targets: number[];
  supportIndices: number[];
  coefficients: number[];
  rho: number;
  predictions: number[];
}

const golden: Golden = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../golden/svr/smooth-30x3.json'), 'utf8'),
);

test('matches the recorded LIBSVM 3.24 model and predictions', () => {
  const data = {
    nRows: golden.targets.length,
    nFeatures: golden.nFeatures,
    features: Float64Array.from(golden.features),
  };
  const trained = trainSvr(data, Float64Array.from(golden.targets), golden.params);
  if (!trained.ok) throw new Error(trained.errors[0]!.message);
  const model = trained.value;
  expect(Array.from(model.supportIndices)).toEqual(golden.supportIndices);
  expect(maxAbsDiff(model.coefficients, golden.coefficients)).toBeLessThanOrEqual(1e-9);
  expect(Math.abs(model.rho - golden.rho)).toBeLessThanOrEqual(1e-9);
  const predicted = predictSvr(model, data);
  if (!predicted.ok) throw new Error(predicted.errors[0]!.message);
  expect(maxAbsDiff(predicted.value, golden.predictions)).toBeLessThanOrEqual(1e-6);
});
