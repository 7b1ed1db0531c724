/**
 * Reads of the plans module that plan tracking needs (a plan scoped to its organisation, its
 * items and budget lines), and the one write it makes there: the roadmap horizon of items.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { planBudgetLines, planItems, plans } from '../schema/index.ts';

export type TrackingPlanRow = typeof plans.$inferSelect;
export type TrackingItemRow = typeof planItems.$inferSelect;
export type TrackingBudgetLineRow = typeof planBudgetLines.$inferSelect;

/** The plan when it belongs to the organisation, else null. */
export async function findTrackingPlan(
  ex: Executor,
  orgId: string,
  planId: string,
): Promise<TrackingPlanRow | null> {
  const [row] = await ex
    .select()
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.id, planId)));
  return row ?? null;
}

export async function findTrackingPlanBySourceKey(
  ex: Executor,
  orgId: string,
  sourceKey: string,
): Promise<TrackingPlanRow | null> {
  const [row] = await ex
    .select()
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.sourceKey, sourceKey)));
  return row ?? null;
}

/** Every item of the plan, parents before children is not guaranteed: by position then code. */
export async function listTrackingItems(ex: Executor, planId: string): Promise<TrackingItemRow[]> {
  return ex
    .select()
    .from(planItems)
    .where(eq(planItems.planId, planId))
    .orderBy(asc(planItems.position), asc(planItems.code));
}

/** The ids among `itemIds` that are items of the plan. */
export async function itemIdsInPlan(
  ex: Executor,
  planId: string,
  itemIds: readonly string[],
): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const rows = await ex
    .select({ id: planItems.id })
    .from(planItems)
    .where(and(eq(planItems.planId, planId), inArray(planItems.id, [...itemIds])));
  return new Set(rows.map((r) => r.id));
}

export async function listTrackingBudgetLines(
  ex: Executor,
  planId: string,
): Promise<TrackingBudgetLineRow[]> {
  return ex
    .select({
      itemId: planBudgetLines.itemId,
      year: planBudgetLines.year,
      source: planBudgetLines.source,
      amount: planBudgetLines.amount,
    })
    .from(planBudgetLines)
    .innerJoin(planItems, eq(planItems.id, planBudgetLines.itemId))
    .where(eq(planItems.planId, planId))
    .orderBy(asc(planBudgetLines.year), asc(planBudgetLines.source));
}

/** Sets the roadmap horizon of items of the plan (the only write plan tracking makes to plan_items). */
export async function setItemHorizons(
  ex: Executor,
  planId: string,
  assignments: readonly { itemId: string; horizon: 'short' | 'mid' | 'long' }[],
): Promise<void> {
  for (const a of assignments) {
    await ex
      .update(planItems)
      .set({ horizon: a.horizon, updatedAt: sql`now()` })
      .where(and(eq(planItems.planId, planId), eq(planItems.id, a.itemId)));
  }
}
