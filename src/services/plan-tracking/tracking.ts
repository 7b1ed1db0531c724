/** Tracking: KPIs (RAG per year, engine kpi.ts), progress updates, milestones, executed spend, earned value. */
import type { Database, Executor } from '../../db/index.ts';
import {
  deleteCost,
  deleteKpi,
  deleteMilestone,
  deleteProgress,
  findCost,
  findKpi,
  findMilestone,
  findProgress,
  insertCost,
  insertKpi,
  insertMilestone,
  insertProgress,
  listCosts,
  listKpis,
  listKpiYears,
  listMilestones,
  listProgress,
  listTrackingBudgetLines,
  listTrackingItems,
  type PlanCostRow,
  type PlanKpiRow,
  type PlanKpiYearRow,
  type PlanMilestoneRow,
  type PlanProgressRow,
  replaceKpiYears,
  updateKpi,
  updateMilestone,
} from '../../db/repositories/plan-tracking-index.ts';
import { kpiStatus } from '../../engine/planning/index.ts';
import type {
  CostEntry,
  EacFormula,
  KpiInput,
  KpiView,
  KpiYear,
  MilestoneInput,
  MilestoneView,
  PlanTrackingServices,
  ProgressUpdate,
} from '../contract-plan-tracking.ts';
import { ServiceError } from '../errors.ts';
import { planReadAccess, planWriteAccess, requireId } from './access.ts';
import { auditPlan } from './audit.ts';
import { computeEarnedValue } from './evm.ts';
import {
  bilingual,
  finite,
  fundingSource,
  integerIn,
  invalid,
  isoDate,
  money,
  oneOf,
  text,
  today,
} from './validate.ts';
import { requirePlanItem } from './workspace.ts';

const EAC_FORMULAS: readonly EacFormula[] = [
  'bac-over-cpi',
  'ac-plus-remaining-over-cpi',
  'ac-plus-remaining-over-cpi-spi',
  'ac-plus-remaining',
];

export function toKpiView(row: PlanKpiRow, years: readonly PlanKpiYearRow[]): KpiView {
  const direction = row.direction as KpiView['direction'];
  const yearViews: KpiYear[] = years.map((y) => {
    if (y.target === null || y.actual === null)
      return { year: y.year, target: y.target, actual: y.actual, status: null, progress: null };
    const r = kpiStatus(
      { direction, baseline: row.baseline, target: y.target, actual: y.actual },
      { greenAt: row.greenAt, amberAt: row.amberAt },
    );
    return {
      year: y.year,
      target: y.target,
      actual: y.actual,
      status: r.ok ? r.value.status : null,
      progress: r.ok ? r.value.progress : null,
    };
  });
  const withActual = yearViews.filter((y) => y.actual !== null);
  return {
    id: row.id,
    itemId: row.itemId,
    name: { en: row.nameEn, ko: row.nameKo },
    unit: row.unit,
    direction,
    baseline: row.baseline,
    baselineYear: row.baselineYear,
    greenAt: row.greenAt,
    amberAt: row.amberAt,
    years: yearViews,
    latest: withActual.at(-1) ?? null,
    illustrative: row.illustrative,
    note: row.note,
  };
}

export async function kpiViewsOf(ex: Executor, planId: string, itemId?: string): Promise<KpiView[]> {
  const rows = await listKpis(ex, planId, itemId);
  const years = await listKpiYears(
    ex,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toKpiView(
      r,
      years.filter((y) => y.kpiId === r.id),
    ),
  );
}

