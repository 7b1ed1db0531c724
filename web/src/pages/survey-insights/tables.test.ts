import { describe, expect, test } from 'vitest';
import {
  crosstabHeatmapOption,
  distributionOption,
  heatmapPieces,
  peerBarsOption,
  perCityOption,
  ratingHistogramOption,
} from './chartOptions.ts';
import {
  cityStanding,
  columnPercents,
  columnTotals,
  filterTexts,
  rowTotals,
  standingRows,
  standingTotals,
} from './tables.ts';

const table = {
  rows: ['Yes', 'No'],
  columns: ['City government', 'Academia', 'Nobody'],
  counts: [
    [6, 1, 0],
    [2, 3, 0],
  ],
};

describe('cross-tab tables', () => {
  test('totals and column percents (the share of each group), null for an empty group', () => {
    expect(columnTotals(table)).toEqual([8, 4, 0]);
    expect(rowTotals(table)).toEqual([7, 5]);
    expect(columnPercents(table)).toEqual([
      [75, 25, null],
      [25, 75, null],
    ]);
  });

  test('the heatmap bands cover 0..max without gaps and the cells carry [column, row, count]', () => {
    const pieces = heatmapPieces(6);
    expect(pieces[0]?.min).toBe(0);
    expect(pieces.at(-1)?.max).toBe(6);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.min).toBe((pieces[i - 1]?.max ?? 0) + 1);
    expect(heatmapPieces(1)).toHaveLength(2);
    const option = crosstabHeatmapOption(table, { rows: 'Answer', columns: 'Group', count: 'Responses' }) as {
      series: { data: number[][] }[];
      visualMap: { type: string };
    };
    expect(option.visualMap.type).toBe('piecewise');
    expect(option.series[0]?.data).toContainEqual([1, 1, 3]);
    expect(option.series[0]?.data).toHaveLength(6);
  });
});

describe('chart options', () => {
  test('a distribution labels each bar with its count and percent of the respondents', () => {
    const option = distributionOption(
      [
        { label: 'Dedicated funding', count: 3 },
        { label: 'Focus on measurement', count: 1 },
      ],
      4,
      { count: 'Responses' },
    ) as { series: { data: number[]; label: { formatter: (p: { dataIndex: number }) => string } }[] };
    expect(option.series[0]?.data).toEqual([3, 1]);
    expect(option.series[0]?.label.formatter({ dataIndex: 0 })).toBe('3 (75%)');
  });

  test('a rating histogram shows every point of the scale, empty ones as 0', () => {
    const option = ratingHistogramOption(
      [
        { value: 7, count: 2 },
        { value: 10, count: 1 },
      ],
      { min: 1, max: 10 },
      { rating: 'Rating', count: 'Assessments' },
    ) as { xAxis: { data: string[] }; series: { data: number[] }[] };
    expect(option.xAxis.data).toHaveLength(10);
    expect(option.series[0]?.data).toEqual([0, 0, 0, 0, 0, 0, 2, 0, 0, 1]);
  });

  test("the peer chart marks the city's own answers and draws one series per pool", () => {
    const option = peerBarsOption(
      {
        mode: 'percent',
        categories: [
          { label: 'Tourism', chosen: true },
          { label: 'Housing', chosen: false },
        ],
        series: [
          { name: 'Published', origin: 'published', values: [20, 45] },
          { name: 'Illustrative', origin: 'illustrative', values: [null, 30] },
        ],
      },
      { axis: '% of cities surveyed', city: 'Busan' },
    ) as {
      yAxis: { data: string[] };
      xAxis: { max?: number };
      series: {
        data: { value: number | null; itemStyle: { color: string } }[];
        label: { formatter: (p: { value: number | null }) => string };
      }[];
    };
    expect(option.yAxis.data).toEqual(['◆ Tourism', 'Housing']);
    expect(option.xAxis.max).toBe(100);
    expect(option.series).toHaveLength(2);
    const published = option.series[0];
    expect(published?.data[0]?.itemStyle.color).not.toBe(published?.data[1]?.itemStyle.color);
    expect(published?.label.formatter({ value: 45 })).toBe('45%');
    expect(option.series[1]?.label.formatter({ value: null })).toBe('');
  });
});

describe('into the index', () => {
  test('the per-city chart draws associates apart and a line at the minimum', () => {
    const option = perCityOption(
      [
        { label: 'London', count: 12, rated: true },
        { label: 'Aarhus', count: 3, rated: false },
      ],
      7,
      { count: 'Counted', minimum: 'minimum' },
    ) as {
      series: {
        data: { value: number; itemStyle: { color: string } }[];
        markLine: { data: { xAxis: number }[] };
      }[];
    };
    const series = option.series[0];
    expect(series?.data.map((d) => d.value)).toEqual([12, 3]);
    expect(series?.data[0]?.itemStyle.color).not.toBe(series?.data[1]?.itemStyle.color);
    expect(series?.markLine.data).toEqual([{ xAxis: 7 }]);
  });

  test('seven usable assessments make a city rated; fewer make it an associate', () => {
    expect(cityStanding(7)).toBe('rated');
    expect(cityStanding(6)).toBe('associate');
    expect(cityStanding(150, 150)).toBe('rated');
    const rows = standingRows([
      { name: 'Seoul', count: 12 },
      { name: 'Busan', count: 3 },
      { name: 'Aarhus', count: 3 },
    ]);
    expect(rows.map((r) => [r.name, r.standing, r.shortBy])).toEqual([
      ['Aarhus', 'associate', 4],
      ['Busan', 'associate', 4],
      ['Seoul', 'rated', 0],
    ]);
    expect(standingTotals(rows)).toEqual({ rated: 1, associate: 2 });
  });

  test('free-text search ignores case and accents', () => {
    const items = [{ text: 'Café culture matters' }, { text: '데이터 공유' }, { text: 'Funding' }];
    expect(filterTexts(items, 'CAFE')).toEqual([items[0]]);
    expect(filterTexts(items, '데이터')).toEqual([items[1]]);
    expect(filterTexts(items, '  ')).toHaveLength(3);
  });
});
