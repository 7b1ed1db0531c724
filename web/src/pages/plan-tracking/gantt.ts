/**
 * The roadmap's Gantt chart as an ECharts option: one row per plan item, grouped under a header
 * row per phase (horizon), years along the x axis. Each item has its current bar and, when a
 * baseline was saved, a thin baseline bar beneath it; an item whose current end is later than its
 * baseline end has slipped and is drawn in the slip colour (the table beside the chart says so in
 * words too).
 */
import type { EChartsCoreOption } from '../../charts/echarts.ts';
import { escapeHtml, prefersReducedMotion } from '../city/chartText.ts';

export interface GanttSpan {
  /** ISO dates (YYYY-MM-DD), end inclusive. */
  start: string;
  end: string;
}

export interface GanttItem extends GanttSpan {
  id: string;
  label: string;
  /** Key of the group (phase or horizon) the item is listed under. */
  group: string;
  baseline?: GanttSpan | null;
  illustrative?: boolean;
  milestones?: readonly GanttMilestone[];
}

export interface GanttMilestone {
  label: string;
  /** ISO date the milestone is due. */
  dueOn: string;
  done: boolean;
}

export interface GanttGroup {
  key: string;
  label: string;
}

export interface GanttLabels {
  milestone: string;
  current: string;
  baseline: string;
  slipped: string;
  today: string;
  /** e.g. "slipped by {days} days"; `{days}` is filled in. */
  slipDays: string;
}

export const CURRENT_COLOUR = '#1f5f8b';
export const SLIP_COLOUR = '#b3261e';
export const BASELINE_COLOUR = '#8c9aa5';
export const MILESTONE_COLOUR = '#b35c00';

const DAY = 86_400_000;

/** Milliseconds since the epoch at UTC midnight of an ISO date; the end of the day for `endOfDay`. */
export function dateValue(iso: string, endOfDay = false): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const start = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return endOfDay ? start + DAY : start;
}

/** Days the current end is later than the baseline end (negative when earlier); null without baseline. */
export function slipDays(item: GanttItem): number | null {
  if (!item.baseline) return null;
  return Math.round((dateValue(item.end) - dateValue(item.baseline.end)) / DAY);
}

export type GanttRow =
  | { kind: 'group'; key: string; label: string }
  | { kind: 'item'; item: GanttItem; slip: number | null };

/** Header row per group (in the given order, empty groups left out), then its items by start date. */
export function ganttRows(items: readonly GanttItem[], groups: readonly GanttGroup[]): GanttRow[] {
  const rows: GanttRow[] = [];
  const known = new Set(groups.map((g) => g.key));
  const orphans = items.filter((item) => !known.has(item.group));
  const all = orphans.length > 0 ? [...groups, { key: '', label: '—' }] : groups;
  for (const group of all) {
    const members = items
      .filter((item) => (group.key === '' ? !known.has(item.group) : item.group === group.key))
      .sort((a, b) => a.start.localeCompare(b.start) || a.label.localeCompare(b.label));
    if (members.length === 0) continue;
    rows.push({ kind: 'group', key: group.key, label: group.label });
    for (const item of members) rows.push({ kind: 'item', item, slip: slipDays(item) });
  }
  return rows;
}

