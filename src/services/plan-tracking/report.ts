/**
 * The annual document Korean local governments file under 지능정보화 기본법 시행령 §3: last
 * year's 추진실적 (performance) and this year's 실행계획 (implementation plan). `year` is the
 * plan year; the performance part covers year − 1. Built as a plain model, then rendered to an
 * XLSX workbook (exceljs) or a self-contained, print-ready HTML page, in Korean or English.
 */
import ExcelJS from 'exceljs';
import type { Executor, OrganisationRow } from '../../db/index.ts';
import {
  listCosts,
  listMilestones,
  listProgress,
  listTrackingBudgetLines,
  listTrackingItems,
  type TrackingPlanRow,
} from '../../db/repositories/plan-tracking-index.ts';
import { formatKrwEnglish, formatKrwKorean, groupThousands } from '../../engine/planning/index.ts';
import type { ExportedFile } from '../contract.ts';
import type { KpiView, RagStatus, ReportFormat, ReportLanguage } from '../contract-plan-tracking.ts';
import { kpiViewsOf } from './tracking.ts';
import { FUNDING_SOURCES } from './validate.ts';

type Source = (typeof FUNDING_SOURCES)[number];

export interface ReportPlanRow {
  code: string;
  name: { en: string; ko: string };
  horizon: string | null;
  start: string | null;
  end: string | null;
  bySource: Record<Source, bigint>;
  total: bigint;
  milestones: { name: { en: string; ko: string }; dueOn: string }[];
  kpiTargets: { name: { en: string; ko: string }; unit: string; target: number }[];
  illustrative: boolean;
}

export interface ReportResultRow {
  code: string;
  name: { en: string; ko: string };
  budget: bigint;
  executed: bigint;
  /** executed / budget in %, null without budget. */
  executionRate: number | null;
  percentComplete: number | null;
  milestonesDone: number;
  milestonesDue: number;
  kpis: {
    name: { en: string; ko: string };
    unit: string;
    target: number | null;
    actual: number | null;
    status: RagStatus | null;
  }[];
  illustrative: boolean;
}

