/**
 * Builds an edition and keeps what what-if and explanations need: the scaled factors, the
 * city kernel and the trained respondent models of the overall model and of each area model.
 */
import { fail, issue, ok, type Result } from '../core/result.ts';
import { bootstrapRanks } from './bootstrap.ts';
import { overallRatings } from './city-ratings.ts';
import { buildFeatureSet, type FactorScaling, type FeatureSet, factorScaling } from './feature-set.ts';
import { ratingToScore, resolveFamParams } from './params.ts';
import { buildPredictedTable, type PredictedTable } from './predicted-table.ts';
import { rankEligible, rankWithinRegions } from './rank-cities.ts';
import { buildSurveyTable, type SurveyTable } from './survey-table.ts';
import type { EditionInput, EditionResult, FamParams, ModelScores } from './types.ts';
import { validateEditionInput } from './validate-input.ts';

export interface PreparedModel {
  features: FeatureSet;
  table: PredictedTable;
  scores: ModelScores;
}

export interface PreparedEdition {
  input: EditionInput;
  params: FamParams;
  scaling: FactorScaling;
  survey: SurveyTable;
  /** 1 where the city has enough assessments from other cities to be ranked. */
  eligible: Uint8Array;
  overall: PreparedModel;
  areas: PreparedModel[];
  result: EditionResult;
}

export function scoresFromTable(
  table: PredictedTable,
  survey: SurveyTable,
  eligible: Uint8Array,
  params: FamParams,
): ModelScores {
  const { nCities, nDimensions } = survey;
  const dimensionRating = table.dimensionRating;
  const rating = overallRatings(dimensionRating, nCities, nDimensions);
  const score = rating.map((v) => ratingToScore(v, params));
  return { dimensionRating, rating, score, rank: rankEligible(rating, eligible) };
}

export function prepareEdition(input: EditionInput, given: Partial<FamParams> = {}): Result<PreparedEdition> {
  const resolved = resolveFamParams(given);
  if (!resolved.ok) return resolved;
  const params = resolved.value;
  const problems = validateEditionInput(input, params);
  const nCities = input.cityIds.length;
  const { factors } = input;
  const areaFactors = input.areaNames.map((_, a) => {
    const list: number[] = [];
    for (let f = 0; f < factors.nFactors; f++) if (factors.area[f] === a) list.push(f);
    return Int32Array.from(list);
  });
  if (factors.nFactors === 0) problems.push(issue('fam-no-factors', 'the model needs at least one factor'));
  if (params.areaSubIndices) {
    areaFactors.forEach((list, a) => {
      if (list.length === 0)
        problems.push(issue('fam-area-empty', `area ${input.areaNames[a]} has no factors`));
    });
  }
  if (problems.length > 0) return fail(problems);

  const { table: survey, errors: surveyErrors } = buildSurveyTable(input, params);
  if (surveyErrors.length > 0) return fail(surveyErrors);
  const eligible = new Uint8Array(nCities);
  for (let c = 0; c < nCities; c++)
    eligible[c] = survey.assessmentsFromOthers[c]! >= params.minAssessments ? 1 : 0;

  const scaling = factorScaling(factors, nCities);
  // Only the overall model keeps its respondent x city cells (for the bootstrap and inspection);
  // area models keep their trained SVRs, which is all what-if needs.
  const modelFor = (factorList: Int32Array, keepCells: boolean): Result<PreparedModel> => {
    const features = buildFeatureSet(factors, scaling, nCities, factorList, params.svr.gamma);
    const { table, errors } = buildPredictedTable(survey, features, params, keepCells);
    if (errors.length > 0) return fail(errors);
    return ok({ features, table, scores: scoresFromTable(table, survey, eligible, params) });
  };
  const overall = modelFor(
    Int32Array.from({ length: factors.nFactors }, (_, f) => f),
    true,
  );
  if (!overall.ok) return overall;
  const areas: PreparedModel[] = [];
  if (params.areaSubIndices) {
    for (const list of areaFactors) {
      const area = modelFor(list, false);
      if (!area.ok) return area;
      areas.push(area.value);
    }
  }

  const o = overall.value;
  let respondentsUsed = 0;
  for (let r = 0; r < survey.nRespondents; r++) {
    if (survey.respondentWeight.some((w) => w[r]! > 0)) respondentsUsed++;
  }
  const associate = eligible.map((e) => 1 - e);
  const result: EditionResult = {
    params,
    overall: o.scores,
    areas: areas.map((a) => a.scores),
    regionRank: rankWithinRegions(o.scores.rating, eligible, input.cityRegion),
    assessmentsFromOthers: survey.assessmentsFromOthers,
    associate,
    bootstrap:
      params.bootstrapReplicates > 0
        ? bootstrapRanks(
            o.table.cells!,
            survey.nRespondents,
            nCities,
            eligible,
            params.bootstrapReplicates,
            params.bootstrapSeed,
          )
        : null,
    diagnostics: {
      assessmentsGiven: input.assessments.respondent.length,
      droppedOutsideWindow: survey.droppedOutsideWindow,
      droppedHomeCity: survey.droppedHomeCity,
      respondentsUsed,
      personalModels: o.table.personalModels,
      pooledRespondents: o.table.pooledRespondents,
      svrIterationLimitHits:
        o.table.iterationLimitHits + areas.reduce((n, a) => n + a.table.iterationLimitHits, 0),
    },
  };
  return ok({ input, params, scaling, survey, eligible, overall: o, areas, result });
}
