/**
 * Roll-ups of a plan tree: counts and amounts by level, project type, horizon, funding source,
 * year and alignment tag, all computed from the same budget lines so they always agree.
 *
 * Rules (why: a line has exactly one owner, so partitions add up to the total):
 * - An itemised line belongs to the item that carries it. Its project type and horizon are the
 *   item's own, else the nearest ancestor's ("unspecified" if none). Its tags are the union of the
 *   item's and all ancestors' tags, so tag totals may overlap; `untagged` holds lines with none.
 * - Envelopes are stated totals and are never added to itemised lines. The plan's stated total is
 *   the sum of the outermost envelopes (an envelope inside an enveloped item is a breakdown of it,
 *   not extra money); `unallocated` = stated − itemised under those envelopes.
 */
import { fail, ok, type Result } from '../core/result.ts';
import type { Krw } from './money.ts';
import {
  FUNDING_SOURCES,
  type FundingSource,
  HORIZONS,
  type Horizon,
  type PlanItem,
  PROJECT_TYPES,
  type ProjectType,
  validatePlan,
} from './plan-tree.ts';

export type TypeKey = ProjectType | 'unspecified';
export type HorizonKey = Horizon | 'unspecified';

export interface ItemRollup {
  id: string;
  level: string;
  depth: number;
  /** The item's own project type (not inherited). */
  projectType?: ProjectType;
  /** Sum of the budget lines on the item and all its descendants. */
  itemised: Krw;
  envelope?: Krw;
  /** envelope − itemised; negative when itemised lines exceed the envelope. Only with an envelope. */
  unallocated?: Krw;
  /** Number of descendants (the item itself excluded) at each level. */
  descendantsByLevel: Record<string, number>;
  /** Number of descendants with each own project type. */
  descendantsByType: Record<TypeKey, number>;
}

export interface LevelRollup {
  level: string;
  items: number;
  /** Items on this level by their own project type. */
  byType: Record<TypeKey, number>;
  byHorizon: Record<HorizonKey, number>;
  /** Sum of the envelopes stated on items of this level. */
  envelope: Krw;
  /** Sum of the budget lines carried by items of this level (not their descendants). */
  itemised: Krw;
}

export interface ItemisedTotals {
  total: Krw;
  byYear: { year: number; amount: Krw }[];
  bySource: Record<FundingSource, Krw>;
  byType: Record<TypeKey, Krw>;
  byHorizon: Record<HorizonKey, Krw>;
  /** Overlapping: a line counts under every tag it inherits. Sorted by tag. */
  byTag: { tag: string; amount: Krw }[];
  untagged: Krw;
}

export interface EnvelopeTotals {
  /** Sum of the outermost envelopes. */
  stated: Krw;
  /** Itemised lines inside enveloped subtrees. */
  itemisedWithin: Krw;
  /** stated − itemisedWithin. */
  unallocated: Krw;
  /** Itemised lines outside every envelope. */
  itemisedOutside: Krw;
}

export interface PlanRollup {
  /** Every item in pre-order. */
  items: ItemRollup[];
  /** Levels in order of first appearance in pre-order. */
  levels: LevelRollup[];
  itemised: ItemisedTotals;
  envelopes: EnvelopeTotals;
}

function zeroRecord<K extends string, V>(keys: readonly K[], zero: V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, zero])) as Record<K, V>;
}

interface Inherited {
  type: TypeKey;
  horizon: HorizonKey;
  tags: ReadonlySet<string>;
  enveloped: boolean;
}

