/**
 * Defaults for the factor assessment model. Z/Yen publishes the window (24 months), the home-centre
 * exclusion, the SCI threshold (7 assessments from other centres) and the 1-10 rating scale; every
 * other default here is a CityBench assumption, listed in docs/methods/factor-assessment-model.md.
 */
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import type { FamParams } from './types.ts';

export const DAYS_PER_MONTH = 30.4375;

export const DEFAULT_FAM_PARAMS: FamParams = {
  windowMonths: 24,
  decay: { kind: 'none' },
  excludeHomeCity: true,
  minAssessments: 7,
  minRatingsForPersonalModel: 3,
  predictionMode: 'per-respondent',
  // C = 10 lets a respondent's few ratings pull predictions away from their mean; epsilon = 0.5 is
  // half a rating point, the resolution of a 1-10 answer. gamma stays 1 / nFeatures (LIBSVM's default).
  svr: { C: 10, epsilon: 0.5, cacheSizeMb: 1 },
  ratingMin: 1,
  ratingMax: 10,
  scoreMin: 1,
  scoreMax: 1000,
  bootstrapReplicates: 200,
  bootstrapSeed: 1,
  areaSubIndices: true,
};

export function resolveFamParams(given: Partial<FamParams> = {}): Result<FamParams> {
  const params: FamParams = {
    ...DEFAULT_FAM_PARAMS,
    ...given,
    svr: { ...DEFAULT_FAM_PARAMS.svr, ...given.svr },
  };
  const errors: EngineIssue[] = [];
  const check = (cond: boolean, name: string, what: string) => {
    if (!cond) errors.push(issue('fam-bad-param', `${name} ${what}`));
  };
  check(params.windowMonths > 0, 'windowMonths', 'must be > 0');
  if (params.decay.kind === 'exponential') {
    check(params.decay.halfLifeMonths > 0, 'decay.halfLifeMonths', 'must be > 0');
  }
  check(
    Number.isInteger(params.minAssessments) && params.minAssessments >= 0,
    'minAssessments',
    'must be an integer >= 0',
  );
  check(
    Number.isInteger(params.minRatingsForPersonalModel) && params.minRatingsForPersonalModel >= 1,
    'minRatingsForPersonalModel',
    'must be an integer >= 1',
  );
  check(params.ratingMax > params.ratingMin, 'ratingMax', 'must exceed ratingMin');
  check(params.scoreMax > params.scoreMin, 'scoreMax', 'must exceed scoreMin');
  check(
    Number.isInteger(params.bootstrapReplicates) && params.bootstrapReplicates >= 0,
    'bootstrapReplicates',
    'must be an integer >= 0',
  );
  return errors.length > 0 ? fail(errors) : ok(params);
}

/** The published-scale mapping, e.g. 1 + (rating - 1) * 999 / 9 for ratings 1-10 and scores 1-1000. */
export function ratingToScore(rating: number, params: FamParams): number {
  const { ratingMin, ratingMax, scoreMin, scoreMax } = params;
  return scoreMin + ((rating - ratingMin) * (scoreMax - scoreMin)) / (ratingMax - ratingMin);
}
