/** Roadmap (Gantt rows by phase and year) and baselines saved from it and compared with it. */
import type { Database, Executor } from '../../db/index.ts';
import {
  type BaselineSnapshotItem,
  deleteBaseline,
  findBaseline,
  insertBaseline,
  listBaselines,
  listMilestones,
  listTrackingBudgetLines,
  listTrackingItems,
  type PlanBaselineRow,
  type TrackingPlanRow,
} from '../../db/repositories/plan-tracking-index.ts';
import type {
  BaselineChange,
  BaselineComparison,
  BaselineComparisonRow,
  BaselineSummary,
  GanttView,
  Horizon,
  PlanTrackingServices,
} from '../contract-plan-tracking.ts';
import { ServiceError } from '../errors.ts';
import { planReadAccess, planWriteAccess, requireId } from './access.ts';
import { auditPlan } from './audit.ts';
import { text } from './validate.ts';

export async function ganttOf(ex: Executor, plan: TrackingPlanRow): Promise<GanttView> {
  const items = await listTrackingItems(ex, plan.id);
  const lines = await listTrackingBudgetLines(ex, plan.id);
  const milestones = await listMilestones(ex, plan.id);
  const budget = new Map<string, bigint>();
  const byYear = new Map<string, Map<number, bigint>>();
  const years = new Set<number>();
  for (const line of lines) {
    budget.set(line.itemId, (budget.get(line.itemId) ?? 0n) + line.amount);
    const perYear = byYear.get(line.itemId) ?? new Map<number, bigint>();
    perYear.set(line.year, (perYear.get(line.year) ?? 0n) + line.amount);
    byYear.set(line.itemId, perYear);
    years.add(line.year);
  }
  for (const item of items) {
    for (const d of [item.startDate, item.endDate]) if (d) years.add(Number(d.slice(0, 4)));
  }
  if (plan.periodFrom !== null && plan.periodTo !== null)
    for (let y = plan.periodFrom; y <= plan.periodTo; y++) years.add(y);
  const sortedYears = [...years].sort((a, b) => a - b);
  const span = sortedYears.length > 0 ? range(sortedYears[0] ?? 0, sortedYears.at(-1) ?? 0) : [];
  return {
    planId: plan.id,
    years: span,
    rows: items.map((item) => ({
      itemId: item.id,
      parentId: item.parentId,
      name: { en: item.nameEn, ko: item.nameKo },
      level: item.level,
      horizon: (item.horizon as Horizon | null) ?? null,
      start: item.startDate,
      end: item.endDate,
      budget: String(budget.get(item.id) ?? 0n),
      budgetByYear: Object.fromEntries(
        [...(byYear.get(item.id) ?? new Map<number, bigint>())]
          .sort(([a], [b]) => a - b)
          .map(([y, v]) => [String(y), String(v)]),
      ),
      milestones: milestones
        .filter((m) => m.itemId === item.id)
        .map((m) => ({ id: m.id, name: { en: m.nameEn, ko: m.nameKo }, dueOn: m.dueOn, doneOn: m.doneOn })),
    })),
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 200; y++) out.push(y);
  return out;
}

async function snapshotOf(ex: Executor, plan: TrackingPlanRow): Promise<BaselineSnapshotItem[]> {
  const gantt = await ganttOf(ex, plan);
  const codes = new Map((await listTrackingItems(ex, plan.id)).map((i) => [i.id, i.code]));
  return gantt.rows.map((r) => ({
    itemId: r.itemId,
    code: codes.get(r.itemId) ?? '',
    nameEn: r.name.en,
    nameKo: r.name.ko,
    horizon: r.horizon,
    start: r.start,
    end: r.end,
    budget: r.budget,
  }));
}

function toBaselineSummary(row: PlanBaselineRow): BaselineSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    items: row.snapshot.length,
    budget: String(row.snapshot.reduce((s, i) => s + BigInt(i.budget), 0n)),
  };
}

