import type { EChartsCoreOption } from '../../charts/echarts.ts';
import { escapeHtml, prefersReducedMotion } from '../city/chartText.ts';

export const CITY_COLOUR = '#1f5f8b';
export const PEER_COLOUR = '#b35c00';
export const MUTED_COLOUR = '#9aa9b5';

/** One bar of a distribution: an answer option and how many chose it. */
export interface CountBar {
  label: string;
  count: number;
}

/** Long answer labels wrap instead of pushing the bars off the chart. */
function wrapLabel(label: string, width = 28): string {
  if (label.length <= width) return label;
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Height in px that fits `bars` horizontal bars (for the chart box's inline style). */
export function barChartHeight(bars: number): number {
  return Math.max(160, 56 + bars * 34);
}

/**
 * Answers to one choice question: a horizontal bar per option, longest at the top in the order
 * given, each labelled "count (percent)". `total` is the number of respondents who answered (for
 * multiple choice the percents need not add up to 100).
 */
export function distributionOption(
  bars: readonly CountBar[],
  total: number,
  names: { count: string },
): EChartsCoreOption {
  const percent = (count: number) => (total > 0 ? Math.floor((count / total) * 100 + 0.5) : 0);
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 72, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const bar = bars[p.dataIndex];
        return bar
          ? `${escapeHtml(bar.label)}<br/>${names.count}: ${bar.count} (${percent(bar.count)}%)`
          : '';
      },
    },
    xAxis: { type: 'value', minInterval: 1, name: names.count, nameLocation: 'middle', nameGap: 24 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => wrapLabel(b.label)),
      axisLabel: { color: '#1b2a36' },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => b.count),
        itemStyle: { color: CITY_COLOUR },
        barMaxWidth: 26,
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => {
            const bar = bars[p.dataIndex];
            return bar ? `${bar.count} (${percent(bar.count)}%)` : '';
          },
        },
      },
    ],
  };
}

/** Ratings on a numeric scale: one vertical bar per scale point, empty points included. */
export function ratingHistogramOption(
  counts: readonly { value: number; count: number }[],
  scale: { min: number; max: number },
  names: { rating: string; count: string },
): EChartsCoreOption {
  const byValue = new Map(counts.map((c) => [c.value, c.count]));
  const points: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) points.push(v);
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 16, top: 24, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: points.map(String),
      name: names.rating,
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: { type: 'value', minInterval: 1, name: names.count },
    series: [
      {
        type: 'bar',
        name: names.count,
        data: points.map((v) => byValue.get(v) ?? 0),
        itemStyle: { color: CITY_COLOUR },
        label: { show: true, position: 'top' },
      },
    ],
  };
}

/** A cross-tabulation: answers of one question (rows) by the respondent group (columns). */
export interface CrossTab {
  rows: readonly string[];
  columns: readonly string[];
  /** counts[row][column] */
  counts: readonly (readonly number[])[];
}

/** Piecewise colour bands for a heatmap whose largest cell is `max` (at most five bands, no empty band). */
export function heatmapPieces(max: number): { min: number; max: number; color: string }[] {
  const colours = ['#e8f0f6', '#bcd3e4', '#86b0cf', '#4f86b1', CITY_COLOUR];
  if (max <= 0) return [{ min: 0, max: 0, color: colours[0] as string }];
  const bands = Math.min(colours.length, max + 1);
  const pieces: { min: number; max: number; color: string }[] = [];
  let start = 0;
  for (let i = 0; i < bands; i++) {
    const end = i === bands - 1 ? max : Math.floor(((i + 1) * (max + 1)) / bands) - 1;
    if (end < start) continue;
    pieces.push({ min: start, max: end, color: colours[i + colours.length - bands] as string });
    start = end + 1;
  }
  return pieces;
}

