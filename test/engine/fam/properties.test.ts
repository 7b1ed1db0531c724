import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEdition,
  type EditionInput,
  type EditionResult,
  type FamParams,
} from '../../../src/engine/fam/index.ts';
import { randomEdition, SMALL_SIZE } from './support/editions.ts';

const RUNS = { numRuns: 15 };
const modes = fc.constantFrom<FamParams['predictionMode']>('per-respondent', 'pooled', 'actual-only');
const quick: Partial<FamParams> = { bootstrapReplicates: 0, minAssessments: 3, svr: { tolerance: 1e-8 } };

function build(input: EditionInput, params: Partial<FamParams>): EditionResult {
  const result = buildEdition(input, params);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}

/** The same edition with city i renamed to city perm[i]. */
function permuteCities(input: EditionInput, perm: number[]): EditionInput {
  const n = perm.length;
  const nF = input.factors.nFactors;
  const inverse = new Array<number>(n);
  perm.forEach((to, from) => {
    inverse[to] = from;
  });
  const values = new Float64Array(n * nF);
  const missing = new Uint8Array(n * nF);
  for (let c = 0; c < n; c++) {
    values.set(input.factors.values.subarray(c * nF, (c + 1) * nF), perm[c]! * nF);
    missing.set(input.factors.missing.subarray(c * nF, (c + 1) * nF), perm[c]! * nF);
  }
  const a = input.assessments;
  return {
    ...input,
    cityIds: inverse.map((from) => input.cityIds[from]!),
    cityRegion: inverse.map((from) => input.cityRegion[from]!),
    factors: { ...input.factors, values, missing },
    assessments: {
      ...a,
      city: a.city.map((c) => perm[c]!),
      respondentHome: a.respondentHome.map((h) => (h < 0 ? h : perm[h]!)),
    },
  };
}

describe('factor assessment model properties', () => {
  it('permuting cities permutes the results', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        modes,
        fc.infiniteStream(fc.double()),
        (seed, mode, noise) => {
          const input = randomEdition(seed, SMALL_SIZE);
          const keys = Array.from({ length: SMALL_SIZE.nCities }, () => noise.next().value as number);
          const order = keys.map((_, i) => i).sort((x, y) => keys[x]! - keys[y]! || x - y);
          const perm = new Array<number>(order.length);
          order.forEach((from, to) => {
            perm[from] = to;
          });
          const params = { ...quick, predictionMode: mode };
          const before = build(input, params);
          const after = build(permuteCities(input, perm), params);
          for (let c = 0; c < SMALL_SIZE.nCities; c++) {
            // SVR training rows come in city order, so the solver's path differs; compare to its tolerance.
            expect(after.overall.rating[perm[c]!]).toBeCloseTo(before.overall.rating[c]!, 4);
            expect(after.associate[perm[c]!]).toBe(before.associate[c]);
            expect(after.assessmentsFromOthers[perm[c]!]).toBe(before.assessmentsFromOthers[c]);
            after.areas.forEach((area, a) => {
              expect(area.rating[perm[c]!]).toBeCloseTo(before.areas[a]!.rating[c]!, 4);
            });
          }
        },
      ),
      RUNS,
    );
  });

  it('adding a constant to every rating raises each city by at most that constant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        modes,
        fc.integer({ min: 1, max: 4 }),
        (seed, mode, shift) => {
          const input = randomEdition(seed, SMALL_SIZE);
          // Keep ratings on 1..6 so the shifted ones stay on the 1..10 scale.
          const low = {
            ...input,
            assessments: {
              ...input.assessments,
              rating: input.assessments.rating.map((v) => Math.min(v, 6)),
            },
          };
          const high = {
            ...low,
            assessments: { ...low.assessments, rating: low.assessments.rating.map((v) => v + shift) },
          };
          const params = { ...quick, predictionMode: mode };
          const before = build(low, params);
          const after = build(high, params);
          for (let c = 0; c < SMALL_SIZE.nCities; c++) {
            const b = before.overall.rating[c]!;
            const a = after.overall.rating[c]!;
            if (Number.isNaN(b)) continue;
            // Predictions are clamped to 1..10, so the rise can fall short of the shift but never exceed it.
            expect(a).toBeGreaterThanOrEqual(b - 1e-6);
            expect(a).toBeLessThanOrEqual(b + shift + 1e-6);
          }
        },
      ),
      RUNS,
    );
  });

  it("a respondent's rating of their own city never affects that city", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        modes,
        fc.integer({ min: 1, max: 10 }),
        (seed, mode, newRating) => {
          const input = randomEdition(seed, { ...SMALL_SIZE, citiesPerRespondent: SMALL_SIZE.nCities });
          const a = input.assessments;
          const own = [...a.city.keys()].filter((i) => a.city[i] === a.respondentHome[i]);
          fc.pre(own.length > 0);
          const changed = {
            ...input,
            assessments: {
              ...a,
              rating: a.rating.map((v, i) => (a.city[i] === a.respondentHome[i] ? newRating : v)),
            },
          };
          const params = { ...quick, predictionMode: mode };
          const before = build(input, params);
          const after = build(changed, params);
          for (const i of own) {
            const home = a.city[i]!;
            expect(after.overall.rating[home]).toBe(before.overall.rating[home]);
            expect(after.overall.rank[home]).toBe(before.overall.rank[home]);
          }
        },
      ),
      RUNS,
    );
  });

  it('the bootstrap is reproducible from its seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (seed, bootSeed) => {
          const input = randomEdition(seed, SMALL_SIZE);
          const params = {
            minAssessments: 3,
            bootstrapReplicates: 30,
            bootstrapSeed: bootSeed,
            areaSubIndices: false,
          };
          const one = build(input, params).bootstrap!;
          const two = build(input, params).bootstrap!;
          expect([...two.rankP05]).toEqual([...one.rankP05]);
          expect([...two.rankP95]).toEqual([...one.rankP95]);
          expect([...two.rankMedian]).toEqual([...one.rankMedian]);
        },
      ),
      { numRuns: 5 },
    );
  });
});
