import { present, quantileSorted } from '../stats/descriptive.ts';

/**
 * Streaming per-unit statistics of Monte Carlo ranks and scores, in memory independent of the
 * number of runs.
 *
 * Ranks are integers 1..nUnits, so a per-unit histogram (nUnits x nUnits counts) holds their
 * whole distribution: mean, median and 5/95 % quantiles (R type 7) are then EXACT, not
 * approximated, and two histograms merge by addition. Scores are continuous; they keep mean and
 * variance (Welford, merged with Chan's formula), minimum and maximum.
 *
 * Score quantiles cannot be streamed exactly, so they are opt-in: with `keepScores`, each run's
 * scores are kept (nUnits x runs doubles, in run order) and the quantiles are exact; memory is
 * then linear in the number of runs.
 *
 * Merging is exact for ranks; for scores it is deterministic when chunks are merged in the same
 * order, which is what makes results independent of the worker count (see monte-carlo.ts).
 */
export interface RankAccumulator {
  nUnits: number;
  /** Runs that produced scores. */
  runs: number;
  /** Runs whose build failed (COINr records NA for them); they are left out of every statistic. */
  failedRuns: number;
  /** counts[u * nUnits + (rank - 1)]: how often unit u had that rank. */
  rankCounts: Float64Array;
  /** Runs in which unit u had no score (NaN). */
  missing: Float64Array;
  scoreN: Float64Array;
  scoreMean: Float64Array;
  scoreM2: Float64Array;
  scoreMin: Float64Array;
  scoreMax: Float64Array;
  /** Sum over runs of the mean absolute rank shift against the nominal ranks (handbook R_S). */
  sumMeanAbsShift: number;
  /** With keepScores: the scores of each successful run (nUnits values each), in run order. */
  keptScores: Float64Array[] | null;
}

export function createRankAccumulator(nUnits: number, keepScores = false): RankAccumulator {
  return {
    nUnits,
    runs: 0,
    failedRuns: 0,
    rankCounts: new Float64Array(nUnits * nUnits),
    missing: new Float64Array(nUnits),
    scoreN: new Float64Array(nUnits),
    scoreMean: new Float64Array(nUnits),
    scoreM2: new Float64Array(nUnits),
    scoreMin: new Float64Array(nUnits).fill(Number.POSITIVE_INFINITY),
    scoreMax: new Float64Array(nUnits).fill(Number.NEGATIVE_INFINITY),
    sumMeanAbsShift: 0,
    keptScores: keepScores ? [] : null,
  };
}

/** Mean over units (with both ranks present) of |rank - nominal rank|: COINr's SA target. */
export function meanAbsoluteRankShift(ranks: ArrayLike<number>, nominalRanks: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let u = 0; u < ranks.length; u++) {
    const d = ranks[u]! - nominalRanks[u]!;
    if (Number.isNaN(d)) continue;
    sum += Math.abs(d);
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}

export function addRun(
  acc: RankAccumulator,
  scores: ArrayLike<number>,
  ranks: ArrayLike<number>,
  nominalRanks: ArrayLike<number>,
): void {
  const n = acc.nUnits;
  acc.runs++;
  acc.sumMeanAbsShift += meanAbsoluteRankShift(ranks, nominalRanks) || 0;
  acc.keptScores?.push(Float64Array.from(scores));
  for (let u = 0; u < n; u++) {
    const rank = ranks[u]!;
    const score = scores[u]!;
    if (Number.isNaN(rank) || Number.isNaN(score)) {
      acc.missing[u]!++;
      continue;
    }
    acc.rankCounts[u * n + rank - 1]!++;
    const k = ++acc.scoreN[u]!;
    const delta = score - acc.scoreMean[u]!;
    acc.scoreMean[u]! += delta / k;
    acc.scoreM2[u]! += delta * (score - acc.scoreMean[u]!);
    if (score < acc.scoreMin[u]!) acc.scoreMin[u] = score;
    if (score > acc.scoreMax[u]!) acc.scoreMax[u] = score;
  }
}

