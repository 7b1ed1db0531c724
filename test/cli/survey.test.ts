import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { migrate, openDatabase, schema } from '../../src/db/index.ts';
import { createServices } from '../../src/services/create-services.ts';
import { parseCsvRecords } from '../../src/services/csv.ts';
import { createScratchPostgres, drivers, reportSkippedDrivers } from '../db/support/databases.ts';
import { runCli } from './support/run-cli.ts';

reportSkippedDrivers();

const SLOW = { timeout: 300_000 };

describe.each(drivers)('citybench survey commands on %s', SLOW, (driver) => {
  let root: string;
  let surveyId: string;
  let dropDatabase: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'citybench-survey-cli-'));
    if (driver === 'postgres') {
      const scratch = await createScratchPostgres();
      dropDatabase = scratch.drop;
      vi.stubEnv('DATABASE_URL', scratch.url);
    } else {
      vi.stubEnv('CITYBENCH_DATA_DIR', join(root, 'data'));
      vi.stubEnv('DATABASE_URL', '');
    }
    // An organisation with one open survey, made through the services (the CLI must not hold the database).
    const database = await openDatabase(loadConfig());
    try {
      await migrate(database);
      await database.db
        .insert(schema.organisations)
        .values({ slug: 'cli-org', name: 'CLI', nameKo: '씨엘아이', city: 'Busan' });
      const surveys = createServices(database).surveys;
      const created = await surveys.createSurvey('system', 'cli-org', {
        template: 'public-servant-master-plan',
      });
      surveyId = created.id;
      await surveys.publishSurvey('system', 'cli-org', surveyId);
      await surveys.setSurveyStatus('system', 'cli-org', surveyId, 'open');
    } finally {
      await database.close();
    }
  }, SLOW.timeout);

  afterAll(async () => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
    await dropDatabase?.();
  });

  it('lists, invites from CSV (tokens once) and exports who has not answered', async () => {
    const list = await runCli(['survey', 'list', '--org', 'cli-org']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(surveyId);
    expect(list.stdout).toMatch(/public_servant\s+open\s+v1\s+0 invited, 0 started, 0 submitted/);

    const csv = join(root, 'staff.csv');
    writeFileSync(
      csv,
      'name,email,group,locale\n박서준,seojun@busan.example,city_hall,ko\nJane Doe,jane@busan.example,district,en\n',
    );
    const invited = await runCli([
      'survey',
      'invite',
      '--org',
      'cli-org',
      '--survey',
      surveyId,
      '--csv',
      csv,
    ]);
    expect(invited.code, invited.stderr).toBe(0);
    const issued = parseCsvRecords(invited.stdout);
    expect(issued.map((r) => [r.name, r.group, r.locale])).toEqual([
      ['박서준', 'city_hall', 'ko'],
      ['Jane Doe', 'district', 'en'],
    ]);
    expect(issued.every((r) => /^[A-Za-z0-9_-]{32}$/.test(r.token ?? ''))).toBe(true);

    const bad = join(root, 'bad.csv');
    writeFileSync(bad, 'name,email\nNo Email,not-an-address\n');
    const refused = await runCli([
      'survey',
      'invite',
      '--org',
      'cli-org',
      '--survey',
      surveyId,
      '--csv',
      bad,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not-an-address/);

    const out = join(root, 'reminders.csv');
    const exported = await runCli([
      'survey',
      'export-reminders',
      '--org',
      'cli-org',
      '--survey',
      surveyId,
      '--out',
      out,
      '--mark',
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    const rows = parseCsvRecords(readFileSync(out, 'utf8'));
    // Oldest first; one list shares its time, so then by name.
    expect(rows.map((r) => [r.email, r.state, r.reminders])).toEqual([
      ['jane@busan.example', 'not_started', '1'],
      ['seojun@busan.example', 'not_started', '1'],
    ]);
    const unknown = await runCli(['survey', 'list', '--org', 'no-such-org']);
    expect(unknown.code).toBe(1);
  });
});
