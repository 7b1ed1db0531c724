import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BudgetLine,
  FUNDING_SOURCES,
  HORIZONS,
  type PlanItem,
  PROJECT_TYPES,
} from '../../../src/engine/planning/plan-tree.ts';
import { itemRollup, type PlanRollup, rollupPlan } from '../../../src/engine/planning/rollup.ts';

function rollup(plan: PlanItem): PlanRollup {
  const result = rollupPlan(plan);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const name = (en: string) => ({ en });

describe('envelopes and itemised lines', () => {
  // A strategy states KRW 1,000 in total; its projects itemise 300 + 250 (+ 50 on a task).
  const plan: PlanItem = {
    id: 'plan',
    level: 'plan',
    name: name('Plan'),
    children: [
      {
        id: 's1',
        level: 'strategy',
        name: name('S1'),
        envelope: 1_000n,
        children: [
          {
            id: 'p1',
            level: 'project',
            name: name('P1'),
            projectType: 'new',
            budget: [{ year: 2026, source: 'national', amount: 300n }],
          },
          {
            id: 'p2',
            level: 'project',
            name: name('P2'),
            projectType: 'upgraded',
            envelope: 200n, // itemised 250 below: over-allocated by 50
            budget: [{ year: 2027, source: 'municipal', amount: 200n }],
            children: [
              {
                id: 't1',
                level: 'task',
                name: name('T1'),
                budget: [{ year: 2027, source: 'private', amount: 50n }],
              },
            ],
          },
        ],
      },
      {
        id: 's2',
        level: 'strategy',
        name: name('S2'),
        children: [
          {
            id: 'p3',
            level: 'project',
            name: name('P3'),
            budget: [{ year: 2026, source: 'other', amount: 70n }],
          },
        ],
      },
    ],
  };

  it('reports envelope, itemised and the remainder per item, without mixing them', () => {
    const r = rollup(plan);
    expect(itemRollup(r, 's1')).toMatchObject({ envelope: 1_000n, itemised: 550n, unallocated: 450n });
    expect(itemRollup(r, 'p2')).toMatchObject({ envelope: 200n, itemised: 250n, unallocated: -50n });
    expect(itemRollup(r, 's2')?.envelope).toBeUndefined();
    expect(itemRollup(r, 's2')?.unallocated).toBeUndefined();
    // The nested envelope of p2 is part of s1's, so the plan states 1,000, not 1,200.
    expect(r.envelopes).toEqual({
      stated: 1_000n,
      itemisedWithin: 550n,
      unallocated: 450n,
      itemisedOutside: 70n,
    });
    expect(r.itemised.total).toBe(620n);
  });

  it('inherits project type from the nearest ancestor for amounts, but counts own types only', () => {
    const r = rollup(plan);
    expect(r.itemised.byType).toEqual({ new: 300n, upgraded: 250n, expanded: 0n, unspecified: 70n });
    const projects = r.levels.find((l) => l.level === 'project');
    expect(projects?.byType).toEqual({ new: 1, upgraded: 1, expanded: 0, unspecified: 1 });
    expect(itemRollup(r, 's1')?.descendantsByLevel).toEqual({ project: 2, task: 1 });
    expect(r.itemised.byYear).toEqual([
      { year: 2026, amount: 370n },
      { year: 2027, amount: 250n },
    ]);
  });

  it('reports every invalid item at once', () => {
    const bad: PlanItem = {
      id: 'x',
      level: 'plan',
      name: name('X'),
      envelope: -1n,
      children: [
        {
          id: 'x',
          level: 'project',
          name: name('dup'),
          budget: [{ year: 2026.5, source: 'other', amount: -5n }],
        },
      ],
    };
    const result = rollupPlan(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.code).sort()).toEqual([
        'bad-year',
        'duplicate-id',
        'negative-amount',
        'negative-envelope',
      ]);
  });
});

// Random plans as a flat list: node k > 0 hangs under some earlier node, so the list is a tree.
const nodeArb = fc.record({
  parentPick: fc.nat(),
  level: fc.constantFrom('strategy', 'initiative', 'project', 'task'),
  projectType: fc.option(fc.constantFrom(...PROJECT_TYPES), { nil: undefined }),
  horizon: fc.option(fc.constantFrom(...HORIZONS), { nil: undefined }),
  alignment: fc.subarray(['national-ai', 'digital-platform', 'carbon-neutral']),
  envelope: fc.option(fc.bigInt({ min: 0n, max: 10n ** 13n }), { nil: undefined }),
  budget: fc.array(
    fc.record({
      year: fc.integer({ min: 2026, max: 2030 }),
      source: fc.constantFrom(...FUNDING_SOURCES),
      amount: fc.bigInt({ min: 0n, max: 10n ** 13n }),
    }),
    { maxLength: 3 },
  ),
});

interface FlatNode {
  parent: number;
  item: PlanItem & { children: PlanItem[] };
}

