import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv, type Table } from '../../src/engine/input/csv.ts';
import { readCoin } from '../../src/engine/input/read-coin.ts';
import { buildIndex } from '../../src/engine/pipeline/build-index.ts';
import { createIndexModel } from '../../src/engine/uncertainty/index-model.ts';
import { runUncertainty } from '../../src/engine/uncertainty/monte-carlo.ts';
import { runSensitivity } from '../../src/engine/uncertainty/sensitivity.ts';
import type { UncertaintySpec } from '../../src/engine/uncertainty/spec.ts';
import { type BenchRow, type BenchSuite, timeMedian } from '../suite.ts';

// The ASEM example coin with the four uncertain inputs of COINr's sensitivity vignette:
// imputation (mean / median), normalisation (min-max [1, 100] / z-score (10, 2)),
// weights +-25 % on levels 2 and 3 (100 noisy sets), aggregation (arithmetic / geometric).
// COINr reference timings are from the issue: one build 0.25 s, 1,000 UA runs ~257 s,
// the N = 100, d = 4 SA (600 builds) 145 s.
export const VIGNETTE_INPUTS: UncertaintySpec = {
  inputs: [
    { name: 'imputation', address: 'impute', alternatives: [{ method: 'i_mean' }, { method: 'i_median' }] },
    {
      name: 'normalisation',
      address: 'normalise',
      alternatives: [
        { method: 'n_minmax', lu: [1, 100] },
        { method: 'n_zscore', mSd: [10, 2] },
      ],
    },
    { name: 'weights', weightNoise: 0.25, levels: [2, 3], sets: 100 },
    {
      name: 'aggregation',
      address: 'aggregate',
      alternatives: [{ method: 'a_amean' }, { method: 'a_gmean' }],
    },
  ],
};

function asemTable(name: string): Table {
  const path = fileURLToPath(new URL(`../../data/asem/${name}`, import.meta.url));
  const table = parseCsv(readFileSync(path, 'utf8'));
  if (!table.ok) throw new Error(`${name}: ${table.errors[0]?.message}`);
  return table.value;
}

export const suite: BenchSuite = {
  name: 'engine-asem',
  async run(): Promise<BenchRow[]> {
    const coin = readCoin(asemTable('ASEM_iData.csv'), asemTable('ASEM_iMeta.csv'));
    if (!coin.ok) throw new Error(coin.errors[0]?.message);
    const base = { normalise: { method: 'n_minmax' as const, lu: [1, 100] as [number, number] } };
    const model = createIndexModel(coin.value, base, VIGNETTE_INPUTS, 1);
    if (!model.ok) throw new Error(model.errors.map((e) => e.message).join('; '));
    const m = model.value;
    const rows: BenchRow[] = [];

    const build = await timeMedian(30, () => buildIndex(coin.value, base));
    rows.push({
      suite: 'engine-asem',
      case: 'ASEM one full build (51 units x 49 indicators, compile + run)',
      medianMs: build,
      runs: 30,
      target: '< 250 ms (COINr 0.25 s)',
      met: build < 250,
    });

    let seed = 0;
    const ua = await timeMedian(7, () => runUncertainty(m, m.nominalRanks, { runs: 1000, seed: ++seed }));
    rows.push({
      suite: 'engine-asem',
      case: 'ASEM 1,000-run uncertainty, 4 vignette inputs, one thread',
      medianMs: ua,
      runs: 7,
      target: '< 250 ms (COINr ~257 s)',
      met: ua < 250,
      note: `${(ua / 1000).toFixed(3)} ms per run; ${(257_000 / ua).toFixed(0)}x COINr`,
    });

    const sa = await timeMedian(5, () =>
      runSensitivity(m, m.nominalRanks, { samples: 100, seed: ++seed, nBoot: 100 }),
    );
    rows.push({
      suite: 'engine-asem',
      case: 'ASEM Sobol sensitivity N = 100, d = 4 (600 builds, Nboot 100)',
      medianMs: sa,
      runs: 5,
      target: '< 145 s (COINr 145 s)',
      met: sa < 145_000,
      note: `${(145_000 / sa).toFixed(0)}x COINr`,
    });
    return rows;
  },
};
