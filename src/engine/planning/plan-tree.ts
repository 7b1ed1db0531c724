/**
 * A strategic plan as a tree of any depth (plan > strategy > initiative > project > task …).
 *
 * Money lives in two separate places so stated figures and itemised figures are never mixed:
 * - `envelope`: a total stated for the item and everything under it (e.g. "21 projects worth
 *   KRW 1.927 trillion"), with no breakdown implied;
 * - `budget`: itemised lines on the item itself, each with a year and a funding source.
 * The roll-up (rollup.ts) reports envelope − itemised as the unallocated remainder.
 */
import { fail, issue, ok, type Result } from '../core/result.ts';
import type { Krw } from './money.ts';

/** How a project relates to existing work (Busan's briefing: newly discovered / upgraded / expanded). */
export type ProjectType = 'new' | 'upgraded' | 'expanded';
export const PROJECT_TYPES: readonly ProjectType[] = ['new', 'upgraded', 'expanded'];

/** Roadmap phase, as in Korean ISP deliverables (단기 / 중기 / 장기). */
export type Horizon = 'short' | 'mid' | 'long';
export const HORIZONS: readonly Horizon[] = ['short', 'mid', 'long'];

/** Who pays: 국비 (national), 시비 (municipal), 민자 (private), anything else. */
export type FundingSource = 'national' | 'municipal' | 'private' | 'other';
export const FUNDING_SOURCES: readonly FundingSource[] = ['national', 'municipal', 'private', 'other'];

export interface BudgetLine {
  /** Calendar or fiscal year the amount is scheduled for. */
  year: number;
  source: FundingSource;
  amount: Krw;
}

/** A name in English and Korean; `translated` lists the versions CityBench translated itself. */
export interface PlanName {
  en: string;
  ko?: string;
  translated?: readonly ('en' | 'ko')[];
}

export interface PlanItem {
  /** Unique within the plan. */
  id: string;
  /** Free-form level name, e.g. `strategy`, `initiative`, `project`. */
  level: string;
  name: PlanName;
  projectType?: ProjectType;
  horizon?: Horizon;
  /** Alignment tags, e.g. national initiatives the item supports. Inherited by descendants. */
  alignment?: readonly string[];
  /** Stated total for this item and its subtree. */
  envelope?: Krw;
  /** Itemised lines on this item itself. */
  budget?: readonly BudgetLine[];
  children?: readonly PlanItem[];
  /** True when anything about the item (name, placement, type, amounts) is a placeholder. */
  illustrative?: boolean;
  /** Why the item is illustrative, or where its facts come from. */
  note?: string;
}

/** Every item with its depth (root = 0) and the ids from the root down to it, parents first. */
export interface VisitedItem {
  item: PlanItem;
  depth: number;
  path: readonly string[];
}

/** Pre-order walk (parent before children, children in order). */
export function walkPlan(root: PlanItem): VisitedItem[] {
  const out: VisitedItem[] = [];
  const visit = (item: PlanItem, depth: number, path: readonly string[]): void => {
    const here = [...path, item.id];
    out.push({ item, depth, path: here });
    for (const child of item.children ?? []) visit(child, depth + 1, here);
  };
  visit(root, 0, []);
  return out;
}

/**
 * Checks what the roll-up relies on: unique non-empty ids, non-negative amounts and envelopes,
 * integer years. Every problem is reported at once.
 */
export function validatePlan(root: PlanItem): Result<PlanItem> {
  const errors = [];
  const seen = new Set<string>();
  for (const { item } of walkPlan(root)) {
    if (item.id === '') errors.push(issue('empty-id', `an item at level '${item.level}' has an empty id`));
    else if (seen.has(item.id)) errors.push(issue('duplicate-id', `id '${item.id}' is used twice`));
    seen.add(item.id);
    if (item.envelope !== undefined && item.envelope < 0n)
      errors.push(issue('negative-envelope', `item '${item.id}' has a negative envelope`));
    for (const line of item.budget ?? []) {
      if (line.amount < 0n)
        errors.push(issue('negative-amount', `item '${item.id}' has a negative budget line`));
      if (!Number.isInteger(line.year))
        errors.push(issue('bad-year', `item '${item.id}' has a budget line with year ${line.year}`));
    }
  }
  return errors.length > 0 ? fail(errors) : ok(root);
}
