import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRng, deriveSeed } from '../../../src/engine/stats/rng.ts';

describe('seeded rng', () => {
  test('the same seed gives the same stream; another seed a different one', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 20 }, () => a.uniform());
    expect(Array.from({ length: 20 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.uniform())).not.toEqual(xs);
  });

  test('uniform stays in [0, 1) and has mean 1/2 and variance 1/12', () => {
    const rng = createRng(7);
    const n = 50_000;
    let sum = 0;
    let sum2 = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sum2 += u * u;
    }
    expect(outside).toBe(0);
    const m = sum / n;
    // Standard error of the mean is sqrt(1/12 / n) ~ 0.0013; 5 SE is a safe bound.
    expect(Math.abs(m - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sum2 / n - m * m - 1 / 12)).toBeLessThan(0.003);
  });

  test('normal has mean 0 and variance 1', () => {
    const rng = createRng(11);
    const n = 50_000;
    let sum = 0;
    let sum2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      sum2 += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(sum2 / n - 1)).toBeLessThan(0.03);
  });

  test('integer(n) covers 0..n-1 evenly', () => {
    const rng = createRng(3);
    const counts = new Array<number>(6).fill(0);
    const draws = 60_000;
    for (let i = 0; i < draws; i++) counts[rng.integer(6)]!++;
    for (const c of counts) expect(Math.abs(c - draws / 6)).toBeLessThan(5 * Math.sqrt((draws * 5) / 36));
  });

  test('shuffle is a permutation and sampleWithReplacement stays in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 50 }), (seed, n) => {
        const rng = createRng(seed);
        const items = Array.from({ length: n }, (_, i) => i);
        const shuffled = rng.shuffle([...items]);
        expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
        const sample = rng.sampleWithReplacement(n, 3 * n);
        expect(sample.length).toBe(3 * n);
        expect(sample.every((i) => i >= 0 && i < n)).toBe(true);
      }),
    );
  });

  test('derived run seeds depend on the run index and are stable', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(5, i)));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(5, 17)).toBe(deriveSeed(5, 17));
    expect(deriveSeed(5, 17)).not.toBe(deriveSeed(6, 17));
  });
});
