import type { Problem } from '../../api/problem.ts';

/** One bad row of an uploaded table, as the server named it ("row 12"). */
export interface RowProblem {
  row: number;
  messages: string[];
}

/** What a 400 answer to an import says: every bad row, and problems not tied to a row (e.g. the header). */
export interface UploadReport {
  rows: RowProblem[];
  /** Messages keyed by anything but "row N" (e.g. "body": the header lacks a column). */
  other: string[];
}

const ROW_KEY = /^row (\d+)$/;

/** Turns a problem's `errors` into the validation report: rows in numeric order, every message kept. */
export function uploadReport(problem: Problem): UploadReport {
  const rows: RowProblem[] = [];
  const other: string[] = [];
  for (const [key, messages] of Object.entries(problem.errors ?? {})) {
    const match = ROW_KEY.exec(key.trim());
    if (match) rows.push({ row: Number(match[1]), messages: [...messages] });
    else other.push(...messages.map((message) => (key === 'body' ? message : `${key}: ${message}`)));
  }
  rows.sort((a, b) => a.row - b.row);
  return { rows, other };
}

export const FACTOR_VALUE_COLUMNS = ['city', 'factor', 'value'] as const;
export const ASSESSMENT_COLUMNS = [
  'respondent',
  'home_city',
  'region',
  'sector',
  'city',
  'dimension',
  'rating',
  'date',
] as const;

/** The number of ranked and associate cities among an edition's results. */
export function rankedAndAssociates(results: ReadonlyArray<{ associate: boolean }>): {
  ranked: number;
  associates: number;
} {
  const associates = results.filter((r) => r.associate).length;
  return { ranked: results.length - associates, associates };
}
