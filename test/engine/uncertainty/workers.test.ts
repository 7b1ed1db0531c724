import { describe, expect, test } from 'vitest';
import { createIndexModel } from '../../../src/engine/uncertainty/index-model.ts';
import { runUncertainty } from '../../../src/engine/uncertainty/monte-carlo.ts';
import type { UncertaintyJob } from '../../../src/engine-workers/job.ts';
import { runSensitivityParallel, runUncertaintyParallel } from '../../../src/engine-workers/pool.ts';
import { asemCoin, asemTables } from './asem-coin.ts';

const job: UncertaintyJob = {
  ...asemTables(),
  indexSpec: {},
  uncertaintySpec: {
    inputs: [
      { name: 'weights', weightNoise: 0.25, sets: 50 },
      {
        name: 'normalisation',
        address: 'normalise',
        alternatives: [{ method: 'n_minmax' }, { method: 'n_zscore' }],
      },
      { name: 'drop', exclude: ['LPI', 'Goods'] },
    ],
  },
  seed: 2026,
};

describe('worker threads', () => {
  test('uncertainty results are identical with 1, 2 and 3 workers and match the in-thread run', async () => {
    const runs = 300; // 5 chunks: uneven over 2 and 3 workers
    const single = await runUncertaintyParallel(job, runs, { workers: 1 });
    const two = await runUncertaintyParallel(job, runs, { workers: 2 });
    const three = await runUncertaintyParallel(job, runs, { workers: 3 });
    expect(two).toEqual(single);
    expect(three).toEqual(single);
    const model = createIndexModel(asemCoin(), job.indexSpec, job.uncertaintySpec, job.seed);
    if (!model.ok) throw new Error('model');
    expect(runUncertainty(model.value, model.value.nominalRanks, { runs, seed: job.seed })).toEqual(single);
    expect(single.meanAbsRankShift).toBeGreaterThan(0);
  });

  test('sensitivity results are identical with 1 and 2 workers', async () => {
    const progress: number[] = [];
    const single = await runSensitivityParallel(job, 20, 30, { workers: 1 });
    const two = await runSensitivityParallel(job, 20, 30, {
      workers: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(two).toEqual(single);
    expect(single.builds).toBe(20 * 5);
    expect(progress.at(-1)).toBe(100);
  });
});
