import type { HistoryPoint } from '../../api/benchmark.ts';
import type { EChartsCoreOption } from '../../charts/echarts.ts';
import { formatInterval, formatScore } from '../editions/format.ts';
import { escapeHtml, prefersReducedMotion } from './chartText.ts';

export interface HistoryLabels {
  modelRank: string;
  publishedRank: string;
  score: string;
  rankAxis: string;
  scoreAxis: string;
  interval: string;
}

const MODEL = '#1f5f8b';
const PUBLISHED = '#b35c00';
const SCORE = '#5b6b78';

/** Worst rank on the axis, rounded up to a multiple of 5 with a little room below the lines. */
export function rankAxisMax(points: readonly HistoryPoint[]): number {
  const ranks = points.flatMap((p) => [p.rank ?? 0, p.publishedRank ?? 0, p.rankP95 ?? 0]);
  return Math.ceil((Math.max(1, ...ranks) + 2) / 5) * 5;
}

/**
 * Model rank and published rank (left axis, inverted: 1 on top) and the model score (right axis)
 * across editions. A missing published rank leaves a gap rather than a made-up point.
 */
export function historyOption(points: readonly HistoryPoint[], labels: HistoryLabels): EChartsCoreOption {
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 56, right: 64, top: 48, bottom: 40 },
    legend: { top: 0, data: [labels.modelRank, labels.publishedRank, labels.score] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: Array<{ dataIndex: number }>) => {
        const point = points[params[0]?.dataIndex ?? -1];
        if (!point) return '';
        const lines = [
          `<strong>${escapeHtml(point.label)}</strong>`,
          `${escapeHtml(labels.modelRank)}: ${point.rank ?? '–'} (${escapeHtml(labels.interval)} ${formatInterval(point.rankP05, point.rankP95)})`,
          `${escapeHtml(labels.publishedRank)}: ${point.publishedRank ?? '–'}`,
          `${escapeHtml(labels.score)}: ${formatScore(point.score)}`,
        ];
        return lines.join('<br/>');
      },
    },
    xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: false },
    yAxis: [
      {
        type: 'value',
        inverse: true,
        min: 1,
        max: rankAxisMax(points),
        minInterval: 1,
        splitNumber: 4,
        name: labels.rankAxis,
        nameLocation: 'middle',
        nameGap: 36,
      },
      {
        type: 'value',
        name: labels.scoreAxis,
        nameLocation: 'middle',
        nameGap: 44,
        scale: true,
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: labels.modelRank,
        type: 'line',
        data: points.map((p) => p.rank),
        symbolSize: 9,
        showAllSymbol: true,
        lineStyle: { width: 3, color: MODEL },
        itemStyle: { color: MODEL },
        label: { show: true, position: 'top', fontWeight: 'bold', color: '#1b2a36' },
      },
      {
        name: labels.publishedRank,
        type: 'line',
        data: points.map((p) => p.publishedRank),
        symbol: 'diamond',
        symbolSize: 10,
        showAllSymbol: true,
        lineStyle: { width: 2, type: 'dashed', color: PUBLISHED },
        itemStyle: { color: PUBLISHED },
        label: { show: true, position: 'bottom', color: PUBLISHED },
      },
      {
        name: labels.score,
        type: 'line',
        yAxisIndex: 1,
        data: points.map((p) => (p.score === null ? null : Math.round(p.score))),
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { width: 1.5, type: 'dotted', color: SCORE },
        itemStyle: { color: SCORE },
      },
    ],
  };
}
