/** Plans, item trees, budgets, roll-ups, import and export over one open database (docs/api-contract-plans.md). */
import { randomUUID } from 'node:crypto';
import type { Database, Executor, OrganisationRow } from '../../db/index.ts';
import {
  deletePlanBudgetLineRows,
  deletePlanItemRows,
  deletePlanRow,
  insertBudgetLineRows,
  insertPlanItemRows,
  insertPlanRow,
  listOrgPlanBudgetLineRows,
  listOrgPlanItemRows,
  listPlanBudgetLineRows,
  listPlanItemRows,
  listPlanRows,
  lockPlanRow,
  type PlanBudgetLineRow,
  type PlanItemRow,
  type PlanRow,
  renumberPlanItems,
  replaceItemBudgetLineRows,
  updatePlanItemRow,
  updatePlanRow,
} from '../../db/repositories/plans-index.ts';
import { writeAudit } from '../audit-log.ts';
import type { Actor } from '../contract.ts';
import type {
  PlanImportResult,
  PlanItemFields,
  PlanItemView,
  PlanPortfolioServices,
  PlanView,
} from '../contract-plans.ts';
import { ServiceError } from '../errors.ts';
import { isUuid } from '../guards.ts';
import { planReadAccess, planWriteAccess, requirePlan } from './access.ts';
import { renderPlanDocument } from './document.ts';
import { exportPlanTable, type ParsedPlanTable, readPlanTable } from './plan-table.ts';
import {
  budgetLines,
  FieldErrors,
  ITEM_DEFAULTS,
  type ItemValues,
  itemValues,
  type PlanValues,
  planValues,
  requireCode,
} from './validate.ts';
import { analysePlan, childrenByParent, itemOnly, type PlanData, planSummary, planView } from './views.ts';

async function loadPlan(ex: Executor, plan: PlanRow): Promise<PlanData> {
  const [items, lines] = await Promise.all([
    listPlanItemRows(ex, plan.id),
    listPlanBudgetLineRows(ex, plan.id),
  ]);
  return { plan, items, lines };
}

function viewOf(data: PlanData): PlanView {
  return planView(data, analysePlan(data));
}

function itemViewOf(data: PlanData, itemId: string): PlanItemView {
  const node = analysePlan(data).byId.get(itemId);
  if (!node) throw new ServiceError('not_found', 'plan item not found');
  return itemOnly(node);
}

function requireItem(data: PlanData, itemId: string): PlanItemRow {
  const row = isUuid(itemId) ? data.items.find((i) => i.id === itemId) : undefined;
  if (!row) throw new ServiceError('not_found', 'plan item not found');
  return row;
}

/** Ids of the item and everything under it. */
function subtreeIds(items: readonly PlanItemRow[], rootId: string): Set<string> {
  const children = childrenByParent(items);
  const out = new Set<string>();
  const visit = (id: string) => {
    out.add(id);
    for (const child of children.get(id) ?? []) visit(child.id);
  };
  visit(rootId);
  return out;
}

function planValuesOf(plan: PlanRow): PlanValues {
  return {
    kind: plan.kind as PlanValues['kind'],
    nameEn: plan.nameEn,
    nameKo: plan.nameKo,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    visionEn: plan.visionEn,
    visionKo: plan.visionKo,
    alignment: plan.alignment,
    status: plan.status as PlanValues['status'],
    provenance: plan.provenance,
    details: plan.details as PlanValues['details'],
  };
}

function audit(
  tx: Executor,
  org: OrganisationRow,
  actor: Actor | null,
  action: string,
  entity: 'plan' | 'plan_item',
  entityId: string,
  before: unknown,
  after: unknown,
) {
  return writeAudit(tx, { orgId: org.id, actor, action, entity, entityId, before, after });
}

/** A code not yet used in the plan: `<level initial>-<n>`. */
function freeCode(used: ReadonlySet<string>, level: string): string {
  const prefix = (level.replace(/[^A-Za-z0-9]/g, '').slice(0, 1) || 'i').toUpperCase();
  for (let n = used.size + 1; ; n++) {
    const code = `${prefix}-${n}`;
    if (!used.has(code)) return code;
  }
}

/** Places `id` among `siblings` (without it) at `position` (default: end) and renumbers them. */
async function placeAmong(
  tx: Executor,
  siblings: readonly PlanItemRow[],
  id: string,
  position: number | undefined,
): Promise<void> {
  const others = siblings.filter((s) => s.id !== id).map((s) => s.id);
  const at = position === undefined ? others.length : Math.max(0, Math.min(position, others.length));
  others.splice(at, 0, id);
  await renumberPlanItems(tx, others);
}