type NodeSpec = typeof nodeArb extends fc.Arbitrary<infer T> ? T : never;

function buildPlan(nodes: NodeSpec[]): FlatNode[] {
  const flat: FlatNode[] = [];
  nodes.forEach((n, k) => {
    const item = {
      id: `n${k}`,
      level: k === 0 ? 'plan' : n.level,
      name: name(`Node ${k}`),
      ...(n.projectType ? { projectType: n.projectType } : {}),
      ...(n.horizon ? { horizon: n.horizon } : {}),
      alignment: n.alignment,
      ...(n.envelope !== undefined ? { envelope: n.envelope } : {}),
      budget: n.budget,
      children: [],
    };
    const parent = k === 0 ? -1 : n.parentPick % k;
    flat.push({ parent, item });
    flat[parent]?.item.children.push(item);
  });
  return flat;
}

/** Indices of k and its ancestors, k first, walked through parent indices (not the tree). */
function chain(flat: FlatNode[], k: number): number[] {
  const out: number[] = [];
  for (let j = k; j >= 0; j = flat[j]!.parent) out.push(j);
  return out;
}

const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);

describe('roll-up properties', () => {
  it('every grouping agrees with a direct sum over the budget lines', () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 25 }), (nodes) => {
        const flat = buildPlan(nodes);
        const r = rollup(flat[0]!.item);
        const lines: { line: BudgetLine; owner: number }[] = flat.flatMap((f, owner) =>
          (f.item.budget ?? []).map((line) => ({ line, owner })),
        );
        const nearest = <K extends 'projectType' | 'horizon'>(owner: number, key: K) =>
          chain(flat, owner)
            .map((j) => flat[j]!.item[key])
            .find((v) => v !== undefined) ?? 'unspecified';
        const tagsOf = (owner: number) =>
          new Set(chain(flat, owner).flatMap((j) => flat[j]!.item.alignment ?? []));
        const total = sum(lines.map((l) => l.line.amount));
        const amountWhere = (keep: (l: (typeof lines)[number]) => boolean) =>
          sum(lines.filter(keep).map((l) => l.line.amount));

        expect(r.itemised.total).toBe(total);
        for (const source of FUNDING_SOURCES)
          expect(r.itemised.bySource[source]).toBe(amountWhere((l) => l.line.source === source));
        for (const type of [...PROJECT_TYPES, 'unspecified'] as const)
          expect(r.itemised.byType[type]).toBe(amountWhere((l) => nearest(l.owner, 'projectType') === type));
        for (const horizon of [...HORIZONS, 'unspecified'] as const)
          expect(r.itemised.byHorizon[horizon]).toBe(
            amountWhere((l) => nearest(l.owner, 'horizon') === horizon),
          );
        for (const { year, amount } of r.itemised.byYear)
          expect(amount).toBe(amountWhere((l) => l.line.year === year));
        for (const { tag, amount } of r.itemised.byTag)
          expect(amount).toBe(amountWhere((l) => tagsOf(l.owner).has(tag)));
        expect(r.itemised.untagged).toBe(amountWhere((l) => tagsOf(l.owner).size === 0));
        // Partitions add up to the total.
        expect(sum(r.itemised.byYear.map((y) => y.amount))).toBe(total);
        expect(sum(Object.values(r.itemised.bySource))).toBe(total);
        expect(sum(Object.values(r.itemised.byType))).toBe(total);
        expect(sum(Object.values(r.itemised.byHorizon))).toBe(total);
        expect(sum(r.levels.map((l) => l.itemised))).toBe(total);
        expect(r.levels.reduce((s, l) => s + l.items, 0)).toBe(flat.length);

        // Per item: subtree sums, envelope remainders, descendant counts.
        flat.forEach((f, k) => {
          const item = itemRollup(r, f.item.id)!;
          const inSubtree = (j: number) => chain(flat, j).includes(k);
          expect(item.itemised).toBe(amountWhere((l) => inSubtree(l.owner)));
          if (f.item.envelope !== undefined) expect(item.unallocated).toBe(f.item.envelope - item.itemised);
          const descendants = flat.filter((_, j) => j !== k && inSubtree(j)).length;
          expect(Object.values(item.descendantsByLevel).reduce((s, c) => s + c, 0)).toBe(descendants);
        });

        // Outermost envelopes only, so nested envelopes are not counted twice.
        const outermost = flat
          .map((f, k) => ({ f, k }))
          .filter(
            ({ f, k }) =>
              f.item.envelope !== undefined &&
              chain(flat, k)
                .slice(1)
                .every((j) => flat[j]!.item.envelope === undefined),
          );
        expect(r.envelopes.stated).toBe(sum(outermost.map(({ f }) => f.item.envelope!)));
        expect(r.envelopes.unallocated + r.envelopes.itemisedWithin).toBe(r.envelopes.stated);
        expect(r.envelopes.itemisedWithin + r.envelopes.itemisedOutside).toBe(total);
      }),
      { numRuns: 150 },
    );
  });
});
