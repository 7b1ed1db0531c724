import { type AuditRow, type Executor, insertAuditRows } from '../db/index.ts';
import type { Actor, AuditEntry } from './contract.ts';

export interface AuditRecord {
  orgId: string | null;
  /** Null when the system acts (seed, CLI). */
  actor: Actor | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** Writes one audit row; call it with the same transaction as the change it records. */
export async function writeAudit(tx: Executor, record: AuditRecord): Promise<void> {
  await insertAuditRows(tx, [
    {
      orgId: record.orgId,
      actorUserId: record.actor?.userId ?? null,
      actorEmail: record.actor?.email ?? null,
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
    },
  ]);
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { id: row.actorUserId, email: row.actorEmail },
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}
