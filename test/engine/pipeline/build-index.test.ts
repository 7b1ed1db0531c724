import { describe, expect, it } from 'vitest';
import { nodeIndex } from '../../../src/engine/core/structure.ts';
import { readCoin } from '../../../src/engine/input/read-coin.ts';
import { buildIndex, runIndex } from '../../../src/engine/pipeline/build-index.ts';
import { compileIndex } from '../../../src/engine/pipeline/compile.ts';
import { effectiveWeights } from '../../../src/engine/weights/weights.ts';
import { asemCoin, table } from '../helpers/asem.ts';

const coin = asemCoin();
const s = coin.structure;
const n = coin.unitCodes.length;
const idx = nodeIndex(s);
const col = (values: Float64Array, code: string) =>
  values.subarray(idx.get(code)! * n, (idx.get(code)! + 1) * n);

function build(spec: Parameters<typeof buildIndex>[1]) {
  const r = buildIndex(coin, spec);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('buildIndex on ASEM (COINr defaults: no impute, min-max [0,100], arithmetic mean)', () => {
  const r = build({});
  it('recomputes one pillar with a plain loop', () => {
    // Instit = mean over present children of min-max(direction · raw)
    const kids = ['CostImpEx', 'Tariff', 'TBTs', 'TIRcon', 'RTAs', 'Visa'];
    const expected = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      let sum = 0;
      let count = 0;
      for (const k of kids) {
        const raw = col(coin.raw.values, k);
        const dir = s.direction[idx.get(k)!]!;
        const present = Array.from(raw)
          .filter((v) => !Number.isNaN(v))
          .map((v) => v * dir);
        const lo = Math.min(...present);
        const hi = Math.max(...present);
        const v = raw[u]! * dir;
        if (Number.isNaN(v)) continue;
        sum += ((v - lo) / (hi - lo)) * 100;
        count++;
      }
      expected[u] = sum / count;
    }
    const got = col(r.scores.values, 'Instit');
    for (let u = 0; u < n; u++) expect(got[u]).toBeCloseTo(expected[u]!, 9);
  });

  it('ranks the index 1..n with 1 = highest score', () => {
    const score = col(r.scores.values, 'Index');
    const rank = col(r.ranks.values, 'Index');
    const best = score.indexOf(Math.max(...score));
    expect(rank[best]).toBe(1);
    expect(new Set(rank).size).toBe(n);
    expect(Math.max(...rank)).toBe(n);
  });

  it('keeps every intermediate data set', () => {
    expect(r.datasets.normalised.nCols).toBe(s.nIndicators);
    expect(r.datasets.raw).toBe(coin.raw);
    expect(r.scores.nCols).toBe(s.nNodes);
  });
});

