import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { type Database, schema } from '../../../src/db/index.ts';
import type { Actor, Role, Services } from '../../../src/services/contract.ts';
import { createOperatorServices } from '../../../src/services/operator.ts';

export const PASSWORD = 'correct horse battery';

export function uniqueSlug(prefix = 'org'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** A new organisation with one admin, signed in: returns the admin's actor. */
export async function createOrgWithAdmin(
  database: Database,
  services: Services,
  options: { isPublic?: boolean } = {},
): Promise<{ orgId: string; slug: string; admin: Actor }> {
  const slug = uniqueSlug();
  const [org] = await database.db
    .insert(schema.organisations)
    .values({
      slug,
      name: `Org ${slug}`,
      nameKo: `기관 ${slug}`,
      city: 'Testville',
      isPublic: options.isPublic ?? false,
    })
    .returning();
  if (!org) throw new Error('no organisation row');
  const email = `admin@${slug}.test`;
  await createOperatorServices(database).createAdmin({ email, password: PASSWORD, orgSlug: slug });
  const admin = await signInActor(services, email);
  return { orgId: org.id, slug, admin };
}

/** Adds a member with `role` through the admin and signs them in. */
export async function addMember(services: Services, admin: Actor, role: Role): Promise<Actor> {
  const email = `${role}-${randomBytes(3).toString('hex')}@example.test`;
  await services.users.create(admin, { email, name: `A ${role}`, role, password: PASSWORD });
  return signInActor(services, email);
}

export async function signInActor(services: Services, email: string): Promise<Actor> {
  const { sessionToken } = await services.auth.signIn(email, PASSWORD, {});
  const resolved = await services.auth.resolveSession(sessionToken);
  if (!resolved) throw new Error('fresh session did not resolve');
  return resolved.actor;
}

export async function auditCount(database: Database, orgId: string): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(schema.auditLog)
    .where(eq(schema.auditLog.orgId, orgId));
  return Number(row?.n ?? 0);
}

/** Expects `promise` to reject with a ServiceError of `kind`. */
export async function expectKind(promise: Promise<unknown>, kind: string): Promise<void> {
  const outcome = await promise.then(
    () => 'resolved',
    (err: unknown) => (err as { kind?: string }).kind ?? `non-service error: ${String(err)}`,
  );
  if (outcome !== kind) throw new Error(`expected ServiceError ${kind}, got ${outcome}`);
}
