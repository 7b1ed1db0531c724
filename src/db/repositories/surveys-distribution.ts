import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { surveyInvitations, surveyLinks, surveyResponses, surveys } from '../schema/index.ts';
import type { NewSurveyInvitation, SurveyInvitationRow, SurveyLinkRow, SurveyRow } from './surveys-rows.ts';

/** An invitation with the state of its response (none, in progress, submitted). */
export interface InvitationWithState extends SurveyInvitationRow {
  responseStatus: 'in_progress' | 'submitted' | null;
}

export async function insertSurveyInvitations(
  ex: Executor,
  rows: NewSurveyInvitation[],
): Promise<SurveyInvitationRow[]> {
  if (rows.length === 0) return [];
  const out: SurveyInvitationRow[] = [];
  // Chunks keep the parameter count far below PostgreSQL's 65,535 limit.
  for (let i = 0; i < rows.length; i += 1000) {
    out.push(
      ...(await ex
        .insert(surveyInvitations)
        .values(rows.slice(i, i + 1000))
        .returning()),
    );
  }
  return out;
}

/** Oldest first, each with its response state. */
export async function listInvitationsWithState(
  ex: Executor,
  surveyId: string,
): Promise<InvitationWithState[]> {
  const rows = await ex
    .select({ invitation: surveyInvitations, responseStatus: surveyResponses.status })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(eq(surveyInvitations.surveyId, surveyId))
    .orderBy(asc(surveyInvitations.createdAt), asc(surveyInvitations.name), asc(surveyInvitations.id));
  return rows.map((r) => ({
    ...r.invitation,
    responseStatus: (r.responseStatus as InvitationWithState['responseStatus']) ?? null,
  }));
}

export async function findInvitationByTokenHash(
  ex: Executor,
  tokenHash: string,
): Promise<SurveyInvitationRow | null> {
  const [row] = await ex.select().from(surveyInvitations).where(eq(surveyInvitations.tokenHash, tokenHash));
  return row ?? null;
}

export async function markInvitationUsed(ex: Executor, id: string): Promise<void> {
  await ex
    .update(surveyInvitations)
    .set({ usedAt: sql`now()` })
    .where(and(eq(surveyInvitations.id, id), isNull(surveyInvitations.usedAt)));
}

/** Records a reminder on the given invitations of the survey that have not been used; returns how many. */
export async function markInvitationsReminded(
  ex: Executor,
  surveyId: string,
  ids: string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await ex
    .update(surveyInvitations)
    .set({ remindedAt: sql`now()`, reminderCount: sql`${surveyInvitations.reminderCount} + 1` })
    .where(
      and(
        eq(surveyInvitations.surveyId, surveyId),
        inArray(surveyInvitations.id, ids),
        isNull(surveyInvitations.usedAt),
      ),
    )
    .returning({ id: surveyInvitations.id });
  return rows.length;
}

/** Invitations per respondent group. */
export async function countInvitationsByGroup(
  ex: Executor,
  surveyId: string,
): Promise<Array<{ group: string | null; invited: number }>> {
  const rows = await ex
    .select({ group: surveyInvitations.respondentGroup, invited: sql<number>`count(*)` })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.surveyId, surveyId))
    .groupBy(surveyInvitations.respondentGroup);
  return rows.map((r) => ({ group: r.group, invited: Number(r.invited) }));
}

export async function countInvitationsBySurvey(
  ex: Executor,
  surveyIds: string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (surveyIds.length === 0) return out;
  const rows = await ex
    .select({ surveyId: surveyInvitations.surveyId, n: sql<number>`count(*)` })
    .from(surveyInvitations)
    .where(inArray(surveyInvitations.surveyId, surveyIds))
    .groupBy(surveyInvitations.surveyId);
  for (const r of rows) out.set(r.surveyId, Number(r.n));
  return out;
}

export async function insertSurveyLink(
  ex: Executor,
  values: typeof surveyLinks.$inferInsert,
): Promise<SurveyLinkRow> {
  const [row] = await ex.insert(surveyLinks).values(values).returning();
  if (!row) throw new Error('insert into survey_links returned no row');
  return row;
}

export async function listSurveyLinks(ex: Executor, surveyId: string): Promise<SurveyLinkRow[]> {
  return ex
    .select()
    .from(surveyLinks)
    .where(eq(surveyLinks.surveyId, surveyId))
    .orderBy(asc(surveyLinks.createdAt), asc(surveyLinks.id));
}

export async function findSurveyLink(
  ex: Executor,
  surveyId: string,
  id: string,
): Promise<SurveyLinkRow | null> {
  const [row] = await ex
    .select()
    .from(surveyLinks)
    .where(and(eq(surveyLinks.surveyId, surveyId), eq(surveyLinks.id, id)));
  return row ?? null;
}

export async function findSurveyLinkByToken(ex: Executor, token: string): Promise<SurveyLinkRow | null> {
  const [row] = await ex.select().from(surveyLinks).where(eq(surveyLinks.token, token));
  return row ?? null;
}

export async function updateSurveyLink(
  ex: Executor,
  id: string,
  changes: Partial<Pick<SurveyLinkRow, 'label' | 'ratePerMinute' | 'quota' | 'active'>>,
): Promise<SurveyLinkRow> {
  const [row] = await ex.update(surveyLinks).set(changes).where(eq(surveyLinks.id, id)).returning();
  if (!row) throw new Error('update of survey_links returned no row');
  return row;
}

/** An invitation with its survey, by the token's hash, in one query. */
export async function findInvitationWithSurvey(
  ex: Executor,
  tokenHash: string,
): Promise<{ invitation: SurveyInvitationRow; survey: SurveyRow } | null> {
  const [row] = await ex
    .select({ invitation: surveyInvitations, survey: surveys })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .where(eq(surveyInvitations.tokenHash, tokenHash));
  return row ?? null;
}

/** An open link with its survey, by the link's token, in one query. */
export async function findLinkWithSurvey(
  ex: Executor,
  token: string,
): Promise<{ link: SurveyLinkRow; survey: SurveyRow } | null> {
  const [row] = await ex
    .select({ link: surveyLinks, survey: surveys })
    .from(surveyLinks)
    .innerJoin(surveys, eq(surveys.id, surveyLinks.surveyId))
    .where(eq(surveyLinks.token, token));
  return row ?? null;
}
