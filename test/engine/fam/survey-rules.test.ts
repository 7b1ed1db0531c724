import { describe, expect, it } from 'vitest';
import { buildEdition, type FamParams } from '../../../src/engine/fam/index.ts';
import { handEdition } from './support/editions.ts';

// Three cities, one dimension, ratings only from the mean of actual answers ('actual-only'),
// so every number below can be checked by hand.
const rows = [
  { respondent: 0, home: 0, city: 0, rating: 10 }, // own city: excluded
  { respondent: 0, home: 0, city: 1, rating: 6 },
  { respondent: 0, home: 0, city: 2, rating: 4 },
  { respondent: 1, home: 1, city: 0, rating: 8 },
  { respondent: 1, home: 1, city: 1, rating: 9 }, // own city: excluded
  { respondent: 1, home: 1, city: 2, rating: 5 },
  { respondent: 2, home: -1, city: 0, rating: 7, age: 365.25 }, // exactly 12 months old
  { respondent: 2, home: -1, city: 1, rating: 5 },
  { respondent: 2, home: -1, city: 2, rating: 1, age: 800 }, // older than 24 months (730.5 days)
];
const base: Partial<FamParams> = {
  predictionMode: 'actual-only',
  minAssessments: 1,
  bootstrapReplicates: 0,
  areaSubIndices: false,
};

function built(params: Partial<FamParams>, input = handEdition(3, rows)) {
  const result = buildEdition(input, { ...base, ...params });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}

describe('survey rules (hand-checked)', () => {
  it('drops answers outside the window and the home city, then averages', () => {
    const r = built({});
    expect([...r.overall.rating]).toEqual([7.5, 5.5, 4.5]);
    expect(r.diagnostics.droppedOutsideWindow).toBe(1);
    expect(r.diagnostics.droppedHomeCity).toBe(2);
    expect([...r.assessmentsFromOthers]).toEqual([2, 2, 2]);
  });

  it('a wider window keeps the old answer', () => {
    const r = built({ windowMonths: 30 });
    expect(r.overall.rating[2]).toBeCloseTo((4 + 5 + 1) / 3, 12);
    expect(r.diagnostics.droppedOutsideWindow).toBe(0);
  });

  it('exponential decay halves a 12-month-old answer with a 12-month half-life', () => {
    const r = built({ decay: { kind: 'exponential', halfLifeMonths: 12 } });
    expect(r.overall.rating[0]).toBeCloseTo((8 * 1 + 7 * 0.5) / 1.5, 12);
    expect(r.overall.rating[1]).toBeCloseTo(5.5, 12);
  });

  it('keeping home ratings lets them count', () => {
    const r = built({ excludeHomeCity: false });
    expect(r.overall.rating[0]).toBeCloseTo((10 + 8 + 7) / 3, 12);
    expect(r.diagnostics.droppedHomeCity).toBe(0);
    // The threshold still counts only assessments from other cities.
    expect([...r.assessmentsFromOthers]).toEqual([2, 2, 2]);
  });

  it('cities under the threshold are associate: reported, not ranked', () => {
    const r = built({ minAssessments: 3 });
    expect([...r.associate]).toEqual([1, 1, 1]);
    expect([...r.overall.rank]).toEqual([0, 0, 0]);
    expect(r.overall.rating[0]).toBe(7.5);
    const some = built(
      { minAssessments: 2 },
      handEdition(
        3,
        rows.filter((_, i) => i !== 5),
      ),
    );
    // Without respondent 1's rating of city 2, city 2 has one in-window assessment from others.
    expect([...some.associate]).toEqual([0, 0, 1]);
    expect([...some.overall.rank]).toEqual([1, 2, 0]);
  });

  it('maps ratings to the published scale with 1 + (rating - 1) * 999 / 9', () => {
    const r = built({});
    expect(r.overall.score[0]).toBeCloseTo(1 + (6.5 * 999) / 9, 9);
    expect(r.overall.score[2]).toBeCloseTo(1 + (3.5 * 999) / 9, 9);
  });

  it('a repeated answer to the same city and dimension becomes one cell (its mean)', () => {
    const twice = [...rows, { respondent: 1, home: 1, city: 0, rating: 4 }];
    const r = built({}, handEdition(3, twice));
    // Respondent 1's cell for city 0 is (8 + 4) / 2 = 6, averaged with respondent 2's 7.
    expect(r.overall.rating[0]).toBeCloseTo(6.5, 12);
    expect(r.assessmentsFromOthers[0]).toBe(3);
  });

  it('overall is the mean of the dimension ratings', () => {
    const twoDims = [
      { respondent: 0, home: -1, city: 0, rating: 8, dimension: 0 },
      { respondent: 0, home: -1, city: 0, rating: 4, dimension: 1 },
      { respondent: 1, home: -1, city: 0, rating: 6, dimension: 1 },
      { respondent: 1, home: -1, city: 1, rating: 3, dimension: 0 },
    ];
    const r = built({}, handEdition(2, twoDims, { dimensions: 2 }));
    expect([...r.overall.dimensionRating]).toEqual([8, 5, 3, Number.NaN]);
    expect([...r.overall.rating]).toEqual([6.5, 3]);
  });

  it('reports bad input as errors, not exceptions', () => {
    const bad = handEdition(3, [{ respondent: 0, home: 5, city: 9, rating: 11 }]);
    const result = buildEdition(bad, base);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toContain('fam-assessment');
  });
});
