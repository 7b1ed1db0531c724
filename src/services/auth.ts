import {
  type Database,
  deleteExpiredSessions,
  deleteSession,
  findFirstMembership,
  findSessionContext,
  findUserByEmail,
  insertSession,
} from '../db/index.ts';
import { writeAudit } from './audit-log.ts';
import type { Actor, Role, Services } from './contract.ts';
import { ServiceError } from './errors.ts';
import type { ServiceOptions } from './options.ts';
import { burnVerification, verifyPassword } from './passwords.ts';
import { hashToken, newSessionToken } from './tokens.ts';
import { toOrganisationView } from './views.ts';

export function createAuthService(database: Database, options: ServiceOptions): Services['auth'] {
  const { db } = database;

  return {
    async signIn(email, password, meta) {
      const badCredentials = new ServiceError('unauthorized', 'email or password is incorrect');
      const user = await findUserByEmail(db, email.trim().toLowerCase());
      if (!user) {
        await burnVerification(password);
        throw badCredentials;
      }
      if (!(await verifyPassword(password, user.passwordHash))) throw badCredentials;
      const membership = await findFirstMembership(db, user.id);
      if (!membership) throw badCredentials;

      const now = options.now();
      const expiresAt = new Date(now.getTime() + options.sessionTtlHours * 3_600_000);
      const sessionToken = newSessionToken();
      await db.transaction(async (tx) => {
        // Opportunistic clean-up keeps the table from growing without a scheduler.
        await deleteExpiredSessions(tx, now);
        await insertSession(tx, {
          id: hashToken(sessionToken),
          userId: user.id,
          orgId: membership.org.id,
          expiresAt,
          createdAt: now,
          ip: meta.ip ?? null,
          userAgent: meta.userAgent?.slice(0, 500) ?? null,
        });
        // Who signed in, when and from where; never the token or its hash.
        await writeAudit(tx, {
          orgId: membership.org.id,
          actor: {
            userId: user.id,
            orgId: membership.org.id,
            role: membership.role as Role,
            email: user.email,
          },
          action: 'session.sign_in',
          entity: 'session',
          entityId: null,
          before: null,
          after: { expiresAt: expiresAt.toISOString(), ip: meta.ip ?? null },
        });
      });
      return {
        sessionToken,
        user: { id: user.id, email: user.email, name: user.name },
        organisation: toOrganisationView(membership.org),
        role: membership.role as Role,
        expiresAt: expiresAt.toISOString(),
      };
    },

    async resolveSession(sessionToken) {
      if (!sessionToken) return null;
      const id = hashToken(sessionToken);
      const found = await findSessionContext(db, id);
      if (!found) return null;
      // Expired, or the member was removed: the session is dead, so delete it.
      if (found.session.expiresAt.getTime() <= options.now().getTime() || found.role === null) {
        await deleteSession(db, id);
        return null;
      }
      const role = found.role as Role;
      const actor: Actor = { userId: found.user.id, orgId: found.org.id, role, email: found.user.email };
      return {
        user: { id: found.user.id, email: found.user.email, name: found.user.name },
        organisation: toOrganisationView(found.org),
        role,
        expiresAt: found.session.expiresAt.toISOString(),
        actor,
      };
    },

    async signOut(sessionToken) {
      if (!sessionToken) return;
      const id = hashToken(sessionToken);
      await db.transaction(async (tx) => {
        const found = await findSessionContext(tx, id);
        await deleteSession(tx, id);
        if (!found) return;
        await writeAudit(tx, {
          orgId: found.org.id,
          actor: {
            userId: found.user.id,
            orgId: found.org.id,
            role: (found.role ?? 'viewer') as Role,
            email: found.user.email,
          },
          action: 'session.sign_out',
          entity: 'session',
          entityId: null,
          before: { expiresAt: found.session.expiresAt.toISOString() },
          after: null,
        });
      });
    },
  };
}
