import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Config } from '../config.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';

/** The one Drizzle type both drivers satisfy; services are written against this only. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle, as passed to `db.transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Throws DatabaseUnavailableError when the database does not answer. */
  ping(): Promise<void>;
  /** Closes connections and releases the data-directory lock. Safe to call twice. */
  close(): Promise<void>;
}

export interface OpenOptions {
  onProgress?: (message: string) => void;
  /** PGlite in memory: no data dir, no lock (tests, throwaway runs). Ignored with DATABASE_URL. */
  inMemory?: boolean;
  /** Seconds to wait for a PostgreSQL connection before giving up. */
  connectTimeoutSeconds?: number;
}

export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Opens PostgreSQL when `databaseUrl` is set, otherwise PGlite under `dataDir`. */
export async function openDatabase(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  options: OpenOptions = {},
): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, options);
  if (options.inMemory) return openPglite(null, options);
  return openPglite(config.dataDir, options);
}

/** "postgres://user@host:port/db" without the password, for error messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const timeout = options.connectTimeoutSeconds ?? 5;
  const where = describeUrl(url);
  options.onProgress?.(`connecting to PostgreSQL at ${where}`);
  const client = postgres(url, { connect_timeout: timeout, max: 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  const ping = async () => {
    try {
      await client`select 1`;
    } catch (err) {
      throw new DatabaseUnavailableError(`PostgreSQL at ${where} is unreachable: ${reason(err)}`, {
        cause: err,
      });
    }
  };
  try {
    await client`select 1`;
  } catch (err) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseOpenError(`cannot connect to DATABASE_URL ${where}: ${reason(err)}`, { cause: err });
  }
  let closed = false;
  return {
    db,
    kind: 'postgres',
    ping,
    async close() {
      if (closed) return;
      closed = true;
      await client.end({ timeout: 5 });
    },
  };
}

function reason(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}

/** Makes sure the data dir exists (creating one level) and is a writable directory. */
function prepareDataDir(dataDir: string): string {
  const abs = resolve(dataDir);
  if (!existsSync(abs)) {
    if (!existsSync(dirname(abs))) {
      throw new DatabaseOpenError(
        `data directory ${abs} does not exist and neither does its parent ${dirname(abs)}; ` +
          'create it or set CITYBENCH_DATA_DIR',
      );
    }
    try {
      mkdirSync(abs);
    } catch (err) {
      throw new DatabaseOpenError(`cannot create data directory ${abs}: ${reason(err)}`);
    }
  }
  if (!statSync(abs).isDirectory()) throw new DatabaseOpenError(`data directory ${abs} is not a directory`);
  try {
    accessSync(abs, constants.W_OK | constants.R_OK);
  } catch {
    throw new DatabaseOpenError(`data directory ${abs} is not writable by this user`);
  }
  return abs;
}

async function openPglite(dataDir: string | null, options: OpenOptions): Promise<Database> {
  const progress = options.onProgress ?? (() => {});
  let lock: DataDirLock | null = null;
  let pgliteDir: string | undefined;
  if (dataDir !== null) {
    const abs = prepareDataDir(dataDir);
    lock = acquireDataDirLock(abs);
    pgliteDir = join(abs, 'pglite');
  }
  const fresh = pgliteDir === undefined || !existsSync(join(pgliteDir, 'PG_VERSION'));
  progress(
    fresh
      ? `creating a new database${pgliteDir ? ` in ${pgliteDir}` : ' in memory'} (takes about 10 s the first time)`
      : `opening database in ${pgliteDir}`,
  );
  // No ticker while it runs: PGlite's initdb is synchronous WebAssembly and blocks timers.
  const started = Date.now();
  let client: PGlite;
  try {
    client = await PGlite.create(pgliteDir ? { dataDir: pgliteDir } : {});
  } catch (err) {
    lock?.release();
    throw new DatabaseOpenError(`cannot open PGlite database in ${pgliteDir ?? 'memory'}: ${reason(err)}`, {
      cause: err,
    });
  }
  if (fresh) progress(`database ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    async ping() {
      if (closed) throw new DatabaseUnavailableError('the database has been closed');
      try {
        await db.execute(sql`select 1`);
      } catch (err) {
        throw new DatabaseUnavailableError(`PGlite database is unavailable: ${reason(err)}`);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}
