import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCK_FILE_NAME } from '../../src/db/index.ts';
import { createScratchPostgres, drivers, reportSkippedDrivers } from '../db/support/databases.ts';
import { MIGRATION_TAGS } from '../support/migrations.ts';
import { runCli } from './support/run-cli.ts';

reportSkippedDrivers();

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Creating a PGlite data directory takes 6-15 s on a busy machine; allow for several per test.
const SLOW = { timeout: 180_000 };
const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

/** Points the in-process CLI at PGlite under `dataDir` (and never at an ambient DATABASE_URL). */
function usePglite(dataDir: string) {
  vi.stubEnv('CITYBENCH_DATA_DIR', dataDir);
  vi.stubEnv('DATABASE_URL', '');
}

describe('citybench CLI on PGlite', SLOW, () => {
  let root: string;
  let dirA: string;
  let dirB: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'citybench-cli-'));
    dirA = join(root, 'a');
    dirB = join(root, 'b');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('migrates a new data directory once, printing progress on stderr', async () => {
    usePglite(dirA);
    const first = await runCli(['migrate']);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain(
      `applied ${MIGRATION_TAGS.length} migration(s) to pglite: ${MIGRATION_TAGS.join(', ')}`,
    );
    expect(first.stderr).toMatch(/creating a new database/);
    const second = await runCli(['migrate']);
    expect(second.stdout).toMatch(/up to date/);
    expect(existsSync(join(dirA, LOCK_FILE_NAME))).toBe(false);
  });

  it('serves until SIGTERM, printing the first admin password once, then releases the lock', async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/citybench.mjs'), 'serve', '--port', '0'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CITYBENCH_DATA_DIR: dirA, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const stdout = await waitForOutput(child, /listening on http:\/\/localhost:(\d+)/, 60_000);
      expect(stdout).toMatch(/email: {4}admin@citybench\.local/);
      expect(stdout).toMatch(/password: [A-Za-z0-9_-]{24}/);
      const port = /listening on http:\/\/localhost:(\d+)/.exec(stdout)?.[1];
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(existsSync(join(dirA, LOCK_FILE_NAME))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(existsSync(join(dirA, LOCK_FILE_NAME))).toBe(false);
  });

  it('creates admins, with a generated, given or piped password', async () => {
    usePglite(dirA);
    const generated = await runCli(['admin', 'create', '--email', 'Boss@Example.TEST', '--name', 'Boss']);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/created admin boss@example\.test in organisation busan/);
    expect(generated.stdout).toMatch(/password: [A-Za-z0-9_-]{24}/);
    const piped = await runCli(
      ['admin', 'create', '--email', 'piped@example.test', '--password-stdin'],
      'long enough pw\n',
    );
    expect(piped.code).toBe(0);
    expect(piped.stdout).not.toMatch(/password:/);
    const duplicate = await runCli([
      'admin',
      'create',
      '--email',
      'boss@example.test',
      '--password',
      'whatever1',
    ]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/already exists/);
    const unknownOrg = await runCli(['admin', 'create', '--email', 'x@example.test', '--org', 'atlantis']);
    expect(unknownOrg.code).toBe(1);
    expect(unknownOrg.stderr).toMatch(/organisation atlantis not found/);
  });

  it.each([
    [['admin', 'create'], /missing required flag --email/],
    [['admin', 'create', '--email', 'a@b.c', '--password', 'x', '--password-stdin'], /not both/],
    [['export', '--org', 'busan'], /--out/],
    [['import', '--file'], /--file/],
    [['migrate', '--bogus'], /bogus/],
    [['serve', '--port', 'eighty'], /--port/],
  ])('exits 2 for bad usage: %j', async (argv, message) => {
    usePglite(dirA);
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exports and imports an organisation so that a second export is identical', async () => {
    usePglite(dirA);
    const fileA = join(root, 'busan-a.json');
    const exported = await runCli(['export', '--org', 'busan', '--out', fileA]);
    expect(exported.code).toBe(0);
    const textA = readFileSync(fileA, 'utf8');
    expect(JSON.parse(textA).members.map((m: { email: string }) => m.email)).toEqual([
      'admin@citybench.local',
      'boss@example.test',
      'piped@example.test',
    ]);

    usePglite(dirB);
    const imported = await runCli(['import', '--file', fileA]);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toMatch(/imported organisation busan/);
    const fileB = join(root, 'busan-b.json');
    expect((await runCli(['export', '--org', 'busan', '--out', fileB])).code).toBe(0);
    expect(withoutExportedAt(readFileSync(fileB, 'utf8'))).toBe(withoutExportedAt(textA));
  });

  it('rejects a bad file with the reason and leaves the database as it was', async () => {
    usePglite(dirB);
    const before = await runCli(['export', '--org', 'busan', '--out', '-']);
    const file = JSON.parse(before.stdout);
    const bad = join(root, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...file, organisation: { ...file.organisation, slug: 'other' }, version: 2 }),
    );
    const wrongVersion = await runCli(['import', '--file', bad]);
    expect(wrongVersion.code).toBe(1);
    expect(wrongVersion.stderr).toMatch(/unsupported export version 2/);

    writeFileSync(bad, '{ not json');
    const notJson = await runCli(['import', '--file', bad]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/cannot read .*bad\.json/);

    const missing = await runCli(['import', '--file', join(root, 'nope.json')]);
    expect(missing.code).toBe(1);

    const after = await runCli(['export', '--org', 'busan', '--out', '-']);
    expect(withoutExportedAt(after.stdout)).toBe(withoutExportedAt(before.stdout));
    expect((await runCli(['export', '--org', 'other', '--out', '-'])).code).toBe(1);
  });
});

describe.runIf(drivers.includes('postgres'))('citybench CLI on PostgreSQL', SLOW, () => {
  afterAll(() => vi.unstubAllEnvs());

  it('round-trips export and import between two fresh databases', async () => {
    const [source, target] = await Promise.all([createScratchPostgres(), createScratchPostgres()]);
    const root = mkdtempSync(join(tmpdir(), 'citybench-cli-pg-'));
    try {
      vi.stubEnv('DATABASE_URL', source.url);
      expect(
        (await runCli(['admin', 'create', '--email', 'pg@example.test', '--password', 'pg password'])).code,
      ).toBe(0);
      const fileA = join(root, 'a.json');
      expect((await runCli(['export', '--org', 'busan', '--out', fileA])).code).toBe(0);
      vi.stubEnv('DATABASE_URL', target.url);
      expect((await runCli(['import', '--file', fileA])).code).toBe(0);
      const again = await runCli(['export', '--org', 'busan', '--out', '-']);
      expect(withoutExportedAt(again.stdout)).toBe(withoutExportedAt(readFileSync(fileA, 'utf8')));
    } finally {
      rmSync(root, { recursive: true, force: true });
      await Promise.all([source.drop(), target.drop()]);
    }
  });
});

/** Collects the child's stdout until `pattern` appears; rejects with its output if it exits first. */
function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`timed out; stdout: ${stdout}\nstderr: ${stderr}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (pattern.test(stdout)) {
        clearTimeout(timer);
        resolve(stdout);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening; stdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}
