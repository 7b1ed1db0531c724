import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../../src/engine/fam/index.ts';
import { rankAmong, rankEligible, rankWithinRegions } from '../../../src/engine/fam/rank-cities.ts';
import { handEdition } from './support/editions.ts';

describe('ranks', () => {
  it('ranks the highest rating 1, ties share the best rank, ineligible cities get 0', () => {
    const rating = [5, 7, 7, 3, 9];
    expect([...rankEligible(rating, Uint8Array.from([1, 1, 1, 1, 1]))]).toEqual([4, 2, 2, 5, 1]);
    expect([...rankEligible(rating, Uint8Array.from([1, 1, 1, 1, 0]))]).toEqual([3, 1, 1, 4, 0]);
  });

  it('ranks within regions among eligible cities', () => {
    const rating = [5, 7, 6, 3, 9, 8];
    const region = ['A', 'B', 'A', 'B', 'A', 'B'];
    const eligible = Uint8Array.from([1, 1, 1, 1, 0, 1]);
    expect([...rankWithinRegions(rating, eligible, region)]).toEqual([2, 2, 1, 3, 0, 1]);
  });

  it('the rank a new value would take counts only strictly higher eligible others', () => {
    const rating = [5, 7, 7, 3];
    expect(rankAmong(7, rating, Uint8Array.from([1, 1, 1, 1]), 0)).toBe(1);
    expect(rankAmong(6, rating, Uint8Array.from([1, 1, 0, 1]), 0)).toBe(2);
  });

  it('an edition reports overall and regional ranks with ties', () => {
    const rows = [
      { respondent: 0, home: -1, city: 0, rating: 8 },
      { respondent: 0, home: -1, city: 1, rating: 8 },
      { respondent: 0, home: -1, city: 2, rating: 6 },
      { respondent: 0, home: -1, city: 3, rating: 9 },
    ];
    const result = buildEdition(handEdition(4, rows, { regions: ['East', 'West', 'West', 'East'] }), {
      predictionMode: 'actual-only',
      minAssessments: 1,
      bootstrapReplicates: 0,
      areaSubIndices: false,
    });
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect([...result.value.overall.rank]).toEqual([2, 2, 4, 1]);
    expect([...result.value.regionRank]).toEqual([2, 1, 2, 1]);
  });
});
