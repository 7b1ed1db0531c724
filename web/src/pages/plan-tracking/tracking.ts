/**
 * Tracking figures for the KPI dashboard and budget execution: red/amber/green per KPI and year
 * through the engine's rules (src/engine/planning/kpi.ts), earned value from exact won amounts
 * (earned-value.ts) and the S-curve of cumulative PV, EV and AC.
 */

import { type EarnedValueResult, earnedValue } from '../../../../src/engine/planning/earned-value.ts';
import { type KpiDirection, type KpiStatus, kpiStatus } from '../../../../src/engine/planning/kpi.ts';
import { formatKrwEnglish, formatKrwKorean, type Krw } from '../../../../src/engine/planning/money.ts';
import type { EChartsCoreOption } from '../../charts/echarts.ts';
import { escapeHtml, prefersReducedMotion } from '../city/chartText.ts';

export type { KpiStatus };

export interface KpiYear {
  year: number;
  target: number | null;
  actual: number | null;
}

export interface KpiSeries {
  direction: KpiDirection;
  baseline: number;
  years: readonly KpiYear[];
}

export interface KpiYearStatus extends KpiYear {
  status: KpiStatus | null;
  /** Share of the baseline-to-target distance covered; null for maintenance KPIs or no actual. */
  progress: number | null;
}

/** Status of each year that has both a target and an actual; null otherwise (or when the engine refuses). */
export function kpiYears(series: KpiSeries): KpiYearStatus[] {
  return [...series.years]
    .sort((a, b) => a.year - b.year)
    .map((y) => {
      if (y.target === null || y.actual === null) return { ...y, status: null, progress: null };
      const result = kpiStatus({
        direction: series.direction,
        baseline: series.baseline,
        target: y.target,
        actual: y.actual,
      });
      return result.ok
        ? { ...y, status: result.value.status, progress: result.value.progress }
        : { ...y, status: null, progress: null };
    });
}

/** The latest year with a status: what the dashboard's badge shows. */
export function latestStatus(series: KpiSeries): KpiYearStatus | null {
  const rated = kpiYears(series).filter((y) => y.status !== null);
  return rated[rated.length - 1] ?? null;
}

/** How many KPIs are red, amber, green or not yet measured. */
export function ragCounts(statuses: readonly (KpiStatus | null)[]): Record<KpiStatus | 'none', number> {
  const counts = { red: 0, amber: 0, green: 0, none: 0 };
  for (const s of statuses) counts[s ?? 'none']++;
  return counts;
}

/** A bigint from the API's decimal string (money travels as strings); null when unreadable. */
export function toKrw(value: string | number | bigint | null | undefined): Krw | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value;
  const text = String(value).trim();
  return /^-?\d+$/.test(text) ? BigInt(text) : null;
}

export function formatKrw(amount: Krw | null, language: 'en' | 'ko'): string {
  if (amount === null) return '–';
  return language === 'ko' ? formatKrwKorean(amount) : formatKrwEnglish(amount, { maxFractionDigits: 2 });
}

export interface EvmInput {
  bac: string;
  pv: string;
  ev: string;
  ac: string;
}

export type EvmFigures =
  | ({ ok: true; bac: Krw; pv: Krw; ev: Krw; ac: Krw } & EarnedValueResult)
  | { ok: false; messages: string[] };

/** SV, CV, SPI, CPI, EAC, ETC and VAC from the four won amounts (EAC = BAC / CPI). */
export function evmFigures(input: EvmInput): EvmFigures {
  const [bac, pv, ev, ac] = [input.bac, input.pv, input.ev, input.ac].map(toKrw);
  if (bac == null || pv == null || ev == null || ac == null)
    return { ok: false, messages: ['amounts must be whole won'] };
  const result = earnedValue({ bac, pv, ev, ac });
  if (!result.ok) return { ok: false, messages: result.errors.map((e) => e.message) };
  return { ok: true, bac, pv, ev, ac, ...result.value };
}