function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Baseline vs current, item by item (matched by item id), in current order then removed items. */
export function compareSnapshots(
  baseline: BaselineSummary,
  before: readonly BaselineSnapshotItem[],
  now: readonly BaselineSnapshotItem[],
): BaselineComparison {
  const old = new Map(before.map((i) => [i.itemId, i]));
  const side = (i: BaselineSnapshotItem) => ({
    start: i.start,
    end: i.end,
    horizon: (i.horizon as Horizon | null) ?? null,
    budget: i.budget,
  });
  const rows: BaselineComparisonRow[] = [];
  for (const cur of now) {
    const was = old.get(cur.itemId);
    old.delete(cur.itemId);
    if (!was) {
      rows.push({
        itemId: cur.itemId,
        name: { en: cur.nameEn, ko: cur.nameKo },
        change: 'added',
        baseline: null,
        current: side(cur),
        startShiftDays: null,
        endShiftDays: null,
        budgetDelta: cur.budget,
      });
      continue;
    }
    const same =
      was.start === cur.start &&
      was.end === cur.end &&
      was.horizon === cur.horizon &&
      was.budget === cur.budget;
    rows.push({
      itemId: cur.itemId,
      name: { en: cur.nameEn, ko: cur.nameKo },
      change: same ? 'unchanged' : 'changed',
      baseline: side(was),
      current: side(cur),
      startShiftDays: daysBetween(was.start, cur.start),
      endShiftDays: daysBetween(was.end, cur.end),
      budgetDelta: String(BigInt(cur.budget) - BigInt(was.budget)),
    });
  }
  for (const was of old.values()) {
    rows.push({
      itemId: was.itemId,
      name: { en: was.nameEn, ko: was.nameKo },
      change: 'removed',
      baseline: side(was),
      current: null,
      startShiftDays: null,
      endShiftDays: null,
      budgetDelta: String(-BigInt(was.budget)),
    });
  }
  const sum = (list: readonly BaselineSnapshotItem[]) => list.reduce((s, i) => s + BigInt(i.budget), 0n);
  const counts: Record<BaselineChange, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const r of rows) counts[r.change]++;
  return {
    baseline,
    rows,
    totals: {
      baseline: String(sum(before)),
      current: String(sum(now)),
      delta: String(sum(now) - sum(before)),
    },
    counts,
  };
}

type RoadmapMethods = Pick<
  PlanTrackingServices,
  'gantt' | 'baselines' | 'saveBaseline' | 'deleteBaseline' | 'compareBaseline'
>;

export function roadmapMethods({ db }: Database): RoadmapMethods {
  const find = async (ex: Executor, planId: string, baselineId: string) => {
    requireId(baselineId, 'baseline');
    const row = await findBaseline(ex, planId, baselineId);
    if (!row) throw new ServiceError('not_found', 'baseline not found');
    return row;
  };
  return {
    async gantt(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return ganttOf(db, plan);
    },

    async baselines(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return (await listBaselines(db, plan.id)).map(toBaselineSummary);
    },

    async saveBaseline(caller, slug, planId, name) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const label = text(name, 'name', 200, true);
      return db.transaction(async (tx) => {
        const row = await insertBaseline(tx, {
          planId: access.plan.id,
          name: label,
          createdBy: access.actor?.email ?? null,
          snapshot: await snapshotOf(tx, access.plan),
        });
        const summary = toBaselineSummary(row);
        await auditPlan(tx, access, 'plan.baseline.create', 'plan_baseline', row.id, summary);
        return summary;
      });
    },

    async deleteBaseline(caller, slug, planId, baselineId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      await db.transaction(async (tx) => {
        const row = await find(tx, access.plan.id, baselineId);
        await deleteBaseline(tx, row.id);
        await auditPlan(
          tx,
          access,
          'plan.baseline.delete',
          'plan_baseline',
          row.id,
          null,
          toBaselineSummary(row),
        );
      });
    },

    async compareBaseline(caller, slug, planId, baselineId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      const row = await find(db, plan.id, baselineId);
      return compareSnapshots(toBaselineSummary(row), row.snapshot, await snapshotOf(db, plan));
    },
  };
}
