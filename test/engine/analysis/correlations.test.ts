import { describe, expect, it } from 'vitest';
import { type CorrelationRow, levelCorrelations } from '../../../src/engine/analysis/correlations.ts';
import type { Structure } from '../../../src/engine/core/structure.ts';
import type { IndexResult } from '../../../src/engine/pipeline/build-index.ts';
import { asemCoin } from '../helpers/asem.ts';
import { built, plainPearson, scoresOf, smallCoin } from './fixtures.ts';

function corr(result: IndexResult, s: Structure, options: Parameters<typeof levelCorrelations>[2]) {
  const r = levelCorrelations(result, s, options);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
const pairs = (rows: CorrelationRow[]) => rows.map((r) => `${r.rowCode}-${r.colCode}`);
const find = (rows: CorrelationRow[], a: string, b: string) => {
  const row = rows.find((r) => r.rowCode === a && r.colCode === b);
  if (!row) throw new Error(`no row ${a}-${b}`);
  return row;
};

describe('levelCorrelations on a hand-checkable index', () => {
  const coin = smallCoin();
  const s = coin.structure;
  const result = built(coin, { normalise: { method: 'none' } }); // scores = raw data

  it('within a level: only pairs in the same group, each once, with the group code', () => {
    const rows = corr(result, s, { levelA: 1, levelB: 1, withParent: 'parent' });
    expect(pairs(rows)).toEqual(['A-B', 'C-D']);
    expect(rows.map((r) => r.group)).toEqual(['P', 'Q']);
    expect(find(rows, 'A', 'B').r).toBeCloseTo(1, 14);
    // C = [5,4,3,2], D = [1,3,2,5] on U1..U4: sxy = −5.5, sxx = 5, syy = 8.75
    expect(find(rows, 'C', 'D').r).toBeCloseTo(-5.5 / Math.sqrt(5 * 8.75), 14);
    expect(find(rows, 'C', 'D').n).toBe(4);
  });

  it("within a level with withParent 'none': every pair, ungrouped", () => {
    const rows = corr(result, s, { levelA: 1, levelB: 1 });
    expect(pairs(rows)).toEqual(['A-B', 'A-C', 'A-D', 'B-C', 'B-D', 'C-D']);
    expect(rows.every((r) => r.group === null)).toBe(true);
    expect(find(rows, 'A', 'C').r).toBeCloseTo(-1, 14);
  });

  it('grouping by a higher level puts all four indicators in one group (T)', () => {
    const rows = corr(result, s, { levelA: 1, levelB: 1, withParent: 'parent', groupLevel: 3 });
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.group))).toEqual(new Set(['T']));
  });

  it("across levels: 'parent' keeps each code with its own ancestor, 'none' the full cross table", () => {
    expect(pairs(corr(result, s, { levelA: 1, levelB: 2, withParent: 'parent' }))).toEqual([
      'A-P',
      'B-P',
      'C-Q',
      'D-Q',
    ]);
    // order of levels does not matter; the lower level is always the row
    expect(pairs(corr(result, s, { levelA: 3, levelB: 1, withParent: 'parent' }))).toEqual([
      'A-T',
      'B-T',
      'C-T',
      'D-T',
    ]);
    const full = corr(result, s, { levelA: 1, levelB: 2 });
    expect(full).toHaveLength(8);
    // P = (A + B)/2 = 1.5 A, so r(A, P) = 1 and r(C, P) = −1
    expect(find(full, 'A', 'P').r).toBeCloseTo(1, 14);
    expect(find(full, 'C', 'P').r).toBeCloseTo(-1, 14);
  });

  it("'family' pairs each code with every ancestor above it", () => {
    const rows = corr(result, s, { levelA: 1, levelB: 2, withParent: 'family' });
    expect(pairs(rows)).toEqual(['A-P', 'A-T', 'B-P', 'B-T', 'C-Q', 'C-T', 'D-Q', 'D-T']);
  });

  it('Spearman and Kendall match their hand-computed values', () => {
    const sp = find(corr(result, s, { levelA: 1, levelB: 1, method: 'spearman' }), 'C', 'D');
    // ranks C = [4,3,2,1], D = [1,3,2,4]: Σd² = 18, rho = 1 − 6·18 / (4·15)
    expect(sp.r).toBeCloseTo(1 - (6 * 18) / (4 * 15), 14);
    // C falls throughout; D rises in 5 of 6 pairs: tau = (1 − 5) / 6
    const kd = find(corr(result, s, { levelA: 1, levelB: 1, method: 'kendall' }), 'C', 'D');
    expect(kd.r).toBeCloseTo(-4 / 6, 14);
  });

  it('reports bad levels and options as error values', () => {
    const bad = levelCorrelations(result, s, { levelA: 0, levelB: 4 });
    expect(bad.ok ? [] : bad.errors.map((e) => e.column)).toEqual(['levelA', 'levelB']);
    const badGroup = levelCorrelations(result, s, {
      levelA: 1,
      levelB: 1,
      withParent: 'parent',
      groupLevel: 1,
    });
    expect(badGroup.ok).toBe(false);
    expect(levelCorrelations(result, s, { levelA: 3, levelB: 3, withParent: 'family' }).ok).toBe(false);
  });
});

