/** The factor assessment model (Z/Yen-style centre ratings from surveys plus instrumental factors). */
export { buildEdition } from './build-edition.ts';
export { factorContributions, nearestPeers, type Peer, peerMedians } from './explain.ts';
export { DEFAULT_FAM_PARAMS, ratingToScore, resolveFamParams } from './params.ts';
export { type PreparedEdition, prepareEdition } from './prepare-edition.ts';
export type {
  AssessmentTable,
  BootstrapIntervals,
  DecaySpec,
  EditionDiagnostics,
  EditionInput,
  EditionResult,
  FactorTable,
  FamParams,
  ModelScores,
  PredictionMode,
} from './types.ts';
export { type FactorChange, type WhatIfResult, type WhatIfScore, whatIf } from './what-if.ts';
