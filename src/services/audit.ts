import { type Database, findAuditSeq, listAuditNewestFirst } from '../db/index.ts';
import { toAuditEntry } from './audit-log.ts';
import type { Services } from './contract.ts';
import { ServiceError } from './errors.ts';
import { isUuid, requireAdmin } from './guards.ts';

const MAX_LIMIT = 200;

export function createAuditService(database: Database): Services['audit'] {
  const { db } = database;

  return {
    /** Newest first. The cursor is the id of the last entry of the previous page. */
    async list(actor, query) {
      requireAdmin(actor);
      if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_LIMIT) {
        throw new ServiceError('invalid', `limit must be an integer from 1 to ${MAX_LIMIT}`, {
          limit: [`must be an integer from 1 to ${MAX_LIMIT}`],
        });
      }
      let beforeSeq: number | null = null;
      if (query.before !== undefined) {
        // Unknown, malformed and other organisations' cursors all look the same.
        beforeSeq = isUuid(query.before) ? await findAuditSeq(db, actor.orgId, query.before) : null;
        if (beforeSeq === null)
          throw new ServiceError('invalid', 'unknown cursor', { before: ['unknown cursor'] });
      }
      // One extra row tells whether there is a next page.
      const rows = await listAuditNewestFirst(db, actor.orgId, { limit: query.limit + 1, beforeSeq });
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return { items: page.map(toAuditEntry), next: rows.length > query.limit && last ? last.id : null };
    },
  };
}
