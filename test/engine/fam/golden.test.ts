import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type GoldenEdition, goldenEdition } from './support/golden-edition.ts';

const path = fileURLToPath(new URL('../../golden/fam/small-edition.json', import.meta.url));
const golden = JSON.parse(readFileSync(path, 'utf8')) as GoldenEdition;

/** Numbers agree to 1e-9 relative; nulls (no rating) must stay null. */
function expectClose(actual: (number | null)[], expected: (number | null)[], what: string) {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((v, i) => {
    const want = expected[i]!;
    if (want === null || v === null) expect(v, `${what}[${i}]`).toBe(want);
    else expect(Math.abs(v - want), `${what}[${i}]`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
  });
}

describe('golden: small seeded edition (test/golden/fam/small-edition.json)', () => {
  const now = goldenEdition();

  it('has the same ratings, scores and dimension ratings', () => {
    expectClose(now.rating, golden.rating, 'rating');
    expectClose(now.score, golden.score, 'score');
    expectClose(now.dimensionRating, golden.dimensionRating, 'dimensionRating');
    now.areaScore.forEach((s, a) => {
      expectClose(s, golden.areaScore[a]!, `areaScore ${a}`);
    });
  });

  it('has the same ranks, associates and bootstrap intervals', () => {
    expect(now.rank).toEqual(golden.rank);
    expect(now.areaRank).toEqual(golden.areaRank);
    expect(now.regionRank).toEqual(golden.regionRank);
    expect(now.associate).toEqual(golden.associate);
    expect(now.rankP05).toEqual(golden.rankP05);
    expect(now.rankP95).toEqual(golden.rankP95);
  });

  it('the golden edition exercises ranked and associate cities', () => {
    expect(golden.associate).toContain(0);
    expect(golden.rank.filter((r) => r > 0).length).toBeGreaterThan(3);
  });
});
