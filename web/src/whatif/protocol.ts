import type { FactorChange } from '../../../src/engine/fam/index.ts';
import type { ModelInputJson } from '../api/benchmark.ts';

/** Messages between the page and the what-if worker. */
export type ToWorker =
  | { kind: 'prepare'; key: string; input: ModelInputJson }
  | { kind: 'whatIf'; key: string; id: number; city: number; changes: FactorChange[] };

export interface WhatIfOutcome {
  score: number;
  rank: number;
  previousScore: number;
  previousRank: number;
  /** Per area in the model input's `areaNames` order. */
  areas: Array<{ score: number; rank: number; previousScore: number; previousRank: number }>;
}

export type FromWorker =
  | { kind: 'prepared'; key: string; ms: number }
  | { kind: 'result'; key: string; id: number; outcome: WhatIfOutcome; ms: number }
  | { kind: 'error'; key: string; id?: number; message: string };
