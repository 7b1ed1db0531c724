/**
 * Checks every row of an assessments table (columns respondent, home_city, region, sector, city,
 * dimension, rating, date) before anything is stored. A respondent's home city, region and sector
 * must agree on all their rows; one answer per respondent, city and dimension.
 */
import type { BenchmarkFramework, RespondentInsert } from '../../db/repositories/benchmark-index.ts';
import { isIsoDate, RowErrors } from './row-errors.ts';
import { dataRows, rowReader, type TextTable } from './upload-table.ts';

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

export interface ValidatedSurvey {
  respondents: RespondentInsert[];
  /** `respondent` indexes `respondents`. */
  assessments: Array<{
    respondent: number;
    cityId: number;
    dimensionId: number;
    rating: number;
    assessedOn: string;
  }>;
}

export function validateAssessments(
  table: TextTable,
  framework: BenchmarkFramework,
  editionDate: string,
): ValidatedSurvey {
  const cell = rowReader(table.header);
  const cities = new Map(framework.cities.map((c) => [c.code, c.id]));
  const dimensions = new Map(framework.dimensions.map((d) => [d.code, d.id]));
  const errors = new RowErrors();
  const respondentIndex = new Map<string, { index: number; line: number }>();
  const respondents: RespondentInsert[] = [];
  const seen = new Map<string, number>();
  const out: ValidatedSurvey['assessments'] = [];
  for (const { row, line } of dataRows(table)) {
    const before = errors.count;
    const [id, home, region, sector, city, dimension, ratingText, date] = ASSESSMENT_COLUMNS.map((name) =>
      cell(row, name),
    ) as [string, string, string, string, string, string, string, string];
    if (id === '') errors.add(line, 'respondent is empty');
    const homeCityId = home === '' ? null : (cities.get(home) ?? undefined);
    if (homeCityId === undefined) errors.add(line, `unknown home_city code '${home}'`);
    if (region === '') errors.add(line, 'region is empty');
    if (sector === '') errors.add(line, 'sector is empty');
    const cityId = cities.get(city);
    if (cityId === undefined) errors.add(line, city === '' ? 'city is empty' : `unknown city code '${city}'`);
    const dimensionId = dimensions.get(dimension);
    if (dimensionId === undefined)
      errors.add(line, dimension === '' ? 'dimension is empty' : `unknown dimension code '${dimension}'`);
    const rating = /^\d+$/.test(ratingText) ? Number(ratingText) : Number.NaN;
    if (!(rating >= 1 && rating <= 10))
      errors.add(line, `rating '${ratingText}' must be a whole number from 1 to 10`);
    if (!isIsoDate(date)) errors.add(line, `date '${date}' is not a valid YYYY-MM-DD date`);
    else if (date > editionDate) errors.add(line, `date ${date} is after the edition date ${editionDate}`);
    const key = `${id}\u0000${city}\u0000${dimension}`;
    const first = seen.get(key);
    if (first !== undefined)
      errors.add(line, `duplicate of row ${first} (respondent ${id}, city ${city}, dimension ${dimension})`);
    else seen.set(key, line);

    let known = respondentIndex.get(id);
    if (id !== '' && homeCityId !== undefined) {
      if (!known) {
        known = { index: respondents.length, line };
        respondentIndex.set(id, known);
        respondents.push({ externalId: id, homeCityId, region, sector });
      } else {
        const r = respondents[known.index];
        if (r && (r.homeCityId !== homeCityId || r.region !== region || r.sector !== sector))
          errors.add(
            line,
            `respondent ${id} has a different home_city, region or sector than on row ${known.line}`,
          );
      }
    }
    if (errors.count === before && known && cityId !== undefined && dimensionId !== undefined)
      out.push({ respondent: known.index, cityId, dimensionId, rating, assessedOn: date });
  }
  errors.throwIfAny('assessments');
  return { respondents, assessments: out };
}