/** The cross-tab as a heatmap: cell colour by count, the count written in each cell. */
export function crosstabHeatmapOption(
  table: CrossTab,
  names: { rows: string; columns: string; count: string },
): EChartsCoreOption {
  const data: [number, number, number][] = [];
  let max = 0;
  table.rows.forEach((_, r) => {
    table.columns.forEach((_, c) => {
      const value = table.counts[r]?.[c] ?? 0;
      max = Math.max(max, value);
      data.push([c, r, value]);
    });
  });
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 16, top: 8, bottom: 72, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { value: [number, number, number] }) => {
        const [c, r, v] = p.value;
        return `${escapeHtml(table.rows[r] ?? '')} × ${escapeHtml(table.columns[c] ?? '')}<br/>${names.count}: ${v}`;
      },
    },
    xAxis: {
      type: 'category',
      data: table.columns.map((l) => wrapLabel(l, 16)),
      name: names.columns,
      nameLocation: 'middle',
      nameGap: 40,
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: table.rows.map((l) => wrapLabel(l)),
      splitArea: { show: true },
    },
    visualMap: {
      type: 'piecewise',
      pieces: heatmapPieces(max),
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      dimension: 2,
    },
    series: [{ type: 'heatmap', name: names.count, data, label: { show: true } }],
  };
}

/** Colours of the peer pools by origin: stated in the source, synthetic, or this organisation's own survey. */
export const ORIGIN_COLOURS = {
  published: PEER_COLOUR,
  illustrative: MUTED_COLOUR,
  survey: '#2e7d4f',
} as const;

/** One question of the profile as bars: an option per row, a series per peer pool. */
export interface PeerChart {
  /** `percent`: share of the cities surveyed; `count`: number of cities. */
  mode: 'percent' | 'count';
  categories: readonly { label: string; chosen: boolean }[];
  series: readonly {
    name: string;
    origin: keyof typeof ORIGIN_COLOURS;
    values: readonly (number | null)[];
  }[];
}

/**
 * The peers' answers to one question: how many cities surveyed gave each option (percent or
 * number), one bar per pool. The options this city chose are marked "◆" on the axis and drawn
 * solid; the table beside the chart carries each figure's denominator and wave.
 */
export function peerBarsOption(chart: PeerChart, names: { axis: string; city: string }): EChartsCoreOption {
  const suffix = chart.mode === 'percent' ? '%' : '';
  const categories = chart.categories.map((c) => (c.chosen ? `◆ ${wrapLabel(c.label)}` : wrapLabel(c.label)));
  return {
    animation: !prefersReducedMotion(),
    legend: chart.series.length > 1 ? { bottom: 0, data: chart.series.map((s) => s.name) } : undefined,
    grid: { left: 8, right: 48, top: 8, bottom: chart.series.length > 1 ? 56 : 32, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}${suffix}` : '–'),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: chart.mode === 'percent' ? 100 : undefined,
      minInterval: 1,
      name: names.axis,
      nameLocation: 'middle',
      nameGap: 24,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: {
        color: '#1b2a36',
        formatter: (value: string) => (value.startsWith('◆') ? `{chosen|${value}}` : value),
        rich: { chosen: { color: CITY_COLOUR, fontWeight: 'bold' } },
      },
    },
    series: chart.series.map((s) => ({
      type: 'bar',
      name: s.name,
      barMaxWidth: 22,
      itemStyle: { color: ORIGIN_COLOURS[s.origin] },
      data: s.values.map((v, i) => ({
        value: v,
        itemStyle: {
          color:
            chart.categories[i]?.chosen && s.origin !== 'illustrative'
              ? CITY_COLOUR
              : ORIGIN_COLOURS[s.origin],
        },
      })),
      label: {
        show: true,
        position: 'right',
        formatter: (p: { value: number | null }) =>
          typeof p.value === 'number' ? `${p.value}${suffix}` : '',
      },
    })),
  };
}

/** Usable assessments per city against the minimum: rated cities solid, associates pale, a line at the minimum. */
export function perCityOption(
  cities: readonly { label: string; count: number; rated: boolean }[],
  min: number,
  names: { count: string; minimum: string },
): EChartsCoreOption {
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 40, top: 24, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, name: names.count, nameLocation: 'middle', nameGap: 22 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: cities.map((c) => c.label),
      axisLabel: { color: '#1b2a36' },
    },
    series: [
      {
        type: 'bar',
        name: names.count,
        barMaxWidth: 16,
        data: cities.map((c) => ({
          value: c.count,
          itemStyle: { color: c.rated ? CITY_COLOUR : PEER_COLOUR },
        })),
        label: { show: true, position: 'right' },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#1b2a36', type: 'dashed' },
          label: { formatter: `${names.minimum} ${min}`, position: 'end' },
          data: [{ xAxis: min }],
        },
      },
    ],
  };
}
