import type { City, CityResult } from '../../api/benchmark.ts';

/** One row of the rankings table: by the overall model, or by one area when `area` is chosen. */
export interface RankingRow {
  code: string;
  nameEn: string;
  nameKo: string;
  region: string;
  /** Overall or area rank; null for an associate. */
  rank: number | null;
  /** NaN when the city has no score. */
  score: number;
  /** Places gained since the previous edition (positive = up); null when not comparable. */
  rankChange: number | null;
  scoreChange: number | null;
  rankP05: number | null;
  rankP95: number | null;
  publishedRank: number | null;
  associate: boolean;
  areaRanks: Record<string, number | null>;
}

export type SortKey = 'rank' | 'name' | 'region' | 'score' | 'change';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortState = { key: 'rank', direction: 'ascending' };

export function buildRows(
  results: readonly CityResult[],
  cities: readonly City[],
  area: string | null,
): RankingRow[] {
  const cityByCode = new Map(cities.map((city) => [city.code, city]));
  return results.map((result) => {
    const city = cityByCode.get(result.city);
    const areaResult = area ? result.areas[area] : undefined;
    const byArea = area !== null;
    const rank = result.associate ? null : byArea ? (areaResult?.rank ?? null) : result.rank;
    const previous = result.previous;
    return {
      code: result.city,
      nameEn: city?.nameEn ?? result.city,
      nameKo: city?.nameKo ?? result.city,
      region: city?.region ?? '',
      rank: rank === 0 ? null : rank,
      score: (byArea ? areaResult?.score : result.score) ?? Number.NaN,
      rankChange:
        !byArea && previous?.rank != null && result.rank !== null ? previous.rank - result.rank : null,
      scoreChange:
        !byArea && result.score !== null && previous?.score != null ? result.score - previous.score : null,
      rankP05: result.rankP05,
      rankP95: result.rankP95,
      publishedRank: result.publishedRank,
      associate: result.associate,
      areaRanks: Object.fromEntries(Object.entries(result.areas).map(([code, value]) => [code, value.rank])),
    };
  });
}

export function filterByRegion(rows: readonly RankingRow[], region: string | null): RankingRow[] {
  return region ? rows.filter((row) => row.region === region) : [...rows];
}

/** Regions present in the cities, in alphabetical order (of the API's spelling). */
export function regionsOf(cities: readonly City[]): string[] {
  return [...new Set(cities.map((city) => city.region))].sort();
}

/** Missing values (no rank, no change) always sort last, whichever the direction. */
function compareNullable(a: number | null, b: number | null): number | null {
  if (a === null || Number.isNaN(a)) return b === null || Number.isNaN(b) ? 0 : 1;
  if (b === null || Number.isNaN(b)) return -1;
  return null;
}

export function sortRows(rows: readonly RankingRow[], sort: SortState, nameOf: (row: RankingRow) => string) {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const numeric = (a: number | null, b: number | null) => compareNullable(a, b) ?? sign * (a! - b!);
  const compare = (a: RankingRow, b: RankingRow): number => {
    switch (sort.key) {
      case 'rank':
        return numeric(a.rank, b.rank);
      case 'score':
        return numeric(a.score, b.score);
      case 'change':
        return numeric(a.rankChange, b.rankChange);
      case 'name':
        return sign * nameOf(a).localeCompare(nameOf(b));
      case 'region':
        return sign * a.region.localeCompare(b.region);
    }
  };
  // Ties fall back to the rank, then the code, so the order is stable across renders.
  return [...rows].sort(
    (a, b) =>
      compare(a, b) || (compareNullable(a.rank, b.rank) ?? a.rank! - b.rank!) || a.code.localeCompare(b.code),
  );
}

/** A click on the current column flips it; a new column starts in its natural direction. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: key === 'score' || key === 'change' ? 'descending' : 'ascending' };
}

/** Ranked cities first (in the chosen order), associates listed separately. */
export function splitAssociates(rows: readonly RankingRow[]): {
  ranked: RankingRow[];
  associates: RankingRow[];
} {
  return {
    ranked: rows.filter((row) => !row.associate),
    associates: rows.filter((row) => row.associate),
  };
}
