/**
 * The respondents x cities table per dimension: the actual rating where there is one, the
 * respondent's (clamped) prediction elsewhere, nothing for their home city when it is excluded.
 * City ratings per dimension are the weighted column means, summed while the table is filled.
 */
import type { EngineIssue } from '../core/result.ts';
import { clampRating } from './city-svr.ts';
import type { FeatureSet } from './feature-set.ts';
import { type DimensionModels, trainDimensionModels } from './respondent-models.ts';
import type { SurveyTable } from './survey-table.ts';
import type { FamParams } from './types.ts';

/** The respondent x city cells, one array per dimension; respondent r, city c at r * nCities + c. */
export interface TableCells {
  /** Actual or predicted rating; NaN = no cell. */
  value: Float64Array[];
  /** Weight of each cell (0 where the value is NaN). */
  weight: Float64Array[];
  /** weight x value (0 where the value is NaN), kept for fast re-aggregation (bootstrap). */
  weightedValue: Float64Array[];
}

export interface PredictedTable {
  models: DimensionModels[];
  /**
   * Each city's rating per dimension (city c, dimension d at c * nDimensions + d): the weighted
   * mean of its column, NaN when the column is empty. Summed while the table is filled.
   */
  dimensionRating: Float64Array;
  /** The cells themselves, kept only when asked for (the overall model, for the bootstrap). */
  cells: TableCells | null;
  personalModels: number;
  pooledRespondents: number;
  iterationLimitHits: number;
}

/**
 * Respondent r's predictions for every city at once (NaN without a model): the same sum as
 * `predictRespondentRating`, run over contiguous kernel rows of the support cities.
 */
function predictRow(
  models: DimensionModels,
  r: number,
  kernel: Float64Array,
  nCities: number,
  params: FamParams,
  out: Float64Array,
): void {
  const model = params.predictionMode === 'actual-only' ? null : (models.personal[r] ?? models.pooled);
  if (!model) {
    out.fill(Number.NaN);
    return;
  }
  out.fill(0);
  for (let k = 0; k < model.coefficients.length; k++) {
    const coefficient = model.coefficients[k]!;
    const row = model.supportCities[k]! * nCities;
    for (let c = 0; c < nCities; c++) out[c]! += coefficient * kernel[row + c]!;
  }
  // Same operation order as predictRespondentRating, so what-if reproduces these values exactly.
  const deviation = models.personal[r] ? 0 : models.deviation[r]!;
  for (let c = 0; c < nCities; c++) out[c] = clampRating(out[c]! - model.rho + deviation, params);
}

export function buildPredictedTable(
  survey: SurveyTable,
  features: FeatureSet,
  params: FamParams,
  keepCells: boolean,
): { table: PredictedTable; errors: EngineIssue[] } {
  const { nRespondents, nCities, nDimensions } = survey;
  const models: DimensionModels[] = [];
  const cells: TableCells | null = keepCells ? { value: [], weight: [], weightedValue: [] } : null;
  const dimensionRating = new Float64Array(nCities * nDimensions);
  const errors: EngineIssue[] = [];
  let personalModels = 0;
  let pooledRespondents = 0;
  let iterationLimitHits = 0;
  const predicted = new Float64Array(nCities);
  const sumWv = new Float64Array(nCities);
  const sumW = new Float64Array(nCities);
  for (let d = 0; d < nDimensions; d++) {
    const trained = trainDimensionModels(survey, features, d, params);
    errors.push(...trained.errors);
    iterationLimitHits += trained.hits;
    const m = trained.models;
    models.push(m);
    const size = keepCells ? nRespondents * nCities : 0;
    const v = new Float64Array(size).fill(Number.NaN);
    const w = new Float64Array(size);
    const wv = new Float64Array(size);
    sumWv.fill(0);
    sumW.fill(0);
    const actual = survey.actual[d]!;
    const actualWeight = survey.weight[d]!;
    for (let r = 0; r < nRespondents; r++) {
      const rw = survey.respondentWeight[d]![r]!;
      if (rw === 0) continue; // not in this dimension: the row stays empty
      if (m.personal[r]) personalModels++;
      else if (params.predictionMode !== 'actual-only') pooledRespondents++;
      predictRow(m, r, features.kernel, nCities, params, predicted);
      const skip = params.excludeHomeCity ? survey.home[r]! : -1;
      const base = r * nCities;
      for (let c = 0; c < nCities; c++) {
        const a = actual[base + c]!;
        const value = !Number.isNaN(a) ? a : c === skip ? Number.NaN : predicted[c]!;
        if (Number.isNaN(value)) continue;
        const cw = Number.isNaN(a) ? rw : actualWeight[base + c]!;
        sumWv[c]! += cw * value;
        sumW[c]! += cw;
        if (keepCells) {
          v[base + c] = value;
          w[base + c] = cw;
          wv[base + c] = cw * value;
        }
      }
    }
    for (let c = 0; c < nCities; c++) {
      dimensionRating[c * nDimensions + d] = sumW[c]! > 0 ? sumWv[c]! / sumW[c]! : Number.NaN;
    }
    if (cells) {
      cells.value.push(v);
      cells.weight.push(w);
      cells.weightedValue.push(wv);
    }
  }
  return {
    table: { models, dimensionRating, cells, personalModels, pooledRespondents, iterationLimitHits },
    errors,
  };
}
