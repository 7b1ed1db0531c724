import type { Result } from '../engine/core/result.ts';
import type { Table } from '../engine/input/csv.ts';
import { readCoin } from '../engine/input/read-coin.ts';
import type { IndexSpec } from '../engine/pipeline/spec.ts';
import { createIndexModel, type IndexUncertaintyModel } from '../engine/uncertainty/index-model.ts';
import type { UncertaintySpec } from '../engine/uncertainty/spec.ts';

/**
 * Everything a worker needs to rebuild the same model as the main thread: the input tables and
 * the specs (plain data, so it crosses the thread boundary by structured clone).
 */
export interface UncertaintyJob {
  iData: Table;
  iMeta: Table;
  indexSpec: IndexSpec;
  uncertaintySpec: UncertaintySpec;
  seed: number;
}

export function modelForJob(job: UncertaintyJob): Result<IndexUncertaintyModel> {
  const coin = readCoin(job.iData, job.iMeta);
  if (!coin.ok) return coin;
  return createIndexModel(coin.value, job.indexSpec, job.uncertaintySpec, job.seed);
}

/** Messages from the main thread to a worker, and the replies. */
export type WorkerTask =
  | { kind: 'ua'; runs: number; chunk: number; keepScores: boolean }
  | { kind: 'sa'; from: number; to: number };
