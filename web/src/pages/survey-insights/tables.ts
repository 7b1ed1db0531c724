import type { CrossTab } from './chartOptions.ts';

/** Column totals of a cross-tab (respondents in each group who answered the question). */
export function columnTotals(table: CrossTab): number[] {
  return table.columns.map((_, c) => table.rows.reduce((sum, _r, r) => sum + (table.counts[r]?.[c] ?? 0), 0));
}

/** Row totals of a cross-tab (everyone who gave the answer, whatever their group). */
export function rowTotals(table: CrossTab): number[] {
  return table.rows.map((_, r) => table.columns.reduce((sum, _c, c) => sum + (table.counts[r]?.[c] ?? 0), 0));
}

/**
 * Column percents: the share of each respondent group that gave each answer, as whole numbers
 * (null where the group has no answers). Groups of different sizes become comparable this way.
 */
export function columnPercents(table: CrossTab): (number | null)[][] {
  const totals = columnTotals(table);
  return table.rows.map((_, r) =>
    table.columns.map((_, c) => {
      const total = totals[c] ?? 0;
      return total > 0 ? Math.floor(((table.counts[r]?.[c] ?? 0) / total) * 100 + 0.5) : null;
    }),
  );
}

/** Free-text answers matching a search (case- and accent-insensitive), in the order given. */
export function filterTexts<T extends { text: string }>(items: readonly T[], query: string): T[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const needle = fold(query.trim());
  if (!needle) return [...items];
  return items.filter((item) => fold(item.text).includes(needle));
}

/** Z/Yen's SCI threshold: fewer in-window assessments from elsewhere make a city an associate. */
export const DEFAULT_MIN_ASSESSMENTS = 7;

export type CityStanding = 'rated' | 'associate';

/** A city with at least `min` usable assessments is rated (and ranked); below it, associate. */
export function cityStanding(count: number, min = DEFAULT_MIN_ASSESSMENTS): CityStanding {
  return count >= min ? 'rated' : 'associate';
}

/** Per-city counts sorted for the preview: fewest first (the ones at risk), then by name. */
export function standingRows<T extends { count: number; name: string }>(
  cities: readonly T[],
  min = DEFAULT_MIN_ASSESSMENTS,
): (T & { standing: CityStanding; shortBy: number })[] {
  return cities
    .map((c) => ({ ...c, standing: cityStanding(c.count, min), shortBy: Math.max(0, min - c.count) }))
    .sort((a, b) => a.count - b.count || a.name.localeCompare(b.name));
}

/** How many cities would be rated and how many associate. */
export function standingTotals(cities: readonly { count: number }[], min = DEFAULT_MIN_ASSESSMENTS) {
  let rated = 0;
  for (const c of cities) if (c.count >= min) rated++;
  return { rated, associate: cities.length - rated };
}
