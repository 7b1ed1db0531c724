/** Charts of the priorities section: AHP weights, and ranked totals stacked by criterion. */
import type { EChartsCoreOption } from '../../charts/echarts.ts';
import { prefersReducedMotion } from '../city/chartText.ts';

const PALETTE = ['#1f5f8b', '#b35c00', '#1f7a4d', '#7a3e9d', '#8c6d1f', '#3e7a8c', '#a33a5c', '#5b6b78'];

/** Horizontal bars, one per criterion, largest weight on top; values in percent. */
export function weightsOption(names: readonly string[], percents: readonly number[]): EChartsCoreOption {
  const order = names.map((_, i) => i).sort((a, b) => (percents[a] ?? 0) - (percents[b] ?? 0));
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, show: false },
    yAxis: { type: 'category', data: order.map((i) => names[i]), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: order.map((i) => percents[i]),
        itemStyle: { color: PALETTE[0] },
        label: { show: true, position: 'right', formatter: '{c} %' },
        barMaxWidth: 22,
      },
    ],
  };
}

export interface RankedBar {
  label: string;
  /** Contribution per criterion code (they sum to the total on 0–1). */
  contributions: Readonly<Record<string, number>>;
}

/** Ranked items top-down, each bar split into its criteria's contributions to the total. */
export function rankingOption(
  bars: readonly RankedBar[],
  criteria: readonly { code: string; name: string }[],
): EChartsCoreOption {
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: criteria.map((c) => c.name) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', max: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: criteria.map((c, k) => ({
      name: c.name,
      type: 'bar',
      stack: 'total',
      itemStyle: { color: PALETTE[k % PALETTE.length] },
      data: bars.map((b) => Math.round((b.contributions[c.code] ?? 0) * 1000) / 1000),
    })),
  };
}
