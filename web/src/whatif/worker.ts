/**
 * Runs the factor assessment model off the main thread: `prepare` trains it once per edition
 * (a second or two), then each `whatIf` re-scores one city in a few milliseconds.
 */
import { type PreparedEdition, prepareEdition, whatIf } from '../../../src/engine/fam/index.ts';
import { toEditionInput } from './modelInput.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

interface WorkerScope {
  postMessage: (message: FromWorker) => void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
let prepared: { key: string; edition: PreparedEdition } | null = null;

function reply(message: FromWorker): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'prepare') {
    const started = performance.now();
    // The bootstrap only gives rank intervals, which what-if does not use: skip it.
    const result = prepareEdition(toEditionInput(message.input), {
      ...message.input.params,
      bootstrapReplicates: 0,
    });
    if (!result.ok) {
      reply({ kind: 'error', key: message.key, message: result.errors.map((e) => e.message).join('; ') });
      return;
    }
    prepared = { key: message.key, edition: result.value };
    reply({ kind: 'prepared', key: message.key, ms: performance.now() - started });
    return;
  }
  if (!prepared || prepared.key !== message.key) {
    reply({ kind: 'error', key: message.key, id: message.id, message: 'model not prepared' });
    return;
  }
  const started = performance.now();
  const result = whatIf(prepared.edition, message.city, message.changes);
  const ms = performance.now() - started;
  if (!result.ok) {
    reply({
      kind: 'error',
      key: message.key,
      id: message.id,
      message: result.errors.map((e) => e.message).join('; '),
    });
    return;
  }
  const { score, rank, previousScore, previousRank, areas } = result.value;
  reply({
    kind: 'result',
    key: message.key,
    id: message.id,
    ms,
    outcome: {
      score,
      rank,
      previousScore,
      previousRank,
      areas: areas.map((a) => ({
        score: a.score,
        rank: a.rank,
        previousScore: a.previousScore,
        previousRank: a.previousRank,
      })),
    },
  });
};
