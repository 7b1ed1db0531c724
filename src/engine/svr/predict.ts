/**
 * Prediction with a trained SVR: f(x) = sum_k coefficients[k] * exp(-gamma |sv_k - x|^2) - rho,
 * summed in support-vector order as LIBSVM's `svm_predict_values` does.
 */
import { fail, issue, ok, type Result } from '../core/result.ts';
import { rbfFromDifferences } from './rbf-kernel.ts';
import type { SvrData, SvrModel } from './types.ts';

/** Prediction for one point given as a row of `features` starting at `offset`. */
export function predictPoint(model: SvrModel, features: Float64Array, offset = 0): number {
  const { nFeatures, gamma, coefficients, supportVectors } = model;
  let sum = 0;
  for (let k = 0; k < coefficients.length; k++) {
    sum +=
      coefficients[k]! *
      rbfFromDifferences(features, offset, supportVectors, k * nFeatures, nFeatures, gamma);
  }
  return sum - model.rho;
}

/** Predictions for every row of `data`. */
export function predictSvr(model: SvrModel, data: SvrData): Result<Float64Array> {
  if (data.nFeatures !== model.nFeatures || data.features.length !== data.nRows * data.nFeatures) {
    return fail([
      issue(
        'svr-shape',
        `data is ${data.nRows} x ${data.nFeatures} (${data.features.length} values); the model needs ${model.nFeatures} features`,
      ),
    ]);
  }
  const out = new Float64Array(data.nRows);
  for (let i = 0; i < data.nRows; i++) out[i] = predictPoint(model, data.features, i * data.nFeatures);
  return ok(out);
}
