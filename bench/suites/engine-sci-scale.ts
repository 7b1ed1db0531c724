import v8 from 'node:v8';
import vm from 'node:vm';
import type { Table } from '../../src/engine/input/csv.ts';
import { readCoin } from '../../src/engine/input/read-coin.ts';
import { buildIndex } from '../../src/engine/pipeline/build-index.ts';
import { createRng } from '../../src/engine/stats/rng.ts';
import { createIndexModel } from '../../src/engine/uncertainty/index-model.ts';
import { runUncertainty } from '../../src/engine/uncertainty/monte-carlo.ts';
import type { UncertaintyJob } from '../../src/engine-workers/job.ts';
import { runUncertaintyParallel } from '../../src/engine-workers/pool.ts';
import { type BenchRow, type BenchSuite, timeMedian } from '../suite.ts';
import { VIGNETTE_INPUTS } from './engine-asem.ts';

// A generated Smart-Centres-sized table: 76 units x 135 indicators (3 % missing), grouped
// 5 indicators -> 27 groups -> 9 pillars -> 3 sub-indices -> Index. Same uncertain inputs as
// the ASEM suite. Heap growth is measured after a forced GC, for 1,000 and 10,000 runs, to
// show memory does not grow with the number of runs.
const UNITS = 76;
const INDICATORS = 135;

function generatedTables(seed: number): { iData: Table; iMeta: Table } {
  const rng = createRng(seed);
  const codes = Array.from({ length: INDICATORS }, (_, i) => `I${i + 1}`);
  const rows = Array.from({ length: UNITS }, (_, u) => {
    const strength = rng.normal();
    const cells = codes.map(() => {
      if (rng.uniform() < 0.03) return '';
      return String(Math.exp(1 + 0.4 * strength + 0.6 * rng.normal()));
    });
    return [`U${u + 1}`, ...cells];
  });
  const meta: string[][] = [];
  for (const [i, code] of codes.entries()) {
    const direction = rng.uniform() < 0.2 ? '-1' : '1';
    meta.push(['1', code, code, direction, '1', `G${Math.floor(i / 5) + 1}`, 'Indicator']);
  }
  for (let g = 0; g < 27; g++)
    meta.push(['2', `G${g + 1}`, `G${g + 1}`, '1', '1', `P${Math.floor(g / 3) + 1}`, 'Aggregate']);
  for (let p = 0; p < 9; p++)
    meta.push(['3', `P${p + 1}`, `P${p + 1}`, '1', '1', `S${Math.floor(p / 3) + 1}`, 'Aggregate']);
  for (let s = 0; s < 3; s++) meta.push(['4', `S${s + 1}`, `S${s + 1}`, '1', '1', 'Index', 'Aggregate']);
  meta.push(['5', 'Index', 'Index', '1', '1', '', 'Aggregate']);
  return {
    iData: { header: ['uCode', ...codes], rows },
    iMeta: { header: ['Level', 'iCode', 'iName', 'Direction', 'Weight', 'Parent', 'Type'], rows: meta },
  };
}

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap growth (MiB) across `fn`, after forced collections, with the result kept alive. */
function heapGrowth(fn: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = fn();
  gc();
  const after = process.memoryUsage().heapUsed;
  return result === undefined ? Number.NaN : (after - before) / 2 ** 20;
}

export const suite: BenchSuite = {
  name: 'engine-sci-scale',
  async run(): Promise<BenchRow[]> {
    const tables = generatedTables(76135);
    const coin = readCoin(tables.iData, tables.iMeta);
    if (!coin.ok) throw new Error(coin.errors.map((e) => e.message).join('; '));
    const base = { normalise: { method: 'n_minmax' as const, lu: [1, 100] as [number, number] } };
    const job: UncertaintyJob = { ...tables, indexSpec: base, uncertaintySpec: VIGNETTE_INPUTS, seed: 1 };
    const model = createIndexModel(coin.value, base, VIGNETTE_INPUTS, 1);
    if (!model.ok) throw new Error(model.errors.map((e) => e.message).join('; '));
    const m = model.value;
    const rows: BenchRow[] = [];
    const size = `${UNITS} x ${INDICATORS}`;

    const build = await timeMedian(20, () => buildIndex(coin.value, base));
    rows.push({ suite: 'engine-sci-scale', case: `one full build, ${size}`, medianMs: build, runs: 20 });

    const small = heapGrowth(() => runUncertainty(m, m.nominalRanks, { runs: 1000, seed: 7 }));
    const large = heapGrowth(() => runUncertainty(m, m.nominalRanks, { runs: 10_000, seed: 7 }));
    let seed = 100;
    const single = await timeMedian(3, () =>
      runUncertainty(m, m.nominalRanks, { runs: 10_000, seed: ++seed }),
    );
    rows.push({
      suite: 'engine-sci-scale',
      case: `10,000-run uncertainty, ${size}, one thread`,
      medianMs: single,
      runs: 3,
      note: `heap growth ${small.toFixed(2)} MiB after 1,000 runs, ${large.toFixed(2)} MiB after 10,000 (flat in runs)`,
    });
    const parallel = await timeMedian(3, () => runUncertaintyParallel(job, 10_000, { workers: 2 }));
    rows.push({
      suite: 'engine-sci-scale',
      case: `10,000-run uncertainty, ${size}, 2 worker threads`,
      medianMs: parallel,
      runs: 3,
      note: `includes starting the workers (tsx) and building the model in each; ${(single / parallel).toFixed(2)}x one thread`,
    });
    return rows;
  },
};
