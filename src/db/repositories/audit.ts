import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { auditLog } from '../schema/index.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

const BATCH = 500;

/** Inserts in order (multi-row inserts number rows in order), so `seq` keeps the given order. */
export async function insertAuditRows(ex: Executor, rows: NewAuditRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await ex.insert(auditLog).values(rows.slice(start, start + BATCH));
  }
}

/** The sequence number of entry `id` of `orgId`, or null: the key behind page cursors. */
export async function findAuditSeq(ex: Executor, orgId: string, id: string): Promise<number | null> {
  const [row] = await ex
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .where(and(eq(auditLog.id, id), eq(auditLog.orgId, orgId)));
  return row?.seq ?? null;
}

/** Newest first, optionally only entries older than `beforeSeq`. */
export async function listAuditNewestFirst(
  ex: Executor,
  orgId: string,
  options: { limit: number; beforeSeq: number | null },
): Promise<AuditRow[]> {
  const scope = eq(auditLog.orgId, orgId);
  return ex
    .select()
    .from(auditLog)
    .where(options.beforeSeq === null ? scope : and(scope, lt(auditLog.seq, options.beforeSeq)))
    .orderBy(desc(auditLog.seq))
    .limit(options.limit);
}

/** The whole history of one organisation, oldest first (for export). */
export async function listAuditOldestFirst(ex: Executor, orgId: string): Promise<AuditRow[]> {
  return ex.select().from(auditLog).where(eq(auditLog.orgId, orgId)).orderBy(asc(auditLog.seq));
}
