import { type Matrix, selectRows } from '../core/matrix.ts';
import { fail, issue, ok, type Result } from '../core/result.ts';
import type { Structure } from '../core/structure.ts';
import type { IndexResult } from '../pipeline/build-index.ts';

/**
 * Which data set of a built index to analyse. Indicator data sets (`raw` … `normalised`) hold
 * only level 1; aggregates (level ≥ 2) always come from `scores`, which is COINr's "Aggregated"
 * (normalised indicators plus every aggregate). So `scores` and `normalised` give the same
 * indicator columns.
 */
export type AnalysisDataset =
  | 'raw'
  | 'denominated'
  | 'screened'
  | 'imputed'
  | 'treated'
  | 'normalised'
  | 'scores';

export const ANALYSIS_DATASETS: readonly AnalysisDataset[] = [
  'raw',
  'denominated',
  'screened',
  'imputed',
  'treated',
  'normalised',
  'scores',
];

/** Column of any node (units of the built index, in `result.unitCodes` order). */
export type NodeColumn = (node: number) => Float64Array;

/**
 * Column accessor for `dataset`. `raw` and `denominated` hold every coin unit; when screening
 * dropped units they are cut to the kept rows so every column lines up with the scores.
 */
export function nodeColumns(result: IndexResult, structure: Structure, dataset: AnalysisDataset): NodeColumn {
  let indicators: Matrix = dataset === 'scores' ? result.scores : result.datasets[dataset];
  if (indicators.nRows !== result.unitCodes.length) indicators = selectRows(indicators, result.keptUnits);
  const n = result.unitCodes.length;
  const scores = result.scores.values;
  return (node) =>
    node < structure.nIndicators
      ? indicators.values.subarray(node * n, (node + 1) * n)
      : scores.subarray(node * n, (node + 1) * n);
}

/** Node indices on a 1-based level. */
export function nodesAt(structure: Structure, level: number): number[] {
  const out: number[] = [];
  for (let j = structure.levelStart[level - 1]!; j < structure.levelStart[level]!; j++) out.push(j);
  return out;
}

/** The ancestor of `node` on `level` (the node itself on its own level), or −1 when there is none. */
export function ancestorAt(structure: Structure, node: number, level: number): number {
  let j = node;
  while (j >= 0 && structure.level[j]! < level) j = structure.parent[j]!;
  return j >= 0 && structure.level[j] === level ? j : -1;
}

/** A level argument checked against the structure (1 … nLevels, or … maxLevel when given). */
export function checkLevel(
  structure: Structure,
  name: string,
  level: number,
  maxLevel = structure.nLevels,
): Result<number> {
  if (Number.isInteger(level) && level >= 1 && level <= maxLevel) return ok(level);
  return fail([
    issue('analysis-level', `${name} must be a level 1..${maxLevel}, got ${level}`, { column: name }),
  ]);
}
