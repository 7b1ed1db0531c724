import { describe, expect, test } from 'vitest';
import { DEFAULT_FAM_PARAMS } from '../../../src/engine/fam/index.ts';
import type { ModelInputJson } from '../api/benchmark.ts';
import { cityFactorValues, factorRanges, toEditionInput } from './modelInput.ts';

// Two cities, three factors; city 1 has factor 2 missing.
const json: ModelInputJson = {
  cityIds: ['BUS', 'SEL'],
  cityRegion: ['Asia/Pacific', 'Asia/Pacific'],
  areaNames: ['BE', 'TE'],
  dimensionNames: ['IS'],
  nRespondents: 2,
  factors: {
    nFactors: 3,
    codes: ['F1', 'F2', 'F3'],
    values: [1, 5, -2, 3, 7, null],
    polarity: [1, -1, 1],
    area: [0, 1, 1],
  },
  assessments: {
    respondent: [0, 1],
    respondentHome: [1, -1],
    city: [0, 1],
    dimension: [0, 0],
    rating: [7, 6.5],
    ageDays: [10, 400],
  },
  params: DEFAULT_FAM_PARAMS,
};

describe('model input from the API as the engine’s typed arrays', () => {
  test('null becomes a missing flag (value 0); everything else is copied as typed arrays', () => {
    const input = toEditionInput(json);
    expect(Array.from(input.factors.values)).toEqual([1, 5, -2, 3, 7, 0]);
    expect(Array.from(input.factors.missing)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(input.factors.polarity).toBeInstanceOf(Int8Array);
    expect(Array.from(input.factors.polarity)).toEqual([1, -1, 1]);
    expect(input.assessments.respondentHome).toBeInstanceOf(Int32Array);
    expect(Array.from(input.assessments.respondentHome)).toEqual([1, -1]);
    expect(input.assessments.rating).toBeInstanceOf(Float64Array);
    expect(Array.from(input.assessments.rating)).toEqual([7, 6.5]);
  });

  test('a city’s row and each factor’s range over present values', () => {
    expect(cityFactorValues(json, 1)).toEqual([3, 7, null]);
    expect(factorRanges(json)).toEqual([
      { min: 1, max: 3 },
      { min: 5, max: 7 },
      { min: -2, max: -2 },
    ]);
  });
});
