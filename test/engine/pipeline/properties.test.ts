import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aGmean, aHmean, aMean, aWeightedMedian } from '../../../src/engine/aggregate/row-means.ts';
import type { Coin } from '../../../src/engine/core/structure.ts';
import { readCoin } from '../../../src/engine/input/read-coin.ts';
import { nBorda, nMinmax, nPrank, nRank } from '../../../src/engine/normalise/normalisers.ts';
import { buildIndex } from '../../../src/engine/pipeline/build-index.ts';
import type { IndexSpec } from '../../../src/engine/pipeline/spec.ts';
import { rankDescendingMin } from '../../../src/engine/rank/rank.ts';
import { effectiveWeights } from '../../../src/engine/weights/weights.ts';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const column = fc.array(
  fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(Number.NaN) }),
  {
    minLength: 1,
    maxLength: 30,
  },
);
/** Integer-valued columns: float rounding cannot merge or reorder distinct values. */
const intColumn = fc.array(
  fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: -1e5, max: 1e5 }) },
    { weight: 1, arbitrary: fc.constant(Number.NaN) },
  ),
  { minLength: 1, maxLength: 30 },
);
const intValue = fc.integer({ min: -1e5, max: 1e5 });
const run = (f: (x: Float64Array, o: Float64Array) => void, x: Float64Array) => {
  const o = new Float64Array(x.length);
  f(x, o);
  return Array.from(o);
};
const ranksOf = (x: ArrayLike<number>) => run((a, o) => rankDescendingMin(a, o), Float64Array.from(x));

/** A small 2-indicator → 1-aggregate coin from unit rows. */
function tinyCoin(rows: number[][]): Coin {
  const header = ['uCode', 'A', 'B', 'C'];
  const data = {
    header,
    rows: rows.map((r, i) => [`U${i}`, ...r.map((v) => (Number.isNaN(v) ? 'NA' : String(v)))]),
  };
  const meta = {
    header: ['Level', 'iCode', 'Direction', 'Weight', 'Parent', 'Type'],
    rows: [
      ['1', 'A', '1', '1', 'P', 'Indicator'],
      ['1', 'B', '-1', '2', 'P', 'Indicator'],
      ['1', 'C', '1', '1', 'Q', 'Indicator'],
      ['2', 'P', '1', '1', 'Top', 'Aggregate'],
      ['2', 'Q', '1', '1', 'Top', 'Aggregate'],
      ['3', 'Top', '1', '1', 'NA', 'Aggregate'],
    ],
  };
  const c = readCoin(data, meta);
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  return c.value;
}

