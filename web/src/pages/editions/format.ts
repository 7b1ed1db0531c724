/** Shown where the API has no figure (null) or the engine produced none (NaN). */
export const NO_VALUE = '–';

export function isPresent(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Scores are shown as whole points on the 1-1,000 scale. */
export function formatScore(value: number | null | undefined): string {
  return isPresent(value) ? String(Math.round(value)) : NO_VALUE;
}

/** The 5th-95th percentile rank interval, e.g. "12–15". */
export function formatInterval(p05: number | null | undefined, p95: number | null | undefined): string {
  return isPresent(p05) && isPresent(p95) ? `${Math.round(p05)}–${Math.round(p95)}` : NO_VALUE;
}

/** A change with its sign, e.g. "+3" or "-2"; whole points unless `digits` is given. */
export function formatSigned(value: number, digits = 0): string {
  const text = value.toFixed(digits);
  return value > 0 ? `+${text}` : text;
}
