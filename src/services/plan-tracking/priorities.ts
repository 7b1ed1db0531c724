/**
 * Prioritisation: criteria with weights, score cells, AHP matrices per expert (engine ahp.ts) with
 * a geometric-mean group result, the weighted-scoring ranking (engine scoring.ts) and horizons
 * assigned from it, written to the plan items.
 */
import type { Database, Executor } from '../../db/index.ts';
import {
  deleteAhpMatrix,
  deleteScores,
  findAhpMatrix,
  listAhpMatrices,
  listCriteria,
  listScores,
  listTrackingItems,
  type PlanAhpMatrixRow,
  type PlanCriterionRow,
  replaceCriteria,
  setCriteriaWeights,
  setItemHorizons,
  upsertAhpMatrix,
  upsertScores,
} from '../../db/repositories/plan-tracking-index.ts';
import {
  type AhpResult,
  aggregateGeometricMean,
  ahpWeights,
  CR_THRESHOLD,
  assignHorizons as engineAssignHorizons,
  type HorizonRule,
  RANDOM_INDEX,
  scoreCandidates,
} from '../../engine/planning/index.ts';
import type {
  AhpComputation,
  AhpMatrixView,
  AhpView,
  CriteriaView,
  CriterionInput,
  CriterionView,
  Horizon,
  PlanTrackingServices,
  PrioritiesView,
} from '../contract-plan-tracking.ts';
import { ServiceError } from '../errors.ts';
import { planReadAccess, planWriteAccess, requireId } from './access.ts';
import { auditPlan } from './audit.ts';
import { bilingual, finite, invalid, oneOf, text } from './validate.ts';
import { requirePlanItems } from './workspace.ts';

const CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const MAX_CRITERIA = 15;

function toCriterionView(row: PlanCriterionRow): CriterionView {
  return {
    id: row.id,
    code: row.code,
    name: { en: row.nameEn, ko: row.nameKo },
    weight: row.weight,
    direction: row.direction as CriterionView['direction'],
    scaleMin: row.scaleMin,
    scaleMax: row.scaleMax,
    position: row.position,
    illustrative: row.illustrative,
    note: row.note,
  };
}

export async function criteriaViewOf(ex: Executor, planId: string): Promise<CriteriaView> {
  const criteria = await listCriteria(ex, planId);
  const code = new Map(criteria.map((c) => [c.id, c.code]));
  const scores = (await listScores(ex, planId))
    .map((s) => ({ itemId: s.itemId, criterion: code.get(s.criterionId) ?? '', score: s.score }))
    .sort((a, b) => a.itemId.localeCompare(b.itemId) || a.criterion.localeCompare(b.criterion));
  return { planId, criteria: criteria.map(toCriterionView), scores };
}

function toComputation(result: AhpResult, codes: readonly string[]): AhpComputation {
  const pair = result.mostInconsistentPair;
  return {
    weights: result.weights,
    lambdaMax: result.lambdaMax,
    ci: result.ci,
    ri: result.ri,
    cr: result.cr,
    inconsistent: result.inconsistent,
    mostInconsistentPair: pair
      ? {
          row: codes[pair.i] ?? '',
          column: codes[pair.j] ?? '',
          judgement: pair.judgement,
          implied: pair.implied,
        }
      : null,
  };
}

/** The matrix reordered to `codes` (the plan's order); null when its codes are not exactly those. */
function alignedMatrix(row: PlanAhpMatrixRow, codes: readonly string[]): number[][] | null {
  if (row.criteria.length !== codes.length) return null;
  const index = codes.map((c) => row.criteria.indexOf(c));
  if (index.some((i) => i < 0)) return null;
  return index.map((i) => index.map((j) => row.matrix[i]?.[j] ?? Number.NaN));
}

