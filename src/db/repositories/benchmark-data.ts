/**
 * Bulk data of one edition: factor values, respondents and assessments. Inserts go in chunks of
 * rows sent as one JSON parameter (`jsonb_to_recordset`), so 30,000 assessments are a handful of
 * statements with one parameter each on both drivers, far below PostgreSQL's parameter limit.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../migrate.ts';
import type { Executor } from '../open.ts';
import { benchmarkAssessments, benchmarkFactorValues, benchmarkRespondents } from '../schema/index.ts';

const CHUNK = 10_000;

export interface FactorValueInsert {
  cityId: number;
  factorId: number;
  value: number;
}

export interface RespondentInsert {
  externalId: string;
  homeCityId: number | null;
  region: string;
  sector: string;
}

export interface AssessmentInsert {
  respondentId: number;
  cityId: number;
  dimensionId: number;
  rating: number;
  /** ISO date, YYYY-MM-DD. */
  assessedOn: string;
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += CHUNK) yield rows.slice(start, start + CHUNK);
}

export async function deleteEditionFactorValues(ex: Executor, editionId: string): Promise<void> {
  await ex.delete(benchmarkFactorValues).where(eq(benchmarkFactorValues.editionId, editionId));
}

/** Assessments go with their respondents: both are replaced together. */
export async function deleteEditionSurvey(ex: Executor, editionId: string): Promise<void> {
  await ex.delete(benchmarkAssessments).where(eq(benchmarkAssessments.editionId, editionId));
  await ex.delete(benchmarkRespondents).where(eq(benchmarkRespondents.editionId, editionId));
}

export async function insertFactorValues(
  ex: Executor,
  editionId: string,
  rows: readonly FactorValueInsert[],
): Promise<void> {
  for (const chunk of chunks(rows)) {
    const json = JSON.stringify(chunk.map((r) => [r.cityId, r.factorId, r.value]));
    await ex.execute(sql`
      insert into benchmark_factor_values (edition_id, city_id, factor_id, value)
      select ${editionId}::uuid, (x->>0)::int, (x->>1)::int, (x->>2)::double precision
      from jsonb_array_elements(${json}::jsonb) as x`);
  }
}

/** Inserts in the given order and returns the new ids in that order. */
export async function insertRespondents(
  ex: Executor,
  editionId: string,
  rows: readonly RespondentInsert[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const chunk of chunks(rows)) {
    const json = JSON.stringify(chunk.map((r, i) => [i, r.externalId, r.homeCityId, r.region, r.sector]));
    const result = await ex.execute(sql`
      insert into benchmark_respondents (edition_id, external_id, home_city_id, region, sector)
      select ${editionId}::uuid, x->>1, (x->>2)::int, x->>3, x->>4
      from jsonb_array_elements(${json}::jsonb) with ordinality as t(x, n)
      order by n
      returning id, external_id`);
    const byExternal = new Map(
      rowsOf<{ id: number; external_id: string }>(result).map((r) => [r.external_id, r.id]),
    );
    for (const r of chunk) {
      const id = byExternal.get(r.externalId);
      if (id === undefined) throw new Error(`respondent ${r.externalId} was not inserted`);
      ids.push(Number(id));
    }
  }
  return ids;
}

export async function insertAssessments(
  ex: Executor,
  editionId: string,
  rows: readonly AssessmentInsert[],
): Promise<void> {
  for (const chunk of chunks(rows)) {
    const json = JSON.stringify(
      chunk.map((r) => [r.respondentId, r.cityId, r.dimensionId, r.rating, r.assessedOn]),
    );
    await ex.execute(sql`
      insert into benchmark_assessments (edition_id, respondent_id, city_id, dimension_id, rating, assessed_on)
      select ${editionId}::uuid, (x->>0)::int, (x->>1)::int, (x->>2)::int, (x->>3)::smallint, (x->>4)::date
      from jsonb_array_elements(${json}::jsonb) with ordinality as t(x, n)
      order by n`);
  }
}

export async function listFactorValues(ex: Executor, editionId: string): Promise<FactorValueInsert[]> {
  return ex
    .select({
      cityId: benchmarkFactorValues.cityId,
      factorId: benchmarkFactorValues.factorId,
      value: benchmarkFactorValues.value,
    })
    .from(benchmarkFactorValues)
    .where(eq(benchmarkFactorValues.editionId, editionId));
}

export type RespondentRow = typeof benchmarkRespondents.$inferSelect;

/** In insertion (id) order: the engine's respondent index. */
export async function listRespondents(ex: Executor, editionId: string): Promise<RespondentRow[]> {
  return ex
    .select()
    .from(benchmarkRespondents)
    .where(eq(benchmarkRespondents.editionId, editionId))
    .orderBy(asc(benchmarkRespondents.id));
}

export interface AssessmentRow {
  respondentId: number;
  cityId: number;
  dimensionId: number;
  rating: number;
  /** Days between the answer and `asOf` (the edition date). */
  ageDays: number;
}

/** In insertion (id) order, with the age in days relative to the edition date `asOf` (YYYY-MM-DD). */
export async function listAssessments(
  ex: Executor,
  editionId: string,
  asOf: string,
): Promise<AssessmentRow[]> {
  const result = await ex.execute(sql`
    select respondent_id, city_id, dimension_id, rating, (${asOf}::date - assessed_on) as age
    from benchmark_assessments where edition_id = ${editionId}::uuid order by id`);
  return rowsOf<{
    respondent_id: number;
    city_id: number;
    dimension_id: number;
    rating: number;
    age: number;
  }>(result).map((r) => ({
    respondentId: Number(r.respondent_id),
    cityId: Number(r.city_id),
    dimensionId: Number(r.dimension_id),
    rating: Number(r.rating),
    ageDays: Number(r.age),
  }));
}