export function rollupPlan(root: PlanItem): Result<PlanRollup> {
  const valid = validatePlan(root);
  if (!valid.ok) return fail(valid.errors);

  const items: ItemRollup[] = [];
  const levels = new Map<string, LevelRollup>();
  const byYear = new Map<number, Krw>();
  const byTag = new Map<string, Krw>();
  const itemised: ItemisedTotals = {
    total: 0n,
    byYear: [],
    bySource: zeroRecord(FUNDING_SOURCES, 0n),
    byType: zeroRecord([...PROJECT_TYPES, 'unspecified'], 0n),
    byHorizon: zeroRecord([...HORIZONS, 'unspecified'], 0n),
    byTag: [],
    untagged: 0n,
  };
  const envelopes: EnvelopeTotals = { stated: 0n, itemisedWithin: 0n, unallocated: 0n, itemisedOutside: 0n };

  const levelOf = (name: string): LevelRollup => {
    let level = levels.get(name);
    if (!level) {
      level = {
        level: name,
        items: 0,
        byType: zeroRecord([...PROJECT_TYPES, 'unspecified'], 0),
        byHorizon: zeroRecord([...HORIZONS, 'unspecified'], 0),
        envelope: 0n,
        itemised: 0n,
      };
      levels.set(name, level);
    }
    return level;
  };

  /** Visits an item and its subtree in pre-order; returns the subtree's itemised total. */
  const visit = (item: PlanItem, depth: number, parent: Inherited): Krw => {
    const here: Inherited = {
      type: item.projectType ?? parent.type,
      horizon: item.horizon ?? parent.horizon,
      tags: new Set([...parent.tags, ...(item.alignment ?? [])]),
      enveloped: parent.enveloped || item.envelope !== undefined,
    };
    const rollup: ItemRollup = {
      id: item.id,
      level: item.level,
      depth,
      ...(item.projectType ? { projectType: item.projectType } : {}),
      itemised: 0n,
      descendantsByLevel: {},
      descendantsByType: zeroRecord([...PROJECT_TYPES, 'unspecified'], 0),
    };
    items.push(rollup);

    const level = levelOf(item.level);
    level.items++;
    level.byType[item.projectType ?? 'unspecified']++;
    level.byHorizon[item.horizon ?? 'unspecified']++;
    if (item.envelope !== undefined) level.envelope += item.envelope;

    let own = 0n;
    for (const line of item.budget ?? []) {
      own += line.amount;
      itemised.bySource[line.source] += line.amount;
      itemised.byType[here.type] += line.amount;
      itemised.byHorizon[here.horizon] += line.amount;
      byYear.set(line.year, (byYear.get(line.year) ?? 0n) + line.amount);
      for (const tag of here.tags) byTag.set(tag, (byTag.get(tag) ?? 0n) + line.amount);
      if (here.tags.size === 0) itemised.untagged += line.amount;
    }
    level.itemised += own;
    itemised.total += own;

    let subtree = own;
    for (const child of item.children ?? []) {
      const before = items.length;
      subtree += visit(child, depth + 1, here);
      for (const descendant of items.slice(before)) {
        rollup.descendantsByLevel[descendant.level] = (rollup.descendantsByLevel[descendant.level] ?? 0) + 1;
        rollup.descendantsByType[descendant.projectType ?? 'unspecified']++;
      }
    }
    rollup.itemised = subtree;
    if (item.envelope !== undefined) {
      rollup.envelope = item.envelope;
      rollup.unallocated = item.envelope - subtree;
      if (!parent.enveloped) {
        envelopes.stated += item.envelope;
        envelopes.itemisedWithin += subtree;
      }
    }
    return subtree;
  };

  visit(root, 0, { type: 'unspecified', horizon: 'unspecified', tags: new Set(), enveloped: false });

  itemised.byYear = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, amount]) => ({ year, amount }));
  itemised.byTag = [...byTag.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag, amount]) => ({ tag, amount }));
  envelopes.unallocated = envelopes.stated - envelopes.itemisedWithin;
  envelopes.itemisedOutside = itemised.total - envelopes.itemisedWithin;
  return ok({ items, levels: [...levels.values()], itemised, envelopes });
}

/** The roll-up of one item by id, for callers that look up a strategy or initiative. */
export function itemRollup(rollup: PlanRollup, id: string): ItemRollup | undefined {
  return rollup.items.find((item) => item.id === id);
}
