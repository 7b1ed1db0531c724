import { describe, expect, test } from 'vitest';
import {
  chartAmount,
  evmFigures,
  formatKrw,
  kpiOption,
  kpiYears,
  latestStatus,
  ragCounts,
  sCurveDates,
  sCurveOption,
  toKrw,
  yearEnds,
} from './tracking.ts';

describe('KPI red/amber/green', () => {
  const series = {
    direction: 'higher-is-better' as const,
    baseline: 40,
    years: [
      { year: 2027, target: 60, actual: 45 },
      { year: 2026, target: 50, actual: 50 },
      { year: 2028, target: 70, actual: null },
    ],
  };

  test('each year with a target and an actual gets a status; later years wait for data', () => {
    const years = kpiYears(series);
    expect(years.map((y) => [y.year, y.status])).toEqual([
      [2026, 'green'],
      [2027, 'red'],
      [2028, null],
    ]);
    expect(years[1]!.progress).toBeCloseTo(0.25, 12);
    expect(latestStatus(series)?.year).toBe(2027);
  });

  test('lower-is-better KPIs count a fall as progress', () => {
    const down = {
      direction: 'lower-is-better' as const,
      baseline: 100,
      years: [{ year: 2026, target: 80, actual: 88 }],
    };
    expect(latestStatus(down)?.status).toBe('amber');
    expect(ragCounts(['red', 'green', null, 'green'])).toEqual({ red: 1, amber: 0, green: 2, none: 1 });
  });
});

describe('earned value', () => {
  test('SPI, CPI and EAC from exact won amounts', () => {
    const figures = evmFigures({ bac: '175000000', pv: '100000000', ev: '80000000', ac: '100000000' });
    expect(figures.ok).toBe(true);
    if (!figures.ok) return;
    expect(figures.spi).toBeCloseTo(0.8, 12);
    expect(figures.cpi).toBeCloseTo(0.8, 12);
    expect(figures.eac).toBe(218_750_000n);
    expect(figures.vac).toBe(-43_750_000n);
  });

  test('unreadable or impossible amounts are reported, not charted', () => {
    expect(evmFigures({ bac: '1.5', pv: '0', ev: '0', ac: '0' }).ok).toBe(false);
    expect(evmFigures({ bac: '100', pv: '200', ev: '0', ac: '0' }).ok).toBe(false);
    expect(toKrw('175000000')).toBe(175_000_000n);
    expect(toKrw('abc')).toBeNull();
  });

  test('money reads as 억 in Korean and billions in English', () => {
    expect(formatKrw(175_000_000n, 'ko')).toBe('1억 7,500만 원');
    expect(formatKrw(1_927_000_000_000n, 'en')).toBe('KRW 1.93 trillion');
    expect(chartAmount(175_000_000n, 'ko')).toBe(1.75);
  });

  test('the S-curve has PV, EV and AC lines; unreported periods are gaps', () => {
    const option = sCurveOption(
      [
        { period: '2026', pv: '50000000', ev: '40000000', ac: '45000000' },
        { period: '2027', pv: '175000000', ev: null, ac: null },
      ],
      { pv: 'PV', ev: 'EV', ac: 'AC', axis: '억원' },
      'ko',
    ) as { series: Array<{ name: string; data: (number | null)[] }> };
    expect(option.series.map((s) => s.name)).toEqual(['PV', 'EV', 'AC']);
    expect(option.series[0]!.data).toEqual([0.5, 1.75]);
    expect(option.series[1]!.data).toEqual([0.4, null]);
  });
});

describe('KPI chart and S-curve dates', () => {
  test('targets and actuals by year, baseline as a mark line', () => {
    const option = kpiOption(
      {
        direction: 'higher-is-better',
        baseline: 40,
        years: [
          { year: 2027, target: 60, actual: null },
          { year: 2026, target: 50, actual: 52 },
        ],
      },
      { target: 'Target', actual: 'Actual', baseline: 'Baseline' },
    ) as { xAxis: { data: string[] }; series: Array<{ data: (number | null)[] }> };
    expect(option.xAxis.data).toEqual(['2026', '2027']);
    expect(option.series[1]!.data).toEqual([52, null]);
    expect(yearEnds(2026, 2028)).toEqual(['2026-12-31', '2027-12-31', '2028-12-31']);
  });
});

describe('S-curve dates', () => {
  test('year ends up to today are reported, today is added, later years carry PV only', () => {
    expect(sCurveDates(2026, 2028, '2027-03-15')).toEqual([
      { period: '2026', asOf: '2026-12-31', reported: true },
      { period: '2027-03-15', asOf: '2027-03-15', reported: true },
      { period: '2027', asOf: '2027-12-31', reported: false },
      { period: '2028', asOf: '2028-12-31', reported: false },
    ]);
    // Before the plan starts, nothing is reported and today is not drawn.
    expect(sCurveDates(2026, 2027, '2025-06-01').map((d) => d.reported)).toEqual([false, false]);
  });
});
