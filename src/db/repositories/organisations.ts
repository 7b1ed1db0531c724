import { and, eq } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { organisations } from '../schema/index.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type OrganisationChanges = Partial<Pick<OrganisationRow, 'name' | 'nameKo' | 'isPublic'>>;

export async function findOrganisationById(ex: Executor, id: string): Promise<OrganisationRow | null> {
  const [row] = await ex.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

/** The row locked until the transaction ends, so concurrent updates audit the right `before`. */
export async function lockOrganisation(ex: Executor, id: string): Promise<OrganisationRow | null> {
  const [row] = await ex.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row ?? null;
}

export async function findOrganisationBySlug(ex: Executor, slug: string): Promise<OrganisationRow | null> {
  const [row] = await ex.select().from(organisations).where(eq(organisations.slug, slug));
  return row ?? null;
}

export async function findPublicOrganisationBySlug(
  ex: Executor,
  slug: string,
): Promise<OrganisationRow | null> {
  const [row] = await ex
    .select()
    .from(organisations)
    .where(and(eq(organisations.slug, slug), eq(organisations.isPublic, true)));
  return row ?? null;
}

export async function insertOrganisation(ex: Executor, values: NewOrganisation): Promise<OrganisationRow> {
  const [row] = await ex.insert(organisations).values(values).returning();
  if (!row) throw new Error('insert into organisations returned no row');
  return row;
}

export async function updateOrganisation(
  ex: Executor,
  id: string,
  changes: OrganisationChanges,
): Promise<OrganisationRow | null> {
  const [row] = await ex.update(organisations).set(changes).where(eq(organisations.id, id)).returning();
  return row ?? null;
}
