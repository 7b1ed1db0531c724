/**
 * What-if: a city's rating and rank if some of its instrumental factors changed. The trained
 * respondent models, the factor scaling (means and SDs) and every other city's rating are held
 * fixed; only the changed city's predicted cells are recomputed (its actual ratings stay as given).
 * Cost: one kernel row (nCities x nFactors) plus one short sum per respondent and dimension.
 */
import { fail, issue, ok, type Result } from '../core/result.ts';
import { type FeatureSet, scaleValue, squaredDistance } from './feature-set.ts';
import { ratingToScore } from './params.ts';
import type { PreparedEdition, PreparedModel } from './prepare-edition.ts';
import { rankAmong } from './rank-cities.ts';
import { cellValue, cellWeight } from './respondent-models.ts';

/** A new raw value for one factor (index into the factor table); null makes it missing. */
export interface FactorChange {
  factor: number;
  value: number | null;
}

export interface WhatIfScore {
  rating: number;
  score: number;
  /** 0 when the city is not ranked (associate). */
  rank: number;
  previousScore: number;
  previousRank: number;
}

export interface WhatIfResult extends WhatIfScore {
  city: number;
  /** New rating per dimension. */
  dimensionRating: Float64Array;
  /** Per area, in `areaNames` order (empty when area sub-indices are off). */
  areas: WhatIfScore[];
}

/** Kernel values K(city j, x) for every city j, for a point x on the model's scale. */
export function kernelRowFor(features: FeatureSet, x: Float64Array, nCities: number): Float64Array {
  const row = new Float64Array(nCities);
  for (let j = 0; j < nCities; j++) {
    row[j] = Math.exp(
      -features.gamma * squaredDistance(features.scaled, j * features.nFeatures, x, 0, features.nFeatures),
    );
  }
  return row;
}

/** The city's ratings under one model if its scaled factor row were `x`. */
export function ratingAtPoint(
  prepared: PreparedEdition,
  model: PreparedModel,
  city: number,
  x: Float64Array,
): { dimensionRating: Float64Array; rating: number } {
  const { survey, params } = prepared;
  const kernelRow = kernelRowFor(model.features, x, survey.nCities);
  const dimensionRating = new Float64Array(survey.nDimensions);
  let sum = 0;
  let present = 0;
  for (let d = 0; d < survey.nDimensions; d++) {
    let sumWv = 0;
    let sumW = 0;
    const models = model.table.models[d]!;
    for (let r = 0; r < survey.nRespondents; r++) {
      const value = cellValue(survey, models, d, r, city, kernelRow, 0, params);
      if (Number.isNaN(value)) continue;
      const w = cellWeight(survey, d, r, city);
      sumWv += w * value;
      sumW += w;
    }
    dimensionRating[d] = sumW > 0 ? sumWv / sumW : Number.NaN;
    if (sumW > 0) {
      sum += dimensionRating[d]!;
      present++;
    }
  }
  return { dimensionRating, rating: present > 0 ? sum / present : Number.NaN };
}

/** The city's current scaled row in `model`, with `changes` applied. */
export function changedRow(
  prepared: PreparedEdition,
  model: PreparedModel,
  city: number,
  changes: readonly FactorChange[],
): Float64Array {
  const { features } = model;
  const x = features.scaled.slice(city * features.nFeatures, (city + 1) * features.nFeatures);
  for (const change of changes) {
    const position = features.factors.indexOf(change.factor);
    if (position >= 0) x[position] = scaleValue(prepared.scaling, change.factor, change.value);
  }
  return x;
}

function scoreUnder(
  prepared: PreparedEdition,
  model: PreparedModel,
  city: number,
  changes: readonly FactorChange[],
): WhatIfScore & { dimensionRating: Float64Array } {
  const { rating, dimensionRating } = ratingAtPoint(
    prepared,
    model,
    city,
    changedRow(prepared, model, city, changes),
  );
  const eligible = prepared.eligible;
  return {
    rating,
    dimensionRating,
    score: ratingToScore(rating, prepared.params),
    rank: eligible[city] ? rankAmong(rating, model.scores.rating, eligible, city) : 0,
    previousScore: model.scores.score[city]!,
    previousRank: model.scores.rank[city]!,
  };
}

export function whatIf(
  prepared: PreparedEdition,
  city: number,
  changes: readonly FactorChange[],
): Result<WhatIfResult> {
  const nCities = prepared.survey.nCities;
  const nFactors = prepared.input.factors.nFactors;
  if (!(Number.isInteger(city) && city >= 0 && city < nCities)) {
    return fail([issue('fam-what-if', `city ${city} is out of range`)]);
  }
  const bad = changes.filter((c) => !(Number.isInteger(c.factor) && c.factor >= 0 && c.factor < nFactors));
  if (bad.length > 0) return fail(bad.map((c) => issue('fam-what-if', `factor ${c.factor} is out of range`)));
  const overall = scoreUnder(prepared, prepared.overall, city, changes);
  const touchedAreas = new Set(changes.map((c) => prepared.input.factors.area[c.factor]!));
  const areas = prepared.areas.map((model, a) => {
    // An area whose factors did not change keeps its score; skip the recomputation.
    if (!touchedAreas.has(a)) {
      const s = model.scores;
      return {
        rating: s.rating[city]!,
        score: s.score[city]!,
        rank: s.rank[city]!,
        previousScore: s.score[city]!,
        previousRank: s.rank[city]!,
      };
    }
    const { dimensionRating: _unused, ...score } = scoreUnder(prepared, model, city, changes);
    return score;
  });
  return ok({ city, ...overall, areas });
}