/**
 * Stores parsed table items (parents before children) and their lines under `planId`. Items of
 * `existing` whose code is in the table keep their id (so whatever refers to them, e.g. plan
 * tracking, stays attached) and are updated; the others are deleted; new codes are inserted.
 */
async function storeTableItems(
  tx: Executor,
  planId: string,
  parsed: ParsedPlanTable,
  existing: readonly PlanItemRow[] = [],
): Promise<{ items: number; budgetLines: number }> {
  const existingByCode = new Map(existing.map((row) => [row.code, row]));
  const idByCode = new Map<string, string>();
  const positions = new Map<string, number>();
  const rows = parsed.items.map((item) => {
    const id = existingByCode.get(item.code)?.id ?? randomUUID();
    idByCode.set(item.code, id);
    const parentId = item.parentCode === null ? null : (idByCode.get(item.parentCode) ?? null);
    const key = parentId ?? '';
    const position = positions.get(key) ?? 0;
    positions.set(key, position + 1);
    return { id, planId, parentId, code: item.code, position, ...item.values };
  });
  const kept = new Set(rows.filter((r) => existingByCode.has(r.code)).map((r) => r.id));
  if (existing.length > 0) await deletePlanBudgetLineRows(tx, planId);
  await insertPlanItemRows(
    tx,
    rows.filter((r) => !kept.has(r.id)),
  );
  for (const { id, planId: _plan, ...changes } of rows.filter((r) => kept.has(r.id)))
    await updatePlanItemRow(tx, id, changes);
  // Every kept item now hangs under its new parent, so the cascade takes only removed subtrees.
  const removed = existing.filter((row) => !kept.has(row.id)).map((row) => row.id);
  if (removed.length > 0) await deletePlanItemRows(tx, removed);
  const lines: PlanBudgetLineRow[] = parsed.items.flatMap((item) =>
    item.budget.map((line) => ({ itemId: idByCode.get(item.code) ?? '', ...line })),
  );
  await insertBudgetLineRows(tx, lines);
  return { items: rows.length, budgetLines: lines.length };
}

