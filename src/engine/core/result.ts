/**
 * Errors are values in the engine: every fallible function returns a Result instead of throwing,
 * so a caller (CLI, server, Monte Carlo loop) can report all problems at once.
 */

/** One problem found in input or a spec. `row`/`column` point into the source table when known. */
export interface EngineIssue {
  /** Stable machine-readable code, e.g. `unknown-parent`. */
  code: string;
  message: string;
  /** 1-based data row (header excluded) in the source table, when the issue is about a row. */
  row?: number;
  /** Column name in the source table, when the issue is about a column. */
  column?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: EngineIssue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(errors: EngineIssue[]): Result<T> {
  return { ok: false, errors };
}

export function issue(
  code: string,
  message: string,
  where: { row?: number; column?: string } = {},
): EngineIssue {
  return { code, message, ...where };
}

/** One-line text for an issue, e.g. `iMeta row 3, column Parent: unknown parent 'X'`. */
export function formatIssue(item: EngineIssue, table = ''): string {
  const where: string[] = [];
  if (item.row !== undefined) where.push(`row ${item.row}`);
  if (item.column !== undefined) where.push(`column ${item.column}`);
  const prefix = [table, where.join(', ')].filter((s) => s !== '').join(' ');
  return prefix === '' ? item.message : `${prefix}: ${item.message}`;
}
