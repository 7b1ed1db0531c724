/**
 * An epsilon-SVR whose training points are cities. Every training and query point of the factor
 * assessment model is a city, so a trained model is kept as (support city, coefficient) pairs and
 * predicts from a precomputed city kernel row: f(x) = sum_k coef_k K(city_k, x) - rho.
 */
import type { EngineIssue } from '../core/result.ts';
import { trainSvr } from '../svr/index.ts';
import type { FeatureSet } from './feature-set.ts';
import type { FamParams } from './types.ts';

/** A trained SVR reduced to what prediction needs: f(x) = sum_k coef_k K(city_k, x) - rho. */
export interface CitySvr {
  supportCities: Int32Array;
  coefficients: Float64Array;
  rho: number;
}

/** Prediction at a point whose kernel values against every city are `kernelRow` (kernelRow[j] = K(city j, x)). */
export function predictWithKernelRow(model: CitySvr, kernelRow: ArrayLike<number>, rowOffset = 0): number {
  let sum = 0;
  for (let k = 0; k < model.coefficients.length; k++) {
    sum += model.coefficients[k]! * kernelRow[rowOffset + model.supportCities[k]!]!;
  }
  return sum - model.rho;
}

export function clampRating(value: number, params: FamParams): number {
  return Math.min(params.ratingMax, Math.max(params.ratingMin, value));
}

export function trainOnCities(
  features: FeatureSet,
  cities: Int32Array,
  targets: Float64Array,
  params: FamParams,
): { model: CitySvr | null; hitLimit: boolean; errors: EngineIssue[] } {
  const n = cities.length;
  const rows = new Float64Array(n * features.nFeatures);
  for (let i = 0; i < n; i++) {
    const c = cities[i]!;
    rows.set(
      features.scaled.subarray(c * features.nFeatures, (c + 1) * features.nFeatures),
      i * features.nFeatures,
    );
  }
  const fitted = trainSvr({ nRows: n, nFeatures: features.nFeatures, features: rows }, targets, {
    ...params.svr,
    gamma: features.gamma,
  });
  if (!fitted.ok) return { model: null, hitLimit: false, errors: fitted.errors };
  const m = fitted.value;
  const supportCities = new Int32Array(m.supportIndices.length);
  for (let k = 0; k < supportCities.length; k++) supportCities[k] = cities[m.supportIndices[k]!]!;
  return {
    model: { supportCities, coefficients: m.coefficients, rho: m.rho },
    hitLimit: m.hitIterationLimit,
    errors: [],
  };
}
