import { parentPort, workerData } from 'node:worker_threads';
import { runChunk } from '../engine/uncertainty/monte-carlo.ts';
import { sensitivityOutputs } from '../engine/uncertainty/sensitivity.ts';
import { modelForJob, type UncertaintyJob, type WorkerTask } from './job.ts';

// One worker: builds the model once from the job, then answers tasks until terminated.
const { job } = workerData as { job: UncertaintyJob };
const model = modelForJob(job);
const port = parentPort!;
if (!model.ok) {
  port.postMessage({ error: model.errors.map((e) => e.message).join('; ') });
} else {
  const m = model.value;
  port.on('message', (task: WorkerTask) => {
    if (task.kind === 'ua') {
      port.postMessage({
        task,
        result: runChunk(m, m.nominalRanks, job.seed, task.runs, task.chunk, task.keepScores),
      });
    } else {
      port.postMessage({ task, result: sensitivityOutputs(m, m.nominalRanks, job.seed, task.from, task.to) });
    }
  });
  port.postMessage({ ready: true });
}
