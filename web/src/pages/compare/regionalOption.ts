import type { CompareResult } from '../../api/benchmark.ts';
import type { EChartsCoreOption } from '../../charts/echarts.ts';
import { prefersReducedMotion } from '../city/chartText.ts';

type Regional = CompareResult['regionalChange'][number];

/** Horizontal bars of the mean score change (%) by region; gains blue, losses red, labelled. */
export function regionalOption(
  rows: readonly Regional[],
  labels: { region: (code: string) => string; axis: string },
): EChartsCoreOption {
  const sorted = [...rows].sort((a, b) => a.meanScoreChangePct - b.meanScoreChangePct);
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 56, top: 8, bottom: 40, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v: number) => `${v.toFixed(2)}%` },
    xAxis: {
      type: 'value',
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: '{value}%' },
    },
    yAxis: { type: 'category', data: sorted.map((r) => labels.region(r.region)) },
    series: [
      {
        type: 'bar',
        data: sorted.map((r) => ({
          value: r.meanScoreChangePct,
          itemStyle: { color: r.meanScoreChangePct >= 0 ? '#1f5f8b' : '#a32020' },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: number }) => `${p.value > 0 ? '+' : ''}${p.value.toFixed(2)}%`,
        },
      },
    ],
  };
}
