import { describe, expect, test } from 'vitest';
import type { PlanItemNode } from '../../../../src/services/contract-plans.ts';
import { en } from '../../i18n/en.ts';
import { ko } from '../../i18n/ko.ts';
import { translate } from '../../i18n/translate.ts';
import { budgetForest } from './budget.ts';
import { planInputOf } from './PlanListPage.tsx';
import { parsePlanPath, planPath } from './planPaths.ts';
import {
  budgetYears,
  canEditPlans,
  checkPeriod,
  illustrativeCount,
  invalidProblem,
  levelKey,
  nameOf,
  periodText,
  statusClass,
  toEngineForest,
  yearOrNull,
} from './planView.ts';

const node = (id: string, patch: Partial<PlanItemNode> = {}): PlanItemNode =>
  ({
    id,
    planId: 'p',
    parentId: null,
    code: id,
    position: 0,
    depth: 1,
    level: 'strategy',
    nameEn: `Item ${id}`,
    nameKo: '',
    koTranslated: false,
    descriptionEn: '',
    descriptionKo: '',
    projectType: null,
    alignment: [],
    leadDepartment: '',
    partners: [],
    anchorCompanies: [],
    horizon: null,
    startDate: null,
    endDate: null,
    status: 'planned',
    envelope: null,
    illustrative: false,
    note: '',
    budget: [],
    rollup: { itemised: '0', unallocated: null, descendantsByLevel: {}, descendantsByType: {} },
    children: [],
    ...patch,
  }) as PlanItemNode;

test('only editors and administrators change plans', () => {
  expect(['admin', 'editor', 'analyst', 'viewer'].map((r) => canEditPlans(r as 'admin'))).toEqual([
    true,
    true,
    false,
    false,
  ]);
});

test('names follow the page language and fall back to the other one', () => {
  expect(nameOf({ nameEn: 'Plan', nameKo: '계획' }, 'ko')).toBe('계획');
  expect(nameOf({ nameEn: 'Plan', nameKo: '계획' }, 'en')).toBe('Plan');
  expect(nameOf({ nameEn: 'Plan', nameKo: ' ' }, 'ko')).toBe('Plan');
  expect(nameOf({ nameEn: '', nameKo: '계획' }, 'en')).toBe('계획');
});

test('periods and levels', () => {
  expect(periodText({ periodFrom: 2026, periodTo: 2030 })).toBe('2026–2030');
  expect(periodText({ periodFrom: 2025, periodTo: 2025 })).toBe('2025');
  expect(periodText({ periodFrom: null, periodTo: null })).toBe('');
  expect(levelKey('initiative')).toBe('plans.level.initiative');
  expect(levelKey('phase')).toBeNull();
  expect(budgetYears({ periodFrom: 2026, periodTo: 2030 }, [2031])).toEqual({ from: 2026, to: 2030 });
  expect(budgetYears({ periodFrom: null, periodTo: null }, [2028, 2026])).toEqual({ from: 2026, to: 2028 });
  expect(budgetYears({ periodFrom: null, periodTo: null }, [])).toBeNull();
});

describe('checkPeriod', () => {
  test('accepts empty or four-digit years in order', () => {
    expect(checkPeriod('', '')).toEqual({});
    expect(checkPeriod('2026', '2030')).toEqual({});
  });
  test('names the bad field', () => {
    expect(checkPeriod('20x6', '1800')).toEqual({
      periodFrom: ['plans.error.planYear'],
      periodTo: ['plans.error.planYear'],
    });
    expect(checkPeriod('2030', '2026')).toEqual({ periodTo: ['plans.error.period'] });
  });
  test('the problem carries translated messages under the server’s field names', () => {
    const t = (key: keyof typeof en) => translate(ko, key);
    const problem = invalidProblem(checkPeriod('2030', '2026'), t);
    expect(problem.status).toBe(400);
    expect(problem.fieldErrors('periodTo')).toEqual(['종료 연도가 시작 연도보다 앞섭니다.']);
  });
});

test('the new-plan form sends trimmed values and years as numbers or null', () => {
  expect(yearOrNull(' 2026 ')).toBe(2026);
  expect(yearOrNull('')).toBeNull();
  expect(yearOrNull('20x6')).toBeNaN();
  expect([statusClass('draft'), statusClass('adopted')]).toEqual(['status-draft', 'status-published']);
  expect(
    planInputOf({
      kind: 'other',
      nameEn: ' E2E plan ',
      nameKo: '',
      periodFrom: '2026',
      periodTo: '',
      visionEn: '',
      visionKo: ' 비전 ',
      status: 'draft',
    }),
  ).toEqual({
    kind: 'other',
    nameEn: 'E2E plan',
    nameKo: '',
    periodFrom: 2026,
    periodTo: null,
    visionEn: '',
    visionKo: '비전',
    status: 'draft',
  });
});

test('the API tree becomes the engine tree with exact bigint won', () => {
  const tree = [
    node('s1', {
      envelope: '1927000000000',
      illustrative: false,
      children: [
        node('p1', {
          level: 'project',
          projectType: 'new',
          illustrative: true,
          budget: [{ year: 2026, source: 'national', amount: '1200000000' }],
        }),
      ],
    }),
  ];
  const forest = toEngineForest(tree);
  expect(forest[0]?.envelope).toBe(1_927_000_000_000n);
  expect(forest[0]?.children?.[0]).toMatchObject({
    id: 'p1',
    projectType: 'new',
    illustrative: true,
    budget: [{ year: 2026, source: 'national', amount: 1_200_000_000n }],
  });
  const [box] = budgetForest(forest);
  expect(box?.children.map((c) => [c.id, c.amount])).toEqual([
    ['p1', 1_200_000_000n],
    ['s1:unallocated', 1_925_800_000_000n],
  ]);
  expect(illustrativeCount(tree)).toEqual({ illustrative: 1, total: 2 });
});

test('every plan section has a nav label in both languages', () => {
  for (const section of ['overview', 'items', 'budget', 'document', 'workspace', 'effect'] as const) {
    const key = `plans.section.${section}` as const;
    expect(en[key]).not.toBe('');
    expect(ko[key]).not.toBe(en[key]);
    expect(parsePlanPath(planPath('p1', section))).toMatchObject({ planId: 'p1', section });
  }
});
