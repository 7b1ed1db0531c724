import type { Factor, Named } from '../api/benchmark.ts';

export interface FactorEntry {
  /** Index into the model input's factor table. */
  index: number;
  factor: Factor;
}

export interface FactorGroup {
  area: Named;
  entries: FactorEntry[];
}

/** Lower-case, without accents or spacing differences, so "GDP", "gdp " and "국내총생산" all match. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function matchesQuery(factor: Factor, query: string): boolean {
  const q = normalise(query);
  if (q === '') return true;
  return [factor.code, factor.nameEn, factor.nameKo].some((text) => normalise(text).includes(q));
}

/**
 * Factors grouped by area, in the framework's area order, keeping only those that match the query.
 * Areas with no match are dropped, so a search shows only where the hits are.
 */
export function groupFactors(
  areas: readonly Named[],
  factors: readonly Factor[],
  query: string,
): FactorGroup[] {
  return areas
    .map((area) => ({
      area,
      entries: factors
        .map((factor, index) => ({ index, factor }))
        .filter((entry) => entry.factor.area === area.code && matchesQuery(entry.factor, query)),
    }))
    .filter((group) => group.entries.length > 0);
}

/** A slider step of about a hundredth of the range, rounded to a readable power of ten. */
export function sliderStep(min: number, max: number): number {
  const span = max - min;
  if (!(span > 0)) return 1;
  return 10 ** Math.floor(Math.log10(span / 100));
}
