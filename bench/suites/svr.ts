import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultSvrParams } from '../../src/engine/svr/params.ts';
import { trainSvr } from '../../src/engine/svr/train.ts';
import type { SvrModel, SvrParams } from '../../src/engine/svr/types.ts';
import {
  asSvmTrainReads,
  libsvmAvailable,
  readLibsvmModel,
  svmTrainArgs,
  writeLibsvmData,
} from '../../test/engine/svr/support/libsvm-cli.ts';
import {
  assessmentSet,
  cityMeansSet,
  type RegressionSet,
  smoothRegressionSet,
} from '../../test/engine/svr/support/synthetic-data.ts';
import { type BenchRow, type BenchSuite, timeMedian } from '../suite.ts';

// Training time of the TypeScript epsilon-SVR against native LIBSVM 3.24 (`svm-train -s 3 -t 2`,
// Debian libsvm-tools) on the same training set, in the same run. Target (issue 4): TypeScript
// within 2x of svm-train.
//
// The native figure is the wall time of the whole `svm-train` process: process start, parsing the
// text file, training and writing the model. To separate training, the same command is also run
// with a stopping tolerance of 1e30, which stops before the first iteration; the difference is
// reported as the native "training only" estimate.

interface Case {
  name: string;
  set: () => RegressionSet;
  params: Partial<SvrParams>;
  runs: number;
  /** Extra untimed runs first, so a small case is timed with optimised (JIT) code. */
  warmups: number;
}

const cases: Case[] = [
  // Z/Yen style: one row per city, the mean rating explained by 135 instrumental factors.
  {
    name: 'city means, 76 rows x 135 factors',
    set: () => cityMeansSet(76, 135, 7),
    params: { C: 10, epsilon: 0.1 },
    runs: 15,
    warmups: 30,
  },
  // One row per (respondent, rated city): the city's factors plus the respondent's sector (5).
  {
    name: 'assessments, 30,000 rows x 140 (76 cities x 5 sectors)',
    set: () => assessmentSet(30_000, 76, 135, 5, 11),
    params: { C: 1, epsilon: 0.5 },
    runs: 1,
    warmups: 0,
  },
  // No repeated rows: the solver itself, without the identical-row grouping.
  {
    name: 'distinct rows, 4,000 x 20',
    set: () => smoothRegressionSet(4000, 20, 51),
    params: { C: 10, epsilon: 0.05 },
    runs: 3,
    warmups: 0,
  },
];

export const suite: BenchSuite = {
  name: 'svr',
  async run() {
    const native = libsvmAvailable();
    const rows: BenchRow[] = [];
    for (const c of cases) {
      const set = c.set();
      const params = asSvmTrainReads({ ...defaultSvrParams(set.data.nFeatures), ...c.params });
      let model: SvrModel | undefined;
      const train = () => {
        const result = trainSvr(set.data, set.targets, params);
        if (!result.ok) throw new Error(result.errors[0]!.message);
        model = result.value;
      };
      const firstMs = timeOnce(train);
      for (let k = 0; k < c.warmups; k++) train();
      // Large cases run once: a second run would add half a minute for no gain in accuracy.
      const tsMs = c.runs > 1 ? await timeMedian(c.runs, train) : firstMs;
      const row: BenchRow = { suite: 'svr', case: `TS train: ${c.name}`, medianMs: tsMs, runs: c.runs };
      if (!native || model === undefined) {
        rows.push({ ...row, note: 'svm-train not installed (apt-get install libsvm-tools): no comparison' });
        continue;
      }
      const dir = mkdtempSync(path.join(tmpdir(), 'citybench-bench-svr-'));
      try {
        const dataPath = path.join(dir, 'train.txt');
        const modelPath = path.join(dir, 'model.txt');
        writeLibsvmData(dataPath, set.data, set.targets);
        const nativeMs = median(c.runs, () => runSvmTrain(svmTrainArgs(params, dataPath, modelPath)));
        const nativeModel = readLibsvmModel(modelPath, set.data.nFeatures);
        const startupMs = median(c.runs, () =>
          runSvmTrain(svmTrainArgs({ ...params, tolerance: 1e30 }, dataPath, path.join(dir, 'empty.txt'))),
        );
        const trainOnlyMs = Math.max(nativeMs - startupMs, 0);
        const sameModel =
          nativeModel.coefficients.length === model.coefficients.length &&
          nativeModel.coefficients.every(
            (v, k) => Math.abs(v - model!.coefficients[k]!) <= 1e-6 * Math.max(1, params.C),
          );
        rows.push({
          ...row,
          target: 'TS <= 2x native svm-train',
          met: tsMs <= 2 * nativeMs,
          note:
            `svm-train ${fmt(nativeMs)} ms (process + parse + train; ${(tsMs / nativeMs).toFixed(2)}x), ` +
            `training only ~${fmt(trainOnlyMs)} ms (${trainOnlyMs > 0 ? (tsMs / trainOnlyMs).toFixed(2) : '-'}x); ` +
            `TS first call ${fmt(firstMs)} ms; ${model.iterations} iterations, ${model.coefficients.length} SVs, ` +
            `same model as svm-train: ${sameModel ? 'yes' : 'NO'}`,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return rows;
  },
};

function runSvmTrain(args: string[]): number {
  const start = performance.now();
  const run = spawnSync('svm-train', args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.error !== undefined || run.status !== 0) throw new Error(`svm-train failed: ${run.stderr}`);
  return ms;
}

function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(runs: number, measure: () => number): number {
  const times = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  return runs % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(2);
}
