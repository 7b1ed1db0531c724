/**
 * Rank uncertainty by resampling respondents with replacement. Each replicate reuses the
 * respondent table (actual and predicted ratings) instead of retraining the SVRs: it asks how
 * much the ranks depend on which respondents happened to answer, given the fitted models.
 */
import { quantileSorted } from '../stats/descriptive.ts';
import { createRng } from '../stats/rng.ts';
import type { TableCells } from './predicted-table.ts';
import { rankEligible } from './rank-cities.ts';
import type { BootstrapIntervals } from './types.ts';

/**
 * The respondent table packed for resampling: per respondent, nCities x nDimensions cells of
 * weight x value and of weight, contiguous. Float32 halves the memory streamed per replicate;
 * sums are still accumulated in Float64, so only near-ties could rank differently.
 */
function packTable(table: TableCells, nRespondents: number, nCities: number) {
  const nDimensions = table.value.length;
  const stride = nCities * nDimensions;
  const weighted = new Float32Array(nRespondents * stride);
  const weight = new Float32Array(nRespondents * stride);
  for (let d = 0; d < nDimensions; d++) {
    const wv = table.weightedValue[d]!;
    const w = table.weight[d]!;
    for (let r = 0; r < nRespondents; r++) {
      for (let c = 0; c < nCities; c++) {
        weighted[r * stride + c * nDimensions + d] = wv[r * nCities + c]!;
        weight[r * stride + c * nDimensions + d] = w[r * nCities + c]!;
      }
    }
  }
  return { weighted, weight, stride, nDimensions };
}

/** Overall rating of each city for one set of respondent multiplicities. */
function replicateRatings(
  packed: ReturnType<typeof packTable>,
  multiplicity: Int32Array,
  sumWv: Float64Array,
  sumW: Float64Array,
  out: Float64Array,
): void {
  const { weighted, weight, stride, nDimensions } = packed;
  sumWv.fill(0);
  sumW.fill(0);
  for (let r = 0; r < multiplicity.length; r++) {
    const times = multiplicity[r]!;
    if (times === 0) continue;
    const base = r * stride;
    for (let k = 0; k < stride; k++) {
      sumWv[k]! += times * weighted[base + k]!;
      sumW[k]! += times * weight[base + k]!;
    }
  }
  for (let c = 0; c < out.length; c++) {
    let sum = 0;
    let present = 0;
    for (let d = 0; d < nDimensions; d++) {
      const w = sumW[c * nDimensions + d]!;
      if (w > 0) {
        sum += sumWv[c * nDimensions + d]! / w;
        present++;
      }
    }
    out[c] = present > 0 ? sum / present : Number.NaN;
  }
}

export function bootstrapRanks(
  table: TableCells,
  nRespondents: number,
  nCities: number,
  eligible: Uint8Array,
  replicates: number,
  seed: number,
): BootstrapIntervals {
  const rng = createRng(seed);
  const packed = packTable(table, nRespondents, nCities);
  const ranks = new Float64Array(replicates * nCities);
  const multiplicity = new Int32Array(nRespondents);
  // Replicate-outer order keeps the two accumulators (nCities x nDimensions each) in L1 cache.
  const sumWv = new Float64Array(packed.stride);
  const sumW = new Float64Array(packed.stride);
  const rating = new Float64Array(nCities);
  for (let b = 0; b < replicates; b++) {
    multiplicity.fill(0);
    const draw = rng.sampleWithReplacement(nRespondents, nRespondents);
    for (let i = 0; i < draw.length; i++) multiplicity[draw[i]!]!++;
    replicateRatings(packed, multiplicity, sumWv, sumW, rating);
    const rank = rankEligible(rating, eligible);
    for (let c = 0; c < nCities; c++) ranks[b * nCities + c] = rank[c]!;
  }
  const rankP05 = new Float64Array(nCities);
  const rankP95 = new Float64Array(nCities);
  const rankMedian = new Float64Array(nCities);
  const column = new Float64Array(replicates);
  for (let c = 0; c < nCities; c++) {
    let n = 0;
    // A city unrated in a replicate (rank 0) is left out of its interval.
    for (let b = 0; b < replicates; b++)
      if (ranks[b * nCities + c]! > 0) column[n++] = ranks[b * nCities + c]!;
    const sorted = column.subarray(0, n).sort();
    rankP05[c] = n > 0 ? quantileSorted(sorted, 0.05) : 0;
    rankP95[c] = n > 0 ? quantileSorted(sorted, 0.95) : 0;
    rankMedian[c] = n > 0 ? quantileSorted(sorted, 0.5) : 0;
  }
  return { replicates, seed, rankP05, rankP95, rankMedian };
}