export async function ahpViewOf(ex: Executor, planId: string): Promise<AhpView> {
  const codes = (await listCriteria(ex, planId)).map((c) => c.code);
  const rows = await listAhpMatrices(ex, planId);
  const current: number[][][] = [];
  const matrices: AhpMatrixView[] = [];
  for (const row of rows) {
    const result = ahpWeights(row.matrix);
    if (!result.ok) continue; // stored matrices were validated; skip if the engine changed its rules
    const aligned = alignedMatrix(row, codes);
    if (aligned) current.push(aligned);
    matrices.push({
      id: row.id,
      expert: row.expert,
      criteria: row.criteria,
      matrix: row.matrix,
      current: aligned !== null,
      result: toComputation(result.value, row.criteria),
      updatedAt: row.updatedAt.toISOString(),
    });
  }
  let group: AhpView['group'] = null;
  if (current.length > 0 && codes.length > 0) {
    const matrix = aggregateGeometricMean(current);
    if (matrix.ok) {
      const result = ahpWeights(matrix.value, { saatyScale: false });
      if (result.ok)
        group = { experts: current.length, matrix: matrix.value, result: toComputation(result.value, codes) };
    }
  }
  return {
    planId,
    criteria: codes,
    threshold: CR_THRESHOLD,
    randomIndex: [...RANDOM_INDEX],
    matrices,
    group,
  };
}

function criterionRows(input: CriterionInput[]) {
  if (input.length === 0 || input.length > MAX_CRITERIA)
    throw invalid('criteria', `give 1 to ${MAX_CRITERIA} criteria`);
  const seen = new Set<string>();
  return input.map((c, position) => {
    const field = `criteria[${position}]`;
    if (!CODE.test(c.code)) throw invalid(`${field}.code`, 'lower-case letters, digits, - and _ (max 40)');
    if (seen.has(c.code)) throw invalid(`${field}.code`, `'${c.code}' appears twice`);
    seen.add(c.code);
    const name = bilingual(c.name, `${field}.name`, 200);
    if (finite(c.weight, `${field}.weight`) < 0) throw invalid(`${field}.weight`, 'must not be negative');
    finite(c.scaleMin, `${field}.scaleMin`);
    if (!(finite(c.scaleMax, `${field}.scaleMax`) > c.scaleMin))
      throw invalid(`${field}.scaleMax`, 'must be above scaleMin');
    return {
      code: c.code,
      nameEn: name.en,
      nameKo: name.ko,
      weight: c.weight,
      weightSource: 'entered',
      direction: oneOf(c.direction, ['benefit', 'cost'] as const, `${field}.direction`),
      scaleMin: c.scaleMin,
      scaleMax: c.scaleMax,
      position,
      illustrative: c.illustrative ?? false,
      note: text(c.note, `${field}.note`, 1000),
    };
  });
}

export async function prioritiesOf(ex: Executor, planId: string): Promise<PrioritiesView> {
  const criteria = await listCriteria(ex, planId);
  const items = await listTrackingItems(ex, planId);
  const horizonOf = new Map(items.map((i) => [i.id, (i.horizon as Horizon | null) ?? null]));
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  const byItem = new Map<string, Record<string, number>>();
  for (const s of await listScores(ex, planId)) {
    const code = codeOf.get(s.criterionId);
    if (code === undefined) continue;
    byItem.set(s.itemId, { ...(byItem.get(s.itemId) ?? {}), [code]: s.score });
  }
  const complete: { id: string; scores: Record<string, number> }[] = [];
  const incomplete: string[] = [];
  for (const [id, scores] of byItem) {
    if (criteria.every((c) => scores[c.code] !== undefined)) complete.push({ id, scores });
    else incomplete.push(id);
  }
  const weightsFrom: PrioritiesView['weightsFrom'] =
    criteria.length > 0 && criteria.every((c) => c.weightSource === 'ahp') ? 'ahp' : 'entered';
  if (criteria.length === 0 || complete.length === 0 || criteria.every((c) => c.weight === 0))
    return { planId, weightsFrom, ranked: [], incomplete: incomplete.sort() };
  const engineCriteria = criteria.map((c) => ({
    id: c.code,
    weight: c.weight,
    direction: c.direction as 'benefit' | 'cost',
    scale: { min: c.scaleMin, max: c.scaleMax },
  }));
  const ranked = scoreCandidates(engineCriteria, complete);
  if (!ranked.ok) throw new ServiceError('conflict', ranked.errors.map((e) => e.message).join('; '));
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0);
  const scoresOf = new Map(complete.map((c) => [c.id, c.scores]));
  return {
    planId,
    weightsFrom,
    ranked: ranked.value.map((r) => {
      const scores = scoresOf.get(r.id) ?? {};
      const contributions: Record<string, number> = {};
      for (const c of engineCriteria) {
        const s = scores[c.id] ?? c.scale.min;
        const span = c.scale.max - c.scale.min;
        const norm = c.direction === 'benefit' ? (s - c.scale.min) / span : (c.scale.max - s) / span;
        contributions[c.id] = (c.weight * norm) / weightSum;
      }
      return {
        itemId: r.id,
        total: r.total,
        rank: r.rank,
        tied: r.tied,
        contributions,
        horizon: horizonOf.get(r.id) ?? null,
      };
    }),
    incomplete: incomplete.sort(),
  };
}