/** Adds `b` into `a` (Chan et al. parallel variance for the score moments). */
export function mergeInto(a: RankAccumulator, b: RankAccumulator): void {
  a.runs += b.runs;
  a.failedRuns += b.failedRuns;
  a.sumMeanAbsShift += b.sumMeanAbsShift;
  if (b.keptScores) {
    a.keptScores ??= [];
    for (const run of b.keptScores) a.keptScores.push(run);
  }
  for (let i = 0; i < a.rankCounts.length; i++) a.rankCounts[i]! += b.rankCounts[i]!;
  for (let u = 0; u < a.nUnits; u++) {
    a.missing[u]! += b.missing[u]!;
    const na = a.scoreN[u]!;
    const nb = b.scoreN[u]!;
    if (nb === 0) continue;
    if (na === 0) {
      a.scoreN[u] = nb;
      a.scoreMean[u] = b.scoreMean[u]!;
      a.scoreM2[u] = b.scoreM2[u]!;
      a.scoreMin[u] = b.scoreMin[u]!;
      a.scoreMax[u] = b.scoreMax[u]!;
      continue;
    }
    const n = na + nb;
    const delta = b.scoreMean[u]! - a.scoreMean[u]!;
    a.scoreMean[u]! += (delta * nb) / n;
    a.scoreM2[u]! += b.scoreM2[u]! + (delta * delta * na * nb) / n;
    a.scoreN[u] = n;
    a.scoreMin[u] = Math.min(a.scoreMin[u]!, b.scoreMin[u]!);
    a.scoreMax[u] = Math.max(a.scoreMax[u]!, b.scoreMax[u]!);
  }
}

export interface UnitRankStats {
  meanRank: number;
  medianRank: number;
  q05Rank: number;
  q95Rank: number;
  meanScore: number;
  sdScore: number;
  minScore: number;
  maxScore: number;
  /** Only with keepScores (NaN otherwise): exact type-7 quantiles of the unit's scores. */
  medianScore: number;
  q05Score: number;
  q95Score: number;
}

/** The value at 0-based position k of the sorted sample described by `counts` (ranks 1..). */
function rankAtPosition(counts: Float64Array, offset: number, nUnits: number, k: number): number {
  let cumulative = 0;
  for (let r = 0; r < nUnits; r++) {
    cumulative += counts[offset + r]!;
    if (cumulative > k) return r + 1;
  }
  return Number.NaN;
}

/** R's quantile type 7 on the histogram of unit u's ranks. */
function rankQuantile(acc: RankAccumulator, u: number, p: number): number {
  const total = acc.scoreN[u]!;
  if (total === 0) return Number.NaN;
  const h = (total - 1) * p;
  const lo = Math.floor(h);
  const offset = u * acc.nUnits;
  const a = rankAtPosition(acc.rankCounts, offset, acc.nUnits, lo);
  const b = rankAtPosition(acc.rankCounts, offset, acc.nUnits, Math.min(lo + 1, total - 1));
  return a + (h - lo) * (b - a);
}

function scoreQuantiles(acc: RankAccumulator, u: number): [number, number, number] {
  if (!acc.keptScores) return [Number.NaN, Number.NaN, Number.NaN];
  const values = present(Float64Array.from(acc.keptScores, (run) => run[u]!)).sort();
  return [quantileSorted(values, 0.5), quantileSorted(values, 0.05), quantileSorted(values, 0.95)];
}

export function summariseRanks(acc: RankAccumulator): UnitRankStats[] {
  return Array.from({ length: acc.nUnits }, (_, u) => {
    const [medianScore, q05Score, q95Score] = scoreQuantiles(acc, u);
    const n = acc.scoreN[u]!;
    let rankSum = 0;
    for (let r = 0; r < acc.nUnits; r++) rankSum += (r + 1) * acc.rankCounts[u * acc.nUnits + r]!;
    return {
      meanRank: n > 0 ? rankSum / n : Number.NaN,
      medianRank: rankQuantile(acc, u, 0.5),
      q05Rank: rankQuantile(acc, u, 0.05),
      q95Rank: rankQuantile(acc, u, 0.95),
      meanScore: n > 0 ? acc.scoreMean[u]! : Number.NaN,
      sdScore: n > 1 ? Math.sqrt(acc.scoreM2[u]! / (n - 1)) : Number.NaN,
      minScore: n > 0 ? acc.scoreMin[u]! : Number.NaN,
      maxScore: n > 0 ? acc.scoreMax[u]! : Number.NaN,
      medianScore,
      q05Score,
      q95Score,
    };
  });
}
