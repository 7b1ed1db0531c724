import type { CityResult, Named } from '../../api/benchmark.ts';

export interface AreaProfile {
  area: Named;
  score: number;
  rank: number;
  /** Median of the same area's score over the comparison cities; NaN when there are none. */
  peerMedian: number;
}

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The city's score and rank in each area beside the median score of `peers` in that area. */
export function areaProfile(
  areas: readonly Named[],
  city: CityResult,
  peers: readonly CityResult[],
): AreaProfile[] {
  return areas.map((area) => ({
    area,
    score: city.areas[area.code]?.score ?? Number.NaN,
    rank: city.areas[area.code]?.rank ?? 0,
    peerMedian: median(peers.map((peer) => peer.areas[area.code]?.score ?? Number.NaN)),
  }));
}
