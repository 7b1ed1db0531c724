import type { CompareResult } from '../../api/benchmark.ts';

export type Mover = CompareResult['movers'][number];

/** The `count` biggest rank gains and falls; cities that did not move are in neither list. */
export function biggestMovers(
  movers: readonly Mover[],
  count: number,
): { gainers: Mover[]; fallers: Mover[] } {
  const byChange = [...movers].sort((a, b) => b.rankChange - a.rankChange || a.toRank - b.toRank);
  return {
    gainers: byChange.filter((m) => m.rankChange > 0).slice(0, count),
    fallers: byChange
      .filter((m) => m.rankChange < 0)
      .reverse()
      .slice(0, count),
  };
}

/** Reads `?from=10&to=11` (and `top`); anything missing or not a number falls back to the defaults. */
export function parseCompareQuery(
  search: string,
  defaults: { from: number; to: number; top: number },
): { from: number; to: number; top: number } {
  const params = new URLSearchParams(search);
  const read = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return params.has(name) && Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return { from: read('from', defaults.from), to: read('to', defaults.to), top: read('top', defaults.top) };
}