export interface AnnualReport {
  organisation: { en: string; ko: string };
  plan: { en: string; ko: string };
  year: number;
  implementation: { rows: ReportPlanRow[]; totals: Record<Source, bigint>; total: bigint };
  performance: { rows: ReportResultRow[]; budget: bigint; executed: bigint };
  illustrative: boolean;
  generatedOn: string;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const zeroSources = (): Record<Source, bigint> => ({ national: 0n, municipal: 0n, private: 0n, other: 0n });

export async function loadAnnualReport(
  ex: Executor,
  org: OrganisationRow,
  plan: TrackingPlanRow,
  year: number,
  generatedOn: string,
): Promise<AnnualReport> {
  const items = await listTrackingItems(ex, plan.id);
  const lines = await listTrackingBudgetLines(ex, plan.id);
  const costs = await listCosts(ex, plan.id);
  const progress = await listProgress(ex, plan.id);
  const milestones = await listMilestones(ex, plan.id);
  const kpis = await kpiViewsOf(ex, plan.id);
  const kpisOf = new Map<string, KpiView[]>();
  for (const k of kpis) kpisOf.set(k.itemId, [...(kpisOf.get(k.itemId) ?? []), k]);
  const last = year - 1;

  const implementation: ReportPlanRow[] = [];
  const totals = zeroSources();
  const performance: ReportResultRow[] = [];
  let perfBudget = 0n;
  let perfExecuted = 0n;
  for (const item of items) {
    const name = { en: item.nameEn, ko: item.nameKo || item.nameEn };
    const own = lines.filter((l) => l.itemId === item.id);
    const planned = own.filter((l) => l.year === year);
    const itemKpis = kpisOf.get(item.id) ?? [];
    if (planned.length > 0) {
      const bySource = zeroSources();
      for (const l of planned) {
        const s = (FUNDING_SOURCES as readonly string[]).includes(l.source) ? (l.source as Source) : 'other';
        bySource[s] += l.amount;
        totals[s] += l.amount;
      }
      implementation.push({
        code: item.code,
        name,
        horizon: item.horizon,
        start: item.startDate,
        end: item.endDate,
        bySource,
        total: planned.reduce((s, l) => s + l.amount, 0n),
        milestones: milestones
          .filter((m) => m.itemId === item.id && yearOf(m.dueOn) === year)
          .map((m) => ({ name: { en: m.nameEn, ko: m.nameKo || m.nameEn }, dueOn: m.dueOn })),
        kpiTargets: itemKpis.flatMap((k) => {
          const y = k.years.find((v) => v.year === year);
          return y && y.target !== null ? [{ name: k.name, unit: k.unit, target: y.target }] : [];
        }),
        illustrative: item.illustrative || itemKpis.some((k) => k.illustrative),
      });
    }
    const budget = own.filter((l) => l.year === last).reduce((s, l) => s + l.amount, 0n);
    const executed = costs
      .filter((c) => c.itemId === item.id && yearOf(c.spentOn) === last)
      .reduce((s, c) => s + c.amount, 0n);
    const due = milestones.filter((m) => m.itemId === item.id && yearOf(m.dueOn) === last);
    const reported = progress
      .filter((p) => p.itemId === item.id && yearOf(p.reportedOn) <= last)
      .sort((a, b) => b.reportedOn.localeCompare(a.reportedOn))[0];
    const kpiResults = itemKpis.flatMap((k) => {
      const y = k.years.find((v) => v.year === last);
      return y ? [{ name: k.name, unit: k.unit, target: y.target, actual: y.actual, status: y.status }] : [];
    });
    if (budget > 0n || executed > 0n || due.length > 0 || kpiResults.length > 0) {
      perfBudget += budget;
      perfExecuted += executed;
      performance.push({
        code: item.code,
        name,
        budget,
        executed,
        executionRate: budget > 0n ? Number((executed * 10_000n) / budget) / 100 : null,
        percentComplete: reported?.percentComplete ?? null,
        milestonesDone: due.filter((m) => m.doneOn !== null && m.doneOn <= `${last}-12-31`).length,
        milestonesDue: due.length,
        kpis: kpiResults,
        illustrative: item.illustrative || itemKpis.some((k) => k.illustrative),
      });
    }
  }
  return {
    organisation: { en: org.name, ko: org.nameKo },
    plan: { en: plan.nameEn, ko: plan.nameKo },
    year,
    implementation: {
      rows: implementation,
      totals,
      total: Object.values(totals).reduce((s, v) => s + v, 0n),
    },
    performance: { rows: performance, budget: perfBudget, executed: perfExecuted },
    illustrative: implementation.some((r) => r.illustrative) || performance.some((r) => r.illustrative),
    generatedOn,
  };
}

const LABELS = {
  ko: {
    title: (y: number) => `${y}년 지능정보화 실행계획 및 ${y - 1}년 추진실적`,
    implementation: (y: number) => `${y}년 실행계획`,
    performance: (y: number) => `${y}년 추진실적`,
    code: '코드',
    item: '사업명',
    horizon: '추진단계',
    period: '사업기간',
    national: '국비',
    municipal: '시비',
    private: '민간',
    other: '기타',
    total: '합계',
    milestones: '주요 일정',
    kpiTargets: '성과지표 목표',
    budget: '예산',
    executed: '집행액',
    rate: '집행률(%)',
    complete: '진척률(%)',
    milestonesDone: '완료 일정',
    kpiResults: '성과지표 실적',
    generated: '작성일',
    organisation: '기관',
    plan: '계획',
    unit: '단위: 원',
    illustrative:
      '※ 예시 데이터가 포함되어 있습니다(CityBench 데모용으로 작성된 값으로, 시의 공식 자료가 아님).',
    none: '해당 없음',
    horizons: { short: '단기', mid: '중기', long: '장기' } as Record<string, string>,
    status: { green: '정상', amber: '주의', red: '미흡' } as Record<string, string>,
    basis: '근거: 지능정보화 기본법 시행령 제3조(전년도 추진실적 및 다음 연도 실행계획 제출)',
  },
  en: {
    title: (y: number) =>
      `Intelligent informatization implementation plan ${y} and performance report ${y - 1}`,
    implementation: (y: number) => `Implementation plan ${y} (실행계획)`,
    performance: (y: number) => `Performance ${y} (추진실적)`,
    code: 'Code',
    item: 'Project',
    horizon: 'Phase',
    period: 'Period',
    national: 'National',
    municipal: 'Municipal',
    private: 'Private',
    other: 'Other',
    total: 'Total',
    milestones: 'Milestones',
    kpiTargets: 'KPI targets',
    budget: 'Budget',
    executed: 'Executed',
    rate: 'Execution (%)',
    complete: 'Complete (%)',
    milestonesDone: 'Milestones done',
    kpiResults: 'KPI results',
    generated: 'Generated',
    organisation: 'Organisation',
    plan: 'Plan',
    unit: 'Amounts in KRW (won)',
    illustrative:
      'Contains illustrative data (made up by CityBench for the demo, not the city’s official figures).',
    none: 'None',
    horizons: { short: 'Short term', mid: 'Mid term', long: 'Long term' } as Record<string, string>,
    status: { green: 'Green', amber: 'Amber', red: 'Red' } as Record<string, string>,
    basis:
      'Basis: Enforcement Decree of the Framework Act on Intelligent Informatization, Art. 3 (last year’s performance and next year’s implementation plan)',
  },
} as const;

function pick(text: { en: string; ko: string }, lang: ReportLanguage): string {
  return lang === 'ko' ? text.ko || text.en : text.en || text.ko;
}

const SOURCES: readonly Source[] = FUNDING_SOURCES;

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const money = (v: bigint) => groupThousands(v);
const moneyWords = (v: bigint, lang: ReportLanguage) =>
  lang === 'ko' ? formatKrwKorean(v) : formatKrwEnglish(v);

function period(start: string | null, end: string | null): string {
  return start || end ? `${start ?? ''}–${end ?? ''}` : '';
}

function kpiText(
  k: {
    name: { en: string; ko: string };
    unit: string;
    target: number | null;
    actual?: number | null;
    status?: RagStatus | null;
  },
  lang: ReportLanguage,
): string {
  const l = LABELS[lang];
  const target = k.target === null ? '–' : String(k.target);
  if (k.actual === undefined) return `${pick(k.name, lang)} ${target}${k.unit ? ` ${k.unit}` : ''}`;
  const actual = k.actual === null ? '–' : String(k.actual);
  const status = k.status ? ` [${l.status[k.status]}]` : '';
  return `${pick(k.name, lang)} ${actual}/${target}${k.unit ? ` ${k.unit}` : ''}${status}`;
}

export function renderReportHtml(report: AnnualReport, lang: ReportLanguage): string {
  const l = LABELS[lang];
  const y = report.year;
  const mark = (illustrative: boolean) => (illustrative ? ' *' : '');
  const implRows = report.implementation.rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.code)}</td><td>${escapeHtml(pick(r.name, lang))}${mark(r.illustrative)}</td><td>${
          r.horizon ? escapeHtml(l.horizons[r.horizon] ?? r.horizon) : ''
        }</td><td>${escapeHtml(period(r.start, r.end))}</td>${SOURCES.map(
          (s) => `<td class="num">${money(r.bySource[s])}</td>`,
        ).join('')}<td class="num">${money(r.total)}</td><td>${r.milestones
          .map((m) => `${escapeHtml(pick(m.name, lang))} (${m.dueOn})`)
          .join(
            '<br>',
          )}</td><td>${r.kpiTargets.map((k) => escapeHtml(kpiText(k, lang))).join('<br>')}</td></tr>`,
    )
    .join('\n');
  const implTotals = `<tr class="total"><td colspan="4">${l.total}</td>${SOURCES.map(
    (s) => `<td class="num">${money(report.implementation.totals[s])}</td>`,
  ).join('')}<td class="num">${money(report.implementation.total)}</td><td colspan="2">${escapeHtml(
    moneyWords(report.implementation.total, lang),
  )}</td></tr>`;
  const perfRows = report.performance.rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.code)}</td><td>${escapeHtml(pick(r.name, lang))}${mark(r.illustrative)}</td><td class="num">${money(
          r.budget,
        )}</td><td class="num">${money(r.executed)}</td><td class="num">${r.executionRate === null ? '' : r.executionRate.toFixed(2)}</td><td class="num">${
          r.percentComplete ?? ''
        }</td><td class="num">${r.milestonesDone}/${r.milestonesDue}</td><td>${r.kpis
          .map((k) => `<span class="rag ${k.status ?? ''}">${escapeHtml(kpiText(k, lang))}</span>`)
          .join('<br>')}</td></tr>`,
    )
    .join('\n');
  const empty = (cols: number) => `<tr><td colspan="${cols}">${l.none}</td></tr>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(l.title(y))}</title>
<style>
@page { size: A4 landscape; margin: 14mm; }
body { font-family: "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 16pt; margin: 0 0 4px; } h2 { font-size: 12pt; margin: 18px 0 6px; break-after: avoid; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #555; padding: 3px 5px; vertical-align: top; }
th { background: #e8edf3; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; } tr.total td { font-weight: bold; background: #f4f4f4; }
.meta { color: #333; margin: 0 0 8px; } .note { font-size: 9pt; color: #444; }
.rag.red { color: #b00020; } .rag.amber { color: #a15c00; } .rag.green { color: #1b6e20; }
</style>
</head>
<body>
<h1>${escapeHtml(l.title(y))}</h1>
<p class="meta">${l.organisation}: ${escapeHtml(pick(report.organisation, lang))} · ${l.plan}: ${escapeHtml(
    pick(report.plan, lang),
  )} · ${l.generated}: ${report.generatedOn}</p>
<p class="note">${escapeHtml(l.basis)}</p>
${report.illustrative ? `<p class="note" data-illustrative="true">* ${escapeHtml(l.illustrative)}</p>` : ''}
<h2>1. ${escapeHtml(l.implementation(y))}</h2>
<p class="note">${l.unit}</p>
<table>
<thead><tr><th>${l.code}</th><th>${l.item}</th><th>${l.horizon}</th><th>${l.period}</th>${SOURCES.map(
    (s) => `<th>${l[s]}</th>`,
  ).join('')}<th>${l.total}</th><th>${l.milestones}</th><th>${l.kpiTargets}</th></tr></thead>
<tbody>
${implRows || empty(11)}
${implTotals}
</tbody>
</table>
<h2>2. ${escapeHtml(l.performance(y - 1))}</h2>
<p class="note">${l.unit}</p>
<table>
<thead><tr><th>${l.code}</th><th>${l.item}</th><th>${l.budget}</th><th>${l.executed}</th><th>${l.rate}</th><th>${l.complete}</th><th>${l.milestonesDone}</th><th>${l.kpiResults}</th></tr></thead>
<tbody>
${perfRows || empty(8)}
<tr class="total"><td colspan="2">${l.total}</td><td class="num">${money(report.performance.budget)}</td><td class="num">${money(
    report.performance.executed,
  )}</td><td colspan="4"></td></tr>
</tbody>
</table>
</body>
</html>
`;
}

