import { describe, expect, test } from 'vitest';
import type { PlanItemView } from '../../../../src/services/contract-plans.ts';
import {
  checkItem,
  childLevel,
  emptyItemValues,
  type ItemFormValues,
  newBudgetLine,
  splitList,
  valuesOfItem,
} from './itemForm.ts';

const filled = (patch: Partial<ItemFormValues>): ItemFormValues => ({
  ...emptyItemValues('project'),
  nameEn: 'Smart port pilot',
  ...patch,
});

describe('checkItem', () => {
  test('turns the typed values into the item to send, amounts as exact whole won', () => {
    const result = checkItem(
      filled({
        nameKo: ' 스마트항만 실증 ',
        projectType: 'new',
        horizon: 'short',
        alignment: 'Korea Digital Strategy\nNational AI Mainstreaming Strategy, Korea Digital Strategy',
        partners: 'BPA; KMOU',
        startDate: '2026-01-01',
        endDate: '2027-12-31',
        envelope: '1조 9,270억',
        budget: [
          { ...newBudgetLine(2026, 'national'), amount: '12억' },
          { ...newBudgetLine(2027, 'municipal'), amount: '800,000,000' },
          { ...newBudgetLine(2027, 'private'), amount: '0.25 billion' },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item).toMatchObject({
      level: 'project',
      nameEn: 'Smart port pilot',
      nameKo: '스마트항만 실증',
      projectType: 'new',
      horizon: 'short',
      alignment: ['Korea Digital Strategy', 'National AI Mainstreaming Strategy'],
      partners: ['BPA', 'KMOU'],
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      envelope: '1927000000000',
      budget: [
        { year: 2026, source: 'national', amount: '1200000000' },
        { year: 2027, source: 'municipal', amount: '800000000' },
        { year: 2027, source: 'private', amount: '250000000' },
      ],
    });
  });

  test('reports every problem under its field, with the server’s field paths', () => {
    const result = checkItem(
      filled({
        nameEn: ' ',
        level: '',
        startDate: '2027-05-01',
        endDate: '2026-01-01',
        envelope: '-3억',
        budget: [
          { ...newBudgetLine(2026, 'national'), amount: 'lots' },
          { ...newBudgetLine(null, 'national'), amount: '' },
          { ...newBudgetLine(2026, 'national'), amount: '5' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      nameEn: ['plans.error.nameRequired'],
      nameKo: ['plans.error.nameRequired'],
      level: ['plans.error.required'],
      endDate: ['plans.error.endBeforeStart'],
      envelope: ['plans.error.negative'],
      'budget.0.amount': ['plans.error.amount'],
      'budget.1.year': ['plans.error.year'],
      'budget.1.amount': ['plans.error.required'],
      'budget.2.source': ['plans.error.duplicateLine'],
    });
  });

  test('a Korean name alone is enough; a bad date is named', () => {
    expect(checkItem(filled({ nameEn: '', nameKo: '과제' })).ok).toBe(true);
    const bad = checkItem(filled({ startDate: '2026-13-45' }));
    expect(bad.ok ? {} : bad.errors).toEqual({ startDate: ['plans.error.date'] });
  });
});

test('valuesOfItem shows stored amounts with digit grouping and lists one per line', () => {
  const item = {
    ...emptyItemValues('task'),
    nameEn: 'Example task',
    id: 'x',
    planId: 'p',
    parentId: null,
    code: '1',
    position: 0,
    depth: 1,
    koTranslated: false,
    projectType: null,
    horizon: 'mid',
    startDate: null,
    endDate: null,
    alignment: ['A', 'B'],
    partners: [],
    anchorCompanies: ['Co'],
    envelope: '439200000000',
    budget: [{ year: 2028, source: 'national', amount: '2500000000' }],
    rollup: { itemised: '0', unallocated: null, descendantsByLevel: {}, descendantsByType: {} },
  } as unknown as PlanItemView;
  const values = valuesOfItem(item);
  expect(values).toMatchObject({
    horizon: 'mid',
    projectType: '',
    alignment: 'A\nB',
    envelope: '439,200,000,000',
  });
  expect(values.budget.map((l) => [l.year, l.source, l.amount])).toEqual([
    ['2028', 'national', '2,500,000,000'],
  ]);
  const checked = checkItem(values);
  expect(checked.ok && checked.item.budget).toEqual([
    { year: 2028, source: 'national', amount: '2500000000' },
  ]);
});

test('splitList and childLevel', () => {
  expect(splitList(' a,\n b ;a\n\n')).toEqual(['a', 'b']);
  expect([childLevel(null), childLevel('strategy'), childLevel('initiative'), childLevel('project')]).toEqual(
    ['strategy', 'initiative', 'project', 'task'],
  );
  expect(childLevel('task')).toBe('task');
  expect(childLevel('phase')).toBe('task');
});
