import type { CityDetail } from '../../api/benchmark.ts';

export type Contribution = CityDetail['contributions'][number];

/**
 * The factors that lift the city most above a typical peer (strengths, largest first) and pull it
 * down most (weaknesses, most negative first). A factor with no effect is neither.
 */
export function strengthsAndWeaknesses(
  contributions: readonly Contribution[],
  count: number,
): { strengths: Contribution[]; weaknesses: Contribution[] } {
  const sorted = [...contributions].sort((a, b) => b.delta - a.delta);
  return {
    strengths: sorted.filter((c) => c.delta > 0).slice(0, count),
    weaknesses: sorted
      .filter((c) => c.delta < 0)
      .reverse()
      .slice(0, count),
  };
}
