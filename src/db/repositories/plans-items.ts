/** Items of a plan (a tree through parent_id) and their budget lines. */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import {
  type PlanBudgetLineRow,
  type PlanItemRow,
  planBudgetLines,
  planItems,
  plans,
} from '../schema/index.ts';

export type { PlanBudgetLineRow, PlanItemRow } from '../schema/index.ts';
export type NewPlanItem = typeof planItems.$inferInsert;
export type PlanItemChanges = Partial<Omit<PlanItemRow, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

/** Rows per INSERT statement: 25 columns × 1,000 rows stays far below PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

/** Every item of the plan, siblings in position order. */
export async function listPlanItemRows(ex: Executor, planId: string): Promise<PlanItemRow[]> {
  return ex
    .select()
    .from(planItems)
    .where(eq(planItems.planId, planId))
    .orderBy(asc(planItems.position), asc(planItems.code));
}

/** Every item of every plan of the organisation (for the list's totals). */
export async function listOrgPlanItemRows(ex: Executor, orgId: string): Promise<PlanItemRow[]> {
  const rows = await ex
    .select({ item: planItems })
    .from(planItems)
    .innerJoin(plans, eq(plans.id, planItems.planId))
    .where(eq(plans.orgId, orgId))
    .orderBy(asc(planItems.position), asc(planItems.code));
  return rows.map((r) => r.item);
}

/** Every budget line of the plan's items. */
export async function listPlanBudgetLineRows(ex: Executor, planId: string): Promise<PlanBudgetLineRow[]> {
  const rows = await ex
    .select({ line: planBudgetLines })
    .from(planBudgetLines)
    .innerJoin(planItems, eq(planItems.id, planBudgetLines.itemId))
    .where(eq(planItems.planId, planId))
    .orderBy(asc(planBudgetLines.year), asc(planBudgetLines.source));
  return rows.map((r) => r.line);
}

/** Every budget line of every plan of the organisation. */
export async function listOrgPlanBudgetLineRows(ex: Executor, orgId: string): Promise<PlanBudgetLineRow[]> {
  const rows = await ex
    .select({ line: planBudgetLines })
    .from(planBudgetLines)
    .innerJoin(planItems, eq(planItems.id, planBudgetLines.itemId))
    .innerJoin(plans, eq(plans.id, planItems.planId))
    .where(eq(plans.orgId, orgId))
    .orderBy(asc(planBudgetLines.year), asc(planBudgetLines.source));
  return rows.map((r) => r.line);
}

export async function findPlanItemRow(
  ex: Executor,
  planId: string,
  itemId: string,
): Promise<PlanItemRow | null> {
  const [row] = await ex
    .select()
    .from(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.id, itemId)));
  return row ?? null;
}

/** Children of `parentId` (null: the top-level items), in position order. */
export async function listSiblingRows(
  ex: Executor,
  planId: string,
  parentId: string | null,
): Promise<PlanItemRow[]> {
  return ex
    .select()
    .from(planItems)
    .where(
      and(
        eq(planItems.planId, planId),
        parentId === null ? isNull(planItems.parentId) : eq(planItems.parentId, parentId),
      ),
    )
    .orderBy(asc(planItems.position), asc(planItems.code));
}

/** Inserts items in the order given (parents before children). */
export async function insertPlanItemRows(ex: Executor, values: readonly NewPlanItem[]): Promise<void> {
  for (const chunk of chunks(values)) await ex.insert(planItems).values(chunk);
}

export async function insertPlanItemRow(ex: Executor, values: NewPlanItem): Promise<PlanItemRow> {
  const [row] = await ex.insert(planItems).values(values).returning();
  if (!row) throw new Error('insert into plan_items returned no row');
  return row;
}

export async function updatePlanItemRow(
  ex: Executor,
  itemId: string,
  changes: PlanItemChanges,
): Promise<PlanItemRow> {
  const [row] = await ex
    .update(planItems)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(planItems.id, itemId))
    .returning();
  if (!row) throw new Error('update of plan_items matched no row');
  return row;
}

/** Sets position = index for each id (siblings renumbered after an insert, move or delete). */
export async function renumberPlanItems(ex: Executor, orderedIds: readonly string[]): Promise<void> {
  for (const [position, id] of orderedIds.entries())
    await ex.update(planItems).set({ position }).where(eq(planItems.id, id));
}

/** Deletes the items (their subtrees and budget lines go by cascade). */
export async function deletePlanItemRows(ex: Executor, itemIds: readonly string[]): Promise<void> {
  for (const chunk of chunks(itemIds)) await ex.delete(planItems).where(inArray(planItems.id, chunk));
}

/** Deletes every item of the plan. */
export async function deleteAllPlanItemRows(ex: Executor, planId: string): Promise<void> {
  await ex.delete(planItems).where(eq(planItems.planId, planId));
}

export async function listItemBudgetLineRows(ex: Executor, itemId: string): Promise<PlanBudgetLineRow[]> {
  return ex
    .select()
    .from(planBudgetLines)
    .where(eq(planBudgetLines.itemId, itemId))
    .orderBy(asc(planBudgetLines.year), asc(planBudgetLines.source));
}

export async function insertBudgetLineRows(
  ex: Executor,
  values: readonly PlanBudgetLineRow[],
): Promise<void> {
  for (const chunk of chunks(values)) await ex.insert(planBudgetLines).values(chunk);
}

/** Replaces every budget line of the item. */
export async function replaceItemBudgetLineRows(
  ex: Executor,
  itemId: string,
  lines: readonly Omit<PlanBudgetLineRow, 'itemId'>[],
): Promise<void> {
  await ex.delete(planBudgetLines).where(eq(planBudgetLines.itemId, itemId));
  if (lines.length > 0)
    await insertBudgetLineRows(
      ex,
      lines.map((line) => ({ ...line, itemId })),
    );
}

/** Deletes every budget line of every item of the plan. */
export async function deletePlanBudgetLineRows(ex: Executor, planId: string): Promise<void> {
  await ex
    .delete(planBudgetLines)
    .where(
      inArray(
        planBudgetLines.itemId,
        ex.select({ id: planItems.id }).from(planItems).where(eq(planItems.planId, planId)),
      ),
    );
}