describe('levelCorrelations on ASEM', () => {
  const coin = asemCoin();
  const s = coin.structure;
  const result = built(coin);

  it('row counts follow the structure (49 indicators, 8 pillars, 2 sub-indices, Index)', () => {
    expect(corr(result, s, { levelA: 1, levelB: 2, withParent: 'parent' })).toHaveLength(49);
    expect(corr(result, s, { levelA: 1, levelB: 2 })).toHaveLength(49 * 8);
    expect(corr(result, s, { levelA: 1, levelB: 1, withParent: 'family' })).toHaveLength(49 * 3);
    const within = corr(result, s, { levelA: 1, levelB: 1, withParent: 'parent' });
    const sizes = new Map<string, number>();
    for (let j = 0; j < s.nIndicators; j++) {
      const p = s.codes[s.parent[j]!]!;
      sizes.set(p, (sizes.get(p) ?? 0) + 1);
    }
    const expected = [...sizes.values()].reduce((sum, k) => sum + (k * (k - 1)) / 2, 0);
    expect(within).toHaveLength(expected);
  });

  it('an indicator-pillar correlation equals a plain-loop Pearson on the scores', () => {
    const rows = corr(result, s, { levelA: 1, levelB: 2, withParent: 'parent' });
    for (const [ind, pillar] of [
      ['LPI', 'Physical'],
      ['Flights', 'Physical'],
    ] as const) {
      const expected = plainPearson(scoresOf(result, ind), scoresOf(result, pillar));
      const row = find(rows, ind, pillar);
      expect(row.r).toBeCloseTo(expected.r, 12);
      expect(row.n).toBe(expected.n);
    }
  });

  it('the raw data set uses raw indicator values (correlation is scale-free, so equals normalised)', () => {
    const raw = corr(result, s, { levelA: 1, levelB: 1, dataset: 'raw' });
    const norm = corr(result, s, { levelA: 1, levelB: 1, dataset: 'normalised' });
    const rawRow = find(raw, 'LPI', 'Flights');
    const expected = plainPearson(
      coin.raw.values.subarray(0, coin.raw.nRows),
      coin.raw.values.subarray(coin.raw.nRows, 2 * coin.raw.nRows),
    );
    expect(s.codes.slice(0, 2)).toEqual(['LPI', 'Flights']);
    expect(rawRow.r).toBeCloseTo(expected.r, 12);
    // min-max with direction +1 is an increasing affine map, which leaves Pearson unchanged
    expect(find(norm, 'LPI', 'Flights').r).toBeCloseTo(expected.r, 12);
  });
});

describe('levelCorrelations after screening', () => {
  it('cuts raw data to the kept units so it lines up with the scores', () => {
    const coin = asemCoin();
    const result = built(coin, { screen: { by: 'byNA', datThresh: 0.95 } });
    const kept = result.keptUnits;
    expect(kept.length).toBeLessThan(coin.unitCodes.length); // the threshold must drop someone
    const n = coin.raw.nRows;
    const rawOf = (j: number) => Float64Array.from(kept, (u) => coin.raw.values[j * n + u]!);
    const rows = corr(result, coin.structure, { levelA: 1, levelB: 1, dataset: 'raw' });
    const expected = plainPearson(rawOf(0), rawOf(1));
    const row = find(rows, 'LPI', 'Flights');
    expect(row.r).toBeCloseTo(expected.r, 12);
    expect(row.n).toBe(expected.n);
  });
});
