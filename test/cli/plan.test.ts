import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { migrate, openDatabase, schema } from '../../src/db/index.ts';
import { createScratchPostgres, drivers, reportSkippedDrivers } from '../db/support/databases.ts';
import { seedDemoPlansInto } from '../services/plans-support.ts';
import { runCli } from './support/run-cli.ts';

reportSkippedDrivers();

const SLOW = { timeout: 300_000 };
const ID = /^([0-9a-f-]{36}) +(\S+)/;

describe.each(drivers)('citybench plan commands on %s', SLOW, (driver) => {
  let root: string;
  let dropDatabase: (() => Promise<void>) | null = null;

  /** The plan lines of `plan list`: id and kind. */
  async function listPlans(): Promise<Array<{ id: string; kind: string; line: string }>> {
    const list = await runCli(['plan', 'list', '--org', 'plan-cli']);
    expect(list.code).toBe(0);
    return list.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const m = ID.exec(line);
        return { id: m?.[1] ?? '', kind: m?.[2] ?? '', line };
      });
  }

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'citybench-plan-'));
    if (driver === 'postgres') {
      const scratch = await createScratchPostgres();
      dropDatabase = scratch.drop;
      vi.stubEnv('DATABASE_URL', scratch.url);
    } else {
      vi.stubEnv('CITYBENCH_DATA_DIR', join(root, 'data'));
      vi.stubEnv('DATABASE_URL', '');
    }
    // An organisation with the two demo plans, in the database the CLI is pointed at.
    const database = await openDatabase(loadConfig());
    try {
      await migrate(database);
      await database.db
        .insert(schema.organisations)
        .values({ slug: 'plan-cli', name: 'Plan CLI', nameKo: '계획 CLI', city: 'Busan' });
      await seedDemoPlansInto(database, 'plan-cli');
    } finally {
      await database.close();
    }
  }, SLOW.timeout);

  afterAll(async () => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
    await dropDatabase?.();
  });

  it('lists the plans and rejects bad flags (exit 2) and unknown organisations (exit 1)', async () => {
    const plans = await listPlans();
    expect(plans.map((p) => p.kind).sort()).toEqual(['growth_strategy', 'informatization_master_plan']);
    const growth = plans.find((p) => p.kind === 'growth_strategy');
    expect(growth?.line).toMatch(/85 items +stated KRW 4,888.2 billion, itemised KRW 0 billion/);
    expect(growth?.line).toMatch(/ILLUSTRATIVE items$/);
    expect((await runCli(['plan', 'list'])).code).toBe(2);
    expect((await runCli(['plan', 'list', '--org', 'plan-cli', '--colour'])).code).toBe(2);
    const badPlan = await runCli(['plan', 'export', '--org', 'plan-cli', '--plan', '42', '--out', '-']);
    expect(badPlan.code).toBe(2);
    expect(badPlan.stderr).toMatch(/--plan: expected a plan id/);
    const badFormat = await runCli([
      'plan',
      'export',
      '--org',
      'plan-cli',
      '--plan',
      growth?.id ?? '',
      '--format',
      'pdf',
      '--out',
      '-',
    ]);
    expect(badFormat.code).toBe(2);
    expect((await runCli(['plan', 'import', '--org', 'plan-cli', '--file', join(root, 'x.txt')])).code).toBe(
      2,
    );
    expect((await runCli(['plan', 'list', '--org', 'nowhere'])).code).toBe(1);
  });

  it('exports CSV and XLSX that import into new plans and export again unchanged', async () => {
    const growth = (await listPlans()).find((p) => p.kind === 'growth_strategy');
    const csv = join(root, 'growth.csv');
    const xlsx = join(root, 'growth.xlsx');
    for (const [format, out] of [
      ['csv', csv],
      ['xlsx', xlsx],
    ] as const) {
      const exported = await runCli([
        'plan',
        'export',
        '--org',
        'plan-cli',
        '--plan',
        growth?.id ?? '',
        '--format',
        format,
        '--out',
        out,
      ]);
      expect(exported.code).toBe(0);
    }
    const fromCsv = await runCli(['plan', 'import', '--org', 'plan-cli', '--file', csv]);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout).toMatch(/^created plan [0-9a-f-]{36} .*: 85 items, 0 budget lines/);
    const newId = /created plan ([0-9a-f-]{36})/.exec(fromCsv.stdout)?.[1] ?? '';
    const again = await runCli(['plan', 'export', '--org', 'plan-cli', '--plan', newId, '--out', '-']);
    expect(again.code).toBe(0);
    // The file starts with a byte-order mark for spreadsheet programs; standard output drops it.
    const csvText = readFileSync(csv, 'utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(again.stdout).toBe(csvText.slice(1));

    const replaced = await runCli(['plan', 'import', '--org', 'plan-cli', '--file', xlsx, '--plan', newId]);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/^replaced plan/);
    const third = await runCli(['plan', 'export', '--org', 'plan-cli', '--plan', newId, '--out', '-']);
    expect(third.stdout).toBe(csvText.slice(1));

    const doc = join(root, 'growth.html');
    const document = await runCli([
      'plan',
      'export',
      '--org',
      'plan-cli',
      '--plan',
      newId,
      '--document',
      'ko',
      '--out',
      doc,
    ]);
    expect(document.code).toBe(0);
    expect(readFileSync(doc, 'utf8')).toContain('1조 9,270억 원');
  });

  it('imports all rows or none, naming each bad row (exit 2)', async () => {
    const before = (await listPlans()).length;
    const bad = join(root, 'bad.csv');
    writeFileSync(
      bad,
      [
        'code,parent_code,level,kind,name_en,project_type,budget_2026_municipal',
        ',,plan,growth_strategy,Bad plan,,',
        'S1,,strategy,,Good,,',
        'P1,S1,project,,,new,12억',
        'P2,S9,project,,Orphan,old,1.5',
      ].join('\n'),
    );
    const rejected = await runCli(['plan', 'import', '--org', 'plan-cli', '--file', bad]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toMatch(/row 4: name_en: must be 1 to 300 characters/);
    expect(rejected.stderr).toMatch(/row 5: parent_code: S9 is not the code of an earlier row/);
    expect(rejected.stderr).toMatch(/row 5: project_type: must be one of new, upgraded, expanded/);
    expect(rejected.stderr).toMatch(/row 5: budget_2026_municipal:/);
    expect(rejected.stderr).not.toMatch(/row 3/);
    expect((await listPlans()).length).toBe(before);
  });
});
