import type { Matrix } from '../core/matrix.ts';
import { rankDescendingMin } from './rank.ts';

/**
 * COINr get_results(use = "groupranks"): ranks of `scores` (units × columns) computed separately
 * within each unit group (`groups[u]` is the unit's label); 1 = best within its group.
 */
export function groupRanks(scores: Matrix, groups: string[]): Matrix {
  const n = scores.nRows;
  const out: Matrix = {
    nRows: n,
    nCols: scores.nCols,
    values: new Float64Array(n * scores.nCols).fill(Number.NaN),
  };
  const labels = [...new Set(groups)];
  for (const label of labels) {
    const members = groups.flatMap((g, u) => (g === label ? [u] : []));
    const x = new Float64Array(members.length);
    const r = new Float64Array(members.length);
    for (let j = 0; j < scores.nCols; j++) {
      members.forEach((u, t) => {
        x[t] = scores.values[j * n + u]!;
      });
      rankDescendingMin(x, r);
      members.forEach((u, t) => {
        out.values[j * n + u] = r[t]!;
      });
    }
  }
  return out;
}

export interface StrengthsWeaknesses {
  /** Indicator columns with the best ranks for the unit (best first). */
  strengths: { column: number; rank: number }[];
  /** Indicator columns with the worst ranks (worst first). */
  weaknesses: { column: number; rank: number }[];
}

/**
 * COINr get_str_weak: a unit's top-N and bottom-N indicators by rank (`ranks` is units ×
 * indicators, 1 = best). Missing ranks are skipped; ties broken by column order.
 */
export function strengthsAndWeaknesses(ranks: Matrix, unit: number, topN = 5): StrengthsWeaknesses {
  const n = ranks.nRows;
  const present: { column: number; rank: number }[] = [];
  for (let j = 0; j < ranks.nCols; j++) {
    const r = ranks.values[j * n + unit]!;
    if (!Number.isNaN(r)) present.push({ column: j, rank: r });
  }
  const best = [...present].sort((a, b) => a.rank - b.rank || a.column - b.column);
  const worst = [...present].sort((a, b) => b.rank - a.rank || a.column - b.column);
  return { strengths: best.slice(0, topN), weaknesses: worst.slice(0, topN) };
}
