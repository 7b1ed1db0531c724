import { describe, expect, test } from 'vitest';
import { BUSAN_GROWTH_STRATEGY_2025 } from '../../../../data/plans/busan-growth-strategy-2025.ts';
import { BUSAN_INFORMATIZATION_PLAN_2026_2030 } from '../../../../data/plans/busan-informatization-plan-2026-2030.ts';
import type { PlanItem } from '../../../../src/engine/planning/plan-tree.ts';
import { annualBudget, budgetForest, yearRange } from './budget.ts';
import { annualOption, chartData, sunburstOption, treemapOption } from './budgetCharts.ts';

const growth = BUSAN_GROWTH_STRATEGY_2025.plan.children;
const informatization = BUSAN_INFORMATIZATION_PLAN_2026_2030.plan.children ?? [];

const labels = {
  name: (node: { item?: PlanItem }) => node.item?.name.en ?? '',
  own: 'On the item itself',
  unallocated: 'Not allocated',
  illustrative: 'Illustrative',
};

describe('budgetForest', () => {
  test('the growth strategy shows its four envelopes exactly, with nothing itemised below them', () => {
    const nodes = budgetForest(growth);
    expect(nodes.map((n) => [n.id, n.amount])).toEqual([
      ['s1', 1_927_000_000_000n],
      ['s2', 782_400_000_000n],
      ['s3', 1_739_600_000_000n],
      ['s4', 439_200_000_000n],
    ]);
    // No itemised lines: a strategy box has no children (no per-project figures are invented).
    expect(nodes.every((n) => n.children.length === 0)).toBe(true);
    expect(nodes.reduce((s, n) => s + n.amount, 0n)).toBe(4_888_200_000_000n);
  });

  test('itemised lines fill boxes; an envelope larger than them adds an unallocated box', () => {
    const forest: PlanItem[] = [
      {
        id: 'a',
        level: 'strategy',
        name: { en: 'A' },
        envelope: 1_000n,
        budget: [{ year: 2026, source: 'municipal', amount: 100n }],
        children: [
          {
            id: 'a1',
            level: 'project',
            name: { en: 'A1' },
            budget: [{ year: 2027, source: 'national', amount: 300n }],
          },
          { id: 'a2', level: 'project', name: { en: 'A2' } },
        ],
      },
      { id: 'b', level: 'strategy', name: { en: 'B' } },
      {
        id: 'c',
        level: 'strategy',
        name: { en: 'C' },
        envelope: 10n,
        children: [
          {
            id: 'c1',
            level: 'project',
            name: { en: 'C1' },
            budget: [{ year: 2026, source: 'private', amount: 50n }],
          },
        ],
      },
    ];
    const [a, c, ...rest] = budgetForest(forest);
    expect(rest).toEqual([]);
    expect(a?.amount).toBe(1_000n);
    expect(a?.children.map((n) => [n.id, n.kind, n.amount])).toEqual([
      ['a:own', 'own', 100n],
      ['a1', 'item', 300n],
      ['a:unallocated', 'unallocated', 600n],
    ]);
    // Over-spent envelope: the box shows what is itemised, with no negative remainder.
    expect(c?.amount).toBe(50n);
    expect(c?.children.map((n) => n.id)).toEqual(['c1']);
  });
});

describe('annualBudget', () => {
  test('the informatization plan 2026–2030 by year and funding source (illustrative lines)', () => {
    const annual = annualBudget(informatization, yearRange(2026, 2030));
    expect(annual.rows.map((r) => [r.year, r.total])).toEqual([
      [2026, 800_000_000n],
      [2027, 2_700_000_000n],
      [2028, 2_500_000_000n],
      [2029, 1_000_000_000n],
      [2030, 2_000_000_000n],
    ]);
    expect(annual.rows[1]?.bySource).toEqual({
      national: 1_200_000_000n,
      municipal: 1_500_000_000n,
      private: 0n,
      other: 0n,
    });
    expect(annual.totals).toEqual({
      national: 3_700_000_000n,
      municipal: 4_300_000_000n,
      private: 1_000_000_000n,
      other: 0n,
    });
    expect(annual.total).toBe(9_000_000_000n);
    expect(annual.outside).toBe(0n);
  });

  test('lines outside the listed years are counted apart', () => {
    const annual = annualBudget(informatization, [2026, 2027]);
    expect(annual.total).toBe(3_500_000_000n);
    expect(annual.outside).toBe(5_500_000_000n);
    expect(yearRange(2030, 2026)).toEqual([]);
  });
});

describe('chart options', () => {
  test('treemap and sunburst data carry exact labels in the page language', () => {
    const data = chartData(budgetForest(growth), labels, 'ko');
    expect(data.map((d) => d.amountLabel)).toEqual([
      '1조 9,270억 원',
      '7,824억 원',
      '1조 7,396억 원',
      '4,392억 원',
    ]);
    expect(data.map((d) => d.value)).toEqual([19_270, 7_824, 17_396, 4_392]);
    const en = chartData(budgetForest(growth), labels, 'en');
    expect(en[0]).toMatchObject({
      name: 'Mega-Convergence of Marine and Future Technologies',
      amountLabel: 'KRW 1,927 billion',
      value: 1927,
      illustrative: false,
    });
    const treemap = treemapOption(data, labels) as { series: Array<{ type: string; data: unknown }> };
    expect(treemap.series[0]?.type).toBe('treemap');
    expect(treemap.series[0]?.data).toBe(data);
    const sunburst = sunburstOption(data, labels) as { series: Array<{ type: string }> };
    expect(sunburst.series[0]?.type).toBe('sunburst');
  });

  test('illustrative items are flagged in the chart data', () => {
    const data = chartData(budgetForest(informatization), labels, 'en');
    expect(data.map((d) => [d.name, d.amountLabel, d.illustrative])).toEqual([
      ['Example: AI-assisted civil service counter', 'KRW 2 billion', true],
      ['Example: city data platform on the cloud', 'KRW 4 billion', true],
      ['Example: digital twin for urban services', 'KRW 3 billion', true],
    ]);
  });

  test('the annual chart stacks one series per funding source over the years', () => {
    const annual = annualBudget(informatization, yearRange(2026, 2030));
    const option = annualOption(
      annual,
      ['national', 'municipal', 'private', 'other'],
      { source: (s) => s, axis: 'KRW billion', total: 'Total' },
      'en',
    ) as {
      xAxis: { data: string[] };
      series: Array<{ name: string; stack: string; data: Array<{ value: number; amountLabel: string }> }>;
    };
    expect(option.xAxis.data).toEqual(['2026', '2027', '2028', '2029', '2030']);
    expect(option.series.map((s) => s.name)).toEqual(['national', 'municipal', 'private', 'other']);
    expect(new Set(option.series.map((s) => s.stack)).size).toBe(1);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([0, 1.2, 2.5, 0, 0]);
    expect(option.series[1]?.data[1]?.amountLabel).toBe('KRW 1.5 billion');
  });
});
