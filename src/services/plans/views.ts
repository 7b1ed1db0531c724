/**
 * Rows to views: the item tree, the engine's roll-up (src/engine/planning/rollup.ts) with money as
 * decimal text, and plan summaries. The roll-up is always recomputed from the stored lines, so
 * every total agrees with the items.
 */
import type { PlanBudgetLineRow, PlanItemRow, PlanRow } from '../../db/repositories/plans-index.ts';
import type { PlanItem } from '../../engine/planning/plan-tree.ts';
import { type PlanRollup, rollupPlan } from '../../engine/planning/rollup.ts';
import type {
  PlanBudgetLineView,
  PlanDetails,
  PlanFundingSource,
  PlanHorizon,
  PlanItemNode,
  PlanItemStatus,
  PlanItemView,
  PlanKind,
  PlanProjectType,
  PlanRollupView,
  PlanStatus,
  PlanSummary,
  PlanView,
} from '../contract-plans.ts';
import { compareLines, PLAN_LEVEL } from './validate.ts';

/** The id of the engine's root item (the plan itself); item ids are uuids, so it never collides. */
const ROOT = 'plan';

export interface PlanData {
  plan: PlanRow;
  items: PlanItemRow[];
  lines: PlanBudgetLineRow[];
}

export interface AnalysedPlan {
  /** Top-level items with subtrees. */
  tree: PlanItemNode[];
  /** Every item by id. */
  byId: Map<string, PlanItemNode>;
  /** Items in pre-order (parents before children, siblings by position). */
  preorder: PlanItemNode[];
  rollup: PlanRollupView;
  engine: PlanRollup;
}

const text = (value: bigint): string => value.toString();

function mapRecord<K extends string>(record: Record<K, bigint>): Record<K, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, text(v as bigint)])) as Record<
    K,
    string
  >;
}

