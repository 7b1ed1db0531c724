import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  type Database,
  DatabaseOpenError,
  DataDirInUseError,
  LOCK_FILE_NAME,
  migrate,
  openDatabase,
} from '../../src/db/index.ts';
import { MIGRATION_TAGS } from '../support/migrations.ts';
import { createScratchPostgres, drivers, reportSkippedDrivers } from './support/databases.ts';

reportSkippedDrivers();

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not spawn a child process');
  return child.pid;
}

describe('data directory lock', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'citybench-lock-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second holder while the first is alive, naming its pid', () => {
    const dir = mkdtempSync(join(root, 'live-'));
    const first = acquireDataDirLock(dir);
    try {
      expect(() => acquireDataDirLock(dir)).toThrow(
        new RegExp(`data directory .* is in use by process ${process.pid}`),
      );
    } finally {
      first.release();
    }
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    acquireDataDirLock(dir).release();
  });

  it('takes over a lock left by a dead process', () => {
    const dir = mkdtempSync(join(root, 'stale-'));
    const pid = deadPid();
    writeFileSync(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid, hostname: hostname(), startedAt: 'then' }),
    );
    const lock = acquireDataDirLock(dir);
    const owner = JSON.parse(readFileSync(lock.path, 'utf8')) as { pid: number };
    expect(owner.pid).toBe(process.pid);
    lock.release();
  });

  it('waits out a just-created empty lock but takes over an old one', () => {
    const dir = mkdtempSync(join(root, 'empty-'));
    const path = join(dir, LOCK_FILE_NAME);
    writeFileSync(path, '');
    expect(() => acquireDataDirLock(dir)).toThrow(/is being opened by another process/);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(path, longAgo, longAgo);
    acquireDataDirLock(dir).release();
  });

  it('does not take over a lock held on another host', () => {
    const dir = mkdtempSync(join(root, 'remote-'));
    writeFileSync(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: deadPid(), hostname: 'elsewhere', startedAt: '' }),
    );
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
  });
});

describe('opening PGlite on disk', () => {
  let root: string;
  let first: Database | null = null;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'citybench-open-'));
  });
  afterAll(async () => {
    await first?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports progress, locks the directory, and releases it on close', async () => {
    const dataDir = join(root, 'data');
    const progress: string[] = [];
    first = await openDatabase({ dataDir, databaseUrl: null }, { onProgress: (m) => progress.push(m) });
    expect(progress[0]).toMatch(/creating a new database/);
    expect(progress.at(-1)).toMatch(/database ready/);
    expect(await migrate(first)).toEqual(MIGRATION_TAGS);

    const second = openDatabase({ dataDir, databaseUrl: null });
    await expect(second).rejects.toThrow(new RegExp(`is in use by process ${process.pid}`));

    await first.close();
    first = null;
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const reopened: string[] = [];
    const again = await openDatabase({ dataDir, databaseUrl: null }, { onProgress: (m) => reopened.push(m) });
    try {
      expect(reopened[0]).toMatch(/opening database/);
      expect(await migrate(again)).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('explains a data directory whose parent does not exist', async () => {
    await expect(openDatabase({ dataDir: join(root, 'missing', 'data'), databaseUrl: null })).rejects.toThrow(
      /data directory .*missing.data does not exist/,
    );
  });

  it('explains a data directory that is a file', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    await expect(openDatabase({ dataDir: file, databaseUrl: null })).rejects.toThrow(/is not a directory/);
  });

  it('explains a data directory it cannot write', async () => {
    if (process.getuid?.() === 0) {
      // Root can write anywhere a mode bit forbids, but not into procfs: a real unwritable directory.
      await expect(openDatabase({ dataDir: '/proc/sys/kernel', databaseUrl: null })).rejects.toThrow(
        /is not writable/,
      );
      return;
    }
    const dir = join(root, 'read-only');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    try {
      await expect(openDatabase({ dataDir: dir, databaseUrl: null })).rejects.toThrow(/is not writable/);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});

describe('opening PostgreSQL', () => {
  it('fails fast and clearly when DATABASE_URL is unreachable', async () => {
    const started = Date.now();
    const err = await openDatabase(
      { dataDir: 'unused', databaseUrl: 'postgres://postgres:secret@127.0.0.1:1/x' },
      { connectTimeoutSeconds: 3 },
    ).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(DatabaseOpenError);
    expect(err?.message).toMatch(/cannot connect to DATABASE_URL postgres:\/\/postgres@127\.0\.0\.1:1\/x/);
    expect(err?.message).not.toContain('secret');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.runIf(drivers.includes('postgres'))('opens, migrates idempotently and pings a real server', async () => {
    const scratch = await createScratchPostgres();
    try {
      const database = await openDatabase({ dataDir: 'unused', databaseUrl: scratch.url });
      try {
        expect(database.kind).toBe('postgres');
        await database.ping();
        expect(await migrate(database)).toEqual(MIGRATION_TAGS);
        expect(await migrate(database)).toEqual([]);
      } finally {
        await database.close();
      }
    } finally {
      await scratch.drop();
    }
  });
});
