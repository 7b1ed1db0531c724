import { describe, expect, it } from 'vitest';
import {
  correlationFlags,
  indicatorStats,
  unitAvailability,
} from '../../../src/engine/checks/indicator-stats.ts';
import { groupRanks, strengthsAndWeaknesses } from '../../../src/engine/rank/unit-results.ts';
import { asemCoin } from '../helpers/asem.ts';

const NA = Number.NaN;

describe('COINr get_stats / get_data_avail / get_corr_flags', () => {
  it('flags outliers only when |skew| > 2 AND kurtosis > 3.5', () => {
    const outlier = indicatorStats(
      Float64Array.from([...Array.from({ length: 10 }, (_, i) => i + 1), 30, 100]),
    );
    expect(outlier.flagSkewKurt).toBe(true);
    const mild = indicatorStats(Float64Array.of(1, 2, 3, 4, 10));
    // skew 1.70 < 2 → not flagged even though kurtosis is near 3.5
    expect(mild.flagSkewKurt).toBe(false);
  });
  it('computes availability, zero share and repeated-value share', () => {
    const st = indicatorStats(Float64Array.of(0, 0, 0, 1, NA));
    expect(st.availability).toBe(0.8);
    expect(st.zeroShare).toBe(0.75);
    expect(st.uniqueShare).toBe(0.5);
    expect(st.flagZeros).toBe(true);
    expect(st.flagLowUnique).toBe(false);
    const av = unitAvailability({ nRows: 2, nCols: 2, values: Float64Array.of(1, NA, 0, 0) });
    expect(Array.from(av.availability)).toEqual([1, 0.5]);
    expect(Array.from(av.zeroShare)).toEqual([0.5, 1]);
  });
  it('flags highly correlated indicators only within the same group', () => {
    const coin = asemCoin();
    const flags = correlationFlags(coin.raw, coin.structure, 0.9);
    for (const f of flags) {
      const s = coin.structure;
      expect(s.parent[s.codes.indexOf(f.a)]).toBe(s.parent[s.codes.indexOf(f.b)]);
      expect(f.r).toBeGreaterThan(0.9);
    }
  });
});

describe('group ranks and strengths/weaknesses', () => {
  it('ranks within each group', () => {
    const scores = { nRows: 4, nCols: 1, values: Float64Array.of(10, 20, 30, 40) };
    expect(Array.from(groupRanks(scores, ['a', 'b', 'a', 'b']).values)).toEqual([2, 2, 1, 1]);
  });
  it('returns the best and worst indicator ranks of a unit', () => {
    // unit 0 ranks 3, 1, NA, 7 across four indicators
    const ranks = { nRows: 1, nCols: 4, values: Float64Array.of(3, 1, NA, 7) };
    const sw = strengthsAndWeaknesses(ranks, 0, 2);
    expect(sw.strengths).toEqual([
      { column: 1, rank: 1 },
      { column: 0, rank: 3 },
    ]);
    expect(sw.weaknesses.map((w) => w.column)).toEqual([3, 0]);
  });
});
