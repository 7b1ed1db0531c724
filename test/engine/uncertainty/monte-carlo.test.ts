import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quantile } from '../../../src/engine/stats/descriptive.ts';
import {
  chunkCount,
  finishUncertainty,
  mergeChunks,
  runChunk,
  runInputs,
  runUncertainty,
  type UncertaintyModel,
} from '../../../src/engine/uncertainty/monte-carlo.ts';

/** Four units whose scores move with two uniform inputs; unit 3 fails to score 10 % of the time. */
const model: UncertaintyModel = {
  dimensions: 2,
  nUnits: 4,
  evaluate(u) {
    if (u[0]! > 0.97 && u[1]! > 0.97) return null;
    return Float64Array.of(50 + 30 * u[0]!, 60, 40 + 40 * u[1]!, u[1]! < 0.1 ? Number.NaN : 55 + 10 * u[0]!);
  },
};

/** The same statistics computed the obvious way: every run's ranks kept in arrays. */
function plainLoop(runs: number, seed: number) {
  const ranksByUnit: number[][] = [[], [], [], []];
  const scoresByUnit: number[][] = [[], [], [], []];
  let failed = 0;
  for (let r = 0; r < runs; r++) {
    const scores = model.evaluate(runInputs(seed, r, 2));
    if (!scores) {
      failed++;
      continue;
    }
    scores.forEach((s, u) => {
      if (Number.isNaN(s)) return;
      scoresByUnit[u]!.push(s);
      // rank(-x, ties = "min"): 1 + the number of present scores strictly greater.
      ranksByUnit[u]!.push(1 + Array.from(scores).filter((o) => !Number.isNaN(o) && o > s).length);
    });
  }
  return { failed, ranksByUnit, scoresByUnit };
}

describe('Monte Carlo uncertainty', () => {
  test('rank statistics from the streaming histogram equal those of a stored rank matrix', () => {
    const runs = 1000;
    const result = runUncertainty(model, [2, 1, 4, 3], { runs, seed: 42, keepScores: true });
    const plain = plainLoop(runs, 42);
    expect(result.failedRuns).toBe(plain.failed);
    expect(result.runs).toBe(runs - plain.failed);
    result.units.forEach((stats, u) => {
      const ranks = plain.ranksByUnit[u]!;
      expect(stats.meanRank).toBeCloseTo(ranks.reduce((a, b) => a + b, 0) / ranks.length, 10);
      expect(stats.medianRank).toBeCloseTo(quantile(ranks, 0.5), 10);
      expect(stats.q05Rank).toBeCloseTo(quantile(ranks, 0.05), 10);
      expect(stats.q95Rank).toBeCloseTo(quantile(ranks, 0.95), 10);
      const scores = plain.scoresByUnit[u]!;
      expect(stats.meanScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 10);
      expect(stats.q05Score).toBe(quantile(scores, 0.05));
      expect(stats.medianScore).toBe(quantile(scores, 0.5));
      expect(stats.q95Score).toBe(quantile(scores, 0.95));
    });
    // Without keepScores, score quantiles are not kept (memory stays flat in runs).
    expect(runUncertainty(model, [2, 1, 4, 3], { runs: 10, seed: 1 }).units[0]!.q05Score).toBeNaN();
  });

  test('any split of the chunks, merged in order, gives identical results', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer(), (runs, seed) => {
        const nominal = [1, 2, 3, 4];
        const chunks = Array.from({ length: chunkCount(runs) }, (_, c) =>
          runChunk(model, nominal, seed, runs, c),
        );
        const serial = runUncertainty(model, nominal, { runs, seed });
        expect(finishUncertainty(mergeChunks(4, chunks))).toEqual(serial);
      }),
      { numRuns: 20 },
    );
  });

  test('a model with no uncertainty reproduces its ranks with zero spread', () => {
    const fixed: UncertaintyModel = { dimensions: 1, nUnits: 3, evaluate: () => Float64Array.of(3, 1, 2) };
    const result = runUncertainty(fixed, [1, 3, 2], { runs: 100, seed: 1 });
    expect(result.units.map((s) => [s.q05Rank, s.medianRank, s.q95Rank])).toEqual([
      [1, 1, 1],
      [3, 3, 3],
      [2, 2, 2],
    ]);
    expect(result.meanAbsRankShift).toBe(0);
  });
});
