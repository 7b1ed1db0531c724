import { sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';

/** Advisory lock keys: one per kind of work that must not run twice at once. */
export const LOCK_KEYS = { migrate: 4_242_001, seed: 4_242_002 } as const;

/**
 * Holds a transaction-scoped advisory lock: processes sharing one PostgreSQL database serialise
 * on it (PGlite is single-process, where it is cheap and harmless).
 */
export async function lockForTransaction(ex: Executor, key: number): Promise<void> {
  await ex.execute(sql`select pg_advisory_xact_lock(${key})`);
}
