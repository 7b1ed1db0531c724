import type { Structure } from '../core/structure.ts';
import { aBenefitOfDoubt } from './benefit-of-doubt.ts';
import { aCopeland } from './copeland.ts';
import { aGenmean, aGmean, aHmean, aMean, aWeightedMedian } from './row-means.ts';

/** Aggregation method codes, one per aggregate node (compiled from the spec). */
export const AGG = { amean: 0, gmean: 1, hmean: 2, genmean: 3, wmedian: 4, copeland: 5, bod: 6 } as const;

/** Per-aggregate-node method plan, indexed by node. Entries for indicator nodes are unused. */
export interface AggregationPlan {
  method: Uint8Array;
  /** gmean offset, genmean p, or bod scale. */
  param: Float64Array;
  /** Minimum share of present children (0 = at least one). */
  datThresh: Float64Array;
}

/**
 * Aggregates level by level (COINr Aggregate): for every aggregate node j and unit u, the children
 * of j (their scores already in `scores`, column-major units × nodes) are combined with the
 * node's method and the children's weights. A unit whose share of present children is below
 * datThresh (or zero) gets NaN. Writes the aggregate columns of `scores` in place.
 */
export function aggregateAll(
  scores: Float64Array,
  nUnits: number,
  structure: Structure,
  plan: AggregationPlan,
  weights: Float64Array,
): void {
  let maxK = 0;
  for (let j = structure.nIndicators; j < structure.nNodes; j++)
    maxK = Math.max(maxK, structure.childStart[j + 1]! - structure.childStart[j]!);
  const x = new Float64Array(maxK);
  const w = new Float64Array(maxK);
  const xs = new Float64Array(maxK);
  const ws = new Float64Array(maxK);
  const available = new Uint8Array(nUnits);
  for (let j = structure.nIndicators; j < structure.nNodes; j++) {
    const c0 = structure.childStart[j]!;
    const k = structure.childStart[j + 1]! - c0;
    const cols = structure.childIndex.subarray(c0, c0 + k);
    for (let t = 0; t < k; t++) w[t] = weights[cols[t]!]!;
    const method = plan.method[j]!;
    const param = plan.param[j]!;
    const thresh = plan.datThresh[j]!;
    const out = j * nUnits;
    for (let u = 0; u < nUnits; u++) {
      let present = 0;
      for (let t = 0; t < k; t++) {
        const v = scores[cols[t]! * nUnits + u]!;
        x[t] = v;
        if (!Number.isNaN(v)) present++;
      }
      const ok = present > 0 && present / k >= thresh;
      available[u] = ok ? 1 : 0;
      if (!ok) {
        scores[out + u] = Number.NaN;
        continue;
      }
      switch (method) {
        case AGG.amean:
          scores[out + u] = aMean(x, w, k);
          break;
        case AGG.gmean:
          scores[out + u] = aGmean(x, w, k, param);
          break;
        case AGG.hmean:
          scores[out + u] = aHmean(x, w, k);
          break;
        case AGG.genmean:
          scores[out + u] = aGenmean(x, w, k, param);
          break;
        case AGG.wmedian:
          scores[out + u] = aWeightedMedian(x, w, k, xs, ws);
          break;
        default:
          break; // whole-group methods below
      }
    }
    if (method === AGG.copeland) aCopeland(scores, nUnits, cols, w.subarray(0, k), available, scores, out);
    else if (method === AGG.bod) aBenefitOfDoubt(scores, nUnits, cols, available, scores, out, param);
  }
}