/** First and last year the chart must show (current and baseline spans). */
export function yearRange(items: readonly GanttItem[]): { first: number; last: number } | null {
  const years = items.flatMap((item) =>
    [item.start, item.end, item.baseline?.start, item.baseline?.end]
      .filter((d): d is string => typeof d === 'string')
      .map((d) => Number(d.slice(0, 4))),
  );
  if (years.length === 0) return null;
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** What a custom-series datum holds: [row, start ms, end ms, slipped (0/1)]. */
type BarDatum = [number, number, number, number];

/** The part of ECharts' custom-series API the bars use. */
export interface RenderApi {
  value: (dimension: number) => number;
  coord: (point: [number, number]) => number[];
  size: (span: [number, number]) => number[] | number;
  style?: (extra?: Record<string, unknown>) => Record<string, unknown>;
}

export interface RenderParams {
  coordSys: { x: number; y: number; width: number; height: number };
}

/** A rectangle clipped to the plot area, or null when it falls outside. */
function clip(
  rect: { x: number; y: number; width: number; height: number },
  area: RenderParams['coordSys'],
): { x: number; y: number; width: number; height: number } | null {
  const x1 = Math.max(rect.x, area.x);
  const x2 = Math.min(rect.x + rect.width, area.x + area.width);
  if (x2 <= x1) return null;
  return { x: x1, y: rect.y, width: x2 - x1, height: rect.height };
}

/**
 * Draws one bar. The current bar takes the upper half of its row; the baseline bar is a thin
 * strip in the lower part, so both read at once.
 */
export function renderBar(kind: 'current' | 'baseline') {
  return (params: RenderParams, api: RenderApi) => {
    const row = api.value(0);
    const [x1 = 0, yMid = 0] = api.coord([api.value(1), row]);
    const [x2 = 0] = api.coord([api.value(2), row]);
    const size = api.size([0, 1]);
    const band = Array.isArray(size) ? (size[1] ?? 0) : size;
    const slipped = api.value(3) === 1;
    const rect =
      kind === 'current'
        ? { x: x1, y: yMid - band * 0.32, width: Math.max(2, x2 - x1), height: band * 0.42 }
        : { x: x1, y: yMid + band * 0.16, width: Math.max(2, x2 - x1), height: Math.max(3, band * 0.14) };
    const shape = clip(rect, params.coordSys);
    if (!shape) return null;
    const fill = kind === 'baseline' ? BASELINE_COLOUR : slipped ? SLIP_COLOUR : CURRENT_COLOUR;
    return { type: 'rect', shape, style: { fill }, emphasis: { style: { fill } } };
  };
}

/** Milestones as scatter points [due ms, row], with their label and whether they are done. */
export function milestoneData(
  rows: readonly GanttRow[],
): { value: [number, number]; name: string; done: boolean }[] {
  return rows.flatMap((row, index) =>
    row.kind === 'item'
      ? (row.item.milestones ?? []).map((m) => ({
          value: [dateValue(m.dueOn), index] as [number, number],
          name: m.label,
          done: m.done,
        }))
      : [],
  );
}

/** The rows' bars as custom-series data. */
export function ganttData(rows: readonly GanttRow[]): { current: BarDatum[]; baseline: BarDatum[] } {
  const current: BarDatum[] = [];
  const baseline: BarDatum[] = [];
  rows.forEach((row, index) => {
    if (row.kind !== 'item') return;
    const slipped = row.slip !== null && row.slip > 0 ? 1 : 0;
    current.push([index, dateValue(row.item.start), dateValue(row.item.end, true), slipped]);
    if (row.item.baseline)
      baseline.push([index, dateValue(row.item.baseline.start), dateValue(row.item.baseline.end, true), 0]);
  });
  return { current, baseline };
}

export function ganttOption(
  items: readonly GanttItem[],
  groups: readonly GanttGroup[],
  labels: GanttLabels,
  options: { today?: string } = {},
): EChartsCoreOption {
  const rows = ganttRows(items, groups);
  const range = yearRange(items) ?? { first: 2026, last: 2030 };
  const { current, baseline } = ganttData(rows);
  const milestones = milestoneData(rows);
  const categories = rows.map((row) => (row.kind === 'group' ? row.label : row.item.label));
  const groupRows = new Set(rows.flatMap((row, i) => (row.kind === 'group' ? [i] : [])));
  const tooltipFor = (index: number): string => {
    const row = rows[index];
    if (row?.kind !== 'item') return '';
    const lines = [
      `<strong>${escapeHtml(row.item.label)}</strong>`,
      `${escapeHtml(labels.current)}: ${row.item.start} – ${row.item.end}`,
    ];
    if (row.item.baseline)
      lines.push(`${escapeHtml(labels.baseline)}: ${row.item.baseline.start} – ${row.item.baseline.end}`);
    if (row.slip !== null && row.slip > 0)
      lines.push(escapeHtml(labels.slipDays.replace('{days}', String(row.slip))));
    return lines.join('<br/>');
  };
  const todayLine = options.today
    ? {
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#b35c00', type: 'dashed' },
          label: { formatter: labels.today, color: '#b35c00' },
          data: [{ xAxis: dateValue(options.today) }],
        },
      }
    : {};
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 24, top: 36, bottom: 48, containLabel: true },
    legend: {
      top: 0,
      data: [labels.current, labels.baseline, ...(milestones.length > 0 ? [labels.milestone] : [])],
    },
    tooltip: {
      trigger: 'item',
      formatter: (params: { seriesType?: string; name?: string; value?: number[] }) =>
        params.seriesType === 'scatter'
          ? `${escapeHtml(labels.milestone)}: ${escapeHtml(params.name ?? '')}<br/>${new Date(params.value?.[0] ?? 0).toISOString().slice(0, 10)}`
          : tooltipFor(params.value?.[0] ?? -1),
    },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, filterMode: 'weakFilter' }],
    xAxis: {
      type: 'time',
      position: 'top',
      min: Date.UTC(range.first, 0, 1),
      max: Date.UTC(range.last + 1, 0, 1),
      splitNumber: range.last - range.first + 1,
      splitLine: { show: true, lineStyle: { color: '#e3e8ec' } },
      axisLabel: { formatter: '{yyyy}' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisTick: { show: false },
      axisLabel: {
        width: 220,
        overflow: 'truncate',
        formatter: (value: string, index: number) => (groupRows.has(index) ? `{group|${value}}` : value),
        rich: { group: { fontWeight: 'bold', color: '#1b2a36' } },
      },
    },
    series: [
      {
        name: labels.baseline,
        type: 'custom',
        renderItem: renderBar('baseline'),
        encode: { x: [1, 2], y: 0 },
        itemStyle: { color: BASELINE_COLOUR },
        data: baseline,
        z: 1,
      },
      {
        name: labels.current,
        type: 'custom',
        renderItem: renderBar('current'),
        encode: { x: [1, 2], y: 0 },
        itemStyle: { color: CURRENT_COLOUR },
        data: current,
        z: 2,
        ...todayLine,
      },
      ...(milestones.length > 0
        ? [
            {
              name: labels.milestone,
              type: 'scatter',
              symbol: 'diamond',
              symbolSize: 12,
              z: 3,
              itemStyle: { color: MILESTONE_COLOUR, borderColor: '#fff', borderWidth: 1 },
              data: milestones.map((m) => ({
                value: m.value,
                name: m.name,
                itemStyle: m.done ? { color: '#1f7a4d' } : undefined,
              })),
            },
          ]
        : []),
    ],
  };
}

/** Chart height that gives each row about 30 px. */
export function ganttHeight(rowCount: number): number {
  return Math.max(200, 90 + rowCount * 30);
}

/**
 * A span for an item that has no dates of its own: 1 January of its first budget year (or first
 * milestone) to 31 December of its last; null when it has neither.
 */
export function derivedSpan(
  budgetYears: readonly (string | number)[],
  milestoneDates: readonly string[] = [],
): GanttSpan | null {
  const years = [
    ...budgetYears.map(Number).filter(Number.isInteger),
    ...milestoneDates.map((d) => Number(d.slice(0, 4))).filter(Number.isInteger),
  ];
  if (years.length === 0) return null;
  return { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31` };
}