export function createPlanPortfolioService(database: Database): PlanPortfolioServices {
  const { db } = database;

  /** Locks the organisation's plan for the transaction and loads it. */
  const lockedPlan = async (tx: Executor, org: OrganisationRow, planId: string): Promise<PlanData> => {
    if (!isUuid(planId)) throw new ServiceError('not_found', 'plan not found');
    const plan = await lockPlanRow(tx, org.id, planId);
    if (!plan) throw new ServiceError('not_found', 'plan not found');
    return loadPlan(tx, plan);
  };

  const readPlan = async (
    caller: Parameters<PlanPortfolioServices['getPlan']>[0],
    slug: string,
    planId: string,
  ) => {
    const { org } = await planReadAccess(db, caller, slug);
    const plan = await requirePlan(db, org, planId);
    return { org, data: await loadPlan(db, plan) };
  };

  return {
    async listPlans(caller, slug) {
      const { org } = await planReadAccess(db, caller, slug);
      const [plans, items, lines] = await Promise.all([
        listPlanRows(db, org.id),
        listOrgPlanItemRows(db, org.id),
        listOrgPlanBudgetLineRows(db, org.id),
      ]);
      const itemsByPlan = new Map<string, PlanItemRow[]>();
      const planOfItem = new Map<string, string>();
      for (const item of items) {
        itemsByPlan.set(item.planId, [...(itemsByPlan.get(item.planId) ?? []), item]);
        planOfItem.set(item.id, item.planId);
      }
      const linesByPlan = new Map<string, PlanBudgetLineRow[]>();
      for (const line of lines) {
        const planId = planOfItem.get(line.itemId) ?? '';
        linesByPlan.set(planId, [...(linesByPlan.get(planId) ?? []), line]);
      }
      return plans.map((plan) => {
        const data = { plan, items: itemsByPlan.get(plan.id) ?? [], lines: linesByPlan.get(plan.id) ?? [] };
        return planSummary(data, analysePlan(data));
      });
    },

    async getPlan(caller, slug, planId) {
      const { data } = await readPlan(caller, slug, planId);
      const analysed = analysePlan(data);
      return { plan: planView(data, analysed), items: analysed.tree, rollup: analysed.rollup };
    },

    async getRollup(caller, slug, planId) {
      const { data } = await readPlan(caller, slug, planId);
      return analysePlan(data).rollup;
    },

    async createPlan(caller, slug, input) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      const errors = new FieldErrors();
      const values = planValues({ ...input, nameKo: input.nameKo ?? '' }, errors.report);
      if (!('kind' in input)) errors.report('kind', 'is required');
      if (!('nameEn' in input)) errors.report('nameEn', 'is required');
      errors.throwIfAny('the plan is not valid');
      return db.transaction(async (tx) => {
        const plan = await insertPlanRow(tx, { orgId: org.id, ...(values as PlanValues) });
        const view = viewOf({ plan, items: [], lines: [] });
        await audit(tx, org, actor, 'plan.create', 'plan', plan.id, null, view);
        return view;
      });
    },

    async updatePlan(caller, slug, planId, patch) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      return db.transaction(async (tx) => {
        const data = await lockedPlan(tx, org, planId);
        const errors = new FieldErrors();
        const changes = planValues(patch as Record<string, unknown>, errors.report, planValuesOf(data.plan));
        errors.throwIfAny('the plan is not valid');
        const before = viewOf(data);
        const plan = await updatePlanRow(tx, data.plan.id, changes);
        const after = viewOf({ ...data, plan });
        await audit(tx, org, actor, 'plan.update', 'plan', plan.id, before, after);
        return after;
      });
    },

    async deletePlan(caller, slug, planId) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      await db.transaction(async (tx) => {
        const data = await lockedPlan(tx, org, planId);
        const before = viewOf(data);
        await deletePlanRow(tx, data.plan.id);
        await audit(tx, org, actor, 'plan.delete', 'plan', data.plan.id, before, null);
      });
    },

    async getItem(caller, slug, planId, itemId) {
      const { data } = await readPlan(caller, slug, planId);
      requireItem(data, itemId);
      return itemViewOf(data, itemId);
    },

    async createItem(caller, slug, planId, input) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      const errors = new FieldErrors();
      const { parentId = null, code, position, budget = [], ...fields } = input;
      const values = itemValues(fields as Partial<Record<keyof PlanItemFields, unknown>>, errors.report);
      if (!('level' in fields)) errors.report('level', 'is required');
      if (!('nameEn' in fields)) errors.report('nameEn', 'is required');
      const lines = budgetLines(budget, 'budget', errors.report);
      if (code !== undefined) requireCode(code, 'code', errors.report);
      if (position !== undefined && (!Number.isInteger(position) || position < 0))
        errors.report('position', 'must be a whole number, 0 or more');
      errors.throwIfAny('the item is not valid');
      return db.transaction(async (tx) => {
        const data = await lockedPlan(tx, org, planId);
        if (parentId !== null && !data.items.some((i) => i.id === parentId))
          throw new ServiceError('invalid', 'parentId is not an item of this plan', {
            parentId: ['is not an item of this plan'],
          });
        const used = new Set(data.items.map((i) => i.code));
        if (code !== undefined && used.has(code))
          throw new ServiceError('conflict', `code ${code} is already used in this plan`, {
            code: ['is already used in this plan'],
          });
        const row = {
          id: randomUUID(),
          planId: data.plan.id,
          parentId,
          code: code ?? freeCode(used, values.level ?? ''),
          position: 0,
          ...ITEM_DEFAULTS,
          ...(values as Partial<ItemValues>),
        } as PlanItemRow;
        await insertPlanItemRows(tx, [row]);
        await replaceItemBudgetLineRows(tx, row.id, lines);
        await placeAmong(
          tx,
          [...data.items.filter((i) => i.parentId === parentId)].sort((a, b) => a.position - b.position),
          row.id,
          position,
        );
        const plan = await updatePlanRow(tx, data.plan.id, {});
        const after = itemViewOf(await loadPlan(tx, plan), row.id);
        await audit(tx, org, actor, 'plan.item.create', 'plan_item', row.id, null, after);
        return after;
      });
    },

    async updateItem(caller, slug, planId, itemId, patch) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      return db.transaction(async (tx) => {
        const data = await lockedPlan(tx, org, planId);
        const current = requireItem(data, itemId);
        const errors = new FieldErrors();
        const { code, budget, ...fields } = patch;
        const values = itemValues(
          fields as Partial<Record<keyof PlanItemFields, unknown>>,
          errors.report,
          current,
        );
        const lines = budget === undefined ? undefined : budgetLines(budget, 'budget', errors.report);
        if (code !== undefined) requireCode(code, 'code', errors.report);
        errors.throwIfAny('the item is not valid');
        if (code !== undefined && code !== current.code && data.items.some((i) => i.code === code))
          throw new ServiceError('conflict', `code ${code} is already used in this plan`, {
            code: ['is already used in this plan'],
          });
        const before = itemViewOf(data, itemId);
        await updatePlanItemRow(tx, itemId, { ...values, ...(code !== undefined ? { code } : {}) });
        if (lines !== undefined) await replaceItemBudgetLineRows(tx, itemId, lines);
        const plan = await updatePlanRow(tx, data.plan.id, {});
        const after = itemViewOf(await loadPlan(tx, plan), itemId);
        await audit(tx, org, actor, 'plan.item.update', 'plan_item', itemId, before, after);
        return after;
      });
    },

    async moveItem(caller, slug, planId, itemId, to) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      if (to.position !== undefined && (!Number.isInteger(to.position) || to.position < 0))
        throw new ServiceError('invalid', 'position must be a whole number, 0 or more', {
          position: ['must be a whole number, 0 or more'],
        });
      return db.transaction(async (tx) => {
        const data = await lockedPlan(tx, org, planId);
        const item = requireItem(data, itemId);
        const parentId = to.parentId;
        if (parentId !== null) {
          if (!data.items.some((i) => i.id === parentId))
            throw new ServiceError('invalid', 'parentId is not an item of this plan', {
              parentId: ['is not an item of this plan'],
            });
          if (subtreeIds(data.items, itemId).has(parentId))
            throw new ServiceError('invalid', 'an item cannot move under itself or its own descendants', {
              parentId: ['is the item itself or one of its descendants'],
            });
        }
        const before = itemViewOf(data, itemId);
        const bySibling = (p: string | null) =>
          data.items.filter((i) => i.parentId === p).sort((a, b) => a.position - b.position);
        if (item.parentId !== parentId) {
          await updatePlanItemRow(tx, itemId, { parentId });
          await renumberPlanItems(
            tx,
            bySibling(item.parentId)
              .filter((i) => i.id !== itemId)
              .map((i) => i.id),
          );
        }
        await placeAmong(tx, bySibling(parentId), itemId, to.position);
        const plan = await updatePlanRow(tx, data.plan.id, {});
        const after = itemViewOf(await loadPlan(tx, plan), itemId);
        await audit(tx, org, actor, 'plan.item.move', 'plan_item', itemId, before, after);
        return after;
      });
    },

    async deleteItem(caller, slug, planId, itemId) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      return db.transaction(async (tx) => {
        const data = await lockedPlan(tx, org, planId);
        const item = requireItem(data, itemId);
        const before = itemViewOf(data, itemId);
        const ids = subtreeIds(data.items, itemId);
        await deletePlanItemRows(tx, [itemId]);
        await renumberPlanItems(
          tx,
          data.items
            .filter((i) => i.parentId === item.parentId && i.id !== itemId)
            .sort((a, b) => a.position - b.position)
            .map((i) => i.id),
        );
        await updatePlanRow(tx, data.plan.id, {});
        await audit(tx, org, actor, 'plan.item.delete', 'plan_item', itemId, before, { deleted: ids.size });
        return { deleted: ids.size };
      });
    },

    async exportPlan(caller, slug, planId, format) {
      const { data } = await readPlan(caller, slug, planId);
      return exportPlanTable(data, analysePlan(data), format);
    },

    async importNewPlan(caller, slug, upload) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      const parsed = await readPlanTable(upload, { requirePlanRow: true });
      return db.transaction(async (tx): Promise<PlanImportResult> => {
        const plan = await insertPlanRow(tx, { orgId: org.id, ...(parsed.plan as PlanValues) });
        const counts = await storeTableItems(tx, plan.id, parsed);
        const view = viewOf(await loadPlan(tx, plan));
        await audit(tx, org, actor, 'plan.import', 'plan', plan.id, null, { plan: view, ...counts });
        return { plan: view, ...counts };
      });
    },

    async importIntoPlan(caller, slug, planId, upload) {
      const { org, actor } = await planWriteAccess(db, caller, slug);
      const parsed = await readPlanTable(upload, { requirePlanRow: false });
      return db.transaction(async (tx): Promise<PlanImportResult> => {
        const data = await lockedPlan(tx, org, planId);
        const before = { plan: viewOf(data), items: data.items.length, budgetLines: data.lines.length };
        const counts = await storeTableItems(tx, data.plan.id, parsed, data.items);
        const plan = await updatePlanRow(tx, data.plan.id, parsed.plan ?? {});
        const view = viewOf(await loadPlan(tx, plan));
        await audit(tx, org, actor, 'plan.import', 'plan', plan.id, before, { plan: view, ...counts });
        return { plan: view, ...counts };
      });
    },

    async planDocument(caller, slug, planId, lang) {
      const { org, data } = await readPlan(caller, slug, planId);
      return renderPlanDocument(org, data, analysePlan(data), lang);
    },
  };
}
