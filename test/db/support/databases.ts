import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { loadConfig } from '../../../src/config.ts';
import { type Database, describeUrl, migrate, openDatabase } from '../../../src/db/index.ts';

/**
 * The drivers the DB contract suite runs on: PGlite always, PostgreSQL when DATABASE_URL is set.
 * Each PostgreSQL fixture is a fresh database (citybench_test_<random>) created through
 * DATABASE_URL and dropped afterwards, so runs never see each other's rows.
 */
export type DriverName = 'pglite' | 'postgres';

const baseUrl = loadConfig().databaseUrl;

export const drivers: DriverName[] = baseUrl ? ['pglite', 'postgres'] : ['pglite'];

let reported = false;
/** Says once per file why the PostgreSQL cases are missing, so a skip is never silent. */
export function reportSkippedDrivers(): void {
  if (reported) return;
  reported = true;
  if (!baseUrl) console.info('[db suite] PostgreSQL cases skipped: DATABASE_URL is not set (PGlite only)');
  else console.info(`[db suite] running on PGlite and on PostgreSQL at ${describeUrl(baseUrl)}`);
}

export interface TestDatabase {
  database: Database;
  /** The connection URL (PostgreSQL only), e.g. to point the CLI at the same database. */
  url: string | null;
  dispose(): Promise<void>;
}

/** A fresh, empty PostgreSQL database; returns its URL and a function that drops it. */
export async function createScratchPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!baseUrl) throw new Error('DATABASE_URL is not set');
  const name = `citybench_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      try {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}

/** A migrated, empty database on `driver` (PGlite in memory: the data directory is not the point). */
export async function createTestDatabase(driver: DriverName): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const database = await openDatabase({ dataDir: 'unused', databaseUrl: null }, { inMemory: true });
    await migrate(database);
    return { database, url: null, dispose: () => database.close() };
  }
  const scratch = await createScratchPostgres();
  const database = await openDatabase({ dataDir: 'unused', databaseUrl: scratch.url });
  await migrate(database);
  return {
    database,
    url: scratch.url,
    async dispose() {
      await database.close();
      await scratch.drop();
    },
  };
}
