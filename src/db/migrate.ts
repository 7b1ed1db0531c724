import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Database } from './open.ts';
import { LOCK_KEYS, lockForTransaction } from './repositories/locks.ts';

/**
 * Applies the drizzle-kit SQL files in src/db/migrations in journal order, recording each in
 * `schema_migrations`. One small migrator instead of drizzle's two driver-specific ones, so
 * PGlite and PostgreSQL share exactly one code path. Each file runs in its own transaction under
 * an advisory lock, so two processes migrating one PostgreSQL database cannot interleave.
 */
const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

interface JournalEntry {
  idx: number;
  tag: string;
}

export interface Migration {
  tag: string;
  statements: string[];
  checksum: string;
}

export function loadMigrations(): Migration[] {
  const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', MIGRATIONS_DIR), 'utf8')) as {
    entries: JournalEntry[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      const text = readFileSync(new URL(`${entry.tag}.sql`, MIGRATIONS_DIR), 'utf8');
      const statements = text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      return { tag: entry.tag, statements, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies pending migrations; returns the tags applied now (empty when already up to date). */
export async function migrate(
  database: Database,
  onProgress: (message: string) => void = () => {},
): Promise<string[]> {
  const { db } = database;
  await db.execute(sql`create table if not exists schema_migrations (
    tag text primary key,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
  const applied: string[] = [];
  for (const migration of loadMigrations()) {
    const done = await db.transaction(async (tx) => {
      await lockForTransaction(tx, LOCK_KEYS.migrate);
      const rows = await tx.execute(sql`select checksum from schema_migrations where tag = ${migration.tag}`);
      const existing = rowsOf<{ checksum: string }>(rows)[0];
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new MigrationError(
            `migration ${migration.tag} was changed after it was applied (checksum differs); ` +
              'add a new migration instead of editing an applied one',
          );
        }
        return true;
      }
      onProgress(`applying migration ${migration.tag}`);
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into schema_migrations (tag, checksum) values (${migration.tag}, ${migration.checksum})`,
      );
      return false;
    });
    if (!done) applied.push(migration.tag);
  }
  return applied;
}

/** PGlite returns `{ rows }`, postgres-js an array: read both the same way. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
