/** Saved roadmap baselines of a plan. */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { planBaselines } from '../schema/index.ts';
import type { BaselineSnapshotItem, PlanBaselineRow } from '../schema/plan-tracking.ts';

export async function listBaselines(ex: Executor, planId: string): Promise<PlanBaselineRow[]> {
  return ex
    .select()
    .from(planBaselines)
    .where(eq(planBaselines.planId, planId))
    .orderBy(desc(planBaselines.createdAt));
}

export async function findBaseline(
  ex: Executor,
  planId: string,
  id: string,
): Promise<PlanBaselineRow | null> {
  const [row] = await ex
    .select()
    .from(planBaselines)
    .where(and(eq(planBaselines.planId, planId), eq(planBaselines.id, id)));
  return row ?? null;
}

export async function insertBaseline(
  ex: Executor,
  values: { planId: string; name: string; createdBy: string | null; snapshot: BaselineSnapshotItem[] },
): Promise<PlanBaselineRow> {
  const [row] = await ex.insert(planBaselines).values(values).returning();
  if (!row) throw new Error('insert into plan_baselines returned no row');
  return row;
}

export async function deleteBaseline(ex: Executor, id: string): Promise<void> {
  await ex.delete(planBaselines).where(eq(planBaselines.id, id));
}
