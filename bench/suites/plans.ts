import { migrate, openDatabase, schema } from '../../src/db/index.ts';
import { createServices } from '../../src/services/create-services.ts';
import { type BenchRow, type BenchSuite, timeMedian } from '../suite.ts';

// Issue 5: a large plan (10 strategies × 10 initiatives × 49 projects = 5,010 items, two budget
// lines per project) on embedded PGlite: the service roll-up (load + engine + views), and the
// plan table round trip (export, then import as a new plan) in CSV and in XLSX.
const STRATEGIES = 10;
const INITIATIVES = 10;
const PROJECTS = 49;
const SOURCES = ['national', 'municipal', 'private', 'other'] as const;

/** The synthetic plan as a plan table (CSV). */
function syntheticPlanCsv(): { csv: string; items: number } {
  const years = [2026, 2027, 2028, 2029, 2030];
  const budgetHeader = years.flatMap((y) => SOURCES.map((s) => `budget_${y}_${s}`));
  const header = [
    'code',
    'parent_code',
    'level',
    'kind',
    'name_en',
    'project_type',
    'horizon',
    'alignment',
    'envelope',
    ...budgetHeader,
  ];
  const blank = budgetHeader.map(() => '');
  const rows = [['', '', 'plan', 'other', 'Synthetic plan', '', '', '', '', ...blank].join(',')];
  let items = 0;
  const types = ['new', 'upgraded', 'expanded'];
  const horizons = ['short', 'mid', 'long'];
  for (let s = 1; s <= STRATEGIES; s++) {
    const sc = `S${s}`;
    rows.push(
      [
        sc,
        '',
        'strategy',
        '',
        `Strategy ${s}`,
        '',
        '',
        `tag-${s % 3}`,
        String(1_000_000_000_000 * s),
        ...blank,
      ].join(','),
    );
    items++;
    for (let i = 1; i <= INITIATIVES; i++) {
      const ic = `${sc}-I${i}`;
      rows.push([ic, sc, 'initiative', '', `Initiative ${s}.${i}`, '', '', '', '', ...blank].join(','));
      items++;
      for (let p = 1; p <= PROJECTS; p++) {
        const n = s * 10_000 + i * 100 + p;
        const cells = [...blank];
        cells[(n % years.length) * SOURCES.length + (n % SOURCES.length)] = String(100_000_000 + n);
        cells[((n + 1) % years.length) * SOURCES.length + ((n + 2) % SOURCES.length)] = String(
          50_000_000 + n,
        );
        rows.push(
          [
            `${ic}-P${p}`,
            ic,
            'project',
            '',
            `Project ${n}`,
            types[n % 3],
            horizons[p % 3],
            p % 5 === 0 ? 'tag-x' : '',
            '',
            ...cells,
          ].join(','),
        );
        items++;
      }
    }
  }
  return { csv: `${[header.join(','), ...rows].join('\n')}\n`, items };
}

export const suite: BenchSuite = {
  name: 'plans',
  async run(): Promise<BenchRow[]> {
    const database = await openDatabase({ dataDir: 'unused', databaseUrl: null }, { inMemory: true });
    try {
      await migrate(database);
      await database.db
        .insert(schema.organisations)
        .values({ slug: 'bench', name: 'Bench', nameKo: '벤치', city: 'Busan' });
      const plans = createServices(database).plans;
      const { csv, items } = syntheticPlanCsv();
      const created = await plans.importNewPlan('system', 'bench', { format: 'csv', text: csv });
      if (created.items !== items) throw new Error(`imported ${created.items} of ${items} items`);
      const id = created.plan.id;

      const rollupMs = await timeMedian(5, () => plans.getRollup('system', 'bench', id));
      const detail = await plans.getPlan('system', 'bench', id);
      const detailMs = await timeMedian(3, () => plans.getPlan('system', 'bench', id));

      const roundTrip = (format: 'csv' | 'xlsx') => async () => {
        const file = await plans.exportPlan('system', 'bench', id, format);
        const table =
          format === 'csv'
            ? ({ format, text: new TextDecoder().decode(file.body) } as const)
            : ({ format, bytes: file.body } as const);
        const result = await plans.importNewPlan('system', 'bench', table);
        if (result.items !== items) throw new Error(`${format} round trip lost items`);
      };
      const csvMs = await timeMedian(3, roundTrip('csv'));
      const xlsxMs = await timeMedian(3, roundTrip('xlsx'));
      const lines = detail.rollup.itemised.byYear.length;
      return [
        {
          suite: 'plans',
          case: `roll-up of a ${items}-item plan (service: load, engine roll-up, views)`,
          medianMs: rollupMs,
          runs: 5,
          target: '< 1000 ms',
          met: rollupMs < 1000,
          note: `PGlite in memory; ${2 * STRATEGIES * INITIATIVES * PROJECTS} budget lines over ${lines} years; whole tree + roll-up (GET plan) ${detailMs.toFixed(0)} ms`,
        },
        {
          suite: 'plans',
          case: `CSV round trip of a ${items}-item plan (export, import as a new plan)`,
          medianMs: csvMs,
          runs: 3,
          target: '< 10000 ms',
          met: csvMs < 10_000,
          note: 'validated row by row, stored in one transaction',
        },
        {
          suite: 'plans',
          case: `XLSX round trip of a ${items}-item plan (export, import as a new plan)`,
          medianMs: xlsxMs,
          runs: 3,
          target: '< 15000 ms',
          met: xlsxMs < 15_000,
          note: 'exceljs write and read',
        },
      ];
    } finally {
      await database.close();
    }
  },
};