/** An index to two decimals, or "–" when undefined. */
export function formatIndex(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

/** Ahead/behind for SPI, under/over budget for CPI: ≥ 1 is good. */
export function indexTone(value: number | null): 'good' | 'bad' | 'none' {
  if (value === null) return 'none';
  return value >= 1 ? 'good' : 'bad';
}

export interface SCurvePoint {
  /** Period label, e.g. "2026" or "2026-Q3". */
  period: string;
  /** Cumulative amounts in won, as decimal strings; AC and EV are null for periods not yet reported. */
  pv: string;
  ev: string | null;
  ac: string | null;
}

export interface SCurveLabels {
  pv: string;
  ev: string;
  ac: string;
  axis: string;
}

const HUNDRED_MILLION = 100_000_000n;

/** Won → 억원 (ko) or KRW billion (en), as a chart number (display only, never stored). */
export function chartAmount(amount: Krw, language: 'en' | 'ko'): number {
  const unit = language === 'ko' ? HUNDRED_MILLION : 1_000_000_000n;
  // Two decimals of the unit, computed in bigint before the float conversion.
  return Number((amount * 100n) / unit) / 100;
}

export function sCurveOption(
  points: readonly SCurvePoint[],
  labels: SCurveLabels,
  language: 'en' | 'ko',
): EChartsCoreOption {
  const series = (key: 'pv' | 'ev' | 'ac') =>
    points.map((p) => {
      const amount = toKrw(p[key]);
      return amount === null ? null : chartAmount(amount, language);
    });
  const line = (name: string, data: (number | null)[], color: string, dashed = false) => ({
    name,
    type: 'line',
    data,
    symbolSize: 7,
    showAllSymbol: true,
    lineStyle: { width: 2.5, color, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color },
  });
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 64, right: 24, top: 40, bottom: 36 },
    legend: { top: 0, data: [labels.pv, labels.ev, labels.ac] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: Array<{ dataIndex: number; seriesName: string }>) => {
        const point = points[params[0]?.dataIndex ?? -1];
        if (!point) return '';
        const row = (name: string, value: string | null) =>
          `${escapeHtml(name)}: ${escapeHtml(formatKrw(toKrw(value), language))}`;
        return [
          `<strong>${escapeHtml(point.period)}</strong>`,
          row(labels.pv, point.pv),
          row(labels.ev, point.ev),
          row(labels.ac, point.ac),
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: points.map((p) => p.period), boundaryGap: false },
    yAxis: { type: 'value', name: labels.axis, nameLocation: 'middle', nameGap: 48 },
    series: [
      line(labels.pv, series('pv'), '#8c9aa5', true),
      line(labels.ev, series('ev'), '#1f7a4d'),
      line(labels.ac, series('ac'), '#b35c00'),
    ],
  };
}

export interface KpiChartLabels {
  target: string;
  actual: string;
  baseline: string;
}

/** One KPI over the years: target (dashed) and actual, with the baseline as a line. */
export function kpiOption(series: KpiSeries, labels: KpiChartLabels): EChartsCoreOption {
  const years = [...series.years].sort((a, b) => a.year - b.year);
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    legend: { top: 0, data: [labels.target, labels.actual] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        name: labels.target,
        type: 'line',
        data: years.map((y) => y.target),
        lineStyle: { type: 'dashed', color: '#8c9aa5' },
        itemStyle: { color: '#8c9aa5' },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#52616d', type: 'dotted' },
          label: { formatter: `${labels.baseline} {c}` },
          data: [{ yAxis: series.baseline }],
        },
      },
      {
        name: labels.actual,
        type: 'line',
        data: years.map((y) => y.actual),
        symbolSize: 8,
        lineStyle: { width: 3, color: '#1f5f8b' },
        itemStyle: { color: '#1f5f8b' },
      },
    ],
  };
}

/** Year-end dates for the S-curve, from the plan's first to last year. */
export function yearEnds(from: number, to: number): string[] {
  const out: string[] = [];
  for (let y = from; y <= to && out.length < 30; y++) out.push(`${y}-12-31`);
  return out;
}

export interface CurveDate {
  /** Axis label: the year, or the date itself for "today". */
  period: string;
  asOf: string;
  /** False for dates after today: only PV is known there. */
  reported: boolean;
}

/**
 * Where the S-curve is measured: every year end up to today, today itself (when inside the
 * plan period), then the remaining year ends with planned value only.
 */
export function sCurveDates(from: number, to: number, today: string): CurveDate[] {
  const out: CurveDate[] = [];
  let todayAdded = false;
  for (const end of yearEnds(from, to)) {
    if (!todayAdded && end > today && today >= `${from}-01-01`) {
      out.push({ period: today, asOf: today, reported: true });
      todayAdded = true;
    }
    if (end === today) todayAdded = true;
    out.push({ period: end.slice(0, 4), asOf: end, reported: end <= today });
  }
  return out;
}