/** Children lists by parent id ('' for the top level), siblings by position then code. */
export function childrenByParent(items: readonly PlanItemRow[]): Map<string, PlanItemRow[]> {
  const out = new Map<string, PlanItemRow[]>();
  for (const item of items) {
    const key = item.parentId ?? '';
    const list = out.get(key) ?? [];
    list.push(item);
    out.set(key, list);
  }
  for (const list of out.values())
    list.sort((a, b) => a.position - b.position || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return out;
}

export function budgetView(lines: readonly PlanBudgetLineRow[]): PlanBudgetLineView[] {
  return [...lines]
    .sort(compareLines)
    .map((l) => ({ year: l.year, source: l.source as PlanFundingSource, amount: text(l.amount) }));
}

export function analysePlan(data: PlanData): AnalysedPlan {
  const children = childrenByParent(data.items);
  const linesByItem = new Map<string, PlanBudgetLineRow[]>();
  for (const line of data.lines) {
    const list = linesByItem.get(line.itemId) ?? [];
    list.push(line);
    linesByItem.set(line.itemId, list);
  }

  const toEngine = (row: PlanItemRow, guard: Set<string>): PlanItem => {
    if (guard.has(row.id)) throw new Error(`plan item ${row.id} is its own ancestor`);
    guard.add(row.id);
    return {
      id: row.id,
      level: row.level,
      name: { en: row.nameEn, ko: row.nameKo },
      ...(row.projectType ? { projectType: row.projectType as PlanProjectType } : {}),
      ...(row.horizon ? { horizon: row.horizon as PlanHorizon } : {}),
      alignment: row.alignment,
      ...(row.envelope !== null ? { envelope: row.envelope } : {}),
      budget: (linesByItem.get(row.id) ?? []).map((l) => ({
        year: l.year,
        source: l.source as PlanFundingSource,
        amount: l.amount,
      })),
      children: (children.get(row.id) ?? []).map((child) => toEngine(child, guard)),
    };
  };
  const guard = new Set<string>();
  const root: PlanItem = {
    id: ROOT,
    level: PLAN_LEVEL,
    name: { en: data.plan.nameEn, ko: data.plan.nameKo },
    alignment: data.plan.alignment,
    children: (children.get('') ?? []).map((row) => toEngine(row, guard)),
  };
  const result = rollupPlan(root);
  if (!result.ok) throw new Error(`plan roll-up failed: ${result.errors.map((e) => e.message).join('; ')}`);
  const engine = result.value;
  const itemRollups = new Map(engine.items.map((r) => [r.id, r]));

  const byId = new Map<string, PlanItemNode>();
  const preorder: PlanItemNode[] = [];
  const tagCounts = new Map<string, number>();
  const byYearSource = new Map<string, bigint>();
  const build = (row: PlanItemRow, depth: number, inherited: ReadonlySet<string>): PlanItemNode => {
    const rollup = itemRollups.get(row.id);
    const tags = new Set([...inherited, ...row.alignment]);
    for (const tag of tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    const lines = linesByItem.get(row.id) ?? [];
    for (const line of lines) {
      const key = `${line.year}/${line.source}`;
      byYearSource.set(key, (byYearSource.get(key) ?? 0n) + line.amount);
    }
    const node: PlanItemNode = {
      ...itemView(row, lines, depth),
      rollup: {
        itemised: text(rollup?.itemised ?? 0n),
        unallocated: rollup?.unallocated !== undefined ? text(rollup.unallocated) : null,
        descendantsByLevel: rollup?.descendantsByLevel ?? {},
        descendantsByType: rollup?.descendantsByType ?? { new: 0, upgraded: 0, expanded: 0, unspecified: 0 },
      },
      children: [],
    };
    byId.set(row.id, node);
    preorder.push(node);
    node.children = (children.get(row.id) ?? []).map((child) => build(child, depth + 1, tags));
    return node;
  };
  const tree = (children.get('') ?? []).map((row) => build(row, 1, new Set(data.plan.alignment)));

  const rollup: PlanRollupView = {
    levels: engine.levels
      .filter((l, i) => !(i === 0 && l.level === PLAN_LEVEL))
      .map((l) => ({
        level: l.level,
        items: l.items,
        byType: l.byType,
        byHorizon: l.byHorizon,
        envelope: text(l.envelope),
        itemised: text(l.itemised),
      })),
    itemised: {
      total: text(engine.itemised.total),
      byYear: engine.itemised.byYear.map((y) => ({ year: y.year, amount: text(y.amount) })),
      bySource: mapRecord(engine.itemised.bySource),
      byType: mapRecord(engine.itemised.byType),
      byHorizon: mapRecord(engine.itemised.byHorizon),
      byTag: engine.itemised.byTag.map((t) => ({ tag: t.tag, amount: text(t.amount) })),
      untagged: text(engine.itemised.untagged),
      byYearSource: [...byYearSource.entries()]
        .map(([key, amount]) => {
          const [y, source] = key.split('/') as [string, PlanFundingSource];
          return { year: Number(y), source, amount };
        })
        .sort(compareLines)
        .map((e) => ({ ...e, amount: text(e.amount) })),
    },
    envelopes: {
      stated: text(engine.envelopes.stated),
      itemisedWithin: text(engine.envelopes.itemisedWithin),
      unallocated: text(engine.envelopes.unallocated),
      itemisedOutside: text(engine.envelopes.itemisedOutside),
    },
    itemsByTag: [...tagCounts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([tag, items]) => ({ tag, items })),
  };
  return { tree, byId, preorder, rollup, engine };
}

/** An item without its roll-up (filled in by analysePlan or itemViewIn). */
function itemView(
  row: PlanItemRow,
  lines: readonly PlanBudgetLineRow[],
  depth: number,
): Omit<PlanItemView, 'rollup'> {
  return {
    id: row.id,
    planId: row.planId,
    parentId: row.parentId,
    code: row.code,
    position: row.position,
    depth,
    level: row.level,
    nameEn: row.nameEn,
    nameKo: row.nameKo,
    koTranslated: row.koTranslated,
    descriptionEn: row.descriptionEn,
    descriptionKo: row.descriptionKo,
    projectType: (row.projectType as PlanProjectType | null) ?? null,
    alignment: [...row.alignment],
    leadDepartment: row.leadDepartment,
    partners: [...row.partners],
    anchorCompanies: [...row.anchorCompanies],
    horizon: (row.horizon as PlanHorizon | null) ?? null,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status as PlanItemStatus,
    envelope: row.envelope === null ? null : text(row.envelope),
    illustrative: row.illustrative,
    note: row.note,
    budget: budgetView(lines),
  };
}

/** One item's view, without its children. */
export function itemOnly(node: PlanItemNode): PlanItemView {
  const { children: _children, ...view } = node;
  return view;
}

export function planSummary(data: PlanData, analysed: AnalysedPlan): PlanSummary {
  const { plan } = data;
  return {
    id: plan.id,
    kind: plan.kind as PlanKind,
    nameEn: plan.nameEn,
    nameKo: plan.nameKo,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    status: plan.status as PlanStatus,
    itemCount: data.items.length,
    stated: analysed.rollup.envelopes.stated,
    itemised: analysed.rollup.itemised.total,
    hasIllustrative: data.items.some((i) => i.illustrative),
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function planView(data: PlanData, analysed: AnalysedPlan): PlanView {
  const { plan } = data;
  return {
    ...planSummary(data, analysed),
    visionEn: plan.visionEn,
    visionKo: plan.visionKo,
    alignment: [...plan.alignment],
    provenance: plan.provenance,
    details: plan.details as PlanDetails,
  };
}
