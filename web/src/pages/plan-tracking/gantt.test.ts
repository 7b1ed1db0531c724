import { describe, expect, test } from 'vitest';
import {
  BASELINE_COLOUR,
  CURRENT_COLOUR,
  derivedSpan,
  type GanttItem,
  ganttData,
  ganttOption,
  ganttRows,
  milestoneData,
  type RenderApi,
  renderBar,
  SLIP_COLOUR,
  slipDays,
  yearRange,
} from './gantt.ts';

const item = (
  id: string,
  group: string,
  start: string,
  end: string,
  baseline?: [string, string],
): GanttItem => ({
  id,
  label: `Item ${id}`,
  group,
  start,
  end,
  baseline: baseline ? { start: baseline[0], end: baseline[1] } : null,
});

const groups = [
  { key: 'short', label: 'Short term' },
  { key: 'mid', label: 'Mid term' },
  { key: 'long', label: 'Long term' },
];
const labels = {
  milestone: 'Milestone',
  current: 'Current',
  baseline: 'Baseline',
  slipped: 'Slipped',
  today: 'Today',
  slipDays: '+{days} d',
};

describe('Gantt option', () => {
  const items = [
    item('b', 'mid', '2027-01-01', '2028-12-31', ['2027-01-01', '2028-06-30']),
    item('a', 'short', '2026-01-01', '2026-12-31', ['2026-01-01', '2026-12-31']),
    item('c', 'short', '2025-07-01', '2026-06-30'),
  ];

  test('rows are grouped by phase in phase order, items by start date, empty phases left out', () => {
    const rows = ganttRows(items, groups);
    expect(rows.map((r) => (r.kind === 'group' ? `#${r.label}` : r.item.id))).toEqual([
      '#Short term',
      'c',
      'a',
      '#Mid term',
      'b',
    ]);
  });

  test('a slip is the current end minus the baseline end, in days', () => {
    expect(slipDays(items[0]!)).toBe(184);
    expect(slipDays(items[1]!)).toBe(0);
    expect(slipDays(items[2]!)).toBeNull();
  });

  test('baseline bars exist only for items with a baseline; slipped bars are flagged', () => {
    const { current, baseline } = ganttData(ganttRows(items, groups));
    expect(current).toHaveLength(3);
    expect(baseline).toHaveLength(2);
    const slipped = current.filter((d) => d[3] === 1).map((d) => d[0]);
    expect(slipped).toEqual([4]); // the row of item b
  });

  test('the x axis runs over whole years, the y axis lists rows top-down', () => {
    expect(yearRange(items)).toEqual({ first: 2025, last: 2028 });
    const option = ganttOption(items, groups, labels, { today: '2026-06-01' }) as {
      xAxis: { min: number; max: number };
      yAxis: { data: string[]; inverse: boolean };
      series: Array<{ name: string; data: unknown[]; markLine?: unknown }>;
    };
    expect(option.xAxis.min).toBe(Date.UTC(2025, 0, 1));
    expect(option.xAxis.max).toBe(Date.UTC(2029, 0, 1));
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data[0]).toBe('Short term');
    expect(option.series.map((s) => s.name)).toEqual(['Baseline', 'Current']);
    expect(option.series[1]?.markLine).toBeDefined();
  });

  test('bars: current above the row centre, baseline a thin strip beneath; slips in the slip colour', () => {
    const api = (datum: number[]): RenderApi => ({
      value: (d) => datum[d] ?? 0,
      coord: ([x, y]) => [x / 1000, y * 30 + 15],
      size: () => [0, 30],
    });
    const area = { coordSys: { x: 0, y: 0, width: 1e12, height: 300 } };
    const current = renderBar('current')(area, api([1, 1000, 5000, 1])) as {
      shape: { x: number; y: number; width: number; height: number };
      style: { fill: string };
    };
    const baseline = renderBar('baseline')(area, api([1, 1000, 4000, 0])) as typeof current;
    expect(current.style.fill).toBe(SLIP_COLOUR);
    expect(renderBar('current')(area, api([1, 1000, 5000, 0]))).toMatchObject({
      style: { fill: CURRENT_COLOUR },
    });
    expect(baseline.style.fill).toBe(BASELINE_COLOUR);
    expect(current.shape.y + current.shape.height).toBeLessThanOrEqual(baseline.shape.y);
    expect(baseline.shape.height).toBeLessThan(current.shape.height);
    expect(current.shape).toMatchObject({ x: 1, width: 4 });
    // A bar entirely left of the plot area is not drawn.
    expect(
      renderBar('current')({ coordSys: { x: 100, y: 0, width: 100, height: 100 } }, api([0, 0, 5000, 0])),
    ).toBeNull();
  });
});

describe('Gantt milestones', () => {
  test('milestones are diamonds on their item row, green when done', () => {
    const items: GanttItem[] = [
      {
        ...item('a', 'short', '2026-01-01', '2026-12-31'),
        milestones: [
          { label: 'Design', dueOn: '2026-03-31', done: true },
          { label: 'Launch', dueOn: '2026-12-01', done: false },
        ],
      },
    ];
    const rows = ganttRows(items, groups);
    expect(milestoneData(rows).map((m) => [m.value[1], m.name, m.done])).toEqual([
      [1, 'Design', true],
      [1, 'Launch', false],
    ]);
    const option = ganttOption(items, groups, labels) as { series: Array<{ name: string; type: string }> };
    expect(option.series.map((s) => s.type)).toEqual(['custom', 'custom', 'scatter']);
  });
});

describe('items without dates', () => {
  test('span the years of their budget lines and milestones', () => {
    expect(derivedSpan(['2027', '2028'])).toEqual({ start: '2027-01-01', end: '2028-12-31' });
    expect(derivedSpan(['2026'], ['2027-06-30'])).toEqual({ start: '2026-01-01', end: '2027-12-31' });
    expect(derivedSpan([], [])).toBeNull();
  });
});
