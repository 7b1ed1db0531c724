/**
 * The respondents x cities table of ACTUAL ratings, one per dimension, after the time window,
 * decay and home-city exclusion. A respondent who rated the same city and dimension more than once
 * gets one cell: the weight-weighted mean of those ratings, weighted by the mean of their weights.
 */
import { type EngineIssue, issue } from '../core/result.ts';
import { DAYS_PER_MONTH } from './params.ts';
import type { EditionInput, FamParams } from './types.ts';

export interface SurveyTable {
  nRespondents: number;
  nCities: number;
  nDimensions: number;
  /** Home city of each respondent (-1 if none). */
  home: Int32Array;
  /** Per dimension: respondent r, city c at r * nCities + c; NaN where not rated. */
  actual: Float64Array[];
  /** Per dimension: weight of each actual cell (0 where not rated). */
  weight: Float64Array[];
  /** Per dimension: mean cell weight of each respondent, used for their predicted cells; 0 = not in this dimension. */
  respondentWeight: Float64Array[];
  /** Per dimension: number of cities each respondent rated. */
  ratedCities: Int32Array[];
  /** In-window assessments of each city by respondents based elsewhere. */
  assessmentsFromOthers: Int32Array;
  droppedOutsideWindow: number;
  droppedHomeCity: number;
}

/** Decay weight of an assessment `ageDays` old: 1 without decay, 2^(-age / half-life) otherwise. */
export function decayWeight(ageDays: number, params: FamParams): number {
  if (params.decay.kind === 'none') return 1;
  return 2 ** (-ageDays / (params.decay.halfLifeMonths * DAYS_PER_MONTH));
}

export function buildSurveyTable(
  input: EditionInput,
  params: FamParams,
): { table: SurveyTable; errors: EngineIssue[] } {
  const nCities = input.cityIds.length;
  const nDimensions = input.dimensionNames.length;
  const nRespondents = input.nRespondents;
  const a = input.assessments;
  const windowDays = params.windowMonths * DAYS_PER_MONTH;
  const errors: EngineIssue[] = [];

  const home = new Int32Array(nRespondents).fill(-2); // -2: not seen yet
  const sumWv = Array.from({ length: nDimensions }, () => new Float64Array(nRespondents * nCities));
  const sumW = Array.from({ length: nDimensions }, () => new Float64Array(nRespondents * nCities));
  const count = Array.from({ length: nDimensions }, () => new Int32Array(nRespondents * nCities));
  const assessmentsFromOthers = new Int32Array(nCities);
  let droppedOutsideWindow = 0;
  let droppedHomeCity = 0;

  for (let i = 0; i < a.respondent.length; i++) {
    const r = a.respondent[i]!;
    const h = a.respondentHome[i]!;
    if (home[r] === -2) home[r] = h;
    else if (home[r] !== h && errors.length < 50) {
      errors.push(issue('fam-home', `respondent ${r} has home cities ${home[r]} and ${h}`, { row: i + 1 }));
    }
    if (a.ageDays[i]! > windowDays) {
      droppedOutsideWindow++;
      continue;
    }
    const c = a.city[i]!;
    const isHome = h === c;
    if (!isHome) assessmentsFromOthers[c]!++;
    if (isHome && params.excludeHomeCity) {
      droppedHomeCity++;
      continue;
    }
    const d = a.dimension[i]!;
    const w = decayWeight(a.ageDays[i]!, params);
    const cell = r * nCities + c;
    sumWv[d]![cell]! += w * a.rating[i]!;
    sumW[d]![cell]! += w;
    count[d]![cell]!++;
  }
  for (let r = 0; r < nRespondents; r++) if (home[r] === -2) home[r] = -1;

  const actual: Float64Array[] = [];
  const weight: Float64Array[] = [];
  const respondentWeight: Float64Array[] = [];
  const ratedCities: Int32Array[] = [];
  for (let d = 0; d < nDimensions; d++) {
    const value = new Float64Array(nRespondents * nCities).fill(Number.NaN);
    const cellWeight = new Float64Array(nRespondents * nCities);
    const meanWeight = new Float64Array(nRespondents);
    const rated = new Int32Array(nRespondents);
    for (let r = 0; r < nRespondents; r++) {
      let weightTotal = 0;
      for (let c = 0; c < nCities; c++) {
        const cell = r * nCities + c;
        const n = count[d]![cell]!;
        if (n === 0) continue;
        const sw = sumW[d]![cell]!;
        // sw can underflow to 0 under a very short half-life; such a cell carries no weight.
        value[cell] = sw > 0 ? sumWv[d]![cell]! / sw : Number.NaN;
        cellWeight[cell] = sw > 0 ? sw / n : 0;
        if (sw > 0) {
          rated[r]!++;
          weightTotal += cellWeight[cell]!;
        }
      }
      meanWeight[r] = rated[r]! > 0 ? weightTotal / rated[r]! : 0;
    }
    actual.push(value);
    weight.push(cellWeight);
    respondentWeight.push(meanWeight);
    ratedCities.push(rated);
  }
  return {
    table: {
      nRespondents,
      nCities,
      nDimensions,
      home,
      actual,
      weight,
      respondentWeight,
      ratedCities,
      assessmentsFromOthers,
      droppedOutsideWindow,
      droppedHomeCity,
    },
    errors,
  };
}