describe('properties', () => {
  it('rank-based normalisers and min-max are invariant under increasing affine/monotone rescaling', () => {
    fc.assert(
      fc.property(
        intColumn,
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        (xs, a, b) => {
          const x = Float64Array.from(xs);
          const y = x.map((v) => v ** 3 + v); // strictly increasing and exact for |v| ≤ 1e5
          for (const f of [nRank, nBorda, nPrank]) expect(run(f, y)).toEqual(run(f, x));
          const z = x.map((v) => a * v + b);
          const mx = run((p, o) => nMinmax(p, o, 0, 100), x);
          const mz = run((p, o) => nMinmax(p, o, 0, 100), z);
          mx.forEach((v, i) => {
            if (Number.isNaN(v)) expect(mz[i]).toBeNaN();
            else expect(mz[i]).toBeCloseTo(v, 6);
          });
        },
      ),
    );
  });

  it('weighted means lie between the min and max of their present children, ordered H ≤ G ≤ A', () => {
    const pos = fc.array(fc.double({ min: 0.001, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        pos,
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (xs, ws) => {
          const x = Float64Array.from(xs);
          const w = Float64Array.from(ws);
          const k = x.length;
          const lo = Math.min(...xs);
          const hi = Math.max(...xs);
          const tol = 1e-9 * hi;
          const a = aMean(x, w, k);
          const g = aGmean(x, w, k);
          const h = aHmean(x, w, k);
          const m = aWeightedMedian(x, w, k, new Float64Array(k), new Float64Array(k));
          for (const v of [a, g, h, m]) {
            expect(v).toBeGreaterThanOrEqual(lo - tol);
            expect(v).toBeLessThanOrEqual(hi + tol);
          }
          expect(h).toBeLessThanOrEqual(g + tol);
          expect(g).toBeLessThanOrEqual(a + tol);
        },
      ),
    );
  });

  it('ranks: 1 = best, ties share the min rank, NaN kept, count of better units + 1', () => {
    fc.assert(
      fc.property(column, (xs) => {
        const r = ranksOf(xs);
        xs.forEach((v, i) => {
          if (Number.isNaN(v)) expect(r[i]).toBeNaN();
          else expect(r[i]).toBe(xs.filter((w) => w > v).length + 1);
        });
      }),
    );
  });

  const unitRows = fc.array(fc.tuple(intValue, intValue, intValue), { minLength: 2, maxLength: 12 });
  const specs: IndexSpec[] = [
    {},
    { aggregate: { method: 'a_copeland' } },
    { normalise: { method: 'n_rank' }, aggregate: { method: 'a_gmean' } },
    { normalise: { method: 'n_zscore' }, aggregate: { method: 'a_wmedian' } },
  ];

  it('permuting units permutes every score and rank', () => {
    fc.assert(
      fc.property(unitRows, fc.nat(), fc.constantFrom(...specs), (rows, seed, spec) => {
        const perm = rows
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const r1 = buildIndex(tinyCoin(rows), spec);
        const r2 = buildIndex(tinyCoin(perm.map((p) => rows[p]!)), spec);
        if (!r1.ok || !r2.ok) throw new Error('build failed');
        const n = rows.length;
        for (let j = 0; j < r1.value.scores.nCols; j++) {
          perm.forEach((p, i) => {
            const a = r1.value.scores.values[j * n + p]!;
            const b = r2.value.scores.values[j * n + i]!;
            if (Number.isNaN(a)) expect(b).toBeNaN();
            else expect(b).toBeCloseTo(a, 9);
            expect(r2.value.ranks.values[j * n + i]).toEqual(r1.value.ranks.values[j * n + p]);
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with one indicator per group, min-max + amean ranks equal the raw ranks (direction applied)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 20 }),
        (xs) => {
          const r = buildIndex(tinyCoin(xs.map((v) => [0, 0, v])), {});
          if (!r.ok) throw new Error('build failed');
          const n = xs.length;
          const q = r.value.codes.indexOf('Q');
          expect(Array.from(r.value.ranks.values.subarray(q * n, (q + 1) * n))).toEqual(ranksOf(xs));
        },
      ),
    );
  });

  it('effective weights sum to one on every level for any positive weights', () => {
    const coin = tinyCoin([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 50, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (ws) => {
          const s = coin.structure;
          const eff = effectiveWeights(s, Float64Array.from(ws));
          for (let l = 1; l <= s.nLevels; l++) {
            let sum = 0;
            for (let j = s.levelStart[l - 1]!; j < s.levelStart[l]!; j++) sum += eff[j]!;
            expect(sum).toBeCloseTo(1, 10);
          }
        },
      ),
    );
  });
});

describe('edge cases', () => {
  const NA = Number.NaN;
  const top = (rows: number[][], spec: IndexSpec = {}) => {
    const r = buildIndex(tinyCoin(rows), spec);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const n = rows.length;
    const j = r.value.codes.indexOf('Top');
    return { scores: Array.from(r.value.scores.values.subarray(j * n, (j + 1) * n)), r: r.value };
  };
  it('an all-missing column drops out of the aggregate; a unit with nothing present gets NaN', () => {
    const { scores } = top([
      [NA, 1, 5],
      [NA, 2, 5],
      [NA, NA, NA],
    ]);
    expect(scores[2]).toBeNaN();
    // B has direction −1: unit 0 gets P = 100, unit 1 P = 0; constant C gives Q = 50 for both
    expect(scores.slice(0, 2)).toEqual([75, 25]);
  });
  it('a constant column and a single unit give finite midpoint scores', () => {
    expect(top([[3, 3, 3]]).scores).toEqual([50]);
    expect(
      top([
        [3, 1, 2],
        [3, 2, 1],
      ]).scores.every(Number.isFinite),
    ).toBe(true);
  });
  it('gmean after min-max [0, 100]: a zero child gives 0 instead of an error (COINr #47); an offset keeps it positive', () => {
    const rows = [
      [0, 3, 1],
      [10, 1, 2],
      [5, 5, 3],
    ];
    const pillar = (spec: IndexSpec) => {
      const { r } = top(rows, spec);
      const j = r.codes.indexOf('P');
      return Array.from(r.scores.values.subarray(j * 3, j * 3 + 3));
    };
    // unit 0 has the minimum A → normalised A = 0
    expect(pillar({ aggregate: { method: 'a_gmean' } })[0]).toBe(0);
    const shifted = pillar({ aggregate: { method: 'a_gmean', offset: 1 } });
    expect(shifted[0]).toBeGreaterThan(0);
    // no negative value has a geometric mean: normalisation 'none' keeps B negated (direction −1)
    expect(
      pillar({ normalise: { method: 'none' }, aggregate: { method: 'a_gmean' } }).every(Number.isNaN),
    ).toBe(true);
  });
  it('ties share the best rank', () => {
    const { r } = top([
      [1, 1, 1],
      [1, 1, 1],
      [0, 2, 0],
    ]);
    const j = r.codes.indexOf('Top');
    expect(Array.from(r.ranks.values.subarray(j * 3, j * 3 + 3))).toEqual([1, 1, 3]);
  });
});
