import {
  type Database,
  findOrganisationBySlug,
  findTakenEmails,
  insertAuditRows,
  insertMembership,
  insertOrganisation,
  insertUser,
  listAuditOldestFirst,
  listMembers,
} from '../db/index.ts';
import { toAuditEntry, writeAudit } from './audit-log.ts';
import type { OrganisationExport, OrganisationView, Role } from './contract.ts';
import { mapDbErrors } from './db-errors.ts';
import { ServiceError } from './errors.ts';
import { parseOrganisationExport } from './transfer-format.ts';
import { toOrganisationView } from './views.ts';

/** One organisation, its members (with password hashes, so accounts survive) and its history. */
export async function exportOrganisation(database: Database, slug: string): Promise<OrganisationExport> {
  // One transaction: members and audit are read from the same snapshot.
  return database.db.transaction(async (tx) => {
    const org = await findOrganisationBySlug(tx, slug);
    if (!org) throw new ServiceError('not_found', `organisation ${slug} not found`);
    const members = await listMembers(tx, org.id);
    const audit = await listAuditOldestFirst(tx, org.id);
    return {
      format: 'citybench.organisation',
      version: 1,
      exportedAt: new Date().toISOString(),
      organisation: toOrganisationView(org),
      members: members.map(({ user, membership }) => ({
        email: user.email,
        name: user.name,
        role: membership.role as Role,
        passwordHash: user.passwordHash,
        createdAt: membership.createdAt.toISOString(),
      })),
      audit: audit.map(toAuditEntry),
    };
  });
}

/**
 * Recreates an exported organisation: same organisation id, members, password hashes and audit
 * history (ids, times, order). Everything is validated first and written in one transaction, so a
 * bad file or a clash changes nothing. The import itself is audited with no organisation, so the
 * organisation's own history stays exactly as exported (a second export matches the first).
 */
export async function importOrganisation(database: Database, data: unknown): Promise<OrganisationView> {
  const file = parseOrganisationExport(data);
  return mapDbErrors(
    () =>
      database.db.transaction(async (tx) => {
        if (await findOrganisationBySlug(tx, file.organisation.slug)) {
          throw new ServiceError('conflict', `organisation ${file.organisation.slug} already exists`);
        }
        const taken = await findTakenEmails(
          tx,
          file.members.map((m) => m.email),
        );
        if (taken.length > 0) throw new ServiceError('conflict', `users already exist: ${taken.join(', ')}`);

        const org = await insertOrganisation(tx, file.organisation);
        for (const member of file.members) {
          const createdAt = new Date(member.createdAt);
          const { email, name, passwordHash, role } = member;
          const user = await insertUser(tx, { email, name, passwordHash, createdAt });
          await insertMembership(tx, { userId: user.id, orgId: org.id, role, createdAt });
        }
        await insertAuditRows(
          tx,
          file.audit.map((entry) => ({
            id: entry.id,
            at: new Date(entry.at),
            orgId: org.id,
            actorUserId: entry.actor.id,
            actorEmail: entry.actor.email,
            action: entry.action,
            entity: entry.entity,
            entityId: entry.entityId,
            before: entry.before ?? null,
            after: entry.after ?? null,
          })),
        );
        await writeAudit(tx, {
          orgId: null,
          actor: null,
          action: 'organisation.import',
          entity: 'organisation',
          entityId: org.id,
          before: null,
          after: { slug: org.slug, members: file.members.length, auditEntries: file.audit.length },
        });
        return toOrganisationView(org);
      }),
    'the organisation, one of its users or one of its audit entries already exists',
  );
}
