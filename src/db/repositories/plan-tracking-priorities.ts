/** Prioritisation: criteria, score cells and AHP matrices of a plan. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { planAhpMatrices, planCriteria, planScores } from '../schema/index.ts';
import type { PlanAhpMatrixRow, PlanCriterionRow } from '../schema/plan-tracking.ts';

export type NewPlanCriterion = typeof planCriteria.$inferInsert;

export async function listCriteria(ex: Executor, planId: string): Promise<PlanCriterionRow[]> {
  return ex
    .select()
    .from(planCriteria)
    .where(eq(planCriteria.planId, planId))
    .orderBy(asc(planCriteria.position));
}

/**
 * Replaces the criteria list: rows whose code survives keep their id (and so their scores),
 * the others are deleted with their scores; new codes are inserted.
 */
export async function replaceCriteria(
  ex: Executor,
  planId: string,
  rows: readonly Omit<NewPlanCriterion, 'planId' | 'id'>[],
): Promise<void> {
  const existing = await listCriteria(ex, planId);
  const keep = new Set(rows.map((r) => r.code));
  const gone = existing.filter((c) => !keep.has(c.code)).map((c) => c.id);
  if (gone.length > 0) await ex.delete(planCriteria).where(inArray(planCriteria.id, gone));
  const byCode = new Map(existing.map((c) => [c.code, c]));
  // Positions are unique only by convention; shift first to avoid transient clashes in future constraints.
  for (const row of rows) {
    const found = byCode.get(row.code);
    if (found) await ex.update(planCriteria).set(row).where(eq(planCriteria.id, found.id));
    else await ex.insert(planCriteria).values({ ...row, planId });
  }
}

export async function setCriteriaWeights(
  ex: Executor,
  planId: string,
  weights: readonly { code: string; weight: number }[],
  source: 'entered' | 'ahp',
): Promise<void> {
  for (const w of weights)
    await ex
      .update(planCriteria)
      .set({ weight: w.weight, weightSource: source })
      .where(and(eq(planCriteria.planId, planId), eq(planCriteria.code, w.code)));
}

export async function listScores(
  ex: Executor,
  planId: string,
): Promise<{ criterionId: string; itemId: string; score: number }[]> {
  return ex
    .select({ criterionId: planScores.criterionId, itemId: planScores.itemId, score: planScores.score })
    .from(planScores)
    .innerJoin(planCriteria, eq(planCriteria.id, planScores.criterionId))
    .where(eq(planCriteria.planId, planId));
}

export async function upsertScores(
  ex: Executor,
  cells: readonly { criterionId: string; itemId: string; score: number }[],
): Promise<void> {
  if (cells.length === 0) return;
  await ex
    .insert(planScores)
    .values([...cells])
    .onConflictDoUpdate({
      target: [planScores.criterionId, planScores.itemId],
      set: { score: sql`excluded.score` },
    });
}

export async function deleteScores(
  ex: Executor,
  cells: readonly { criterionId: string; itemId: string }[],
): Promise<void> {
  for (const c of cells)
    await ex
      .delete(planScores)
      .where(and(eq(planScores.criterionId, c.criterionId), eq(planScores.itemId, c.itemId)));
}

export async function listAhpMatrices(ex: Executor, planId: string): Promise<PlanAhpMatrixRow[]> {
  return ex
    .select()
    .from(planAhpMatrices)
    .where(eq(planAhpMatrices.planId, planId))
    .orderBy(asc(planAhpMatrices.expert));
}

export async function findAhpMatrix(
  ex: Executor,
  planId: string,
  id: string,
): Promise<PlanAhpMatrixRow | null> {
  const [row] = await ex
    .select()
    .from(planAhpMatrices)
    .where(and(eq(planAhpMatrices.planId, planId), eq(planAhpMatrices.id, id)));
  return row ?? null;
}

export async function upsertAhpMatrix(
  ex: Executor,
  values: { planId: string; expert: string; criteria: string[]; matrix: number[][] },
): Promise<PlanAhpMatrixRow> {
  const [row] = await ex
    .insert(planAhpMatrices)
    .values(values)
    .onConflictDoUpdate({
      target: [planAhpMatrices.planId, planAhpMatrices.expert],
      set: { criteria: values.criteria, matrix: values.matrix, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error('upsert into plan_ahp_matrices returned no row');
  return row;
}

export async function deleteAhpMatrix(ex: Executor, id: string): Promise<void> {
  await ex.delete(planAhpMatrices).where(eq(planAhpMatrices.id, id));
}
