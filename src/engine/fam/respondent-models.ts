/**
 * "Predict how each respondent would have rated the other centres" (Z/Yen), read as:
 * per dimension, a respondent with at least `minRatingsForPersonalModel` rated cities gets an
 * epsilon-SVR trained on (scaled factors of each city they rated -> their rating); everyone else
 * gets the pooled SVR (trained on each city's mean actual rating) shifted by their mean deviation
 * from those city means. Predictions are clamped to the rating scale. The table built from these
 * models is in predicted-table.ts.
 */
import { type EngineIssue, issue } from '../core/result.ts';
import { type CitySvr, clampRating, predictWithKernelRow, trainOnCities } from './city-svr.ts';
import type { FeatureSet } from './feature-set.ts';
import type { SurveyTable } from './survey-table.ts';
import type { FamParams } from './types.ts';

export interface DimensionModels {
  pooled: CitySvr | null;
  /** Each respondent's weighted mean of (their rating - the city's mean rating). */
  deviation: Float64Array;
  /** The respondent's own model, or null when they use the pooled one. */
  personal: (CitySvr | null)[];
}

/** Weighted mean actual rating of each city in one dimension (NaN if nobody rated it). */
function cityMeans(survey: SurveyTable, d: number): Float64Array {
  const { nRespondents, nCities } = survey;
  const sumWv = new Float64Array(nCities);
  const sumW = new Float64Array(nCities);
  const actual = survey.actual[d]!;
  const weight = survey.weight[d]!;
  for (let cell = 0; cell < nRespondents * nCities; cell++) {
    const v = actual[cell]!;
    if (Number.isNaN(v)) continue;
    const c = cell % nCities;
    sumWv[c]! += weight[cell]! * v;
    sumW[c]! += weight[cell]!;
  }
  const means = new Float64Array(nCities);
  for (let c = 0; c < nCities; c++) means[c] = sumW[c]! > 0 ? sumWv[c]! / sumW[c]! : Number.NaN;
  return means;
}

function respondentDeviations(survey: SurveyTable, d: number, means: Float64Array): Float64Array {
  const { nRespondents, nCities } = survey;
  const deviation = new Float64Array(nRespondents);
  for (let r = 0; r < nRespondents; r++) {
    let sumWv = 0;
    let sumW = 0;
    for (let c = 0; c < nCities; c++) {
      const v = survey.actual[d]![r * nCities + c]!;
      if (Number.isNaN(v)) continue;
      const w = survey.weight[d]![r * nCities + c]!;
      sumWv += w * (v - means[c]!);
      sumW += w;
    }
    deviation[r] = sumW > 0 ? sumWv / sumW : 0;
  }
  return deviation;
}

function ratedCitiesOf(
  survey: SurveyTable,
  d: number,
  r: number,
): { cities: Int32Array; targets: Float64Array } {
  const { nCities } = survey;
  const cities = new Int32Array(survey.ratedCities[d]![r]!);
  const targets = new Float64Array(cities.length);
  let n = 0;
  for (let c = 0; c < nCities; c++) {
    const v = survey.actual[d]![r * nCities + c]!;
    if (Number.isNaN(v)) continue;
    cities[n] = c;
    targets[n++] = v;
  }
  return { cities, targets };
}

export function trainDimensionModels(
  survey: SurveyTable,
  features: FeatureSet,
  d: number,
  params: FamParams,
): { models: DimensionModels; hits: number; errors: EngineIssue[] } {
  const means = cityMeans(survey, d);
  const deviation = respondentDeviations(survey, d, means);
  const personal: (CitySvr | null)[] = new Array(survey.nRespondents).fill(null);
  const errors: EngineIssue[] = [];
  let hits = 0;
  if (params.predictionMode === 'actual-only')
    return { models: { pooled: null, deviation, personal }, hits, errors };

  let nRated = 0;
  for (let c = 0; c < survey.nCities; c++) if (!Number.isNaN(means[c]!)) nRated++;
  const pooledCities = new Int32Array(nRated);
  const pooledTargets = new Float64Array(nRated);
  for (let c = 0, n = 0; c < survey.nCities; c++) {
    if (Number.isNaN(means[c]!)) continue;
    pooledCities[n] = c;
    pooledTargets[n++] = means[c]!;
  }
  let pooled: CitySvr | null = null;
  if (nRated > 0) {
    const fit = trainOnCities(features, pooledCities, pooledTargets, params);
    pooled = fit.model;
    if (fit.hitLimit) hits++;
    errors.push(...fit.errors);
  }
  if (params.predictionMode === 'per-respondent') {
    for (let r = 0; r < survey.nRespondents; r++) {
      if (survey.ratedCities[d]![r]! < params.minRatingsForPersonalModel) continue;
      const { cities, targets } = ratedCitiesOf(survey, d, r);
      const fit = trainOnCities(features, cities, targets, params);
      personal[r] = fit.model;
      if (fit.hitLimit) hits++;
      if (fit.errors.length > 0 && errors.length < 20) {
        errors.push(issue('fam-svr', `respondent ${r}: ${fit.errors[0]!.message}`));
      }
    }
  }
  return { models: { pooled, deviation, personal }, hits, errors };
}

/**
 * Respondent r's predicted rating of city c, from a kernel row against every city
 * (`kernelRow[rowOffset + j]` = K(city j, city c as it is now)). NaN when there is no model.
 */
export function predictRespondentRating(
  models: DimensionModels,
  r: number,
  kernelRow: ArrayLike<number>,
  rowOffset: number,
  params: FamParams,
): number {
  const own = models.personal[r];
  if (own) return clampRating(predictWithKernelRow(own, kernelRow, rowOffset), params);
  if (!models.pooled) return Number.NaN;
  return clampRating(
    predictWithKernelRow(models.pooled, kernelRow, rowOffset) + models.deviation[r]!,
    params,
  );
}

/**
 * The table cell for (r, c) in dimension d: the actual rating, else the prediction; NaN for the
 * home city (when excluded) and for respondents who gave no rating in this dimension.
 * Its weight is `cellWeight` (callers read it only when the value is not NaN).
 */
export function cellValue(
  survey: SurveyTable,
  models: DimensionModels,
  d: number,
  r: number,
  c: number,
  kernelRow: ArrayLike<number>,
  rowOffset: number,
  params: FamParams,
): number {
  const actual = survey.actual[d]![r * survey.nCities + c]!;
  if (!Number.isNaN(actual)) return actual;
  if (
    survey.respondentWeight[d]![r]! === 0 ||
    (params.excludeHomeCity && survey.home[r] === c) ||
    params.predictionMode === 'actual-only'
  ) {
    return Number.NaN;
  }
  return predictRespondentRating(models, r, kernelRow, rowOffset, params);
}

/** Weight of cell (r, c): the actual cell's own weight, else the respondent's mean weight. */
export function cellWeight(survey: SurveyTable, d: number, r: number, c: number): number {
  const cell = r * survey.nCities + c;
  return Number.isNaN(survey.actual[d]![cell]!) ? survey.respondentWeight[d]![r]! : survey.weight[d]![cell]!;
}
