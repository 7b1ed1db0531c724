import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { surveyResponses } from '../schema/index.ts';
import type { SurveyResponseRow } from './surveys-rows.ts';

export type NewSurveyResponse = typeof surveyResponses.$inferInsert;

export async function findResponseByInvitation(
  ex: Executor,
  invitationId: string,
): Promise<SurveyResponseRow | null> {
  const [row] = await ex.select().from(surveyResponses).where(eq(surveyResponses.invitationId, invitationId));
  return row ?? null;
}

export async function findResponseByResumeHash(
  ex: Executor,
  linkId: string,
  resumeTokenHash: string,
): Promise<SurveyResponseRow | null> {
  const [row] = await ex
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.linkId, linkId), eq(surveyResponses.resumeTokenHash, resumeTokenHash)));
  return row ?? null;
}

export async function findResponseByIdempotencyKey(
  ex: Executor,
  surveyId: string,
  key: string,
): Promise<SurveyResponseRow | null> {
  const [row] = await ex
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.idempotencyKey, key)));
  return row ?? null;
}

/**
 * In one query: the response stored under `key` in the survey, and the response of the
 * invitation (when given). Either may be null; they are the same row after a submit.
 */
export async function findResponsesForSubmit(
  ex: Executor,
  surveyId: string,
  key: string,
  invitationId: string | null,
): Promise<{ byKey: SurveyResponseRow | null; byInvitation: SurveyResponseRow | null }> {
  const rows = await ex
    .select()
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.surveyId, surveyId),
        invitationId === null
          ? eq(surveyResponses.idempotencyKey, key)
          : or(eq(surveyResponses.idempotencyKey, key), eq(surveyResponses.invitationId, invitationId)),
      ),
    );
  return {
    byKey: rows.find((r) => r.idempotencyKey === key) ?? null,
    byInvitation: invitationId === null ? null : (rows.find((r) => r.invitationId === invitationId) ?? null),
  };
}

export async function insertSurveyResponse(
  ex: Executor,
  values: NewSurveyResponse,
): Promise<SurveyResponseRow> {
  const [row] = await ex.insert(surveyResponses).values(values).returning();
  if (!row) throw new Error('insert into survey_responses returned no row');
  return row;
}

/** Saves partial answers of a response still in progress; null when it was submitted meanwhile. */
export async function saveResponseAnswers(
  ex: Executor,
  id: string,
  values: { answers: Record<string, unknown>; locale: string | null },
): Promise<SurveyResponseRow | null> {
  const [row] = await ex
    .update(surveyResponses)
    .set({ answers: values.answers, locale: values.locale, updatedAt: sql`now()` })
    .where(and(eq(surveyResponses.id, id), eq(surveyResponses.status, 'in_progress')))
    .returning();
  return row ?? null;
}

/** Turns an in-progress response into a submitted one; null when it was already submitted. */
export async function submitResponse(
  ex: Executor,
  id: string,
  values: {
    answers: Record<string, unknown>;
    locale: string | null;
    idempotencyKey: string;
    versionId: string;
  },
): Promise<SurveyResponseRow | null> {
  const [row] = await ex
    .update(surveyResponses)
    .set({
      answers: values.answers,
      locale: values.locale,
      idempotencyKey: values.idempotencyKey,
      versionId: values.versionId,
      status: 'submitted',
      submittedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(surveyResponses.id, id), eq(surveyResponses.status, 'in_progress')))
    .returning();
  return row ?? null;
}

export interface ResponseCounts {
  group: string | null;
  started: number;
  submitted: number;
  /** Submitted through an invitation (the numerator of the response rate). */
  submittedInvited: number;
}

/** Started (any status) and submitted responses per respondent group. */
export async function countResponsesByGroup(ex: Executor, surveyId: string): Promise<ResponseCounts[]> {
  const rows = await ex
    .select({
      group: surveyResponses.respondentGroup,
      started: sql<number>`count(*)`,
      submitted: sql<number>`count(*) filter (where ${surveyResponses.status} = 'submitted')`,
      submittedInvited: sql<number>`count(*) filter (where ${surveyResponses.status} = 'submitted' and ${surveyResponses.invitationId} is not null)`,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId))
    .groupBy(surveyResponses.respondentGroup);
  return rows.map((r) => ({
    group: r.group,
    started: Number(r.started),
    submitted: Number(r.submitted),
    submittedInvited: Number(r.submittedInvited),
  }));
}

/** Submitted responses per open link of one survey. */
export async function countSubmittedByLink(ex: Executor, surveyId: string): Promise<Map<string, number>> {
  const rows = await ex
    .select({ linkId: surveyResponses.linkId, n: sql<number>`count(*)` })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.surveyId, surveyId),
        eq(surveyResponses.status, 'submitted'),
        sql`${surveyResponses.linkId} is not null`,
      ),
    )
    .groupBy(surveyResponses.linkId);
  const out = new Map<string, number>();
  for (const r of rows) if (r.linkId) out.set(r.linkId, Number(r.n));
  return out;
}

/** Submitted responses: total, in one group, and through one link (for quota checks). */
export async function countSubmittedFor(
  ex: Executor,
  surveyId: string,
  group: string | null,
  linkId: string | null,
): Promise<{ total: number; group: number; link: number }> {
  const [row] = await ex
    .select({
      total: sql<number>`count(*)`,
      group:
        group === null
          ? sql<number>`0`
          : sql<number>`count(*) filter (where ${surveyResponses.respondentGroup} = ${group})`,
      link:
        linkId === null
          ? sql<number>`0`
          : sql<number>`count(*) filter (where ${surveyResponses.linkId} = ${linkId})`,
    })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, 'submitted')));
  return { total: Number(row?.total ?? 0), group: Number(row?.group ?? 0), link: Number(row?.link ?? 0) };
}

/** Started and submitted responses per survey, for the list view. */
export async function countResponsesBySurvey(
  ex: Executor,
  surveyIds: string[],
): Promise<Map<string, { started: number; submitted: number }>> {
  const out = new Map<string, { started: number; submitted: number }>();
  if (surveyIds.length === 0) return out;
  const rows = await ex
    .select({
      surveyId: surveyResponses.surveyId,
      started: sql<number>`count(*)`,
      submitted: sql<number>`count(*) filter (where ${surveyResponses.status} = 'submitted')`,
    })
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, surveyIds))
    .groupBy(surveyResponses.surveyId);
  for (const r of rows) out.set(r.surveyId, { started: Number(r.started), submitted: Number(r.submitted) });
  return out;
}
