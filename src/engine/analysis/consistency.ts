import { fail, issue, ok, type Result } from '../core/result.ts';
import { childrenOf, nodeIndex, type Structure } from '../core/structure.ts';
import type { IndexResult } from '../pipeline/build-index.ts';
import { pca } from '../stats/pca.ts';
import { cronbachAlpha, kmo } from '../stats/reliability.ts';
import { type AnalysisDataset, checkLevel, nodeColumns, nodesAt } from './columns.ts';

/**
 * Statistical consistency of aggregation groups (COINr get_cronbach, get_PCA by_groups; KMO).
 *
 * Thresholds (defaults; sources in /work/shared/reference/index-methods.md §6.2):
 * - alpha < 0.7: Cronbach's alpha; OECD/JRC Handbook (2008) citing Nunnally (1978): "0.7"
 *   (some authors use 0.75 or 0.8, others 0.6).
 * - KMO < 0.6: Handbook p.26, KMO overall "should be .60 or higher" (realistically above 0.8).
 *   With exactly two items KMO is always 0.5 (the partial correlation equals r), so a
 *   two-item group is always flagged; read that flag with care.
 * - PC1 share < 60%: the Handbook's factor-retention rule (iii), retained factors should
 *   explain "cumulatively … more than 60%" of the variance, applied here to the first
 *   component alone as a one-dimensionality check. This application is ours, not a stated
 *   JRC threshold.
 * - more than one eigenvalue > 1: Kaiser's rule (Handbook Box 6), a hint that the group
 *   measures more than one dimension.
 *
 * Alpha uses the pairwise-complete covariance (as COINr); KMO the pairwise correlation matrix;
 * PCA the complete rows only (prcomp after na.omit). A statistic that cannot be computed is
 * NaN with its reason in `notes`, and raises no flag.
 */
export interface ConsistencyThresholds {
  alpha: number;
  kmo: number;
  pc1Share: number;
}

export const DEFAULT_CONSISTENCY_THRESHOLDS: ConsistencyThresholds = { alpha: 0.7, kmo: 0.6, pc1Share: 0.6 };

export interface ConsistencyFlags {
  lowAlpha: boolean;
  lowKmo: boolean;
  lowPc1: boolean;
  /** More than one eigenvalue > 1 (Kaiser). */
  multiDimensional: boolean;
}

export interface GroupConsistency {
  /** Aggregate code of the group, or null for an ad-hoc list of codes. */
  group: string | null;
  codes: string[];
  alpha: number;
  kmo: number;
  /** Per-item KMO (measure of sampling adequacy), NaN when KMO failed. */
  kmoPerItem: Float64Array;
  /** Share of variance explained by the first principal component. */
  pc1Share: number;
  /** First-component loadings per item (sign: positive loading sum). */
  pc1Loadings: Float64Array;
  /** Eigenvalues of the correlation matrix, largest first. */
  eigenvalues: Float64Array;
  /** Units with every item present (the rows the PCA used). */
  nComplete: number;
  flags: ConsistencyFlags;
  notes: string[];
}

function nanArray(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}

/** Alpha, KMO and PCA of one set of item columns. */
export function itemConsistency(
  columns: readonly Float64Array[],
  codes: string[],
  group: string | null,
  thresholds: ConsistencyThresholds = DEFAULT_CONSISTENCY_THRESHOLDS,
): GroupConsistency {
  const p = columns.length;
  const notes: string[] = [];
  const alpha = cronbachAlpha(columns);
  if (Number.isNaN(alpha)) notes.push(p < 2 ? 'alpha needs at least two items' : 'alpha is undefined');

  const k = kmo(columns);
  if (!k.ok) notes.push(...k.errors.map((e) => e.message));
  else if (Number.isNaN(k.value.overall)) notes.push('KMO is undefined (every correlation is zero)');

  const components = pca(columns);
  let pc1Share = Number.NaN;
  let pc1Loadings = nanArray(p);
  let eigenvalues = nanArray(p);
  let nComplete = 0;
  if (components.ok) {
    const v = components.value;
    pc1Share = v.explainedVariance[0]!;
    pc1Loadings = Float64Array.from({ length: p }, (_, i) => v.loadings[i * p]!);
    eigenvalues = v.sdev.map((sd) => sd * sd);
    nComplete = v.usedRows.length;
  } else {
    notes.push(...components.errors.map((e) => e.message));
    const rows = columns[0]?.length ?? 0;
    for (let r = 0; r < rows; r++) if (columns.every((c) => !Number.isNaN(c[r]!))) nComplete++;
  }
  const kmoOverall = k.ok ? k.value.overall : Number.NaN;
  return {
    group,
    codes,
    alpha,
    kmo: kmoOverall,
    kmoPerItem: k.ok ? k.value.perVariable : nanArray(p),
    pc1Share,
    pc1Loadings,
    eigenvalues,
    nComplete,
    flags: {
      lowAlpha: alpha < thresholds.alpha,
      lowKmo: kmoOverall < thresholds.kmo,
      lowPc1: pc1Share < thresholds.pc1Share,
      multiDimensional: eigenvalues.filter((e) => e > 1).length > 1,
    },
    notes,
  };
}

export interface ConsistencyOptions {
  /** Level of the items; groups are their parents on level + 1. */
  level: number;
  /** Default `scores` (normalised indicators and aggregates). */
  dataset?: AnalysisDataset;
  thresholds?: ConsistencyThresholds;
}

/** One GroupConsistency per aggregate on `level + 1`, over its children (COINr by_groups). */
export function groupConsistency(
  result: IndexResult,
  structure: Structure,
  options: ConsistencyOptions,
): Result<GroupConsistency[]> {
  const level = checkLevel(structure, 'level', options.level, structure.nLevels - 1);
  if (!level.ok) return level;
  const col = nodeColumns(result, structure, options.dataset ?? 'scores');
  return ok(
    nodesAt(structure, level.value + 1).map((g) => {
      const kids = Array.from(childrenOf(structure, g));
      return itemConsistency(
        kids.map(col),
        kids.map((j) => structure.codes[j]!),
        structure.codes[g]!,
        options.thresholds,
      );
    }),
  );
}

/** Consistency of any list of codes (COINr get_cronbach with iCodes), from one data set. */
export function codesConsistency(
  result: IndexResult,
  structure: Structure,
  codes: string[],
  dataset: AnalysisDataset = 'scores',
  thresholds: ConsistencyThresholds = DEFAULT_CONSISTENCY_THRESHOLDS,
): Result<GroupConsistency> {
  const index = nodeIndex(structure);
  const unknown = codes.filter((c) => !index.has(c));
  if (unknown.length > 0)
    return fail(unknown.map((c) => issue('analysis-code', `'${c}' is not an indicator or aggregate code`)));
  const col = nodeColumns(result, structure, dataset);
  return ok(
    itemConsistency(
      codes.map((c) => col(index.get(c)!)),
      codes,
      null,
      thresholds,
    ),
  );
}
