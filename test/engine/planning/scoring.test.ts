import { describe, expect, it } from 'vitest';
import { ahpWeights } from '../../../src/engine/planning/ahp.ts';
import {
  assignHorizons,
  type Candidate,
  type Criterion,
  type RankedTask,
  rankByTotal,
  scoreCandidates,
} from '../../../src/engine/planning/scoring.ts';

const scale = { min: 1, max: 5 };
const criteria: Criterion[] = [
  { id: 'alignment', weight: 0.5, direction: 'benefit', scale },
  { id: 'urgency', weight: 0.3, direction: 'benefit', scale },
  { id: 'cost', weight: 0.2, direction: 'cost', scale },
];
const candidates: Candidate[] = [
  { id: 'A', scores: { alignment: 5, urgency: 3, cost: 2 } },
  { id: 'B', scores: { alignment: 3, urgency: 5, cost: 1 } },
  { id: 'C', scores: { alignment: 4, urgency: 4, cost: 3 } },
  { id: 'D', scores: { alignment: 3, urgency: 5, cost: 1 } },
  { id: 'E', scores: { alignment: 1, urgency: 1, cost: 5 } },
];
// By hand, norm = (s − 1)/4 for benefit and (5 − s)/4 for cost:
//   A 0.5·1 + 0.3·0.5 + 0.2·0.75 = 0.80     B = D: 0.5·0.5 + 0.3·1 + 0.2·1 = 0.75
//   C 0.5·0.75 + 0.3·0.75 + 0.2·0.5 = 0.70   E: 0
const expected = { A: 0.8, B: 0.75, C: 0.7, D: 0.75, E: 0 };

function ranked(list: Criterion[] = criteria): RankedTask[] {
  const result = scoreCandidates(list, candidates);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('weighted scoring', () => {
  it('computes totals with inverse criteria and competition ranks for ties', () => {
    const r = ranked();
    expect(r.map((t) => t.id)).toEqual(['A', 'B', 'D', 'C', 'E']);
    expect(r.map((t) => t.rank)).toEqual([1, 2, 2, 4, 5]);
    expect(r.map((t) => t.tied)).toEqual([false, true, true, false, false]);
    for (const t of r) expect(t.total).toBeCloseTo(expected[t.id as keyof typeof expected], 12);
  });

  it('does not depend on the scale of the weights', () => {
    const scaled = criteria.map((c) => ({ ...c, weight: c.weight * 10 }));
    ranked(scaled).forEach((t, i) => {
      expect(t.total).toBeCloseTo(ranked()[i]!.total, 12);
    });
  });

  it('takes weights from AHP', () => {
    // alignment 2× urgency and 2× cost, urgency = cost: weights 0.5, 0.25, 0.25.
    const ahp = ahpWeights([
      [1, 2, 2],
      [1 / 2, 1, 1],
      [1 / 2, 1, 1],
    ]);
    if (!ahp.ok) throw new Error('AHP failed');
    const fromAhp = criteria.map((c, i) => ({ ...c, weight: ahp.value.weights[i]! }));
    const a = ranked(fromAhp).find((t) => t.id === 'A')!;
    expect(a.total).toBeCloseTo(0.5 * 1 + 0.25 * 0.5 + 0.25 * 0.75, 12);
  });

  it('ties totals within tolerance without chaining beyond it', () => {
    const r = rankByTotal(
      [
        { id: 'x', total: 0.5 },
        { id: 'y', total: 0.5 - 0.6e-3 },
        { id: 'z', total: 0.5 - 1.2e-3 },
      ],
      1e-3,
    );
    expect(r.map((t) => t.rank)).toEqual([1, 1, 3]);
  });

  it('reports missing or out-of-range scores and bad criteria', () => {
    const bad = scoreCandidates(criteria, [{ id: 'X', scores: { alignment: 6, urgency: 3 } }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toHaveLength(2);
    expect(
      scoreCandidates(
        criteria.map((c) => ({ ...c, weight: 0 })),
        candidates,
      ).ok,
    ).toBe(false);
    expect(scoreCandidates([{ ...criteria[0]!, scale: { min: 5, max: 5 } }], candidates).ok).toBe(false);
    expect(scoreCandidates([], candidates).ok).toBe(false);
  });
});

describe('horizons', () => {
  it('by rank thresholds keeps tied tasks together', () => {
    const result = assignHorizons(ranked(), { by: 'rank', shortMaxRank: 2, midMaxRank: 4 });
    expect(result.ok && result.value).toEqual([
      { id: 'A', horizon: 'short' },
      { id: 'B', horizon: 'short' },
      { id: 'D', horizon: 'short' },
      { id: 'C', horizon: 'mid' },
      { id: 'E', horizon: 'long' },
    ]);
  });

  it('by score bands', () => {
    const result = assignHorizons(ranked(), { by: 'score', shortMinTotal: 0.78, midMinTotal: 0.5 });
    expect(result.ok && result.value.map((h) => h.horizon)).toEqual(['short', 'mid', 'mid', 'mid', 'long']);
  });

  it('rejects thresholds in the wrong order', () => {
    expect(assignHorizons(ranked(), { by: 'rank', shortMaxRank: 5, midMaxRank: 2 }).ok).toBe(false);
    expect(assignHorizons(ranked(), { by: 'score', shortMinTotal: 0.2, midMinTotal: 0.5 }).ok).toBe(false);
  });
});
