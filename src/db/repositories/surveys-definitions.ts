import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { surveys, surveyVersions } from '../schema/index.ts';
import type { NewSurvey, SurveyRow, SurveyVersionRow } from './surveys-rows.ts';

export async function insertSurvey(ex: Executor, values: NewSurvey): Promise<SurveyRow> {
  const [row] = await ex.insert(surveys).values(values).returning();
  if (!row) throw new Error('insert into surveys returned no row');
  return row;
}

/** Newest first. */
export async function listSurveyRows(ex: Executor, orgId: string): Promise<SurveyRow[]> {
  return ex
    .select()
    .from(surveys)
    .where(eq(surveys.orgId, orgId))
    .orderBy(desc(surveys.createdAt), asc(surveys.id));
}

export async function findSurvey(ex: Executor, orgId: string, id: string): Promise<SurveyRow | null> {
  const [row] = await ex
    .select()
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)));
  return row ?? null;
}

export async function findSurveyById(ex: Executor, id: string): Promise<SurveyRow | null> {
  const [row] = await ex.select().from(surveys).where(eq(surveys.id, id));
  return row ?? null;
}

/** The row locked until the transaction ends: serialises publishes, quota checks and status changes. */
export async function lockSurvey(ex: Executor, id: string): Promise<SurveyRow | null> {
  const [row] = await ex.select().from(surveys).where(eq(surveys.id, id)).for('update');
  return row ?? null;
}

export async function updateSurveyRow(
  ex: Executor,
  id: string,
  changes: Partial<
    Pick<SurveyRow, 'kind' | 'titleEn' | 'titleKo' | 'status' | 'quotaTotal' | 'quotaByGroup'>
  >,
): Promise<SurveyRow> {
  const [row] = await ex
    .update(surveys)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(surveys.id, id))
    .returning();
  if (!row) throw new Error('update of surveys returned no row');
  return row;
}

/** Oldest version first. */
export async function listSurveyVersions(ex: Executor, surveyId: string): Promise<SurveyVersionRow[]> {
  return ex
    .select()
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(asc(surveyVersions.version));
}

/** Version numbers of many surveys at once: latest and latest published per survey. */
export async function surveyVersionNumbers(
  ex: Executor,
  surveyIds: string[],
): Promise<Map<string, { latest: number; published: number | null }>> {
  const out = new Map<string, { latest: number; published: number | null }>();
  if (surveyIds.length === 0) return out;
  const rows = await ex
    .select({
      surveyId: surveyVersions.surveyId,
      latest: sql<number>`max(${surveyVersions.version})`,
      published: sql<
        number | null
      >`max(${surveyVersions.version}) filter (where ${surveyVersions.publishedAt} is not null)`,
    })
    .from(surveyVersions)
    .where(inArray(surveyVersions.surveyId, surveyIds))
    .groupBy(surveyVersions.surveyId);
  for (const r of rows)
    out.set(r.surveyId, {
      latest: Number(r.latest),
      published: r.published === null ? null : Number(r.published),
    });
  return out;
}

export async function findSurveyVersion(
  ex: Executor,
  surveyId: string,
  version: number,
): Promise<SurveyVersionRow | null> {
  const [row] = await ex
    .select()
    .from(surveyVersions)
    .where(and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)));
  return row ?? null;
}

export async function findSurveyVersionById(ex: Executor, id: string): Promise<SurveyVersionRow | null> {
  const [row] = await ex.select().from(surveyVersions).where(eq(surveyVersions.id, id));
  return row ?? null;
}

/** The newest published (frozen) version: what respondents answer. */
export async function findPublishedVersion(ex: Executor, surveyId: string): Promise<SurveyVersionRow | null> {
  const [row] = await ex
    .select()
    .from(surveyVersions)
    .where(and(eq(surveyVersions.surveyId, surveyId), isNotNull(surveyVersions.publishedAt)))
    .orderBy(desc(surveyVersions.version))
    .limit(1);
  return row ?? null;
}

export async function insertSurveyVersion(
  ex: Executor,
  values: { surveyId: string; version: number; definition: unknown },
): Promise<SurveyVersionRow> {
  const [row] = await ex.insert(surveyVersions).values(values).returning();
  if (!row) throw new Error('insert into survey_versions returned no row');
  return row;
}

/** Only a draft (unpublished) version changes: a published one is frozen. Null when it was published. */
export async function updateDraftDefinition(
  ex: Executor,
  id: string,
  definition: unknown,
): Promise<SurveyVersionRow | null> {
  const [row] = await ex
    .update(surveyVersions)
    .set({ definition })
    .where(and(eq(surveyVersions.id, id), sql`${surveyVersions.publishedAt} is null`))
    .returning();
  return row ?? null;
}

export async function publishSurveyVersion(ex: Executor, id: string): Promise<SurveyVersionRow | null> {
  const [row] = await ex
    .update(surveyVersions)
    .set({ publishedAt: sql`now()` })
    .where(and(eq(surveyVersions.id, id), sql`${surveyVersions.publishedAt} is null`))
    .returning();
  return row ?? null;
}
