import { rankDescendingMin } from '../rank/rank.ts';
import { createRng, deriveSeed } from '../stats/rng.ts';
import type { UncertaintyModel } from './monte-carlo.ts';
import { meanAbsoluteRankShift } from './rank-summary.ts';
import { blockSize, estimateSobol, evaluateBlocks, type SensitivityEstimate } from './sobol.ts';

/**
 * Variance-based sensitivity of a ranking, as COINr get_sensitivity(SA_type = "SA"): the scalar
 * output is the mean absolute rank change against the nominal ranks, the design has N blocks of
 * d + 2 runs (N (d + 2) builds), and a failed build is NaN (its block is dropped).
 */
export function rankShiftOutput(model: UncertaintyModel, nominalRanks: ArrayLike<number>) {
  const ranks = new Float64Array(model.nUnits);
  const scratch = new Float64Array(model.nUnits);
  return (u: Float64Array): number => {
    const scores = model.evaluate(u);
    if (!scores) return Number.NaN;
    rankDescendingMin(scores, ranks, scratch);
    return meanAbsoluteRankShift(ranks, nominalRanks);
  };
}

/** Outputs of blocks [from, to); pure, so worker threads compute slices of the design. */
export function sensitivityOutputs(
  model: UncertaintyModel,
  nominalRanks: ArrayLike<number>,
  seed: number,
  from: number,
  to: number,
): Float64Array {
  return evaluateBlocks(rankShiftOutput(model, nominalRanks), seed, model.dimensions, from, to);
}

/** Bootstrap resampling uses its own stream, apart from the design's per-block seeds. */
export function estimateSensitivity(
  y: Float64Array,
  dimensions: number,
  nBoot: number,
  seed: number,
): SensitivityEstimate {
  return estimateSobol(y, dimensions, nBoot, createRng(deriveSeed(seed ^ 0x27d4eb2f, 0xb007)));
}

export function runSensitivity(
  model: UncertaintyModel,
  nominalRanks: ArrayLike<number>,
  options: { samples: number; seed: number; nBoot?: number },
): SensitivityEstimate & { builds: number } {
  const y = sensitivityOutputs(model, nominalRanks, options.seed, 0, options.samples);
  return {
    ...estimateSensitivity(y, model.dimensions, options.nBoot ?? 100, options.seed),
    builds: options.samples * blockSize(model.dimensions),
  };
}
