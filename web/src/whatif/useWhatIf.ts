import { useCallback, useEffect, useRef, useState } from 'react';
import type { FactorChange } from '../../../src/engine/fam/index.ts';
import { getModelInput, type ModelInputJson } from '../api/benchmark.ts';
import { ApiError } from '../api/problem.ts';
import type { FromWorker, ToWorker, WhatIfOutcome } from './protocol.ts';

export type WhatIfState =
  | { status: 'loading' }
  | { status: 'preparing'; input: ModelInputJson }
  | { status: 'ready'; input: ModelInputJson; prepareMs: number }
  | { status: 'error'; error: ApiError };

export interface WhatIfAnswer {
  outcome: WhatIfOutcome;
  /** Time the engine took in the worker, in milliseconds. */
  ms: number;
}

/**
 * Fetches an edition's model input once, trains the model in a Web Worker (the page stays
 * responsive) and answers what-if questions; only the newest question's answer is kept.
 */
export function useWhatIf(slug: string, edition: number) {
  const [state, setState] = useState<WhatIfState>({ status: 'loading' });
  const [answer, setAnswer] = useState<WhatIfAnswer | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const latestId = useRef(0);
  const key = `${slug}:${edition}`;

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    setAnswer(null);
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (cancelled || message.key !== key) return;
      if (message.kind === 'prepared') {
        setState((current) =>
          current.status === 'preparing'
            ? { status: 'ready', input: current.input, prepareMs: message.ms }
            : current,
        );
      } else if (message.kind === 'result') {
        if (message.id === latestId.current) setAnswer({ outcome: message.outcome, ms: message.ms });
      } else {
        setState({ status: 'error', error: new ApiError(0, { title: message.message }) });
      }
    };
    getModelInput(slug, edition).then(
      (input) => {
        if (cancelled) return;
        setState({ status: 'preparing', input });
        const message: ToWorker = { kind: 'prepare', key, input };
        worker.postMessage(message);
      },
      (error: unknown) => {
        if (cancelled) return;
        setState({
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, { title: String(error) }),
        });
      },
    );
    return () => {
      cancelled = true;
      worker.terminate();
      workerRef.current = null;
    };
  }, [slug, edition, key]);

  const run = useCallback(
    (city: number, changes: FactorChange[]) => {
      latestId.current += 1;
      if (changes.length === 0) {
        setAnswer(null);
        return;
      }
      const message: ToWorker = { kind: 'whatIf', key, id: latestId.current, city, changes };
      workerRef.current?.postMessage(message);
    },
    [key],
  );

  return { state, answer, run };
}
