import type { Matrix } from './matrix.ts';

/**
 * The index framework: a tree of any depth read from iMeta.
 *
 * Nodes are numbered so that level 1 (indicators) comes first, then level 2, and so on; within a
 * level nodes keep their iMeta order. Indicator `k` is node `k` and column `k` of every indicator
 * data set; in the full results matrix node `j` is column `j`. Children are stored in CSR form:
 * the children of node `j` are `childIndex[childStart[j] .. childStart[j+1])`, always on level
 * `level[j] − 1`. Aggregating level by level in node order is then a single forward pass.
 */
export interface Structure {
  /** Number of nodes (indicators + aggregates). */
  nNodes: number;
  /** Number of indicators; they are nodes 0 .. nIndicators−1. */
  nIndicators: number;
  /** Number of levels; the top level holds the index (usually one node). */
  nLevels: number;
  codes: string[];
  names: string[];
  /** 1-based level per node. */
  level: Int32Array;
  /** Node index of the parent, −1 for top-level nodes. */
  parent: Int32Array;
  childStart: Int32Array;
  childIndex: Int32Array;
  /** First node of each level: level l (1-based) spans levelStart[l−1] .. levelStart[l]. */
  levelStart: Int32Array;
  /** ±1 per node; only indicator directions have an effect (as COINr, #66). */
  direction: Float64Array;
  /** Weight of each node within its parent group (iMeta Weight). */
  weight: Float64Array;
  /** iMeta Target per node, NaN when absent. */
  target: Float64Array;
  /** Denominator column code per indicator node, or null. */
  denominator: (string | null)[];
  /** iMeta `Unit` per node (unit of measurement, e.g. "Percent"), "" when absent. */
  measureUnits: string[];
}

/** Node index by code, built once (never inside a hot loop). */
export function nodeIndex(structure: Structure): Map<string, number> {
  const map = new Map<string, number>();
  structure.codes.forEach((code, i) => {
    map.set(code, i);
  });
  return map;
}

export function childrenOf(structure: Structure, node: number): Int32Array {
  return structure.childIndex.subarray(structure.childStart[node]!, structure.childStart[node + 1]!);
}

/** A validated coin: the structure plus the raw data, as COINr's `new_coin`. */
export interface Coin {
  structure: Structure;
  unitCodes: string[];
  unitNames: string[];
  /** Raw indicator data: units × indicators (column k = indicator node k). */
  raw: Matrix;
  /** Denominator columns (iMeta Type "Denominator"), units × denominators. */
  denominatorCodes: string[];
  denominators: Matrix;
  /** Group columns (iMeta Type "Group"): text label per unit, "" when missing. */
  groupCodes: string[];
  groups: string[][];
}
