import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { memberships, organisations, users } from '../schema/index.ts';
import type { OrganisationRow } from './organisations.ts';

export type UserRow = typeof users.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export interface MemberRow {
  user: UserRow;
  membership: MembershipRow;
}

export async function findUserByEmail(ex: Executor, email: string): Promise<UserRow | null> {
  const [row] = await ex.select().from(users).where(eq(users.email, email));
  return row ?? null;
}

/** Which of `emails` already belong to a user. */
export async function findTakenEmails(ex: Executor, emails: string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await ex.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  return rows.map((r) => r.email);
}

export async function insertUser(
  ex: Executor,
  values: { email: string; name: string; passwordHash: string; createdAt?: Date },
): Promise<UserRow> {
  const [row] = await ex.insert(users).values(values).returning();
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

export async function deleteUser(ex: Executor, userId: string): Promise<void> {
  await ex.delete(users).where(eq(users.id, userId));
}

export async function insertMembership(
  ex: Executor,
  values: { userId: string; orgId: string; role: string; createdAt?: Date },
): Promise<MembershipRow> {
  const [row] = await ex.insert(memberships).values(values).returning();
  if (!row) throw new Error('insert into memberships returned no row');
  return row;
}

/** The membership a user signs into: the organisation they joined first. */
export async function findFirstMembership(
  ex: Executor,
  userId: string,
): Promise<{ role: string; org: OrganisationRow } | null> {
  const [row] = await ex
    .select({ role: memberships.role, org: organisations })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row ?? null;
}

/** Members of one organisation, oldest membership first. */
export async function listMembers(ex: Executor, orgId: string): Promise<MemberRow[]> {
  return ex
    .select({ user: users, membership: memberships })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(memberships.createdAt), asc(users.email));
}

/** One member of `orgId`, its membership row locked until the transaction ends. */
export async function lockMember(ex: Executor, orgId: string, userId: string): Promise<MemberRow | null> {
  const [row] = await ex
    .select({ user: users, membership: memberships })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
    .for('update', { of: memberships });
  return row ?? null;
}

export async function updateMemberRole(
  ex: Executor,
  orgId: string,
  userId: string,
  role: string,
): Promise<MembershipRow | null> {
  const [row] = await ex
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
    .returning();
  return row ?? null;
}

export async function deleteMembership(ex: Executor, orgId: string, userId: string): Promise<void> {
  await ex.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
}

export async function countMemberships(ex: Executor, userId: string): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(memberships).where(eq(memberships.userId, userId));
  return Number(row?.n ?? 0);
}

/** Admins of `orgId` other than `userId`. */
export async function countOtherAdmins(ex: Executor, orgId: string, userId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'admin'), ne(memberships.userId, userId)));
  return Number(row?.n ?? 0);
}

/** Whether any organisation has an admin. */
export async function anyAdminExists(ex: Executor): Promise<boolean> {
  const [row] = await ex
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.role, 'admin'))
    .limit(1);
  return row !== undefined;
}
