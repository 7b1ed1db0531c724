/** The projected effect as a chart: area scores now and projected, side by side. */
import type { EChartsCoreOption } from '../../charts/echarts.ts';
import { prefersReducedMotion } from '../city/chartText.ts';

export interface AreaScores {
  area: string;
  before: number;
  after: number;
}

export function effectOption(
  areas: readonly AreaScores[],
  labels: { before: string; after: string },
): EChartsCoreOption {
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.before, labels.after] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: areas.map((a) => a.area),
      axisLabel: { interval: 0, width: 90, overflow: 'break' },
    },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        name: labels.before,
        type: 'bar',
        data: areas.map((a) => round(a.before)),
        itemStyle: { color: '#8c9aa5' },
      },
      {
        name: labels.after,
        type: 'bar',
        data: areas.map((a) => round(a.after)),
        itemStyle: { color: '#1f7a4d' },
      },
    ],
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** "+3" / "−2" / "±0" for rank changes, where a smaller rank is better (so up is a minus). */
export function rankMove(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  return before - after;
}
