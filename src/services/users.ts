import {
  countMemberships,
  countOtherAdmins,
  type Database,
  deleteMemberSessions,
  deleteMembership,
  deleteUser,
  type Executor,
  listMembers,
  lockMember,
  updateMemberRole,
} from '../db/index.ts';
import { writeAudit } from './audit-log.ts';
import type { Actor, Services } from './contract.ts';
import { mapDbErrors } from './db-errors.ts';
import { ServiceError } from './errors.ts';
import { normaliseEmail, requireAdmin, requireRole, requireText, requireUuid } from './guards.ts';
import { insertMember } from './members.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';
import { toMemberView } from './views.ts';

/** The member `userId` of the actor's organisation, locked; not_found for anyone else's. */
async function memberOfActorOrg(tx: Executor, actor: Actor, userId: string) {
  requireUuid(userId, 'user');
  const row = await lockMember(tx, actor.orgId, userId);
  if (!row) throw new ServiceError('not_found', 'user not found');
  return row;
}

async function requireAnotherAdmin(tx: Executor, orgId: string, userId: string): Promise<void> {
  if ((await countOtherAdmins(tx, orgId, userId)) === 0) {
    throw new ServiceError('conflict', 'the organisation must keep at least one admin');
  }
}

export function createUserService(database: Database): Services['users'] {
  const { db } = database;

  return {
    async list(actor) {
      requireAdmin(actor);
      const rows = await listMembers(db, actor.orgId);
      return rows.map((r) => toMemberView(r.user, r.membership));
    },

    async create(actor, input) {
      requireAdmin(actor);
      const email = normaliseEmail(input.email);
      const name = requireText(input.name, 'name');
      const role = requireRole(input.role);
      if (input.password.length < MIN_PASSWORD_LENGTH) {
        throw new ServiceError('invalid', `password must be at least ${MIN_PASSWORD_LENGTH} characters`, {
          password: [`must be at least ${MIN_PASSWORD_LENGTH} characters`],
        });
      }
      const passwordHash = await hashPassword(input.password);
      return mapDbErrors(
        () =>
          db.transaction((tx) =>
            insertMember(tx, { orgId: actor.orgId, email, name, role, passwordHash }, actor),
          ),
        'a user with this email already exists',
      );
    },

    async setRole(actor, userId, role) {
      requireAdmin(actor);
      const newRole = requireRole(role);
      return db.transaction(async (tx) => {
        const { user, membership } = await memberOfActorOrg(tx, actor, userId);
        if (membership.role === newRole) return toMemberView(user, membership);
        if (membership.role === 'admin') await requireAnotherAdmin(tx, actor.orgId, userId);
        const updated = await updateMemberRole(tx, actor.orgId, userId, newRole);
        if (!updated) throw new ServiceError('not_found', 'user not found');
        await writeAudit(tx, {
          orgId: actor.orgId,
          actor,
          action: 'user.role',
          entity: 'user',
          entityId: userId,
          before: { role: membership.role },
          after: { role: newRole },
        });
        return toMemberView(user, updated);
      });
    },

    async remove(actor, userId) {
      requireAdmin(actor);
      await db.transaction(async (tx) => {
        const { user, membership } = await memberOfActorOrg(tx, actor, userId);
        if (userId === actor.userId) throw new ServiceError('conflict', 'you cannot remove yourself');
        if (membership.role === 'admin') await requireAnotherAdmin(tx, actor.orgId, userId);
        await deleteMembership(tx, actor.orgId, userId);
        await deleteMemberSessions(tx, actor.orgId, userId);
        // Emails are unique across organisations: drop the account once it belongs nowhere.
        if ((await countMemberships(tx, userId)) === 0) await deleteUser(tx, userId);
        await writeAudit(tx, {
          orgId: actor.orgId,
          actor,
          action: 'user.remove',
          entity: 'user',
          entityId: userId,
          before: { email: user.email, name: user.name, role: membership.role },
          after: null,
        });
      });
    },
  };
}
