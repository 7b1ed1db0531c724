import { fail, issue, ok, type Result } from '../core/result.ts';
import { pca } from './pca.ts';

export interface PcaWeights {
  /** One weight per indicator (input column order); each group's weights sum to 1. */
  weights: Float64Array;
  /** First-component loading of each indicator (sign as returned by `pca`). */
  loadings: Float64Array;
  /** Share of its group's variance that the first component explains, per group. */
  explained: Float64Array;
  /**
   * Indicators whose loading has the opposite sign to the rest of their group. COINr's PCA
   * weights vignette warns that such weights work against the framework; squaring hides the
   * sign, so it is reported here for the caller to act on.
   */
  negativeLoadings: number[];
}

/**
 * PCA weights per aggregation group (Handbook p.89-90, COINr get_PCA(weights_to)): within each
 * group, the first principal component of the correlation matrix is found, and the weights are
 * its squared loadings scaled to sum to 1. A one-indicator group gets weight 1.
 *
 * @param columns indicator columns (units down each column, NaN missing; rows with any missing
 *   value in a group are left out of that group's PCA, as prcomp does with na.omit)
 * @param groups indicator indices of each group
 */
export function pcaWeights(
  columns: readonly ArrayLike<number>[],
  groups: readonly (readonly number[])[],
): Result<PcaWeights> {
  const weights = new Float64Array(columns.length).fill(Number.NaN);
  const loadings = new Float64Array(columns.length).fill(Number.NaN);
  const explained = new Float64Array(groups.length);
  const negativeLoadings: number[] = [];
  for (let g = 0; g < groups.length; g++) {
    const members = groups[g]!;
    if (members.some((i) => columns[i] === undefined))
      return fail([issue('pca-weights', `group ${g} names a missing column`)]);
    if (members.length === 1) {
      weights[members[0]!] = 1;
      loadings[members[0]!] = 1;
      explained[g] = 1;
      continue;
    }
    const result = pca(members.map((i) => columns[i]!));
    if (!result.ok) return fail(result.errors.map((e) => ({ ...e, message: `group ${g}: ${e.message}` })));
    const p = members.length;
    const first = members.map((_, k) => result.value.loadings[k * p]!);
    const sumSquares = first.reduce((a, b) => a + b * b, 0);
    const majority = Math.sign(first.reduce((a, b) => a + b, 0)) || 1;
    members.forEach((i, k) => {
      loadings[i] = first[k]!;
      weights[i] = first[k]! ** 2 / sumSquares;
      if (Math.sign(first[k]!) === -majority) negativeLoadings.push(i);
    });
    explained[g] = result.value.explainedVariance[0]!;
  }
  return ok({ weights, loadings, explained, negativeLoadings });
}
