import { describe, expect, test } from 'vitest';
import type { PlanItemNode } from '../../../../src/services/contract-plans.ts';
import { bi, flattenItems, itemLabel } from './planItems.ts';

const node = (id: string, code: string, children: PlanItemNode[] = []): PlanItemNode =>
  ({
    id,
    code,
    level: 'task',
    depth: 1,
    nameEn: `Item ${id}`,
    nameKo: '',
    illustrative: false,
    children,
  }) as unknown as PlanItemNode;

describe('plan items for pickers', () => {
  test('the tree flattens parents first and labels fall back to English', () => {
    const flat = flattenItems([node('a', 'S1', [node('b', 'S1-1')]), node('c', 'S2')]);
    expect(flat.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(itemLabel('ko', flat[1])).toBe('S1-1 Item b');
    expect(itemLabel('en', undefined, 'x')).toBe('x');
    expect(bi('ko', { en: 'Vision', ko: '비전' })).toBe('비전');
    expect(bi('ko', { en: 'Vision', ko: '' })).toBe('Vision');
  });
});