type PriorityMethods = Pick<
  PlanTrackingServices,
  | 'criteria'
  | 'saveCriteria'
  | 'saveScores'
  | 'ahp'
  | 'saveAhpMatrix'
  | 'deleteAhpMatrix'
  | 'applyAhpWeights'
  | 'priorities'
  | 'assignHorizons'
>;

export function priorityMethods({ db }: Database): PriorityMethods {
  return {
    async criteria(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return criteriaViewOf(db, plan.id);
    },

    async saveCriteria(caller, slug, planId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const rows = criterionRows(input);
      return db.transaction(async (tx) => {
        const before = await criteriaViewOf(tx, access.plan.id);
        await replaceCriteria(tx, access.plan.id, rows);
        const after = await criteriaViewOf(tx, access.plan.id);
        await auditPlan(
          tx,
          access,
          'plan.criteria.replace',
          'plan_criteria',
          access.plan.id,
          { criteria: after.criteria },
          { criteria: before.criteria },
        );
        return after;
      });
    },

    async saveScores(caller, slug, planId, cells) {
      const access = await planWriteAccess(db, caller, slug, planId);
      if (cells.length > 10_000) throw invalid('cells', 'at most 10,000 cells at a time');
      return db.transaction(async (tx) => {
        const criteria = new Map((await listCriteria(tx, access.plan.id)).map((c) => [c.code, c]));
        await requirePlanItems(
          tx,
          access.plan.id,
          cells.map((c) => c.itemId),
          'cells.itemId',
        );
        const upserts: { criterionId: string; itemId: string; score: number }[] = [];
        const removals: { criterionId: string; itemId: string }[] = [];
        cells.forEach((cell, i) => {
          const criterion = criteria.get(cell.criterion);
          if (!criterion) throw invalid(`cells[${i}].criterion`, `unknown criterion '${cell.criterion}'`);
          if (cell.score === null) {
            removals.push({ criterionId: criterion.id, itemId: cell.itemId });
            return;
          }
          const score = finite(cell.score, `cells[${i}].score`);
          if (score < criterion.scaleMin || score > criterion.scaleMax)
            throw invalid(`cells[${i}].score`, `must lie in [${criterion.scaleMin}, ${criterion.scaleMax}]`);
          upserts.push({ criterionId: criterion.id, itemId: cell.itemId, score });
        });
        await upsertScores(tx, upserts);
        await deleteScores(tx, removals);
        await auditPlan(tx, access, 'plan.scores.save', 'plan_criteria', access.plan.id, {
          cells: cells.map((c) => ({ itemId: c.itemId, criterion: c.criterion, score: c.score })),
        });
        return criteriaViewOf(tx, access.plan.id);
      });
    },

    async ahp(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return ahpViewOf(db, plan.id);
    },

    async saveAhpMatrix(caller, slug, planId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const expert = text(input.expert, 'expert', 200, true);
      const valid = ahpWeights(input.matrix);
      if (!valid.ok)
        throw new ServiceError('invalid', valid.errors.map((e) => e.message).join('; '), {
          matrix: valid.errors.map((e) => e.message),
        });
      return db.transaction(async (tx) => {
        const codes = (await listCriteria(tx, access.plan.id)).map((c) => c.code);
        const given = new Set(input.criteria);
        if (
          input.criteria.length !== input.matrix.length ||
          given.size !== input.criteria.length ||
          codes.length !== given.size ||
          codes.some((c) => !given.has(c))
        )
          throw invalid(
            'criteria',
            `must list each of the plan's criteria once, in the matrix's row order: ${codes.join(', ')}`,
          );
        const row = await upsertAhpMatrix(tx, {
          planId: access.plan.id,
          expert,
          criteria: [...input.criteria],
          matrix: input.matrix.map((r) => [...r]),
        });
        await auditPlan(tx, access, 'plan.ahp.save', 'plan_ahp_matrix', row.id, {
          expert,
          criteria: row.criteria,
          matrix: row.matrix,
          cr: valid.value.cr,
        });
        return ahpViewOf(tx, access.plan.id);
      });
    },

    async deleteAhpMatrix(caller, slug, planId, matrixId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      requireId(matrixId, 'matrix');
      return db.transaction(async (tx) => {
        const before = await findAhpMatrix(tx, access.plan.id, matrixId);
        if (!before) throw new ServiceError('not_found', 'matrix not found');
        await deleteAhpMatrix(tx, before.id);
        await auditPlan(tx, access, 'plan.ahp.delete', 'plan_ahp_matrix', before.id, null, {
          expert: before.expert,
          criteria: before.criteria,
          matrix: before.matrix,
        });
        return ahpViewOf(tx, access.plan.id);
      });
    },

    async applyAhpWeights(caller, slug, planId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      return db.transaction(async (tx) => {
        const view = await ahpViewOf(tx, access.plan.id);
        if (!view.group) throw new ServiceError('conflict', 'no AHP matrix matches the current criteria');
        const before = await criteriaViewOf(tx, access.plan.id);
        const weights = view.criteria.map((code, i) => ({
          code,
          weight: view.group?.result.weights[i] ?? 0,
        }));
        await setCriteriaWeights(tx, access.plan.id, weights, 'ahp');
        await auditPlan(
          tx,
          access,
          'plan.ahp.apply',
          'plan_criteria',
          access.plan.id,
          { weights, cr: view.group.result.cr, experts: view.group.experts },
          { weights: before.criteria.map((c) => ({ code: c.code, weight: c.weight })) },
        );
        return criteriaViewOf(tx, access.plan.id);
      });
    },

    async priorities(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return prioritiesOf(db, plan.id);
    },

    async assignHorizons(caller, slug, planId, rule) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const engineRule: HorizonRule =
        rule.by === 'rank'
          ? { by: 'rank', shortMaxRank: rule.shortMaxRank, midMaxRank: rule.midMaxRank }
          : { by: 'score', shortMinTotal: rule.shortMinTotal, midMinTotal: rule.midMinTotal };
      return db.transaction(async (tx) => {
        const ranking = await prioritiesOf(tx, access.plan.id);
        if (ranking.ranked.length === 0)
          throw new ServiceError('conflict', 'no item has a complete set of scores yet');
        const assigned = engineAssignHorizons(
          ranking.ranked.map((r) => ({ ...r, id: r.itemId })),
          engineRule,
        );
        if (!assigned.ok)
          throw new ServiceError('invalid', assigned.errors.map((e) => e.message).join('; '), {
            rule: assigned.errors.map((e) => e.message),
          });
        const from = new Map(ranking.ranked.map((r) => [r.itemId, r.horizon]));
        const assignments = assigned.value.map((a) => ({
          itemId: a.id,
          from: from.get(a.id) ?? null,
          to: a.horizon,
        }));
        await setItemHorizons(
          tx,
          access.plan.id,
          assignments.map((a) => ({ itemId: a.itemId, horizon: a.to })),
        );
        await auditPlan(tx, access, 'plan.horizons.assign', 'plan_item', access.plan.id, {
          rule,
          assignments,
        });
        return { assignments, priorities: await prioritiesOf(tx, access.plan.id) };
      });
    },
  };
}
