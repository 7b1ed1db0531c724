import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface DatabaseTarget {
  name: 'pglite' | 'postgresql';
  /** DATABASE_URL for the server, or null for PGlite in the data directory. */
  databaseUrl: string | null;
  /** Drops what `create` made; a no-op for PGlite (its files live in the temp data dir). */
  drop: () => Promise<void>;
}

const pglite = (): Promise<DatabaseTarget> =>
  Promise.resolve({ name: 'pglite', databaseUrl: null, drop: async () => {} });

/** A fresh, uniquely named database on the server DATABASE_URL points to. */
async function freshPostgres(adminUrl: string): Promise<DatabaseTarget> {
  const name = `citybench_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: 'postgresql',
    databaseUrl: url.toString(),
    drop: async () => {
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export interface DatabaseTargetFactory {
  name: DatabaseTarget['name'];
  create: () => Promise<DatabaseTarget>;
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set (the same rule as the db suite). */
export function databaseTargets(): DatabaseTargetFactory[] {
  const targets: DatabaseTargetFactory[] = [{ name: 'pglite', create: pglite }];
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) targets.push({ name: 'postgresql', create: () => freshPostgres(adminUrl) });
  return targets;
}
