/** Plans (one row per plan) of an organisation. */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { type PlanRow, plans } from '../schema/index.ts';

export type { PlanRow } from '../schema/index.ts';
export type NewPlan = typeof plans.$inferInsert;
export type PlanChanges = Partial<
  Pick<
    PlanRow,
    | 'kind'
    | 'nameEn'
    | 'nameKo'
    | 'periodFrom'
    | 'periodTo'
    | 'visionEn'
    | 'visionKo'
    | 'alignment'
    | 'status'
    | 'provenance'
    | 'details'
  >
>;

/** Newest first. */
export async function listPlanRows(ex: Executor, orgId: string): Promise<PlanRow[]> {
  return ex.select().from(plans).where(eq(plans.orgId, orgId)).orderBy(desc(plans.createdAt), plans.nameEn);
}

export async function findPlanRow(ex: Executor, orgId: string, planId: string): Promise<PlanRow | null> {
  const [row] = await ex
    .select()
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.id, planId)));
  return row ?? null;
}

/** The row locked until the transaction ends: item edits of one plan run one after another. */
export async function lockPlanRow(ex: Executor, orgId: string, planId: string): Promise<PlanRow | null> {
  const [row] = await ex
    .select()
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.id, planId)))
    .for('update');
  return row ?? null;
}

export async function findPlanBySourceKey(
  ex: Executor,
  orgId: string,
  sourceKey: string,
): Promise<PlanRow | null> {
  const [row] = await ex
    .select()
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.sourceKey, sourceKey)));
  return row ?? null;
}

export async function insertPlanRow(ex: Executor, values: NewPlan): Promise<PlanRow> {
  const [row] = await ex.insert(plans).values(values).returning();
  if (!row) throw new Error('insert into plans returned no row');
  return row;
}

/** Applies `changes` and stamps updated_at (also with no changes: an item of the plan changed). */
export async function updatePlanRow(ex: Executor, planId: string, changes: PlanChanges): Promise<PlanRow> {
  const [row] = await ex
    .update(plans)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(plans.id, planId))
    .returning();
  if (!row) throw new Error('update of plans matched no row');
  return row;
}

export async function deletePlanRow(ex: Executor, planId: string): Promise<void> {
  await ex.delete(plans).where(eq(plans.id, planId));
}
