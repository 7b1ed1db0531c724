/** The live response-rate dashboard: per-group counts, rates and the ECharts bar option. */
import type { EChartsCoreOption } from '../../charts/echarts.ts';

export interface GroupProgress {
  group: string;
  invited: number;
  started: number;
  submitted: number;
}

/** Submitted share of invited, 0..1; null when nobody was invited (open links only). */
export function responseRate(submitted: number, invited: number): number | null {
  if (invited <= 0) return null;
  return Math.min(1, Math.max(0, submitted / invited));
}

/** A group total row appended under the per-group ones. */
export function totals(groups: readonly GroupProgress[]): Omit<GroupProgress, 'group'> {
  return groups.reduce(
    (sum, g) => ({
      invited: sum.invited + g.invited,
      started: sum.started + g.started,
      submitted: sum.submitted + g.submitted,
    }),
    { invited: 0, started: 0, submitted: 0 },
  );
}

export interface ResponseRateLabels {
  invited: string;
  started: string;
  submitted: string;
  /** Shown for the group of respondents without one (open links, no group column). */
  noGroup: string;
}

export const SERIES_COLOURS = { invited: '#8da5b8', started: '#e0a43a', submitted: '#1f7a5a' } as const;

/**
 * Grouped horizontal bars, one band per group: invited, started (opened and saved something)
 * and submitted. Horizontal so long Korean group names stay readable on a phone.
 */
export function responseRateOption(
  groups: readonly GroupProgress[],
  labels: ResponseRateLabels,
): EChartsCoreOption {
  const names = groups.map((g) => (g.group.trim() === '' ? labels.noGroup : g.group));
  const series = (['invited', 'started', 'submitted'] as const).map((key) => ({
    name: labels[key],
    type: 'bar',
    data: groups.map((g) => g[key]),
    itemStyle: { color: SERIES_COLOURS[key] },
    label: { show: true, position: 'right' },
    barMaxWidth: 18,
  }));
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    // Reverse so the first group is drawn at the top, as in the table.
    yAxis: { type: 'category', data: names, inverse: true },
    series,
  };
}

/** Chart height that fits the groups: ~3 bars each. */
export const chartHeight = (groupCount: number) => Math.max(180, 60 + groupCount * 64);
