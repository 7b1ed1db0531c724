/** Tracking: KPIs with their yearly targets and actuals, progress updates, milestones, executed spend. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { planCosts, planKpis, planKpiYears, planMilestones, planProgress } from '../schema/index.ts';
import type {
  PlanCostRow,
  PlanKpiRow,
  PlanKpiYearRow,
  PlanMilestoneRow,
  PlanProgressRow,
} from '../schema/plan-tracking.ts';

export type NewPlanKpi = typeof planKpis.$inferInsert;
export type NewPlanMilestone = typeof planMilestones.$inferInsert;
export type NewPlanProgress = typeof planProgress.$inferInsert;
export type NewPlanCost = typeof planCosts.$inferInsert;

export async function listKpis(ex: Executor, planId: string, itemId?: string): Promise<PlanKpiRow[]> {
  return ex
    .select()
    .from(planKpis)
    .where(
      itemId ? and(eq(planKpis.planId, planId), eq(planKpis.itemId, itemId)) : eq(planKpis.planId, planId),
    )
    .orderBy(asc(planKpis.createdAt), asc(planKpis.nameEn));
}

export async function findKpi(ex: Executor, planId: string, id: string): Promise<PlanKpiRow | null> {
  const [row] = await ex
    .select()
    .from(planKpis)
    .where(and(eq(planKpis.planId, planId), eq(planKpis.id, id)));
  return row ?? null;
}

export async function listKpiYears(ex: Executor, kpiIds: readonly string[]): Promise<PlanKpiYearRow[]> {
  if (kpiIds.length === 0) return [];
  return ex
    .select()
    .from(planKpiYears)
    .where(inArray(planKpiYears.kpiId, [...kpiIds]))
    .orderBy(asc(planKpiYears.year));
}

export async function insertKpi(ex: Executor, values: NewPlanKpi): Promise<PlanKpiRow> {
  const [row] = await ex.insert(planKpis).values(values).returning();
  if (!row) throw new Error('insert into plan_kpis returned no row');
  return row;
}

export async function updateKpi(
  ex: Executor,
  id: string,
  values: Omit<NewPlanKpi, 'id' | 'planId' | 'itemId'>,
): Promise<PlanKpiRow> {
  const [row] = await ex.update(planKpis).set(values).where(eq(planKpis.id, id)).returning();
  if (!row) throw new Error('update of plan_kpis matched no row');
  return row;
}

export async function replaceKpiYears(
  ex: Executor,
  kpiId: string,
  years: readonly { year: number; target: number | null; actual: number | null }[],
): Promise<void> {
  await ex.delete(planKpiYears).where(eq(planKpiYears.kpiId, kpiId));
  if (years.length > 0) await ex.insert(planKpiYears).values(years.map((y) => ({ ...y, kpiId })));
}

export async function deleteKpi(ex: Executor, id: string): Promise<void> {
  await ex.delete(planKpis).where(eq(planKpis.id, id));
}

/** Newest report first. */
export async function listProgress(ex: Executor, planId: string): Promise<PlanProgressRow[]> {
  return ex
    .select()
    .from(planProgress)
    .where(eq(planProgress.planId, planId))
    .orderBy(desc(planProgress.reportedOn), desc(planProgress.createdAt));
}

export async function findProgress(
  ex: Executor,
  planId: string,
  id: string,
): Promise<PlanProgressRow | null> {
  const [row] = await ex
    .select()
    .from(planProgress)
    .where(and(eq(planProgress.planId, planId), eq(planProgress.id, id)));
  return row ?? null;
}

export async function insertProgress(ex: Executor, values: NewPlanProgress): Promise<PlanProgressRow> {
  const [row] = await ex.insert(planProgress).values(values).returning();
  if (!row) throw new Error('insert into plan_progress returned no row');
  return row;
}

export async function deleteProgress(ex: Executor, id: string): Promise<void> {
  await ex.delete(planProgress).where(eq(planProgress.id, id));
}

export async function listMilestones(ex: Executor, planId: string): Promise<PlanMilestoneRow[]> {
  return ex
    .select()
    .from(planMilestones)
    .where(eq(planMilestones.planId, planId))
    .orderBy(asc(planMilestones.dueOn), asc(planMilestones.nameEn));
}

export async function findMilestone(
  ex: Executor,
  planId: string,
  id: string,
): Promise<PlanMilestoneRow | null> {
  const [row] = await ex
    .select()
    .from(planMilestones)
    .where(and(eq(planMilestones.planId, planId), eq(planMilestones.id, id)));
  return row ?? null;
}

export async function insertMilestone(ex: Executor, values: NewPlanMilestone): Promise<PlanMilestoneRow> {
  const [row] = await ex.insert(planMilestones).values(values).returning();
  if (!row) throw new Error('insert into plan_milestones returned no row');
  return row;
}

export async function updateMilestone(
  ex: Executor,
  id: string,
  values: Omit<NewPlanMilestone, 'id' | 'planId'>,
): Promise<PlanMilestoneRow> {
  const [row] = await ex.update(planMilestones).set(values).where(eq(planMilestones.id, id)).returning();
  if (!row) throw new Error('update of plan_milestones matched no row');
  return row;
}

export async function deleteMilestone(ex: Executor, id: string): Promise<void> {
  await ex.delete(planMilestones).where(eq(planMilestones.id, id));
}

/** Newest spend first. */
export async function listCosts(ex: Executor, planId: string): Promise<PlanCostRow[]> {
  return ex
    .select()
    .from(planCosts)
    .where(eq(planCosts.planId, planId))
    .orderBy(desc(planCosts.spentOn), desc(planCosts.createdAt));
}

export async function findCost(ex: Executor, planId: string, id: string): Promise<PlanCostRow | null> {
  const [row] = await ex
    .select()
    .from(planCosts)
    .where(and(eq(planCosts.planId, planId), eq(planCosts.id, id)));
  return row ?? null;
}

export async function insertCost(ex: Executor, values: NewPlanCost): Promise<PlanCostRow> {
  const [row] = await ex.insert(planCosts).values(values).returning();
  if (!row) throw new Error('insert into plan_costs returned no row');
  return row;
}

export async function deleteCost(ex: Executor, id: string): Promise<void> {
  await ex.delete(planCosts).where(eq(planCosts.id, id));
}
