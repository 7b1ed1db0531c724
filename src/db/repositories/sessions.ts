import { and, eq, lt } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { memberships, organisations, sessions, users } from '../schema/index.ts';
import type { OrganisationRow } from './organisations.ts';
import type { UserRow } from './users.ts';

export type NewSession = typeof sessions.$inferInsert;

export interface SessionContext {
  session: typeof sessions.$inferSelect;
  user: UserRow;
  org: OrganisationRow;
  /** Null when the user is no longer a member of the session's organisation. */
  role: string | null;
}

export async function insertSession(ex: Executor, values: NewSession): Promise<void> {
  await ex.insert(sessions).values(values);
}

export async function deleteExpiredSessions(ex: Executor, now: Date): Promise<void> {
  await ex.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** The session with its user, organisation and the member's current role (read live). */
export async function findSessionContext(ex: Executor, id: string): Promise<SessionContext | null> {
  const [row] = await ex
    .select({ session: sessions, user: users, org: organisations, role: memberships.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, sessions.orgId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, sessions.userId), eq(memberships.orgId, sessions.orgId)),
    )
    .where(eq(sessions.id, id));
  return row ?? null;
}

export async function deleteSession(ex: Executor, id: string): Promise<void> {
  await ex.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteMemberSessions(ex: Executor, orgId: string, userId: string): Promise<void> {
  await ex.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.orgId, orgId)));
}
