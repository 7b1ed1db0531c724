/**
 * Reads of the surveys module's tables (0003_surveys) that survey insights need: one survey of an
 * organisation, its versions' definitions, its submitted responses; and copying an edition's
 * factor values for into-index.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../migrate.ts';
import type { Executor } from '../open.ts';
import { surveyResponses, surveys, surveyVersions } from '../schema/index.ts';

export type InsightSurveyRow = typeof surveys.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The survey when it belongs to the organisation (a malformed id is simply not found). */
export async function findOrgSurvey(
  ex: Executor,
  orgId: string,
  surveyId: string,
): Promise<InsightSurveyRow | null> {
  if (!UUID.test(surveyId)) return null;
  const [row] = await ex
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.orgId, orgId)));
  return row ?? null;
}

/** The organisation's surveys of one kind, newest first. */
export async function listOrgSurveysOfKind(
  ex: Executor,
  orgId: string,
  kind: string,
): Promise<InsightSurveyRow[]> {
  return ex
    .select()
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.kind, kind)))
    .orderBy(desc(surveys.createdAt), desc(surveys.id));
}

export interface SurveyVersionDefinition {
  id: string;
  version: number;
  definition: unknown;
}

/** Every version, oldest first. */
export async function listSurveyDefinitions(
  ex: Executor,
  surveyId: string,
): Promise<SurveyVersionDefinition[]> {
  return ex
    .select({ id: surveyVersions.id, version: surveyVersions.version, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(asc(surveyVersions.version));
}

export interface SubmittedResponseRow {
  id: string;
  versionId: string;
  group: string | null;
  submittedAt: string | null;
  answers: Record<string, unknown>;
}

function iso(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  const d = new Date(String(v));
  return Number.isNaN(d.getTime()) ? String(v) : d.toISOString();
}

/** Submitted responses, oldest submission first. */
export async function listSubmittedResponses(
  ex: Executor,
  surveyId: string,
): Promise<SubmittedResponseRow[]> {
  const rows = await ex
    .select({
      id: surveyResponses.id,
      versionId: surveyResponses.versionId,
      group: surveyResponses.respondentGroup,
      submittedAt: surveyResponses.submittedAt,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, 'submitted')))
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
  return rows.map((r) => ({ ...r, submittedAt: iso(r.submittedAt), answers: r.answers ?? {} }));
}

/** Copies every factor value of one edition into another (which must have none). Returns the count. */
export async function copyEditionFactorValues(
  ex: Executor,
  fromEditionId: string,
  toEditionId: string,
): Promise<number> {
  const result = await ex.execute(sql`
    with copied as (
      insert into benchmark_factor_values (edition_id, city_id, factor_id, value)
      select ${toEditionId}::uuid, city_id, factor_id, value from benchmark_factor_values
      where edition_id = ${fromEditionId}::uuid
      returning 1)
    select count(*)::int as n from copied`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}
