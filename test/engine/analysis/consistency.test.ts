import { describe, expect, it } from 'vitest';
import {
  codesConsistency,
  groupConsistency,
  itemConsistency,
} from '../../../src/engine/analysis/consistency.ts';
import { childrenOf } from '../../../src/engine/core/structure.ts';
import { asemCoin } from '../helpers/asem.ts';
import { built, plainPearson, scoresOf } from './fixtures.ts';

/** Cronbach's alpha from its textbook formula on complete data: k/(k−1)·(1 − Σ var(xᵢ) / var(Σ xᵢ)). */
function alphaByFormula(items: Float64Array[]): number {
  const k = items.length;
  const n = items[0]!.length;
  const variance = (x: ArrayLike<number>) => {
    let m = 0;
    for (let i = 0; i < n; i++) m += x[i]!;
    m /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (x[i]! - m) ** 2;
    return ss / (n - 1);
  };
  const total = new Float64Array(n);
  for (const x of items) for (let i = 0; i < n; i++) total[i]! += x[i]!;
  const sumVar = items.reduce((s, x) => s + variance(x), 0);
  return (k / (k - 1)) * (1 - sumVar / variance(total));
}

describe('itemConsistency on hand-checkable items', () => {
  const x = Float64Array.from([1, 2, 3, 4, 5, 6]);
  const y = Float64Array.from([2, 1, 4, 3, 6, 5]);

  it('two items: KMO is 0.5 and PC1 explains (1 + |r|)/2', () => {
    const g = itemConsistency([x, y], ['x', 'y'], null);
    const { r } = plainPearson(x, y);
    expect(g.kmo).toBeCloseTo(0.5, 12); // with two variables the partial correlation equals r
    expect(g.pc1Share).toBeCloseTo((1 + Math.abs(r)) / 2, 12);
    expect(Math.abs(g.pc1Loadings[0]!)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(g.alpha).toBeCloseTo(alphaByFormula([x, y]), 12);
    expect(g.nComplete).toBe(6);
    expect(g.flags.lowKmo).toBe(true);
  });

  it('uncorrelated items are flagged on every count; parallel ones are not', () => {
    const a = Float64Array.from([1, -1, 1, -1]);
    const b = Float64Array.from([1, 1, -1, -1]);
    const weak = itemConsistency([a, b], ['a', 'b'], null);
    expect(weak.alpha).toBeCloseTo(0, 12); // zero covariance: Σ C = trace(C)
    expect(weak.flags).toMatchObject({ lowAlpha: true, lowPc1: true });
    expect(weak.pc1Share).toBeCloseTo(0.5, 12); // identity correlation matrix: eigenvalues 1, 1
    expect(Number.isNaN(weak.kmo)).toBe(true); // 0 / (0 + 0): KMO is undefined, so no flag
    expect(weak.notes.join(' ')).toContain('KMO');
    const strong = itemConsistency([x, Float64Array.from(x, (v) => 2 * v + 1)], ['x', '2x+1'], null);
    expect(strong.flags.lowAlpha).toBe(false);
    expect(strong.flags.lowPc1).toBe(false);
    expect(strong.pc1Share).toBeCloseTo(1, 12);
  });

  it('a single item gives NaN statistics with notes and raises no flag', () => {
    const g = itemConsistency([x], ['x'], 'G');
    expect(Number.isNaN(g.alpha)).toBe(true);
    expect(Number.isNaN(g.kmo)).toBe(true);
    expect(g.notes.length).toBeGreaterThan(0);
    expect(g.flags).toMatchObject({ lowAlpha: false, lowKmo: false });
  });

  it('PCA counts only complete rows; alpha uses pairwise-complete covariances', () => {
    const z = Float64Array.from([1, 2, Number.NaN, 4, 5, 7]);
    const g = itemConsistency([x, y, z], ['x', 'y', 'z'], null);
    expect(g.nComplete).toBe(5);
    expect(Number.isFinite(g.alpha)).toBe(true);
  });
});

describe('groupConsistency on ASEM', () => {
  const coin = asemCoin();
  const s = coin.structure;
  const result = built(coin);

  it('one entry per aggregate above the level, over its children', () => {
    const groups = groupConsistency(result, s, { level: 1 });
    if (!groups.ok) throw new Error(JSON.stringify(groups.errors));
    expect(groups.value.map((g) => g.group)).toEqual(s.codes.slice(49, 57));
    const physical = groups.value.find((g) => g.group === 'Physical')!;
    const kids = Array.from(childrenOf(s, s.codes.indexOf('Physical')), (j) => s.codes[j]!);
    expect(physical.codes).toEqual(kids);
  });

  it('alpha of the pillars within each sub-index equals the textbook formula (complete data)', () => {
    const groups = groupConsistency(result, s, { level: 2 });
    if (!groups.ok) throw new Error(JSON.stringify(groups.errors));
    expect(groups.value).toHaveLength(2);
    for (const g of groups.value) {
      const items = g.codes.map((c) => scoresOf(result, c));
      expect(items.every((x) => x.every((v) => !Number.isNaN(v)))).toBe(true); // the formula needs complete data
      expect(g.alpha).toBeCloseTo(alphaByFormula(items), 10);
      expect(g.nComplete).toBe(51);
      const eigenSum = g.eigenvalues.reduce((a, b) => a + b, 0);
      expect(eigenSum).toBeCloseTo(g.codes.length, 10); // trace of a correlation matrix
      expect(g.pc1Share).toBeCloseTo(g.eigenvalues[0]! / g.codes.length, 12);
    }
  });

  it('alpha of a pillar with gaps uses pairwise-complete covariances (plain loop)', () => {
    const groups = groupConsistency(result, s, { level: 1 });
    if (!groups.ok) throw new Error(JSON.stringify(groups.errors));
    const physical = groups.value.find((g) => g.group === 'Physical')!;
    const items = physical.codes.map((c) => scoresOf(result, c));
    expect(physical.nComplete).toBeLessThan(51); // the case needs missing values
    let trace = 0;
    let total = 0;
    for (const [i, x] of items.entries())
      for (const [j, y] of items.entries()) {
        const both = Array.from(x.keys()).filter((u) => !Number.isNaN(x[u]!) && !Number.isNaN(y[u]!));
        const mx = both.reduce((a, u) => a + x[u]!, 0) / both.length;
        const my = both.reduce((a, u) => a + y[u]!, 0) / both.length;
        const cov = both.reduce((a, u) => a + (x[u]! - mx) * (y[u]! - my), 0) / (both.length - 1);
        total += cov;
        if (i === j) trace += cov;
      }
    const k = items.length;
    expect(physical.alpha).toBeCloseTo((k / (k - 1)) * (1 - trace / total), 12);
  });

  it('codesConsistency takes any list of codes and rejects unknown ones', () => {
    const kids = ['LPI', 'Flights', 'Ship', 'Bord'];
    const r = codesConsistency(result, s, kids, 'normalised');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.codes).toEqual(kids);
    expect(r.value.group).toBeNull();
    const bad = codesConsistency(result, s, ['LPI', 'Nope']);
    expect(bad.ok ? [] : bad.errors.map((e) => e.code)).toEqual(['analysis-code']);
    expect(groupConsistency(result, s, { level: 4 }).ok).toBe(false); // the top level has no group above
  });
});
