import { Worker } from 'node:worker_threads';
import {
  chunkCount,
  finishUncertainty,
  mergeChunks,
  RUNS_PER_CHUNK,
  runChunk,
  type UncertaintyResult,
} from '../engine/uncertainty/monte-carlo.ts';
import type { RankAccumulator } from '../engine/uncertainty/rank-summary.ts';
import { estimateSensitivity, sensitivityOutputs } from '../engine/uncertainty/sensitivity.ts';
import { blockSize, type SensitivityEstimate } from '../engine/uncertainty/sobol.ts';
import { modelForJob, type UncertaintyJob, type WorkerTask } from './job.ts';

/** Sobol blocks per worker task: small enough to balance, large enough to amortise messages. */
const BLOCKS_PER_TASK = 8;

export interface PoolOptions {
  /** Worker threads; 0 or 1 runs in this thread. */
  workers: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs tasks over `workers` threads, each building the model from the job once. Tasks are handed
 * out as workers free up, results are stored by task index, so the caller combines them in a
 * fixed order and the output does not depend on the worker count or on scheduling.
 */
async function runTasks<R>(
  job: UncertaintyJob,
  tasks: WorkerTask[],
  workers: number,
  onDone: () => void,
): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  let next = 0;
  const bootstrap = new URL('./bootstrap.mjs', import.meta.url);
  const entry = new URL('./worker.ts', import.meta.url).href;
  const threads = Array.from(
    { length: Math.min(workers, tasks.length) },
    () => new Worker(bootstrap, { workerData: { entry, job } }),
  );
  try {
    await Promise.all(
      threads.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve();
              const index = next++;
              worker.once('message', (reply: { result?: R; error?: string }) => {
                if (reply.error) return reject(new Error(reply.error));
                results[index] = reply.result as R;
                onDone();
                send();
              });
              worker.postMessage(tasks[index]);
            };
            worker.once('error', reject);
            // A worker that dies without an error event must not leave the job waiting forever.
            worker.once('exit', (code) => reject(new Error(`uncertainty worker exited with code ${code}`)));
            worker.once('message', (hello: { ready?: boolean; error?: string }) => {
              if (hello.error) reject(new Error(hello.error));
              else send();
            });
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return results;
}

function modelOrThrow(job: UncertaintyJob) {
  const model = modelForJob(job);
  if (!model.ok) throw new Error(model.errors.map((e) => e.message).join('; '));
  return model.value;
}

/** Monte Carlo uncertainty over worker threads; identical output for any worker count. */
export async function runUncertaintyParallel(
  job: UncertaintyJob,
  runs: number,
  { workers, onProgress, keepScores = false }: PoolOptions & { keepScores?: boolean },
): Promise<UncertaintyResult> {
  const model = modelOrThrow(job);
  const chunks = chunkCount(runs);
  let done = 0;
  const tick = () => onProgress?.(Math.min(runs, ++done * RUNS_PER_CHUNK), runs);
  let accumulators: RankAccumulator[];
  if (workers <= 1) {
    accumulators = Array.from({ length: chunks }, (_, c) => {
      const acc = runChunk(model, model.nominalRanks, job.seed, runs, c, keepScores);
      tick();
      return acc;
    });
  } else {
    const tasks = Array.from(
      { length: chunks },
      (_, chunk): WorkerTask => ({ kind: 'ua', runs, chunk, keepScores }),
    );
    accumulators = await runTasks<RankAccumulator>(job, tasks, workers, tick);
  }
  return finishUncertainty(mergeChunks(model.nUnits, accumulators));
}

/** Sobol sensitivity (N (d + 2) builds) over worker threads; identical for any worker count. */
export async function runSensitivityParallel(
  job: UncertaintyJob,
  samples: number,
  nBoot: number,
  { workers, onProgress }: PoolOptions,
): Promise<SensitivityEstimate & { builds: number }> {
  const model = modelOrThrow(job);
  const d = model.dimensions;
  const tasks: WorkerTask[] = [];
  for (let from = 0; from < samples; from += BLOCKS_PER_TASK)
    tasks.push({ kind: 'sa', from, to: Math.min(samples, from + BLOCKS_PER_TASK) });
  let done = 0;
  const tick = () =>
    onProgress?.(Math.min(samples, ++done * BLOCKS_PER_TASK) * blockSize(d), samples * blockSize(d));
  const parts =
    workers <= 1
      ? tasks.map((t) => {
          const y =
            t.kind === 'sa'
              ? sensitivityOutputs(model, model.nominalRanks, job.seed, t.from, t.to)
              : new Float64Array();
          tick();
          return y;
        })
      : await runTasks<Float64Array>(job, tasks, workers, tick);
  const y = new Float64Array(samples * blockSize(d));
  let offset = 0;
  for (const part of parts) {
    y.set(part, offset);
    offset += part.length;
  }
  return { ...estimateSensitivity(y, d, nBoot, job.seed), builds: samples * blockSize(d) };
}
