import type { EditionInput } from '../../../src/engine/fam/index.ts';
import type { ModelInputJson } from '../api/benchmark.ts';

/**
 * The API's model input (plain JSON arrays, null = missing factor value) as the engine's typed
 * arrays. Missing values become 0 with the `missing` flag set, which is what the engine expects.
 */
export function toEditionInput(json: ModelInputJson): EditionInput {
  const { factors, assessments } = json;
  return {
    cityIds: json.cityIds,
    cityRegion: json.cityRegion,
    areaNames: json.areaNames,
    dimensionNames: json.dimensionNames,
    nRespondents: json.nRespondents,
    factors: {
      nFactors: factors.nFactors,
      values: Float64Array.from(factors.values, (v) => v ?? 0),
      missing: Uint8Array.from(factors.values, (v) => (v === null ? 1 : 0)),
      polarity: Int8Array.from(factors.polarity),
      area: Int32Array.from(factors.area),
    },
    assessments: {
      respondent: Int32Array.from(assessments.respondent),
      respondentHome: Int32Array.from(assessments.respondentHome),
      city: Int32Array.from(assessments.city),
      dimension: Int32Array.from(assessments.dimension),
      rating: Float64Array.from(assessments.rating),
      ageDays: Float64Array.from(assessments.ageDays),
    },
  };
}

/** One city's raw factor values (null = missing), in factor-table order. */
export function cityFactorValues(json: ModelInputJson, city: number): Array<number | null> {
  const n = json.factors.nFactors;
  return json.factors.values.slice(city * n, (city + 1) * n);
}

/** Smallest and largest present value of each factor over all cities: the slider's range. */
export function factorRanges(json: ModelInputJson): Array<{ min: number; max: number }> {
  const n = json.factors.nFactors;
  const ranges = Array.from({ length: n }, () => ({
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
  }));
  json.factors.values.forEach((value, index) => {
    if (value === null) return;
    const range = ranges[index % n]!;
    if (value < range.min) range.min = value;
    if (value > range.max) range.max = value;
  });
  return ranges.map((range) => (Number.isFinite(range.min) ? range : { min: 0, max: 0 }));
}
