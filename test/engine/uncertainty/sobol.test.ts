import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/engine/stats/rng.ts';
import { estimateSobol, evaluateBlocks, sobolBlock } from '../../../src/engine/uncertainty/sobol.ts';

/** Ishigami on [-pi, pi]^3 with a = 7, b = 0.1, fed uniforms on [0, 1). */
function ishigami(u: Float64Array): number {
  const [x1, x2, x3] = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v) as [number, number, number];
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

describe('Sobol indices (Saltelli 2010 first order, Jansen total)', () => {
  test('the design: AB_i equals A except column i, which comes from B', () => {
    const d = 4;
    const block = sobolBlock(9, 3, d);
    for (let i = 0; i < d; i++)
      for (let c = 0; c < d; c++) expect(block[(2 + i) * d + c]).toBe(c === i ? block[d + c] : block[c]);
    expect(sobolBlock(9, 3, d)).toEqual(block);
  });

  test('Ishigami: matches the analytic indices', () => {
    const golden = JSON.parse(
      readFileSync(new URL('../../golden/uncertainty/ishigami.json', import.meta.url), 'utf8'),
    ) as { firstOrder: number[]; totalEffect: number[] };
    const analytic = { si: golden.firstOrder, sti: golden.totalEffect };
    const n = 20_000;
    const y = evaluateBlocks(ishigami, 1234, 3, 0, n);
    const est = estimateSobol(y, 3, 50, createRng(1));
    expect(est.blocks).toBe(n);
    est.indices.forEach((ix, i) => {
      // Plain Monte Carlo at N = 20,000: the standard errors are about 0.01; allow ~4 SE.
      expect(Math.abs(ix.si - analytic.si[i]!)).toBeLessThan(0.04);
      expect(Math.abs(ix.sti - analytic.sti[i]!)).toBeLessThan(0.04);
      expect(ix.siQ05).toBeLessThanOrEqual(ix.siQ95);
      expect(ix.stiQ05).toBeLessThanOrEqual(ix.stiQ95);
    });
  });

  test('linear model: S_i = ST_i = a_i^2 / sum a^2 for independent uniform inputs', () => {
    const a = [1, 2, 3];
    const shares = a.map((v) => (v * v) / a.reduce((s, w) => s + w * w, 0));
    // Centred inputs: the Saltelli 2010 estimator's error grows with the output mean.
    const y = evaluateBlocks((u) => a.reduce((s, w, i) => s + w * (u[i]! - 0.5), 0), 77, 3, 0, 20_000);
    const est = estimateSobol(y, 3, 0, createRng(2));
    est.indices.forEach((ix, i) => {
      expect(Math.abs(ix.si - shares[i]!)).toBeLessThan(0.03);
      expect(Math.abs(ix.sti - shares[i]!)).toBeLessThan(0.03);
    });
    // Additive model: the first-order indices account for all the variance.
    expect(Math.abs(est.indices.reduce((s, ix) => s + ix.si, 0) - 1)).toBeLessThan(0.05);
  });

  test('blocks with a failed run are left out; evaluation ranges concatenate', () => {
    const f = (u: Float64Array) => u[0]! + u[1]!;
    const whole = evaluateBlocks(f, 5, 2, 0, 10);
    const parts = new Float64Array([...evaluateBlocks(f, 5, 2, 0, 4), ...evaluateBlocks(f, 5, 2, 4, 10)]);
    expect(parts).toEqual(whole);
    whole[4 * 3] = Number.NaN;
    expect(estimateSobol(whole, 2, 0, createRng(1)).blocks).toBe(9);
  });
});