/** A JS number when exact, else the decimal text (amounts above 2^53 won never round). */
function moneyCell(v: bigint): number | string {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : String(v);
}

export async function renderReportXlsx(report: AnnualReport, lang: ReportLanguage): Promise<Uint8Array> {
  const l = LABELS[lang];
  const y = report.year;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CityBench';
  const head = (sheet: ExcelJS.Worksheet, title: string) => {
    sheet.addRow([l.title(y)]).font = { bold: true, size: 14 };
    sheet.addRow([title]).font = { bold: true };
    sheet.addRow([
      `${l.organisation}: ${pick(report.organisation, lang)}`,
      `${l.plan}: ${pick(report.plan, lang)}`,
    ]);
    sheet.addRow([`${l.generated}: ${report.generatedOn}`, l.unit]);
    if (report.illustrative) sheet.addRow([`* ${l.illustrative}`]);
    sheet.addRow([]);
  };

  const impl = workbook.addWorksheet(lang === 'ko' ? `${y} 실행계획` : `Plan ${y}`);
  head(impl, l.implementation(y));
  impl.addRow([
    l.code,
    l.item,
    l.horizon,
    l.period,
    ...SOURCES.map((s) => l[s]),
    l.total,
    l.milestones,
    l.kpiTargets,
  ]).font = {
    bold: true,
  };
  for (const r of report.implementation.rows) {
    impl.addRow([
      r.code,
      `${pick(r.name, lang)}${r.illustrative ? ' *' : ''}`,
      r.horizon ? (l.horizons[r.horizon] ?? r.horizon) : '',
      period(r.start, r.end),
      ...SOURCES.map((s) => moneyCell(r.bySource[s])),
      moneyCell(r.total),
      r.milestones.map((m) => `${pick(m.name, lang)} (${m.dueOn})`).join('\n'),
      r.kpiTargets.map((k) => kpiText(k, lang)).join('\n'),
    ]);
  }
  impl.addRow([
    l.total,
    '',
    '',
    '',
    ...SOURCES.map((s) => moneyCell(report.implementation.totals[s])),
    moneyCell(report.implementation.total),
  ]).font = {
    bold: true,
  };
  for (let c = 5; c <= 9; c++) impl.getColumn(c).numFmt = '#,##0';
  impl.getColumn(2).width = 44;

  const perf = workbook.addWorksheet(lang === 'ko' ? `${y - 1} 추진실적` : `Performance ${y - 1}`);
  head(perf, l.performance(y - 1));
  perf.addRow([
    l.code,
    l.item,
    l.budget,
    l.executed,
    l.rate,
    l.complete,
    l.milestonesDone,
    l.kpiResults,
  ]).font = { bold: true };
  for (const r of report.performance.rows) {
    perf.addRow([
      r.code,
      `${pick(r.name, lang)}${r.illustrative ? ' *' : ''}`,
      moneyCell(r.budget),
      moneyCell(r.executed),
      r.executionRate,
      r.percentComplete,
      `${r.milestonesDone}/${r.milestonesDue}`,
      r.kpis.map((k) => kpiText(k, lang)).join('\n'),
    ]);
  }
  perf.addRow([
    l.total,
    '',
    moneyCell(report.performance.budget),
    moneyCell(report.performance.executed),
  ]).font = { bold: true };
  for (const c of [3, 4]) perf.getColumn(c).numFmt = '#,##0';
  perf.getColumn(2).width = 44;

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function renderReport(
  report: AnnualReport,
  format: ReportFormat,
  lang: ReportLanguage,
): Promise<ExportedFile> {
  const base = `plan-report-${report.year}-${lang}`;
  if (format === 'html')
    return {
      filename: `${base}.html`,
      contentType: 'text/html; charset=utf-8',
      body: new TextEncoder().encode(renderReportHtml(report, lang)),
    };
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await renderReportXlsx(report, lang),
  };
}
