/** The seeded edition behind test/golden/fam/small-edition.json, as plain numbers. */
import { buildEdition } from '../../../../src/engine/fam/index.ts';
import { randomEdition } from './editions.ts';

export const GOLDEN_SEED = 20251204;
export const GOLDEN_SIZE = {
  nCities: 8,
  nFactors: 9,
  nAreas: 3,
  nRespondents: 40,
  nDimensions: 3,
  citiesPerRespondent: 4,
};
// minAssessments 42 (not SCI's 7) so that two of the eight cities are associate.
export const GOLDEN_PARAMS = { minAssessments: 42, bootstrapReplicates: 100, bootstrapSeed: 11 };

export interface GoldenEdition {
  seed: number;
  params: typeof GOLDEN_PARAMS;
  rating: number[];
  score: number[];
  rank: number[];
  dimensionRating: (number | null)[];
  areaScore: number[][];
  areaRank: number[][];
  regionRank: number[];
  associate: number[];
  rankP05: number[];
  rankP95: number[];
}

export function goldenEdition(): GoldenEdition {
  const result = buildEdition(randomEdition(GOLDEN_SEED, GOLDEN_SIZE), GOLDEN_PARAMS);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  const r = result.value;
  return {
    seed: GOLDEN_SEED,
    params: GOLDEN_PARAMS,
    rating: [...r.overall.rating],
    score: [...r.overall.score],
    rank: [...r.overall.rank],
    dimensionRating: [...r.overall.dimensionRating].map((v) => (Number.isNaN(v) ? null : v)),
    areaScore: r.areas.map((a) => [...a.score]),
    areaRank: r.areas.map((a) => [...a.rank]),
    regionRank: [...r.regionRank],
    associate: [...r.associate],
    rankP05: [...r.bootstrap!.rankP05],
    rankP95: [...r.bootstrap!.rankP95],
  };
}
