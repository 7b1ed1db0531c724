import { ahpWeights } from '../../src/engine/planning/index.ts';
import { computeEarnedValue } from '../../src/services/plan-tracking/evm.ts';
import {
  type AnnualReport,
  renderReportHtml,
  renderReportXlsx,
} from '../../src/services/plan-tracking/report.ts';
import { type BenchRow, type BenchSuite, timeMedian } from '../suite.ts';

// Plan tracking (issue 5): AHP on the largest matrix the Random Index table covers (15 x 15),
// earned value over a 1,000-item plan with budget lines, progress and spend, and the annual report
// (HTML and XLSX) for 1,000 items. Targets: interactive (the page recomputes on every change).

/** A reciprocal 15 x 15 matrix on Saaty's scale, deterministic, mildly inconsistent. */
function matrix15(): number[][] {
  const scale = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const n = 15;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      if (i === j) return 1;
      const v = scale[(i * 7 + j * 3) % 9] ?? 1;
      return i < j ? v : 1 / (scale[(j * 7 + i * 3) % 9] ?? 1);
    }),
  );
}

function plan(items: number) {
  const ids = Array.from({ length: items }, (_, i) => `item-${i}`);
  const lines = ids.flatMap((id, i) =>
    [2026, 2027, 2028].map((year, k) => ({ itemId: id, year, amount: BigInt(100_000_000 + i * 1_000 + k) })),
  );
  const progress = ids.flatMap((id, i) => [
    { itemId: id, reportedOn: '2026-03-31', percentComplete: i % 50 },
    { itemId: id, reportedOn: '2026-09-30', percentComplete: (i % 50) + 20 },
  ]);
  const costs = ids.flatMap((id, i) =>
    Array.from({ length: 4 }, (_, q) => ({
      itemId: id,
      spentOn: `2026-0${q * 2 + 2}-15`,
      amount: BigInt(5_000_000 + i),
    })),
  );
  return { ids, lines, progress, costs };
}

function report(items: number): AnnualReport {
  const rows = Array.from({ length: items }, (_, i) => ({
    code: `T-${i}`,
    name: { en: `Task ${i}`, ko: `과제 ${i}` },
    horizon: 'short',
    start: '2027-01-01',
    end: '2027-12-31',
    bySource: { national: 100_000_000n, municipal: BigInt(i) * 1_000n, private: 0n, other: 0n },
    total: 100_000_000n + BigInt(i) * 1_000n,
    milestones: [{ name: { en: 'Go live', ko: '개통' }, dueOn: '2027-06-30' }],
    kpiTargets: [{ name: { en: 'Users', ko: '이용자' }, unit: 'persons', target: 1000 }],
    illustrative: true,
  }));
  return {
    organisation: { en: 'Busan Metropolitan City', ko: '부산광역시' },
    plan: { en: 'Bench plan', ko: '벤치 계획' },
    year: 2027,
    implementation: {
      rows,
      totals: { national: 0n, municipal: 0n, private: 0n, other: 0n },
      total: 0n,
    },
    performance: {
      rows: rows.map((r) => ({
        code: r.code,
        name: r.name,
        budget: r.total,
        executed: r.total / 2n,
        executionRate: 50,
        percentComplete: 40,
        milestonesDone: 1,
        milestonesDue: 2,
        kpis: [
          {
            name: { en: 'Users', ko: '이용자' },
            unit: 'persons',
            target: 1000,
            actual: 800,
            status: 'amber' as const,
          },
        ],
        illustrative: true,
      })),
      budget: 0n,
      executed: 0n,
    },
    illustrative: true,
    generatedOn: '2026-11-30',
  };
}

export const suite: BenchSuite = {
  name: 'plan-tracking',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const m = matrix15();
    const ahpMs = await timeMedian(50, () => {
      const r = ahpWeights(m);
      if (!r.ok) throw new Error('AHP failed');
    });
    const check = ahpWeights(m);
    rows.push({
      suite: 'plan-tracking',
      case: 'AHP weights + CR, 15 x 15 matrix',
      medianMs: ahpMs,
      runs: 50,
      target: '< 5 ms',
      met: ahpMs < 5,
      note: check.ok ? `CR ${check.value.cr.toFixed(3)}, ${check.value.iterations} power iterations` : '',
    });

    const p = plan(1000);
    const evmMs = await timeMedian(20, () =>
      computeEarnedValue({
        planId: 'bench',
        items: p.ids.map((id) => ({ id, name: { en: id, ko: id } })),
        lines: p.lines,
        progress: p.progress,
        costs: p.costs,
        asOf: '2026-12-31',
        formula: 'bac-over-cpi',
      }),
    );
    rows.push({
      suite: 'plan-tracking',
      case: 'earned value, 1,000 items (3,000 budget lines, 2,000 progress, 4,000 spend rows)',
      medianMs: evmMs,
      runs: 20,
      target: '< 100 ms',
      met: evmMs < 100,
    });

    const r = report(1000);
    const htmlMs = await timeMedian(10, () => renderReportHtml(r, 'ko'));
    rows.push({
      suite: 'plan-tracking',
      case: 'annual report HTML, 1,000 items',
      medianMs: htmlMs,
      runs: 10,
      target: '< 200 ms',
      met: htmlMs < 200,
    });
    const xlsxMs = await timeMedian(5, () => renderReportXlsx(r, 'ko'));
    rows.push({
      suite: 'plan-tracking',
      case: 'annual report XLSX, 1,000 items',
      medianMs: xlsxMs,
      runs: 5,
      target: '< 2,000 ms',
      met: xlsxMs < 2000,
    });
    return rows;
  },
};
