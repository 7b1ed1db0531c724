/**
 * Expert-assessment answers -> benchmark assessment rows, and the model's rules shown on them.
 *
 * Question names (docs/api-contract-survey-insights.md): `home_city` (city code), optional
 * `sector` and `region`, and `ratings`: a matrixdropdown answer `{ [cityCode]: { [dimensionCode]:
 * rating } }`. One row per (response, city, dimension): respondent = response id, date = the
 * submission's UTC date. The rows are the columns of an uploaded assessments table, so they go
 * through the benchmark's own validation (validateAssessments) before anything is stored.
 *
 * The window and home-city rules are those of the factor assessment model
 * (src/engine/fam/survey-table.ts, docs/methods/factor-assessment-model.md §2): the same
 * DAYS_PER_MONTH, the same "age > window" test, the same "from others" count for the minimum.
 */
import { DAYS_PER_MONTH } from '../../engine/fam/params.ts';
import type { IntoIndexCity, IntoIndexPreview } from '../contract-survey-insights.ts';
import type { ResponseRecord } from './analytics.ts';

export const EXPERT_QUESTIONS = {
  homeCity: 'home_city',
  sector: 'sector',
  region: 'region',
  ratings: 'ratings',
} as const;

export interface MappingCity {
  code: string;
  nameEn: string;
  nameKo: string;
  region: string;
}

export interface MappingRules {
  windowMonths: number;
  excludeHomeCity: boolean;
  minAssessments: number;
}

/** A row with the columns of ASSESSMENT_COLUMNS. */
export interface AssessmentRow {
  respondent: string;
  homeCity: string;
  region: string;
  sector: string;
  city: string;
  dimension: string;
  rating: number;
  date: string;
}

export interface MappedSurvey {
  /** Rows to store (dated on or before the edition date). */
  rows: AssessmentRow[];
  counts: IntoIndexPreview['counts'];
  skipped: IntoIndexPreview['skipped'];
  cities: IntoIndexCity[];
  rated: number;
  associates: number;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}

function ratingOf(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : null;
}

/** Whole days from `date` to `editionDate` (both YYYY-MM-DD). */
export function ageDays(date: string, editionDate: string): number {
  return Math.round((Date.parse(`${editionDate}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

export function mapExpertResponses(
  responses: ResponseRecord[],
  cities: readonly MappingCity[],
  dimensionCodes: readonly string[],
  editionDate: string,
  rules: MappingRules,
): MappedSurvey {
  const byCode = new Map(cities.map((c) => [c.code, c]));
  const dimensions = new Set(dimensionCodes);
  const windowDays = rules.windowMonths * DAYS_PER_MONTH;
  const rows: AssessmentRow[] = [];
  const skipped: IntoIndexPreview['skipped'] = [];
  const perCity = new Map<string, { assessments: number; fromOthers: number }>();
  let usedResponses = 0;
  let excludedHomeCity = 0;
  let outsideWindow = 0;
  let afterEditionDate = 0;

  for (const r of responses) {
    const home = text(r.answers[EXPERT_QUESTIONS.homeCity]);
    const homeCity = byCode.get(home);
    if (home === '') {
      skipped.push({ responseId: r.id, reason: 'no home city (home_city)' });
      continue;
    }
    if (!homeCity) {
      skipped.push({ responseId: r.id, reason: `unknown home city code '${home}'` });
      continue;
    }
    if (!r.submittedAt) {
      skipped.push({ responseId: r.id, reason: 'not submitted' });
      continue;
    }
    const grid = r.answers[EXPERT_QUESTIONS.ratings];
    const date = r.submittedAt.slice(0, 10);
    const sector = text(r.answers[EXPERT_QUESTIONS.sector]) || r.group || 'unspecified';
    const region = text(r.answers[EXPERT_QUESTIONS.region]) || homeCity.region;
    const mine: AssessmentRow[] = [];
    const problems: string[] = [];
    if (grid && typeof grid === 'object' && !Array.isArray(grid)) {
      for (const [cityCode, cells] of Object.entries(grid as Record<string, unknown>)) {
        if (!byCode.has(cityCode)) {
          problems.push(`unknown city code '${cityCode}'`);
          continue;
        }
        if (!cells || typeof cells !== 'object' || Array.isArray(cells)) continue;
        for (const [dimension, value] of Object.entries(cells as Record<string, unknown>)) {
          if (!dimensions.has(dimension)) {
            problems.push(`unknown dimension code '${dimension}'`);
            continue;
          }
          const rating = ratingOf(value);
          if (rating === null) {
            if (value !== null && value !== undefined && value !== '')
              problems.push(
                `rating '${String(value)}' of ${cityCode}/${dimension} is not a whole number from 1 to 10`,
              );
            continue;
          }
          mine.push({
            respondent: r.id,
            homeCity: home,
            region,
            sector,
            city: cityCode,
            dimension,
            rating,
            date,
          });
        }
      }
    }
    if (problems.length > 0)
      skipped.push({ responseId: r.id, reason: `some ratings ignored: ${problems.join('; ')}` });
    if (mine.length === 0) {
      skipped.push({ responseId: r.id, reason: 'no ratings (ratings)' });
      continue;
    }
    if (date > editionDate) {
      afterEditionDate += mine.length;
      skipped.push({ responseId: r.id, reason: `submitted ${date}, after the edition date ${editionDate}` });
      continue;
    }
    usedResponses++;
    const age = ageDays(date, editionDate);
    for (const row of mine) {
      rows.push(row);
      const c = perCity.get(row.city) ?? { assessments: 0, fromOthers: 0 };
      c.assessments++;
      const isHome = row.city === home;
      const outside = age > windowDays;
      if (outside) outsideWindow++;
      else if (isHome) excludedHomeCity++;
      if (!outside && !isHome) c.fromOthers++;
      perCity.set(row.city, c);
    }
  }
  const list: IntoIndexCity[] = [...perCity.entries()]
    .map(([code, c]) => {
      const city = byCode.get(code)!;
      return {
        code,
        nameEn: city.nameEn,
        nameKo: city.nameKo,
        assessments: c.assessments,
        fromOthers: c.fromOthers,
        status: c.fromOthers >= rules.minAssessments ? ('rated' as const) : ('associate' as const),
      };
    })
    .sort(
      (a, b) => b.fromOthers - a.fromOthers || b.assessments - a.assessments || (a.code < b.code ? -1 : 1),
    );
  const excluded = rules.excludeHomeCity ? excludedHomeCity : 0;
  return {
    rows,
    counts: {
      responses: responses.length,
      usedResponses,
      assessments: rows.length,
      excludedHomeCity,
      outsideWindow,
      counted: rows.length - outsideWindow - excluded,
      afterEditionDate,
    },
    skipped,
    cities: list,
    rated: list.filter((c) => c.status === 'rated').length,
    associates: list.filter((c) => c.status === 'associate').length,
  };
}

/** The rows as an uploaded table (header = ASSESSMENT_COLUMNS), for validateAssessments. */
export function toTextTable(rows: readonly AssessmentRow[]): { header: string[]; rows: string[][] } {
  return {
    header: ['respondent', 'home_city', 'region', 'sector', 'city', 'dimension', 'rating', 'date'],
    rows: rows.map((r) => [
      r.respondent,
      r.homeCity,
      r.region,
      r.sector,
      r.city,
      r.dimension,
      String(r.rating),
      r.date,
    ]),
  };
}
