/** Workspace notes and the SWOT board with its links to plan items. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { planNotes, planSwotItems, planSwotLinks } from '../schema/index.ts';
import type { PlanNoteRow, PlanSwotItemRow } from '../schema/plan-tracking.ts';

export type NewPlanNote = typeof planNotes.$inferInsert;
export type NewPlanSwotItem = typeof planSwotItems.$inferInsert;

export async function listPlanNotes(ex: Executor, planId: string): Promise<PlanNoteRow[]> {
  return ex
    .select()
    .from(planNotes)
    .where(eq(planNotes.planId, planId))
    .orderBy(asc(planNotes.position), asc(planNotes.createdAt));
}

export async function findPlanNote(ex: Executor, planId: string, id: string): Promise<PlanNoteRow | null> {
  const [row] = await ex
    .select()
    .from(planNotes)
    .where(and(eq(planNotes.planId, planId), eq(planNotes.id, id)));
  return row ?? null;
}

export async function nextNotePosition(ex: Executor, planId: string, kind: string): Promise<number> {
  const [row] = await ex
    .select({ max: sql<number | null>`max(${planNotes.position})` })
    .from(planNotes)
    .where(and(eq(planNotes.planId, planId), eq(planNotes.kind, kind)));
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertPlanNote(ex: Executor, values: NewPlanNote): Promise<PlanNoteRow> {
  const [row] = await ex.insert(planNotes).values(values).returning();
  if (!row) throw new Error('insert into plan_notes returned no row');
  return row;
}

export async function updatePlanNote(
  ex: Executor,
  id: string,
  values: Omit<NewPlanNote, 'id' | 'planId'>,
): Promise<PlanNoteRow> {
  const [row] = await ex
    .update(planNotes)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(planNotes.id, id))
    .returning();
  if (!row) throw new Error('update of plan_notes matched no row');
  return row;
}

export async function deletePlanNote(ex: Executor, id: string): Promise<void> {
  await ex.delete(planNotes).where(eq(planNotes.id, id));
}

export async function listSwotItems(ex: Executor, planId: string): Promise<PlanSwotItemRow[]> {
  return ex
    .select()
    .from(planSwotItems)
    .where(eq(planSwotItems.planId, planId))
    .orderBy(asc(planSwotItems.position), asc(planSwotItems.createdAt));
}

export async function findSwotItem(
  ex: Executor,
  planId: string,
  id: string,
): Promise<PlanSwotItemRow | null> {
  const [row] = await ex
    .select()
    .from(planSwotItems)
    .where(and(eq(planSwotItems.planId, planId), eq(planSwotItems.id, id)));
  return row ?? null;
}

export async function nextSwotPosition(ex: Executor, planId: string, quadrant: string): Promise<number> {
  const [row] = await ex
    .select({ max: sql<number | null>`max(${planSwotItems.position})` })
    .from(planSwotItems)
    .where(and(eq(planSwotItems.planId, planId), eq(planSwotItems.quadrant, quadrant)));
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertSwotItem(ex: Executor, values: NewPlanSwotItem): Promise<PlanSwotItemRow> {
  const [row] = await ex.insert(planSwotItems).values(values).returning();
  if (!row) throw new Error('insert into plan_swot_items returned no row');
  return row;
}

export async function updateSwotItem(
  ex: Executor,
  id: string,
  values: Omit<NewPlanSwotItem, 'id' | 'planId'>,
): Promise<PlanSwotItemRow> {
  const [row] = await ex.update(planSwotItems).set(values).where(eq(planSwotItems.id, id)).returning();
  if (!row) throw new Error('update of plan_swot_items matched no row');
  return row;
}

export async function deleteSwotItem(ex: Executor, id: string): Promise<void> {
  await ex.delete(planSwotItems).where(eq(planSwotItems.id, id));
}

/** Links of the given SWOT items (all of a plan's when `swotIds` lists them all). */
export async function listSwotLinks(
  ex: Executor,
  swotIds: readonly string[],
): Promise<{ swotId: string; itemId: string }[]> {
  if (swotIds.length === 0) return [];
  return ex
    .select()
    .from(planSwotLinks)
    .where(inArray(planSwotLinks.swotId, [...swotIds]));
}

export async function replaceSwotLinks(
  ex: Executor,
  swotId: string,
  itemIds: readonly string[],
): Promise<void> {
  await ex.delete(planSwotLinks).where(eq(planSwotLinks.swotId, swotId));
  if (itemIds.length > 0)
    await ex.insert(planSwotLinks).values(itemIds.map((itemId) => ({ swotId, itemId })));
}
