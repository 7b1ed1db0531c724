import type { Rng } from './rng.ts';

/**
 * Weight sets perturbed for uncertainty analysis (COINr get_noisy_weights): each weight w becomes
 * w (1 + noise U), U uniform on [-1, 1), so noise = 0.25 means +-25 %. Zero weights stay zero.
 */
export function noisyWeights(weights: ArrayLike<number>, noise: number, rng: Rng): Float64Array {
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i]! * (1 + noise * (2 * rng.uniform() - 1));
  return out;
}
