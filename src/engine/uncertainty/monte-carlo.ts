import { rankDescendingMin } from '../rank/rank.ts';
import { createRng, deriveSeed } from '../stats/rng.ts';
import {
  addRun,
  createRankAccumulator,
  mergeInto,
  type RankAccumulator,
  summariseRanks,
  type UnitRankStats,
} from './rank-summary.ts';

/**
 * A model for uncertainty analysis: d uncertain inputs, each driven by one uniform number on
 * [0, 1) (a discrete input maps it to one of its alternatives), giving one score per unit, or
 * null when the build fails.
 */
export interface UncertaintyModel {
  dimensions: number;
  nUnits: number;
  evaluate(u: Float64Array): Float64Array | null;
}

/**
 * Runs are processed in fixed chunks of this many; each chunk is accumulated on its own and the
 * chunks are merged in chunk order. Because the chunking does not depend on how chunks are
 * spread over threads, a job gives bit-identical results with any worker count.
 */
export const RUNS_PER_CHUNK = 64;

export function chunkCount(runs: number): number {
  return Math.ceil(runs / RUNS_PER_CHUNK);
}

/** The uniforms of run `run`: drawn from the run's own seed, so any thread can reproduce them. */
export function runInputs(seed: number, run: number, dimensions: number, out = new Float64Array(dimensions)) {
  const rng = createRng(deriveSeed(seed, run));
  for (let i = 0; i < dimensions; i++) out[i] = rng.uniform();
  return out;
}

/** Evaluates the runs of one chunk; pure, so worker threads call it too. */
export function runChunk(
  model: UncertaintyModel,
  nominalRanks: ArrayLike<number>,
  seed: number,
  runs: number,
  chunk: number,
  keepScores = false,
): RankAccumulator {
  const acc = createRankAccumulator(model.nUnits, keepScores);
  const ranks = new Float64Array(model.nUnits);
  const scratch = new Float64Array(model.nUnits);
  const u = new Float64Array(model.dimensions);
  const end = Math.min(runs, (chunk + 1) * RUNS_PER_CHUNK);
  for (let run = chunk * RUNS_PER_CHUNK; run < end; run++) {
    const scores = model.evaluate(runInputs(seed, run, model.dimensions, u));
    if (scores === null) {
      acc.failedRuns++;
      continue;
    }
    rankDescendingMin(scores, ranks, scratch);
    addRun(acc, scores, ranks, nominalRanks);
  }
  return acc;
}

/** Merges chunk accumulators in chunk order (the order fixes the floating-point sums). */
export function mergeChunks(nUnits: number, chunks: readonly RankAccumulator[]): RankAccumulator {
  const total = createRankAccumulator(
    nUnits,
    chunks.some((c) => c.keptScores !== null),
  );
  for (const c of chunks) mergeInto(total, c);
  return total;
}

export interface UncertaintyResult {
  runs: number;
  failedRuns: number;
  units: UnitRankStats[];
  /** Average over runs of the mean absolute rank shift against the nominal ranks. */
  meanAbsRankShift: number;
}

export function finishUncertainty(acc: RankAccumulator): UncertaintyResult {
  return {
    runs: acc.runs,
    failedRuns: acc.failedRuns,
    units: summariseRanks(acc),
    meanAbsRankShift: acc.runs > 0 ? acc.sumMeanAbsShift / acc.runs : Number.NaN,
  };
}

/**
 * Single-threaded Monte Carlo uncertainty analysis. Memory: one chunk accumulator
 * (nUnits^2 rank counts) at a time plus the running total, whatever the number of runs
 * (unless keepScores asks for exact score quantiles, which keeps every run's scores).
 */
export function runUncertainty(
  model: UncertaintyModel,
  nominalRanks: ArrayLike<number>,
  options: { runs: number; seed: number; keepScores?: boolean; onProgress?: (doneRuns: number) => void },
): UncertaintyResult {
  const keep = options.keepScores ?? false;
  const total = createRankAccumulator(model.nUnits, keep);
  const chunks = chunkCount(options.runs);
  for (let c = 0; c < chunks; c++) {
    mergeInto(total, runChunk(model, nominalRanks, options.seed, options.runs, c, keep));
    options.onProgress?.(Math.min(options.runs, (c + 1) * RUNS_PER_CHUNK));
  }
  return finishUncertainty(total);
}
