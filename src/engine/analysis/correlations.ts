import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import type { Structure } from '../core/structure.ts';
import type { IndexResult } from '../pipeline/build-index.ts';
import { type CorrelationMethod, correlation } from '../stats/correlation.ts';
import {
  type AnalysisDataset,
  ancestorAt,
  checkLevel,
  type NodeColumn,
  nodeColumns,
  nodesAt,
} from './columns.ts';

/**
 * Correlations between the codes of two levels of a built index, as COINr's
 * `get_corr(coin, dset, Levels, withparent, cortype, grouplev)` (without its p-value filter:
 * `n` is reported so a caller can test significance).
 *
 * With lo = min(levelA, levelB) and hi = max(levelA, levelB):
 * - lo ≠ hi, `none`: the full cross table, every lo code × every hi code.
 * - lo ≠ hi, `parent`: each lo code with its own ancestor on level hi only (COINr withparent = TRUE).
 * - `family`: each lo code with its ancestor on EVERY level above lo (COINr withparent = "family";
 *   hi is not used).
 * - lo = hi: each unordered pair of distinct codes once, only pairs in the same aggregation
 *   group, i.e. with the same ancestor on `groupLevel` (default lo + 1; COINr grouplev), which is
 *   reported as `group`. `withParent: 'none'` (or lo = top level) gives every pair, ungrouped.
 *
 * r is pairwise complete (R's use = "pairwise.complete.obs"); n counts the units where both codes
 * are present; r is NaN when n < 2 or a code does not vary over those units.
 */
export type WithParent = 'parent' | 'family' | 'none';

export interface CorrelationOptions {
  levelA: number;
  levelB: number;
  /** Default `none` (COINr withparent = FALSE). */
  withParent?: WithParent;
  /** Default `pearson`. */
  method?: CorrelationMethod;
  /** Default `scores` (COINr "Aggregated"). */
  dataset?: AnalysisDataset;
  /** Within one level: group pairs by their ancestor on this level (default level + 1). */
  groupLevel?: number;
}

export interface CorrelationRow {
  rowCode: string;
  colCode: string;
  r: number;
  /** Units with both values present. */
  n: number;
  /** Within-level rows: the aggregation group both codes belong to; otherwise null. */
  group: string | null;
}

function countComplete(x: Float64Array, y: Float64Array): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) n++;
  return n;
}

function row(
  s: Structure,
  col: NodeColumn,
  a: number,
  b: number,
  method: CorrelationMethod,
  group: number,
): CorrelationRow {
  const x = col(a);
  const y = col(b);
  return {
    rowCode: s.codes[a]!,
    colCode: s.codes[b]!,
    r: correlation(x, y, method),
    n: countComplete(x, y),
    group: group < 0 ? null : s.codes[group]!,
  };
}

export function levelCorrelations(
  result: IndexResult,
  structure: Structure,
  options: CorrelationOptions,
): Result<CorrelationRow[]> {
  const errors: EngineIssue[] = [];
  for (const [name, level] of [
    ['levelA', options.levelA],
    ['levelB', options.levelB],
  ] as const) {
    const checked = checkLevel(structure, name, level);
    if (!checked.ok) errors.push(...checked.errors);
  }
  const withParent = options.withParent ?? 'none';
  if (!['parent', 'family', 'none'].includes(withParent))
    errors.push(
      issue('analysis-with-parent', `withParent must be parent, family or none, got '${withParent}'`),
    );
  const lo = Math.min(options.levelA, options.levelB);
  const hi = Math.max(options.levelA, options.levelB);
  if (withParent === 'family' && lo === structure.nLevels)
    errors.push(issue('analysis-level', 'family correlations need a level below the top level'));
  const groupLevel = options.groupLevel ?? lo + 1;
  const grouped = lo === hi && withParent !== 'none' && withParent !== 'family' && lo < structure.nLevels;
  if (grouped && !(Number.isInteger(groupLevel) && groupLevel > lo && groupLevel <= structure.nLevels))
    errors.push(
      issue(
        'analysis-level',
        `groupLevel must be a level ${lo + 1}..${structure.nLevels}, got ${groupLevel}`,
        {
          column: 'groupLevel',
        },
      ),
    );
  if (errors.length > 0) return fail(errors);

  const method = options.method ?? 'pearson';
  const col = nodeColumns(result, structure, options.dataset ?? 'scores');
  const rows: CorrelationRow[] = [];
  const lower = nodesAt(structure, lo);
  if (withParent === 'family') {
    for (const a of lower)
      for (let level = lo + 1; level <= structure.nLevels; level++) {
        const b = ancestorAt(structure, a, level);
        if (b >= 0) rows.push(row(structure, col, a, b, method, -1));
      }
  } else if (lo !== hi) {
    const upper = nodesAt(structure, hi);
    for (const a of lower)
      if (withParent === 'parent') {
        const b = ancestorAt(structure, a, hi);
        if (b >= 0) rows.push(row(structure, col, a, b, method, -1));
      } else for (const b of upper) rows.push(row(structure, col, a, b, method, -1));
  } else {
    for (let i = 0; i < lower.length; i++)
      for (let k = i + 1; k < lower.length; k++) {
        const a = lower[i]!;
        const b = lower[k]!;
        const group = grouped ? ancestorAt(structure, a, groupLevel) : -1;
        if (grouped && group !== ancestorAt(structure, b, groupLevel)) continue;
        rows.push(row(structure, col, a, b, method, group));
      }
  }
  return ok(rows);
}
