/**
 * ECharts options of the budget page: the plan's budget as a treemap or a sunburst (strategies >
 * initiatives > projects) and the annual budget plan as bars stacked by funding source. Box sizes
 * and bar heights are numbers in the chart unit (억 원 or KRW billion); every label and tooltip
 * shows the exact amount, formatted from bigint won.
 */
import type { FundingSource } from '../../../../src/engine/planning/plan-tree.ts';
import type { EChartsCoreOption } from '../../charts/echarts.ts';
import type { Language } from '../../i18n/language.ts';
import { escapeHtml, prefersReducedMotion } from '../city/chartText.ts';
import type { AnnualBudget, BudgetNode } from './budget.ts';
import { formatAmount, toChartNumber } from './money.ts';

export interface ChartData {
  name: string;
  value: number;
  /** The exact amount as shown in tables, for tooltips and labels. */
  amountLabel: string;
  illustrative: boolean;
  children?: ChartData[];
  itemStyle?: { color: string };
}

export interface BudgetChartLabels {
  /** The item's name in the page language. */
  name: (node: BudgetNode) => string;
  own: string;
  unallocated: string;
  illustrative: string;
}

const UNALLOCATED_COLOUR = '#c9d3da';
const OWN_COLOUR = '#7d9bb0';
/** Strategies get distinct, colour-blind-safe hues (Okabe–Ito without yellow). */
export const STRATEGY_COLOURS = ['#1f5f8b', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#0072b2'];

/** The chart data of budget boxes (see budget.ts), in the page language. */
export function chartData(
  nodes: readonly BudgetNode[],
  labels: BudgetChartLabels,
  language: Language,
): ChartData[] {
  const toData = (node: BudgetNode, depth: number, index: number): ChartData => {
    const name =
      node.kind === 'own' ? labels.own : node.kind === 'unallocated' ? labels.unallocated : labels.name(node);
    const data: ChartData = {
      name,
      value: toChartNumber(node.amount, language),
      amountLabel: formatAmount(node.amount, language),
      illustrative: node.item?.illustrative === true,
    };
    if (node.kind === 'unallocated') data.itemStyle = { color: UNALLOCATED_COLOUR };
    else if (node.kind === 'own') data.itemStyle = { color: OWN_COLOUR };
    else if (depth === 0) data.itemStyle = { color: STRATEGY_COLOURS[index % STRATEGY_COLOURS.length]! };
    if (node.children.length > 0)
      data.children = node.children.map((child, i) => toData(child, depth + 1, i));
    return data;
  };
  return nodes.map((node, i) => toData(node, 0, i));
}

interface TooltipParams {
  name?: string;
  data?: Partial<ChartData>;
}

const tooltipFormatter = (illustrative: string) => (params: TooltipParams) => {
  const data = params.data ?? {};
  const note = data.illustrative ? `<br><em>${escapeHtml(illustrative)}</em>` : '';
  return `${escapeHtml(params.name ?? '')}<br><strong>${escapeHtml(data.amountLabel ?? '')}</strong>${note}`;
};

/** Nested rectangles sized by amount; a click zooms into a strategy, the breadcrumb zooms out. */
export function treemapOption(data: ChartData[], labels: BudgetChartLabels): EChartsCoreOption {
  return {
    animation: !prefersReducedMotion(),
    tooltip: { trigger: 'item', formatter: tooltipFormatter(labels.illustrative) },
    series: [
      {
        type: 'treemap',
        data,
        roam: false,
        leafDepth: 2,
        top: 8,
        left: 4,
        right: 4,
        bottom: 32,
        label: {
          show: true,
          formatter: (p: TooltipParams) => `${p.name ?? ''}\n${p.data?.amountLabel ?? ''}`,
        },
        upperLabel: { show: true, height: 22 },
        breadcrumb: { show: true, bottom: 4 },
        levels: [
          { itemStyle: { borderColor: '#ffffff', borderWidth: 3, gapWidth: 3 } },
          {
            itemStyle: { borderColorSaturation: 0.5, gapWidth: 2, borderWidth: 2 },
            colorSaturation: [0.35, 0.6],
          },
          { itemStyle: { borderColorSaturation: 0.6, gapWidth: 1 }, colorSaturation: [0.3, 0.55] },
        ],
      },
    ],
  };
}

/** Rings by level, from the plan in the centre; angles by amount. */
export function sunburstOption(data: ChartData[], labels: BudgetChartLabels): EChartsCoreOption {
  return {
    animation: !prefersReducedMotion(),
    tooltip: { trigger: 'item', formatter: tooltipFormatter(labels.illustrative) },
    series: [
      {
        type: 'sunburst',
        data,
        radius: ['12%', '95%'],
        sort: undefined,
        emphasis: { focus: 'ancestor' },
        label: { rotate: 'radial', minAngle: 8, overflow: 'truncate', width: 90 },
        levels: [
          {},
          { r0: '12%', r: '45%' },
          { r0: '45%', r: '72%' },
          { r0: '72%', r: '95%', label: { show: false } },
        ],
      },
    ],
  };
}

export const SOURCE_COLOURS: Record<FundingSource, string> = {
  national: '#1f5f8b',
  municipal: '#009e73',
  private: '#d55e00',
  other: '#8c8c8c',
};

export interface AnnualChartLabels {
  source: (source: FundingSource) => string;
  axis: string;
  total: string;
}

/** Bars of the annual budget plan, one per year, stacked by funding source, the total on top. */
export function annualOption(
  annual: AnnualBudget,
  sources: readonly FundingSource[],
  labels: AnnualChartLabels,
  language: Language,
): EChartsCoreOption {
  const years = annual.rows.map((row) => String(row.year));
  const series = sources.map((source, i) => ({
    type: 'bar',
    name: labels.source(source),
    stack: 'budget',
    itemStyle: { color: SOURCE_COLOURS[source] },
    data: annual.rows.map((row) => ({
      value: toChartNumber(row.bySource[source], language),
      amountLabel: formatAmount(row.bySource[source], language),
    })),
    // The last series carries the year's total above its bar.
    ...(i === sources.length - 1
      ? {
          label: {
            show: true,
            position: 'top',
            formatter: (p: { dataIndex: number }) => {
              const row = annual.rows[p.dataIndex];
              return row && row.total > 0n ? formatAmount(row.total, language) : '';
            },
          },
        }
      : {}),
  }));
  return {
    animation: !prefersReducedMotion(),
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (
        params: Array<{
          seriesName: string;
          dataIndex: number;
          marker: string;
          data: { amountLabel: string };
        }>,
      ) => {
        const first = params[0];
        const row = first ? annual.rows[first.dataIndex] : undefined;
        if (!row) return '';
        const lines = params.map(
          (p) => `${p.marker}${escapeHtml(p.seriesName)}: ${escapeHtml(p.data.amountLabel)}`,
        );
        return [
          `<strong>${row.year}</strong>`,
          ...lines,
          `${escapeHtml(labels.total)}: ${escapeHtml(formatAmount(row.total, language))}`,
        ].join('<br>');
      },
    },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: labels.axis, nameTextStyle: { align: 'left' } },
    series,
  };
}
