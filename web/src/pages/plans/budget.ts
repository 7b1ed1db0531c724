/**
 * Budget figures of a plan for the charts and tables of the budget page, from the same bigint
 * lines as the engine's roll-up (src/engine/planning/rollup.ts), so they always agree with it.
 *
 * A chart box's size is what is known about the item's money: its stated envelope, or the sum of
 * its itemised lines (own and below), whichever is larger. When an envelope is larger than what
 * has been itemised under it, the difference is drawn as an "unallocated" box, so the strategy
 * envelopes of a plan with no itemised lines (Busan's growth strategy) still show exactly.
 */
import {
  FUNDING_SOURCES,
  type FundingSource,
  type PlanItem,
} from '../../../../src/engine/planning/plan-tree.ts';
import type { Krw } from './money.ts';

export interface BudgetNode {
  /** The item's id; `${parentId}:unallocated` or `${id}:own` for the synthetic boxes. */
  id: string;
  kind: 'item' | 'own' | 'unallocated';
  item?: PlanItem;
  amount: Krw;
  children: BudgetNode[];
}

const ownTotal = (item: PlanItem): Krw => (item.budget ?? []).reduce((sum, line) => sum + line.amount, 0n);

/** The budget boxes of one item and its subtree; null when it carries no money at all. */
export function budgetNode(item: PlanItem): BudgetNode | null {
  const children = (item.children ?? []).flatMap((child) => {
    const node = budgetNode(child);
    return node ? [node] : [];
  });
  const own = ownTotal(item);
  const below = children.reduce((sum, child) => sum + child.amount, 0n);
  const known = own + below;
  const amount = item.envelope !== undefined && item.envelope > known ? item.envelope : known;
  if (amount === 0n) return null;
  const boxes = [...children];
  if (own > 0n && children.length > 0)
    boxes.unshift({ id: `${item.id}:own`, kind: 'own', amount: own, children: [] });
  if (amount > known && (children.length > 0 || own > 0n))
    boxes.push({ id: `${item.id}:unallocated`, kind: 'unallocated', amount: amount - known, children: [] });
  return { id: item.id, kind: 'item', item, amount, children: boxes };
}

/** The budget boxes of a forest of top-level items (strategies). */
export function budgetForest(forest: readonly PlanItem[]): BudgetNode[] {
  return forest.flatMap((item) => {
    const node = budgetNode(item);
    return node ? [node] : [];
  });
}

export interface AnnualRow {
  year: number;
  bySource: Record<FundingSource, Krw>;
  total: Krw;
}

export interface AnnualBudget {
  rows: AnnualRow[];
  /** Per source over the listed years. */
  totals: Record<FundingSource, Krw>;
  total: Krw;
  /** Lines scheduled for years outside the listed ones (not in `rows`). */
  outside: Krw;
}

const zeroSources = (): Record<FundingSource, Krw> => ({
  national: 0n,
  municipal: 0n,
  private: 0n,
  other: 0n,
});

/** Every itemised line of a forest, with the item that carries it. */
export function budgetLines(forest: readonly PlanItem[]) {
  const lines: Array<{ item: PlanItem; year: number; source: FundingSource; amount: Krw }> = [];
  const visit = (items: readonly PlanItem[]) => {
    for (const item of items) {
      for (const line of item.budget ?? []) lines.push({ item, ...line });
      visit(item.children ?? []);
    }
  };
  visit(forest);
  return lines;
}

/** The annual budget plan: each year's itemised lines by funding source (e.g. 2026–2030). */
export function annualBudget(forest: readonly PlanItem[], years: readonly number[]): AnnualBudget {
  const rows: AnnualRow[] = years.map((year) => ({ year, bySource: zeroSources(), total: 0n }));
  const totals = zeroSources();
  let total = 0n;
  let outside = 0n;
  for (const line of budgetLines(forest)) {
    const row = rows.find((r) => r.year === line.year);
    if (!row) {
      outside += line.amount;
      continue;
    }
    row.bySource[line.source] += line.amount;
    row.total += line.amount;
    totals[line.source] += line.amount;
    total += line.amount;
  }
  return { rows, totals, total, outside };
}

/** The years from `from` to `to` inclusive (a plan's period); empty when the period is reversed. */
export function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let year = from; year <= to; year++) years.push(year);
  return years;
}

export { FUNDING_SOURCES };
