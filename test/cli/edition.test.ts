import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/server/app.ts';
import { createJsonLogger } from '../../src/server/logger.ts';
import type { EditionDetail } from '../../src/services/contract.ts';
import { parseCsvRecords } from '../../src/services/csv.ts';
import { openRuntime } from '../../src/services/index.ts';
import { createScratchPostgres, drivers, reportSkippedDrivers } from '../db/support/databases.ts';
import { assessmentsCsv, factorValuesCsv } from '../services/benchmark-support.ts';
import { runCli } from './support/run-cli.ts';

reportSkippedDrivers();

/** The first command seeds the demo benchmark (four engine builds): allow for a busy machine. */
const SLOW = { timeout: 300_000 };

/** Runs `work` with the services of the database the CLI is pointed at (the CLI must not hold it). */
async function withServices<T>(work: (runtime: Awaited<ReturnType<typeof openRuntime>>) => Promise<T>) {
  const runtime = await openRuntime(loadConfig());
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

describe.each(drivers)('citybench edition commands on %s', SLOW, (driver) => {
  let root: string;
  let dropDatabase: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'citybench-edition-'));
    if (driver === 'postgres') {
      const scratch = await createScratchPostgres();
      dropDatabase = scratch.drop;
      vi.stubEnv('DATABASE_URL', scratch.url);
    } else {
      vi.stubEnv('CITYBENCH_DATA_DIR', join(root, 'data'));
      vi.stubEnv('DATABASE_URL', '');
    }
    // `admin create` seeds the demo organisation and its benchmark.
    const seeded = await runCli([
      'admin',
      'create',
      '--email',
      'cli@busan.test',
      '--password',
      'cli password',
    ]);
    expect(seeded.code).toBe(0);
  }, SLOW.timeout);

  afterAll(async () => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
    await dropDatabase?.();
  });

  it('lists the demo editions and rejects bad flags (exit 2) and unknown organisations (exit 1)', async () => {
    const list = await runCli(['edition', 'list', '--org', 'busan']);
    expect(list.code).toBe(0);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((l) => l.trim().split(/\s+/)[0]),
    ).toEqual(['11', '10', '9', '8']);
    expect(list.stdout).toMatch(/SCI 11 +2025-05-15 +published +76 cities \(76 ranked\), 135 factors/);
    expect((await runCli(['edition', 'build', '--org', 'busan', '--edition', 'x'])).code).toBe(2);
    expect((await runCli(['edition', 'list'])).code).toBe(2);
    expect((await runCli(['edition', 'list', '--org', 'nowhere'])).code).toBe(1);
  });

  it('recomputes a published edition to exactly the results the API serves', async () => {
    const out = join(root, 'ranks.csv');
    const build = await runCli(['edition', 'build', '--org', 'busan', '--edition', '11', '--out', out]);
    expect(build.code).toBe(0);
    expect(build.stderr).toMatch(/published: recomputing without storing/);
    expect(build.stdout).toMatch(/^ +\d+ BUS /m);
    const cli = parseCsvRecords(readFileSync(out, 'utf8'));
    const api = await withServices(async (runtime) => {
      const app = createApp({
        services: runtime.services,
        webDir: null,
        logger: createJsonLogger({ level: 'silent' }),
      });
      return (await (await app.request('/api/orgs/busan/benchmark/editions/11')).json()) as EditionDetail;
    });
    expect(cli.map((r) => [r.city, Number(r.rank), Number(r.score), r.published_rank])).toEqual(
      api.results.map((r) => [
        r.city,
        r.rank,
        r.score,
        r.publishedRank === null ? '' : String(r.publishedRank),
      ]),
    );
  });

  it('imports all rows or none (exit 2 naming each bad row), builds, publishes and exports', async () => {
    await withServices((runtime) =>
      runtime.services.benchmark.createEdition('system', 'busan', {
        number: 12,
        label: 'SCI 12',
        publishedOn: '2025-11-15',
      }),
    );
    const bad = join(root, 'bad.csv');
    writeFileSync(bad, 'city,factor,value\nBUS,BE01,1\nBUS,BE99,2\nSEL,BE01,\n');
    const rejected = await runCli([
      'edition',
      'import',
      '--org',
      'busan',
      '--edition',
      '12',
      '--factor-values',
      bad,
    ]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toMatch(/row 3: unknown factor code 'BE99'/);
    expect(rejected.stderr).toMatch(/row 4: value is empty/);

    const values = join(root, 'values.csv');
    const survey = join(root, 'survey.csv');
    await withServices(async (runtime) => {
      const benchmark = runtime.services.benchmark;
      const source = await benchmark.modelInput('system', 'busan', 11);
      const codes = (await benchmark.framework('system', 'busan')).factors.map((f) => f.code);
      writeFileSync(values, factorValuesCsv(source, codes));
      writeFileSync(survey, assessmentsCsv(source, '2025-05-15'));
    });
    const imported = await runCli([
      'edition',
      'import',
      '--org',
      'busan',
      '--edition',
      '12',
      '--factor-values',
      values,
      '--assessments',
      survey,
    ]);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toMatch(/imported \d+ factor values[\s\S]*imported \d+ assessments/);

    const build = await runCli(['edition', 'build', '--org', 'busan', '--edition', '12']);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/SCI 12 \(edition 12, draft\)/);
    const published = await runCli(['edition', 'publish', '--org', 'busan', '--edition', '12']);
    expect(published).toMatchObject({ code: 0 });
    expect(published.stdout).toMatch(/published SCI 12 \(edition 12\): 76 cities ranked/);
    const frozen = await runCli([
      'edition',
      'import',
      '--org',
      'busan',
      '--edition',
      '12',
      '--factor-values',
      values,
    ]);
    expect(frozen.code).toBe(1);
    expect(frozen.stderr).toMatch(/published and can no longer change/);

    const file = join(root, 'sci11.xlsx');
    const exported = await runCli([
      'edition',
      'export',
      '--org',
      'busan',
      '--edition',
      '11',
      '--format',
      'xlsx',
      '--out',
      file,
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
