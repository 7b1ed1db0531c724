/** Small FAM inputs for tests: a hand-written builder and a seeded random edition. */
import type { EditionInput } from '../../../../src/engine/fam/index.ts';
import { createRng } from '../../../../src/engine/stats/rng.ts';

export interface HandAssessment {
  respondent: number;
  home: number;
  city: number;
  rating: number;
  /** Days before the edition date; 0 when omitted. */
  age?: number;
  dimension?: number;
}

/** An edition from readable rows; factors default to a distinct value per city. */
export function handEdition(
  nCities: number,
  rows: readonly HandAssessment[],
  options: { regions?: string[]; factorRows?: number[][]; dimensions?: number } = {},
): EditionInput {
  const factorRows = options.factorRows ?? Array.from({ length: nCities }, (_, c) => [c, (c * 7) % 5]);
  const nFactors = factorRows[0]!.length;
  const n = rows.length;
  return {
    cityIds: Array.from({ length: nCities }, (_, c) => `C${c}`),
    cityRegion: options.regions ?? Array.from({ length: nCities }, () => 'R'),
    areaNames: ['Only area'],
    dimensionNames: Array.from({ length: options.dimensions ?? 1 }, (_, d) => `D${d}`),
    nRespondents: Math.max(0, ...rows.map((r) => r.respondent + 1)),
    factors: {
      nFactors,
      values: Float64Array.from(factorRows.flat()),
      missing: new Uint8Array(nCities * nFactors),
      polarity: new Int8Array(nFactors).fill(1),
      area: new Int32Array(nFactors),
    },
    assessments: {
      respondent: Int32Array.from(rows, (r) => r.respondent),
      respondentHome: Int32Array.from(rows, (r) => r.home),
      city: Int32Array.from(rows, (r) => r.city),
      dimension: Int32Array.from(rows, (r) => r.dimension ?? 0),
      rating: Float64Array.from(rows, (r) => r.rating),
      ageDays: Float64Array.from({ length: n }, (_, i) => rows[i]!.age ?? 0),
    },
  };
}

export interface RandomEditionSize {
  nCities: number;
  nFactors: number;
  nAreas: number;
  nRespondents: number;
  nDimensions: number;
  citiesPerRespondent: number;
}

/** A seeded random edition: ratings follow a latent city strength that the factors also reflect. */
export function randomEdition(seed: number, size: RandomEditionSize): EditionInput {
  const rng = createRng(seed);
  const { nCities, nFactors, nAreas, nRespondents, nDimensions, citiesPerRespondent } = size;
  const strength = Float64Array.from({ length: nCities }, () => rng.normal());
  const values = new Float64Array(nCities * nFactors);
  const missing = new Uint8Array(nCities * nFactors);
  for (let c = 0; c < nCities; c++) {
    for (let f = 0; f < nFactors; f++) {
      values[c * nFactors + f] = 10 * (strength[c]! + 0.7 * rng.normal()) + f;
      missing[c * nFactors + f] = rng.uniform() < 0.1 ? 1 : 0;
    }
  }
  const cols = {
    respondent: [] as number[],
    home: [] as number[],
    city: [] as number[],
    dim: [] as number[],
    rating: [] as number[],
    age: [] as number[],
  };
  for (let r = 0; r < nRespondents; r++) {
    const home = rng.uniform() < 0.8 ? rng.integer(nCities) : -1;
    const order = rng.shuffle(Array.from({ length: nCities }, (_, c) => c));
    const bias = rng.normal() * 0.5;
    for (const c of order.slice(0, Math.min(nCities, citiesPerRespondent))) {
      for (let d = 0; d < nDimensions; d++) {
        cols.respondent.push(r);
        cols.home.push(home);
        cols.city.push(c);
        cols.dim.push(d);
        cols.rating.push(
          Math.min(10, Math.max(1, Math.round(5.5 + 1.5 * strength[c]! + bias + rng.normal()))),
        );
        cols.age.push(Math.floor(rng.uniform() * 800));
      }
    }
  }
  return {
    cityIds: Array.from({ length: nCities }, (_, c) => `C${c}`),
    cityRegion: Array.from({ length: nCities }, (_, c) => (c % 3 === 0 ? 'North' : 'South')),
    areaNames: Array.from({ length: nAreas }, (_, a) => `Area ${a}`),
    dimensionNames: Array.from({ length: nDimensions }, (_, d) => `D${d}`),
    nRespondents,
    factors: {
      nFactors,
      values,
      missing,
      polarity: Int8Array.from({ length: nFactors }, (_, f) => (f % 4 === 3 ? -1 : 1)),
      area: Int32Array.from({ length: nFactors }, (_, f) => f % nAreas),
    },
    assessments: {
      respondent: Int32Array.from(cols.respondent),
      respondentHome: Int32Array.from(cols.home),
      city: Int32Array.from(cols.city),
      dimension: Int32Array.from(cols.dim),
      rating: Float64Array.from(cols.rating),
      ageDays: Float64Array.from(cols.age),
    },
  };
}

export const SMALL_SIZE: RandomEditionSize = {
  nCities: 6,
  nFactors: 6,
  nAreas: 2,
  nRespondents: 24,
  nDimensions: 2,
  citiesPerRespondent: 4,
};
