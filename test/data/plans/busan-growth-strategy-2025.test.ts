import { describe, expect, it } from 'vitest';
import { BUSAN_GROWTH_STRATEGY_2025 as data } from '../../../data/plans/busan-growth-strategy-2025.ts';
import { formatKrwEnglish, formatKrwKorean, parseKrw } from '../../../src/engine/planning/money.ts';
import { type PlanItem, walkPlan } from '../../../src/engine/planning/plan-tree.ts';
import { itemRollup, type PlanRollup, rollupPlan } from '../../../src/engine/planning/rollup.ts';

// Every figure below is typed from seed 003 (the city's English press release), not from the data.
const SEED_STRATEGIES = [
  { name: 'Mega-Convergence of Marine and Future Technologies', projects: 21, amount: 'KRW 1.927 trillion' },
  { name: 'Advancement of AI-Based Technological Innovation', projects: 16, amount: 'KRW 782.4 billion' },
  {
    name: 'Leadership in Materials, Parts, Equipment, and Energy Industries',
    projects: 18,
    amount: 'KRW 1.7396 trillion',
  },
  { name: 'Revitalization (Boom-Up) of the Lifestyle Industry', projects: 16, amount: 'KRW 439.2 billion' },
];
const SEED_NAMED_PROJECTS = [
  'Marine and Port AI Transformation (AX) Demonstration Center',
  'Korean-style Green Data Center',
  'compound semiconductors used in extreme and polar environments',
  'K-Regional Tourism Leading Zone Project',
];

function rollup(plan: PlanItem): PlanRollup {
  const result = rollupPlan(plan);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('seed 003 reproduced through the roll-up', () => {
  const r = rollup(data.plan);
  const level = (name: string) => r.levels.find((l) => l.level === name);

  it('has 4 strategies, 10 initiatives and 71 projects', () => {
    expect(level('strategy')?.items).toBe(4);
    expect(level('initiative')?.items).toBe(10);
    expect(level('project')?.items).toBe(71);
  });

  it('splits the 71 projects into 53 new, 15 upgraded and 3 expanded', () => {
    expect(level('project')?.byType).toEqual({ new: 53, upgraded: 15, expanded: 3, unspecified: 0 });
  });

  it('has each strategy with its exact name, project count and envelope, in the seed order', () => {
    const strategies = data.plan.children;
    expect(strategies.map((s) => s.name.en)).toEqual(SEED_STRATEGIES.map((s) => s.name));
    SEED_STRATEGIES.forEach((seed, i) => {
      const strategy = itemRollup(r, strategies[i]!.id)!;
      expect(strategy.descendantsByLevel.project).toBe(seed.projects);
      const stated = parseKrw(seed.amount);
      expect(stated.ok && strategy.envelope).toBe(stated.ok && stated.value);
      expect(formatKrwEnglish(strategy.envelope!)).toBe(seed.amount);
    });
  });

  it('totals KRW 4.8882 trillion (1.927 + 0.7824 + 1.7396 + 0.4392), all of it unallocated', () => {
    expect(formatKrwEnglish(r.envelopes.stated)).toBe('KRW 4.8882 trillion');
    expect(formatKrwKorean(r.envelopes.stated)).toBe('4조 8,882억 원');
    // The seed itemises no project budgets, so nothing is allocated below the envelopes.
    expect(r.itemised.total).toBe(0n);
    expect(r.envelopes.unallocated).toBe(r.envelopes.stated);
  });

  it('names the four projects the seed names, one under each strategy in order', () => {
    const strategies = data.plan.children;
    SEED_NAMED_PROJECTS.forEach((fragment, i) => {
      const names = walkPlan(strategies[i]!).map((v) => v.item.name.en);
      expect(names.filter((n) => n.includes(fragment))).toHaveLength(1);
    });
  });

  it('keeps the briefing facts and marks the inferred year', () => {
    expect(data.plan.name.en).toBe('Busan Economic Growth Innovation Strategy and Core Projects (Draft)');
    expect(data.briefing.date).toEqual({ year: 2025, month: 11, day: 10, yearInferred: true });
    expect(data.briefing.time).toBe('14:00');
    expect(data.briefing.participants.approximately).toBe(30);
    expect(data.preparedBy.workingGroupMeetings).toBe(4);
    expect(data.preparedBy.plenarySessions).toBe(1);
  });
});

describe('labels', () => {
  const visited = walkPlan(data.plan);

  it('flags every initiative and project as illustrative, with a note', () => {
    for (const { item } of visited.filter(
      (v) => v.item.level === 'initiative' || v.item.level === 'project',
    )) {
      expect(item.illustrative, item.id).toBe(true);
      expect(item.note, item.id).toBeTruthy();
    }
  });

  it('keeps the strategies (seed facts) unflagged and marks every Korean name as a translation', () => {
    for (const { item } of visited) {
      if (item.level === 'strategy') expect(item.illustrative).toBeUndefined();
      expect(item.name.ko, item.id).toBeTruthy();
      expect(item.name.translated, item.id).toEqual(['ko']);
    }
  });
});
