import type { Structure } from '../core/structure.ts';

/** Equal weighting: every node weighs 1 within its parent group. */
export function equalWeights(structure: Structure): Float64Array {
  return new Float64Array(structure.nNodes).fill(1);
}

/** Given weights: iMeta `Weight` per node. */
export function givenWeights(structure: Structure): Float64Array {
  return structure.weight.slice();
}

/**
 * Effective weights (COINr get_eff_weights): the share of each node in the top-level score under
 * linear aggregation, eff(j) = w(j) / Σ_{siblings s} w(s) · eff(parent(j)), with eff = 1 / (number
 * of top-level nodes) at the top. The effective weights of the nodes on any one level sum to 1.
 */
export function effectiveWeights(structure: Structure, weights: Float64Array): Float64Array {
  const eff = new Float64Array(structure.nNodes);
  const top = structure.nLevels;
  const topStart = structure.levelStart[top - 1]!;
  const topEnd = structure.levelStart[top]!;
  let topSum = 0;
  for (let j = topStart; j < topEnd; j++) topSum += weights[j]!;
  for (let j = topStart; j < topEnd; j++) eff[j] = topSum > 0 ? weights[j]! / topSum : 0;
  // top-down: parents always have higher node indices than their children
  for (let j = topStart - 1; j >= 0; j--) {
    const p = structure.parent[j]!;
    if (p < 0) continue;
    let s = 0;
    for (let c = structure.childStart[p]!; c < structure.childStart[p + 1]!; c++)
      s += weights[structure.childIndex[c]!]!;
    eff[j] = s > 0 ? (weights[j]! / s) * eff[p]! : 0;
  }
  return eff;
}