describe('spec options', () => {
  it('different methods per level and per group (COINr #35)', () => {
    const r = build({
      aggregate: {
        method: 'a_amean',
        byLevel: { 3: { method: 'a_gmean' } },
        byGroup: { Physical: { method: 'a_hmean' } },
      },
    });
    const base = build({});
    // Political is amean in both; Physical differs; Conn (level 3) is a geometric mean of its children
    expect(Array.from(col(r.scores.values, 'Political'))).toEqual(
      Array.from(col(base.scores.values, 'Political')),
    );
    expect(Array.from(col(r.scores.values, 'Physical'))).not.toEqual(
      Array.from(col(base.scores.values, 'Physical')),
    );
    const kids = ['Physical', 'ConEcFin', 'Political', 'Instit', 'P2P'].map((c) => col(r.scores.values, c));
    const u = 0;
    const g = Math.exp(kids.reduce((a, k) => a + Math.log(k[u]!), 0) / 5);
    expect(col(r.scores.values, 'Conn')[u]).toBeCloseTo(g, 9);
  });

  it('reports every spec problem at once', () => {
    const c = compileIndex(coin, {
      normalise: { method: 'n_minmax', lu: [5, 1], overrides: { Nope: { method: 'n_rank' } } },
      aggregate: {
        method: 'a_genmean',
        p: Number.NaN,
        byGroup: { LPI: { method: 'a_amean' } },
        byLevel: { 9: { method: 'a_amean' } },
      },
      impute: { method: 'i_mean_grp', groupColumn: 'Missing' },
      weights: { values: { Conn: -1 } },
    });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.errors.map((e) => e.column)).toEqual(
      expect.arrayContaining([
        'normalise',
        'normalise.overrides.Nope',
        'aggregate',
        'aggregate.byGroup.LPI',
        'aggregate.byLevel.9',
        'impute.groupColumn',
        'weights.values.Conn',
      ]),
    );
  });

  it('imputation fills every gap and keeps observed values; screening drops sparse units', () => {
    const r = build({ impute: { method: 'i_mean' } });
    expect(Array.from(r.datasets.imputed.values).some(Number.isNaN)).toBe(false);
    coin.raw.values.forEach((v, i) => {
      if (!Number.isNaN(v)) expect(r.datasets.imputed.values[i]).toBe(v);
    });
    const screened = build({ screen: { by: 'byNA', datThresh: 0.9 } });
    expect(screened.unitCodes.length).toBeLessThan(n);
    expect(screened.scores.nRows).toBe(screened.unitCodes.length);
  });

  it('every method runs end to end on ASEM and scores the index for every unit', () => {
    const specs: Parameters<typeof buildIndex>[1][] = [
      { impute: { method: 'em' }, treat: { method: 'default' }, normalise: { method: 'n_zscore' } },
      {
        impute: { method: 'i_median_grp', groupColumn: 'EurAsia_group' },
        aggregate: { method: 'a_copeland' },
      },
      { impute: { method: 'i_mean' }, aggregate: { method: 'a_bod' } },
      { denominate: true, normalise: { method: 'n_prank' }, aggregate: { method: 'a_wmedian' } },
      { normalise: { method: 'n_minmax', lu: [1, 100] }, aggregate: { method: 'a_genmean', p: 0.5 } },
      { normalise: { method: 'n_dist2targ', capMax: true } },
      { normalise: { method: 'n_goalposts', gposts: [0, 1000, 100] }, weights: { source: 'equal' } },
    ];
    for (const spec of specs) {
      const r = build(spec);
      const index = col(r.scores.values, 'Index');
      expect(Array.from(index).filter(Number.isNaN), JSON.stringify(spec)).toEqual([]);
    }
  });

  it('weights can be set per level and per code, codes last', () => {
    const small = readCoin(
      table('uCode,A,B,C\nU1,1,2,3\nU2,3,2,1\n'),
      table(
        [
          'Level,iCode,Weight,Parent,Type',
          '1,A,2,P,Indicator',
          '1,B,3,P,Indicator',
          '1,C,4,Q,Indicator',
          '2,P,5,T,Aggregate',
          '2,Q,6,T,Aggregate',
          '3,T,1,NA,Aggregate',
        ].join('\n'),
      ),
    );
    if (!small.ok) throw new Error(JSON.stringify(small.errors));
    const c = compileIndex(small.value, { weights: { byLevel: { 2: 'equal' }, values: { Q: 9 } } });
    if (!c.ok) throw new Error(JSON.stringify(c.errors));
    // nodes: A B C | P Q | T
    expect(Array.from(c.value.weights)).toEqual([2, 3, 4, 1, 9, 1]);
    const bad = compileIndex(small.value, { weights: { byLevel: { 7: 'equal' } } });
    expect(bad.ok).toBe(false);
  });

  it('treatment overrides: "none" leaves an indicator untouched, others follow their own settings', () => {
    const r = build({ treat: { method: 'default', overrides: { Flights: 'none', Tariff: { winmax: 0 } } } });
    const base = build({ treat: { method: 'default' } });
    const j = idx.get('Flights')!;
    expect(r.treatment?.[j]).toBeNull();
    expect(Array.from(col(r.datasets.treated.values, 'Flights'))).toEqual(
      Array.from(col(coin.raw.values, 'Flights')),
    );
    // Flights fails skew/kurtosis in the default treatment, so the override changes something
    expect(base.treatment?.[j]?.passedBefore).toBe(false);
    // winmax 0: no winsorising, straight to log_CT on the original values
    expect(r.treatment?.[idx.get('Tariff')!]?.nWinsorised).toBe(0);
    expect(r.treatment?.[idx.get('Tariff')!]?.transformed).toBe(true);
  });

  it('denominates by a chosen column and leaves others raw', () => {
    const r = build({ denominate: { byIndicator: { LPI: 'Population', Flights: null } } });
    const pop = coin.denominators.values.subarray(3 * n, 4 * n);
    const lpi = col(r.datasets.denominated.values, 'LPI');
    const raw = col(coin.raw.values, 'LPI');
    for (let u = 0; u < n; u++) if (!Number.isNaN(raw[u]!)) expect(lpi[u]).toBeCloseTo(raw[u]! / pop[u]!, 12);
    expect(Array.from(col(r.datasets.denominated.values, 'Flights'))).toEqual(
      Array.from(col(coin.raw.values, 'Flights')),
    );
    // Goods keeps its iMeta denominator (GDP)
    const gdp = coin.denominators.values.subarray(2 * n, 3 * n);
    expect(col(r.datasets.denominated.values, 'Goods')[0]).toBeCloseTo(
      col(coin.raw.values, 'Goods')[0]! / gdp[0]!,
      12,
    );
  });

  it('re-runs with new weights without recompiling', () => {
    const c = compileIndex(coin, {});
    if (!c.ok) throw new Error();
    const w = c.value.weights.slice();
    w[idx.get('Conn')!] = 0;
    const r = runIndex(c.value, { weights: w });
    expect(Array.from(col(r.scores.values, 'Index'))).toEqual(Array.from(col(r.scores.values, 'Sust')));
  });
});

