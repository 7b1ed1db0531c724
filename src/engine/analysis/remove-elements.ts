import { AGG } from '../aggregate/aggregate.ts';
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import { nodeIndex } from '../core/structure.ts';
import { type IndexResult, runIndex } from '../pipeline/build-index.ts';
import type { CompiledIndex } from '../pipeline/compile.ts';
import { rankDescendingMin } from '../rank/rank.ts';
import { checkLevel, nodesAt } from './columns.ts';

/**
 * The effect of removing each component of one level (COINr remove_elements).
 *
 * As COINr, "removing" a node means rebuilding the index with that node's weight set to 0 and
 * every other weight unchanged; nothing else in the spec changes. The aggregators re-normalise
 * weights within each group over the present children (Σ wᵢxᵢ / Σ wᵢ and the like), so a
 * zero weight removes the node's contribution and its siblings share its weight in proportion
 * to their own. The weighted means and a_wmedian skip zero-weight children and a_copeland gives
 * them no vote, so this is the same as deleting the node (and, for an aggregate, its whole
 * subtree) from iMeta; the tests check it against such a rebuild on ASEM for a_amean and
 * a_gmean (indicator and pillar removals). It is NOT the same when a step looks at the
 * zero-weight node's data: a_bod ignores weights (then removal has no effect; a warning says
 * so), `datThresh` still counts the node as a child, row-wise or EM imputation and screening
 * still use the indicator's values.
 *
 * Rank change per unit = nominal rank − rank after removal (COINr's sign: positive = the unit
 * moves up when the node is removed). The mean absolute rank change is taken over units ranked
 * in both builds (COINr's colMeans, which gives NA instead if any unit is unranked).
 */
export interface RemovalOptions {
  /** Level of the nodes to remove one at a time: 1 … top − 1 (as COINr). */
  level: number;
  /** Code whose scores and ranks are compared (default: the first top-level node). */
  target?: string;
}

export interface Removal {
  /** Code of the removed node. */
  removed: string;
  scores: Float64Array;
  ranks: Float64Array;
  /** nominal rank − rank after removal, NaN when either is missing. */
  rankChange: Float64Array;
  meanAbsRankChange: number;
}

export interface RemovalResult {
  target: string;
  unitCodes: string[];
  nominalScores: Float64Array;
  nominalRanks: Float64Array;
  removals: Removal[];
  warnings: EngineIssue[];
}

function targetScores(result: IndexResult, target: number): Float64Array {
  const n = result.unitCodes.length;
  return result.scores.values.slice(target * n, (target + 1) * n);
}

function ranksOf(scores: Float64Array): Float64Array {
  const ranks = new Float64Array(scores.length);
  rankDescendingMin(scores, ranks);
  return ranks;
}

export function removeElements(compiled: CompiledIndex, options: RemovalOptions): Result<RemovalResult> {
  const s = compiled.coin.structure;
  if (s.nLevels < 2)
    return fail([issue('analysis-level', 'removal needs an index with at least two levels')]);
  const level = checkLevel(s, 'level', options.level, s.nLevels - 1);
  if (!level.ok) return level;
  const targetCode = options.target ?? s.codes[s.levelStart[s.nLevels - 1]!]!;
  const target = nodeIndex(s).get(targetCode);
  if (target === undefined)
    return fail([issue('analysis-code', `target '${targetCode}' is not an indicator or aggregate code`)]);

  const nominal = runIndex(compiled, { ranksTopOnly: true });
  const nominalScores = targetScores(nominal, target);
  const nominalRanks = ranksOf(nominalScores);
  const warnings: EngineIssue[] = [];
  const removals: Removal[] = [];
  for (const node of nodesAt(s, level.value)) {
    const parent = s.parent[node]!;
    if (parent >= 0 && compiled.aggregation.method[parent] === AGG.bod)
      warnings.push(
        issue(
          'removal-weights-ignored',
          `'${s.codes[parent]}' aggregates by benefit of the doubt, which ignores weights: removing '${s.codes[node]}' has no effect`,
        ),
      );
    const weights = compiled.weights.slice();
    weights[node] = 0;
    const scores = targetScores(runIndex(compiled, { weights, ranksTopOnly: true }), target);
    const ranks = ranksOf(scores);
    const rankChange = new Float64Array(ranks.length);
    let sum = 0;
    let count = 0;
    for (let u = 0; u < ranks.length; u++) {
      rankChange[u] = nominalRanks[u]! - ranks[u]!;
      if (Number.isNaN(rankChange[u]!)) continue;
      sum += Math.abs(rankChange[u]!);
      count++;
    }
    removals.push({
      removed: s.codes[node]!,
      scores,
      ranks,
      rankChange,
      meanAbsRankChange: count > 0 ? sum / count : Number.NaN,
    });
  }
  return ok({
    target: targetCode,
    unitCodes: nominal.unitCodes,
    nominalScores,
    nominalRanks,
    removals,
    warnings,
  });
}
