import {
  countPresent,
  kurtosis,
  maxOf,
  meanOf,
  medianOf,
  minOf,
  pearson,
  sdOf,
  skewness,
} from '../core/describe.ts';
import type { Matrix } from '../core/matrix.ts';
import type { Structure } from '../core/structure.ts';

/** COINr get_stats thresholds (defaults as COINr). */
export interface StatsThresholds {
  skew: number;
  kurt: number;
  availability: number;
  zeroShare: number;
  uniqueShare: number;
}

export const DEFAULT_STATS_THRESHOLDS: StatsThresholds = {
  skew: 2,
  kurt: 3.5,
  availability: 0.65,
  zeroShare: 0.5,
  uniqueShare: 0.5,
};

export interface IndicatorStats {
  nPresent: number;
  /** present / units. */
  availability: number;
  min: number;
  max: number;
  mean: number;
  median: number;
  sd: number;
  /** e1071 type-2 sample skewness. */
  skew: number;
  /** e1071 type-2 sample EXCESS kurtosis. */
  kurt: number;
  /** Share of present values equal to 0. */
  zeroShare: number;
  /** Distinct present values / present values; low means many repeated values. */
  uniqueShare: number;
  /** |skew| > skew AND kurt > kurt: an outlier candidate (the negation of check_SkewKurt). */
  flagSkewKurt: boolean;
  flagLowAvailability: boolean;
  flagZeros: boolean;
  flagLowUnique: boolean;
}

/** COINr get_stats for one indicator column. */
export function indicatorStats(
  x: Float64Array,
  t: StatsThresholds = DEFAULT_STATS_THRESHOLDS,
): IndicatorStats {
  const n = countPresent(x);
  let zeros = 0;
  const distinct = new Set<number>();
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    if (v === 0) zeros++;
    distinct.add(v);
  }
  const skew = skewness(x);
  const kurt = kurtosis(x);
  const availability = x.length === 0 ? 0 : n / x.length;
  const zeroShare = n === 0 ? Number.NaN : zeros / n;
  const uniqueShare = n === 0 ? Number.NaN : distinct.size / n;
  return {
    nPresent: n,
    availability,
    min: minOf(x),
    max: maxOf(x),
    mean: meanOf(x),
    median: medianOf(x),
    sd: sdOf(x),
    skew,
    kurt,
    zeroShare,
    uniqueShare,
    flagSkewKurt: Math.abs(skew) > t.skew && kurt > t.kurt,
    flagLowAvailability: availability < t.availability,
    flagZeros: zeroShare > t.zeroShare,
    flagLowUnique: uniqueShare < t.uniqueShare,
  };
}

/** get_stats over every column of a data set. */
export function datasetStats(data: Matrix, t: StatsThresholds = DEFAULT_STATS_THRESHOLDS): IndicatorStats[] {
  const out: IndicatorStats[] = [];
  for (let j = 0; j < data.nCols; j++)
    out.push(indicatorStats(data.values.subarray(j * data.nRows, (j + 1) * data.nRows), t));
  return out;
}

export interface UnitAvailability {
  /** Present indicator values / indicators, per unit. */
  availability: Float64Array;
  /** Share of present values equal to 0, per unit. */
  zeroShare: Float64Array;
}

/** COINr get_data_avail: data availability and zero share per unit (row). */
export function unitAvailability(data: Matrix): UnitAvailability {
  const n = data.nRows;
  const availability = new Float64Array(n);
  const zeroShare = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let present = 0;
    let zeros = 0;
    for (let j = 0; j < data.nCols; j++) {
      const v = data.values[j * n + u]!;
      if (Number.isNaN(v)) continue;
      present++;
      if (v === 0) zeros++;
    }
    availability[u] = data.nCols === 0 ? 0 : present / data.nCols;
    zeroShare[u] = present === 0 ? Number.NaN : zeros / present;
  }
  return { availability, zeroShare };
}

export interface CorrelationFlag {
  parent: string;
  a: string;
  b: string;
  r: number;
}

/**
 * COINr get_corr_flags (type "high"): pairs of indicators in the same aggregation group whose
 * Pearson correlation (pairwise-complete) exceeds `threshold` (default 0.9). `data` holds the
 * indicator columns in node order.
 */
export function correlationFlags(data: Matrix, structure: Structure, threshold = 0.9): CorrelationFlag[] {
  const flags: CorrelationFlag[] = [];
  const n = data.nRows;
  const col = (j: number) => data.values.subarray(j * n, (j + 1) * n);
  for (let a = 0; a < structure.nIndicators; a++) {
    for (let b = a + 1; b < structure.nIndicators; b++) {
      if (structure.parent[a] !== structure.parent[b] || structure.parent[a]! < 0) continue;
      const r = pearson(col(a), col(b));
      if (r > threshold)
        flags.push({
          parent: structure.codes[structure.parent[a]!]!,
          a: structure.codes[a]!,
          b: structure.codes[b]!,
          r,
        });
    }
  }
  return flags;
}
