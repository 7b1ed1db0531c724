import { describe, expect, test } from 'vitest';
import { BUSAN_GROWTH_STRATEGY_2025 } from '../../../../data/plans/busan-growth-strategy-2025.ts';
import { countBy, descendantIds, findItem, flattenTree, parentChoices } from './tree.ts';

interface Node {
  id: string;
  children?: Node[];
}

const forest: Node[] = [
  { id: 'a', children: [{ id: 'a1', children: [{ id: 'a1x' }] }, { id: 'a2' }] },
  { id: 'b' },
];

describe('flattenTree', () => {
  test('lists items in pre-order with depth, outline numbers and sibling positions', () => {
    const rows = flattenTree(forest);
    expect(
      rows.map((r) => [r.item.id, r.depth, r.outline, r.parentId, r.index, r.siblings, r.hasChildren]),
    ).toEqual([
      ['a', 0, '1', null, 0, 2, true],
      ['a1', 1, '1.1', 'a', 0, 2, true],
      ['a1x', 2, '1.1.1', 'a1', 0, 1, false],
      ['a2', 1, '1.2', 'a', 1, 2, false],
      ['b', 0, '2', null, 1, 2, false],
    ]);
  });

  test('the growth strategy has 4 strategies, 10 initiatives and 71 projects (53 new, 15 upgraded, 3 expanded)', () => {
    const strategies = BUSAN_GROWTH_STRATEGY_2025.plan.children;
    expect(countBy(strategies, (item) => item.level)).toEqual([
      { key: 'strategy', count: 4 },
      { key: 'initiative', count: 10 },
      { key: 'project', count: 71 },
    ]);
    const types = countBy(strategies, (item) => item.projectType ?? 'none');
    expect(Object.fromEntries(types.map((t) => [t.key, t.count]))).toEqual({
      none: 14,
      new: 53,
      upgraded: 15,
      expanded: 3,
    });
    expect(flattenTree(strategies).at(-1)?.outline).toBe('4.2.8');
  });
});

describe('moving items', () => {
  test('an item may not move under itself or its descendants', () => {
    expect([...descendantIds(findItem(forest, 'a') as Node)].sort()).toEqual(['a1', 'a1x', 'a2']);
    expect(parentChoices(forest, 'a1').map((r) => r.item.id)).toEqual(['a', 'a2', 'b']);
    expect(parentChoices(forest, 'a').map((r) => r.item.id)).toEqual(['b']);
    expect(findItem(forest, 'zzz')).toBeUndefined();
  });
});
