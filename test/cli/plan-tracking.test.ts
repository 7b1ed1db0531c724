/** `citybench plan report` against the seeded demo plan (PGlite; PostgreSQL too with DATABASE_URL). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openRuntime } from '../../src/services/index.ts';
import { createScratchPostgres, drivers, reportSkippedDrivers } from '../db/support/databases.ts';
import { runCli } from './support/run-cli.ts';

reportSkippedDrivers();

/** `admin create` seeds the demo benchmark (four engine builds): minutes on a busy machine. */
const SLOW = { timeout: 480_000 };

describe.each(drivers)('citybench plan report on %s', SLOW, (driver) => {
  let root: string;
  let planId: string;
  let dropDatabase: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'citybench-plan-report-'));
    if (driver === 'postgres') {
      const scratch = await createScratchPostgres();
      dropDatabase = scratch.drop;
      vi.stubEnv('DATABASE_URL', scratch.url);
    } else {
      vi.stubEnv('CITYBENCH_DATA_DIR', join(root, 'data'));
      vi.stubEnv('DATABASE_URL', '');
    }
    const seeded = await runCli([
      'admin',
      'create',
      '--email',
      'cli@busan.test',
      '--password',
      'cli password',
    ]);
    expect(seeded.code).toBe(0);
    const runtime = await openRuntime(loadConfig());
    try {
      const plans = await runtime.services.plans.listPlans('system', 'busan');
      planId = plans.find((p) => p.kind === 'informatization_master_plan')?.id ?? '';
    } finally {
      await runtime.close();
    }
  }, SLOW.timeout);

  afterAll(async () => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
    await dropDatabase?.();
  });

  it('writes the Korean HTML report to standard output and the XLSX to a file', async () => {
    const html = await runCli([
      'plan',
      'report',
      '--org',
      'busan',
      '--plan',
      planId,
      '--year',
      '2027',
      '--format',
      'html',
      '--out',
      '-',
    ]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('2027년 실행계획');
    expect(html.stdout).toContain('2026년 추진실적');
    const out = join(root, 'report.xlsx');
    const xlsx = await runCli([
      'plan',
      'report',
      '--org',
      'busan',
      '--plan',
      planId,
      '--year',
      '2027',
      '--format',
      'xlsx',
      '--lang',
      'en',
      '--out',
      out,
    ]);
    expect(xlsx.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Plan 2027', 'Performance 2026']);
  });

  it('rejects bad flags (exit 2) and an unknown plan (exit 1)', async () => {
    const base = ['plan', 'report', '--org', 'busan', '--plan', planId, '--out', '-'];
    expect((await runCli([...base, '--year', '27'])).code).toBe(2);
    expect((await runCli([...base, '--year', '2027', '--format', 'pdf'])).code).toBe(2);
    expect(
      (await runCli(['plan', 'report', '--org', 'busan', '--plan', 'nope', '--year', '2027', '--out', '-']))
        .code,
    ).toBe(1);
  });
});