describe('ported from COINr tests/testthat/test-aggregate.R', () => {
  it('aggregation follows arbitrary weights through every level (agg_coin)', () => {
    const weights: Record<string, number> = {};
    s.codes.forEach((code, j) => {
      weights[code] = 0.1 + ((j * 7919) % 97) / 97; // fixed, uneven weights
    });
    const r = build({ weights: { values: weights } });
    // recompute every aggregate from its children's scores with a weighted mean over present values
    for (let j = s.nIndicators; j < s.nNodes; j++) {
      const kids = Array.from(s.childIndex.subarray(s.childStart[j]!, s.childStart[j + 1]!));
      for (let u = 0; u < n; u++) {
        let num = 0;
        let den = 0;
        for (const k of kids) {
          const v = r.scores.values[k * n + u]!;
          if (Number.isNaN(v)) continue;
          num += weights[s.codes[k]!]! * v;
          den += weights[s.codes[k]!]!;
        }
        expect(r.scores.values[j * n + u]).toBeCloseTo(num / den, 9);
      }
    }
  });
  it('dat_thresh: units with too few present children become missing, others are unchanged (agg_df)', () => {
    // 0.7: five ASEM unit-pillar pairs fall below it, so the test exercises both branches
    const r = build({ aggregate: { method: 'a_amean', datThresh: 0.7 } });
    let dropped = 0;
    const base = build({});
    // units and pillars where fewer than half the children are present become NaN, others unchanged
    for (let j = s.nIndicators; j < s.levelStart[2]!; j++) {
      const kids = Array.from(s.childIndex.subarray(s.childStart[j]!, s.childStart[j + 1]!));
      for (let u = 0; u < n; u++) {
        const present = kids.filter((k) => !Number.isNaN(base.scores.values[k * n + u]!)).length;
        if (present / kids.length < 0.7) {
          expect(r.scores.values[j * n + u]).toBeNaN();
          dropped++;
        } else expect(r.scores.values[j * n + u]).toBe(base.scores.values[j * n + u]);
      }
    }
    expect(dropped).toBeGreaterThan(0);
  });
});

describe('effective weights', () => {
  it('sum to one on every level and follow the tree', () => {
    const eff = effectiveWeights(s, s.weight);
    for (let l = 1; l <= s.nLevels; l++) {
      let sum = 0;
      for (let j = s.levelStart[l - 1]!; j < s.levelStart[l]!; j++) sum += eff[j]!;
      expect(sum).toBeCloseTo(1, 12);
    }
    // LPI: 1/8 of Physical, Physical 1/5 of Conn, Conn 1/2 of Index
    expect(eff[idx.get('LPI')!]).toBeCloseTo(1 / 8 / 5 / 2, 12);
  });
});
