/** Benchmark factor links of plan items (which index factors an item should move, by how much). */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { planItemFactors } from '../schema/index.ts';
import type { PlanItemFactorRow } from '../schema/plan-tracking.ts';

export async function listItemFactors(
  ex: Executor,
  planId: string,
  itemId?: string,
): Promise<PlanItemFactorRow[]> {
  return ex
    .select()
    .from(planItemFactors)
    .where(
      itemId
        ? and(eq(planItemFactors.planId, planId), eq(planItemFactors.itemId, itemId))
        : eq(planItemFactors.planId, planId),
    )
    .orderBy(asc(planItemFactors.itemId), asc(planItemFactors.factorCode));
}

export async function replaceItemFactors(
  ex: Executor,
  planId: string,
  itemId: string,
  links: readonly Omit<typeof planItemFactors.$inferInsert, 'planId' | 'itemId'>[],
): Promise<void> {
  await ex.delete(planItemFactors).where(eq(planItemFactors.itemId, itemId));
  if (links.length > 0) await ex.insert(planItemFactors).values(links.map((l) => ({ ...l, planId, itemId })));
}