function toProgressView(row: PlanProgressRow): ProgressUpdate {
  return {
    id: row.id,
    itemId: row.itemId,
    reportedOn: row.reportedOn,
    percentComplete: row.percentComplete,
    note: row.note,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toMilestoneView(row: PlanMilestoneRow, on: string = today()): MilestoneView {
  return {
    id: row.id,
    itemId: row.itemId,
    name: { en: row.nameEn, ko: row.nameKo },
    dueOn: row.dueOn,
    doneOn: row.doneOn,
    state: row.doneOn ? 'done' : row.dueOn < on ? 'late' : 'open',
    illustrative: row.illustrative,
    note: row.note,
  };
}

function toCostView(row: PlanCostRow): CostEntry {
  return {
    id: row.id,
    itemId: row.itemId,
    spentOn: row.spentOn,
    amount: String(row.amount),
    source: row.source,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

function kpiValues(input: KpiInput) {
  const name = bilingual(input.name, 'name', 200);
  const direction = oneOf(input.direction, ['higher-is-better', 'lower-is-better'] as const, 'direction');
  const baseline = finite(input.baseline, 'baseline');
  const greenAt = finite(input.greenAt ?? 1, 'greenAt');
  const amberAt = finite(input.amberAt ?? 0.5, 'amberAt');
  if (amberAt > greenAt) throw invalid('amberAt', 'must not be above greenAt');
  const seen = new Set<number>();
  if (input.years.length > 100) throw invalid('years', 'at most 100 years');
  const years = input.years.map((y, i) => {
    const year = integerIn(y.year, `years[${i}].year`, 1900, 2200);
    if (seen.has(year)) throw invalid(`years[${i}].year`, `${year} appears twice`);
    seen.add(year);
    const target = y.target === null ? null : finite(y.target, `years[${i}].target`);
    if (target !== null && (direction === 'higher-is-better' ? target < baseline : target > baseline))
      throw invalid(`years[${i}].target`, `is worse than the baseline for a ${direction} KPI`);
    return { year, target, actual: y.actual === null ? null : finite(y.actual, `years[${i}].actual`) };
  });
  years.sort((a, b) => a.year - b.year);
  return {
    row: {
      nameEn: name.en,
      nameKo: name.ko,
      unit: text(input.unit, 'unit', 40),
      direction,
      baseline,
      baselineYear:
        input.baselineYear === undefined || input.baselineYear === null
          ? null
          : integerIn(input.baselineYear, 'baselineYear', 1900, 2200),
      greenAt,
      amberAt,
      illustrative: input.illustrative ?? false,
      note: text(input.note, 'note', 1000),
    },
    years,
  };
}

function milestoneValues(input: MilestoneInput) {
  const name = bilingual(input.name, 'name', 200);
  return {
    itemId: input.itemId,
    nameEn: name.en,
    nameKo: name.ko,
    dueOn: isoDate(input.dueOn, 'dueOn'),
    doneOn: input.doneOn === undefined || input.doneOn === null ? null : isoDate(input.doneOn, 'doneOn'),
    illustrative: input.illustrative ?? false,
    note: text(input.note, 'note', 1000),
  };
}

type TrackingMethods = Pick<
  PlanTrackingServices,
  | 'tracking'
  | 'itemKpis'
  | 'createKpi'
  | 'updateKpi'
  | 'deleteKpi'
  | 'addProgress'
  | 'deleteProgress'
  | 'createMilestone'
  | 'updateMilestone'
  | 'deleteMilestone'
  | 'addCost'
  | 'deleteCost'
  | 'earnedValue'
>;

export async function earnedValueOf(ex: Executor, planId: string, asOf: string, formula: EacFormula) {
  const items = await listTrackingItems(ex, planId);
  return computeEarnedValue({
    planId,
    items: items.map((i) => ({ id: i.id, name: { en: i.nameEn, ko: i.nameKo } })),
    lines: await listTrackingBudgetLines(ex, planId),
    progress: await listProgress(ex, planId),
    costs: await listCosts(ex, planId),
    asOf,
    formula,
  });
}

export function trackingMethods({ db }: Database): TrackingMethods {
  const found = <T>(row: T | null, what: string): T => {
    if (!row) throw new ServiceError('not_found', `${what} not found`);
    return row;
  };
  const kpiOf = async (ex: Executor, planId: string, kpiId: string) => {
    requireId(kpiId, 'KPI');
    const row = found(await findKpi(ex, planId, kpiId), 'KPI');
    return toKpiView(row, await listKpiYears(ex, [row.id]));
  };

  return {
    async tracking(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return {
        planId: plan.id,
        kpis: await kpiViewsOf(db, plan.id),
        progress: (await listProgress(db, plan.id)).map(toProgressView),
        milestones: (await listMilestones(db, plan.id)).map((m) => toMilestoneView(m)),
        costs: (await listCosts(db, plan.id)).map(toCostView),
      };
    },

    async itemKpis(caller, slug, planId, itemId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      await requirePlanItem(db, plan.id, itemId);
      return kpiViewsOf(db, plan.id, itemId);
    },

    async createKpi(caller, slug, planId, itemId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = kpiValues(input);
      return db.transaction(async (tx) => {
        await requirePlanItem(tx, access.plan.id, itemId);
        const row = await insertKpi(tx, { ...values.row, planId: access.plan.id, itemId });
        await replaceKpiYears(tx, row.id, values.years);
        const view = await kpiOf(tx, access.plan.id, row.id);
        await auditPlan(tx, access, 'plan.kpi.create', 'plan_kpi', row.id, view);
        return view;
      });
    },

    async updateKpi(caller, slug, planId, kpiId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = kpiValues(input);
      return db.transaction(async (tx) => {
        const before = await kpiOf(tx, access.plan.id, kpiId);
        await updateKpi(tx, before.id, values.row);
        await replaceKpiYears(tx, before.id, values.years);
        const view = await kpiOf(tx, access.plan.id, before.id);
        await auditPlan(tx, access, 'plan.kpi.update', 'plan_kpi', before.id, view, before);
        return view;
      });
    },

    async deleteKpi(caller, slug, planId, kpiId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      await db.transaction(async (tx) => {
        const before = await kpiOf(tx, access.plan.id, kpiId);
        await deleteKpi(tx, before.id);
        await auditPlan(tx, access, 'plan.kpi.delete', 'plan_kpi', before.id, null, before);
      });
    },

    async addProgress(caller, slug, planId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = {
        itemId: input.itemId,
        reportedOn: isoDate(input.reportedOn, 'reportedOn'),
        percentComplete: integerIn(input.percentComplete, 'percentComplete', 0, 100),
        note: text(input.note, 'note', 4000),
        author: access.actor?.email ?? null,
      };
      return db.transaction(async (tx) => {
        await requirePlanItem(tx, access.plan.id, input.itemId);
        const view = toProgressView(await insertProgress(tx, { ...values, planId: access.plan.id }));
        await auditPlan(tx, access, 'plan.progress.create', 'plan_progress', view.id, view);
        return view;
      });
    },

    async deleteProgress(caller, slug, planId, progressId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      requireId(progressId, 'progress update');
      await db.transaction(async (tx) => {
        const row = found(await findProgress(tx, access.plan.id, progressId), 'progress update');
        await deleteProgress(tx, row.id);
        await auditPlan(
          tx,
          access,
          'plan.progress.delete',
          'plan_progress',
          row.id,
          null,
          toProgressView(row),
        );
      });
    },

    async createMilestone(caller, slug, planId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = milestoneValues(input);
      return db.transaction(async (tx) => {
        await requirePlanItem(tx, access.plan.id, input.itemId);
        const view = toMilestoneView(await insertMilestone(tx, { ...values, planId: access.plan.id }));
        await auditPlan(tx, access, 'plan.milestone.create', 'plan_milestone', view.id, view);
        return view;
      });
    },

    async updateMilestone(caller, slug, planId, milestoneId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      requireId(milestoneId, 'milestone');
      const values = milestoneValues(input);
      return db.transaction(async (tx) => {
        const before = found(await findMilestone(tx, access.plan.id, milestoneId), 'milestone');
        await requirePlanItem(tx, access.plan.id, input.itemId);
        const view = toMilestoneView(await updateMilestone(tx, before.id, values));
        await auditPlan(
          tx,
          access,
          'plan.milestone.update',
          'plan_milestone',
          before.id,
          view,
          toMilestoneView(before),
        );
        return view;
      });
    },

    async deleteMilestone(caller, slug, planId, milestoneId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      requireId(milestoneId, 'milestone');
      await db.transaction(async (tx) => {
        const row = found(await findMilestone(tx, access.plan.id, milestoneId), 'milestone');
        await deleteMilestone(tx, row.id);
        await auditPlan(
          tx,
          access,
          'plan.milestone.delete',
          'plan_milestone',
          row.id,
          null,
          toMilestoneView(row),
        );
      });
    },

    async addCost(caller, slug, planId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = {
        itemId: input.itemId,
        spentOn: isoDate(input.spentOn, 'spentOn'),
        amount: money(input.amount, 'amount'),
        source: fundingSource(input.source, 'source'),
        note: text(input.note, 'note', 1000),
      };
      return db.transaction(async (tx) => {
        await requirePlanItem(tx, access.plan.id, input.itemId);
        const view = toCostView(await insertCost(tx, { ...values, planId: access.plan.id }));
        await auditPlan(tx, access, 'plan.cost.create', 'plan_cost', view.id, view);
        return view;
      });
    },

    async deleteCost(caller, slug, planId, costId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      requireId(costId, 'cost entry');
      await db.transaction(async (tx) => {
        const row = found(await findCost(tx, access.plan.id, costId), 'cost entry');
        await deleteCost(tx, row.id);
        await auditPlan(tx, access, 'plan.cost.delete', 'plan_cost', row.id, null, toCostView(row));
      });
    },

    async earnedValue(caller, slug, planId, query) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      const asOf = query.asOf === undefined ? today() : isoDate(query.asOf, 'asOf');
      const formula = oneOf(query.formula ?? 'bac-over-cpi', EAC_FORMULAS, 'formula');
      return earnedValueOf(db, plan.id, asOf, formula);
    },
  };
}
