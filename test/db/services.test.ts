import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, rowsOf, schema } from '../../src/db/index.ts';
import type { Services } from '../../src/services/contract.ts';
import { createServices } from '../../src/services/create-services.ts';
import { hashToken } from '../../src/services/tokens.ts';
import { MIGRATION_TAGS } from '../support/migrations.ts';
import { createTestDatabase, drivers, reportSkippedDrivers, type TestDatabase } from './support/databases.ts';
import {
  addMember,
  auditCount,
  createOrgWithAdmin,
  expectKind,
  PASSWORD,
  signInActor,
} from './support/fixtures.ts';

reportSkippedDrivers();

describe.each(drivers)('services on %s', (driver) => {
  let fixture: TestDatabase;
  let services: Services;
  // A movable clock: session expiry is tested by moving it, not by waiting.
  let clockOffsetMs = 0;
  const now = () => new Date(Date.now() + clockOffsetMs);

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    services = createServices(fixture.database, { sessionTtlHours: 12, now });
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('applies migrations once: a second run applies nothing and records each file once', async () => {
    expect(await migrate(fixture.database)).toEqual([]);
    const rows = rowsOf<{ tag: string }>(
      await fixture.database.db.execute(sql`select tag from schema_migrations order by tag`),
    );
    // Every migration file, once each, in order.
    expect(MIGRATION_TAGS[0]).toBe('0000_foundation');
    expect(rows.map((r) => r.tag)).toEqual(MIGRATION_TAGS);
  });

  it('reports health', async () => {
    expect(await services.health()).toEqual({ database: 'ok' });
  });

  describe('organisation scoping', () => {
    it('treats ids from another organisation as not found', async () => {
      const a = await createOrgWithAdmin(fixture.database, services);
      const b = await createOrgWithAdmin(fixture.database, services);
      const bViewer = await addMember(services, b.admin, 'viewer');
      const beforeA = await auditCount(fixture.database, a.orgId);

      await expectKind(services.users.setRole(a.admin, bViewer.userId, 'editor'), 'not_found');
      await expectKind(services.users.remove(a.admin, bViewer.userId), 'not_found');
      await expectKind(services.users.setRole(a.admin, 'not-a-uuid', 'editor'), 'not_found');

      const aList = await services.users.list(a.admin);
      expect(aList.map((m) => m.email)).toEqual([a.admin.email]);
      const bAudit = await services.audit.list(b.admin, { limit: 50 });
      expect(bAudit.items.length).toBeGreaterThan(0);
      const aAudit = await services.audit.list(a.admin, { limit: 50 });
      expect(aAudit.items.every((e) => !bAudit.items.some((x) => x.id === e.id))).toBe(true);
      // A cursor from another organisation is as unknown as a made-up one.
      await expectKind(services.audit.list(a.admin, { limit: 5, before: bAudit.items[0]!.id }), 'invalid');
      // The failed attempts changed nothing in either organisation.
      expect((await services.users.list(b.admin)).find((m) => m.id === bViewer.userId)?.role).toBe('viewer');
      expect(await auditCount(fixture.database, a.orgId)).toBe(beforeA);
    });

    it('serves only public organisations by slug', async () => {
      const open = await createOrgWithAdmin(fixture.database, services, { isPublic: true });
      const closed = await createOrgWithAdmin(fixture.database, services, { isPublic: false });
      expect((await services.organisations.publicBySlug(open.slug)).id).toBe(open.orgId);
      await expectKind(services.organisations.publicBySlug(closed.slug), 'not_found');
      await expectKind(services.organisations.publicBySlug('no-such-organisation'), 'not_found');
    });
  });

  describe('role checks', () => {
    it.each(['editor', 'analyst', 'viewer'] as const)('forbids admin actions to an %s', async (role) => {
      const { admin, orgId } = await createOrgWithAdmin(fixture.database, services);
      const actor = await addMember(services, admin, role);
      const before = await auditCount(fixture.database, orgId);
      await expectKind(services.users.list(actor), 'forbidden');
      await expectKind(
        services.users.create(actor, {
          email: 'x@example.test',
          name: 'X',
          role: 'viewer',
          password: PASSWORD,
        }),
        'forbidden',
      );
      await expectKind(services.users.setRole(actor, actor.userId, 'admin'), 'forbidden');
      await expectKind(services.users.remove(actor, admin.userId), 'forbidden');
      await expectKind(services.organisations.update(actor, { isPublic: true }), 'forbidden');
      await expectKind(services.audit.list(actor, { limit: 10 }), 'forbidden');
      expect((await services.organisations.current(actor)).id).toBe(orgId);
      expect(await auditCount(fixture.database, orgId)).toBe(before);
    });

    it('keeps at least one admin and refuses self-removal', async () => {
      const { admin } = await createOrgWithAdmin(fixture.database, services);
      await expectKind(services.users.setRole(admin, admin.userId, 'viewer'), 'conflict');
      await expectKind(services.users.remove(admin, admin.userId), 'conflict');
      const second = await addMember(services, admin, 'admin');
      expect((await services.users.setRole(second, admin.userId, 'viewer')).role).toBe('viewer');
    });
  });

  describe('audit log', () => {
    it('records every change with before and after, never a password hash', async () => {
      const { admin, orgId } = await createOrgWithAdmin(fixture.database, services);
      const member = await services.users.create(admin, {
        email: 'New.Person@Example.TEST',
        name: 'New Person',
        role: 'viewer',
        password: PASSWORD,
      });
      expect(member.email).toBe('new.person@example.test');
      await services.users.setRole(admin, member.id, 'analyst');
      await services.organisations.update(admin, { name: 'Renamed', isPublic: true });
      await services.users.remove(admin, member.id);

      const { items } = await services.audit.list(admin, { limit: 4 });
      expect(items.map((e) => e.action)).toEqual([
        'user.remove',
        'organisation.update',
        'user.role',
        'user.create',
      ]);
      const [removed, orgUpdate, roleChange, created] = items;
      expect(created!.after).toEqual({
        email: 'new.person@example.test',
        name: 'New Person',
        role: 'viewer',
      });
      expect(created!.before).toBeNull();
      expect(created!.actor).toEqual({ id: admin.userId, email: admin.email });
      expect(roleChange!.before).toEqual({ role: 'viewer' });
      expect(roleChange!.after).toEqual({ role: 'analyst' });
      expect(orgUpdate!.before).toMatchObject({ isPublic: false });
      expect(orgUpdate!.after).toMatchObject({ name: 'Renamed', isPublic: true });
      expect(removed!.before).toMatchObject({ email: 'new.person@example.test', role: 'analyst' });
      expect(removed!.after).toBeNull();
      expect(JSON.stringify(items)).not.toContain('scrypt$');

      // Stored as JSON objects, not as JSON strings holding objects.
      const types = rowsOf<{ t: string }>(
        await fixture.database.db.execute(
          sql`select jsonb_typeof(after) as t from audit_log where org_id = ${orgId} and action = 'user.role'`,
        ),
      );
      expect(types.map((r) => r.t)).toEqual(['object']);
    });

    it('writes nothing when the change fails', async () => {
      const { admin, orgId } = await createOrgWithAdmin(fixture.database, services);
      const before = await auditCount(fixture.database, orgId);
      await expectKind(
        services.users.create(admin, { email: admin.email, name: 'Dup', role: 'viewer', password: PASSWORD }),
        'conflict',
      );
      await expectKind(
        services.users.create(admin, {
          email: 'ok@example.test',
          name: 'Bad role',
          role: 'owner' as never,
          password: PASSWORD,
        }),
        'invalid',
      );
      expect(await auditCount(fixture.database, orgId)).toBe(before);
    });

    it('undoes the change when its audit row cannot be written (same transaction)', async () => {
      const { admin, orgId } = await createOrgWithAdmin(fixture.database, services);
      const member = await addMember(services, admin, 'viewer');
      const before = await auditCount(fixture.database, orgId);
      const { db } = fixture.database;
      // Make only this organisation's role-change audit rows fail to insert.
      await db.execute(
        sql.raw(`alter table audit_log add constraint test_reject_role check (
          action <> 'user.role' or org_id <> '${orgId}')`),
      );
      try {
        await expect(services.users.setRole(admin, member.userId, 'editor')).rejects.toThrow();
      } finally {
        await db.execute(sql`alter table audit_log drop constraint test_reject_role`);
      }
      const [row] = await db
        .select({ role: schema.memberships.role })
        .from(schema.memberships)
        .where(and(eq(schema.memberships.userId, member.userId), eq(schema.memberships.orgId, orgId)));
      expect(row?.role).toBe('viewer');
      expect(await auditCount(fixture.database, orgId)).toBe(before);
    });

    it('pages newest first with a cursor, without gaps or repeats', async () => {
      const { admin } = await createOrgWithAdmin(fixture.database, services);
      for (let i = 0; i < 4; i++) await addMember(services, admin, 'viewer');
      const all = (await services.audit.list(admin, { limit: 200 })).items;
      // The admin and four viewers: each created, then signed in by the fixtures.
      expect(all.filter((e) => e.action === 'user.create')).toHaveLength(5);
      expect(all.filter((e) => e.action === 'session.sign_in')).toHaveLength(5);
      expect(all).toHaveLength(10);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await services.audit.list(admin, { limit: 2, ...(cursor ? { before: cursor } : {}) });
        seen.push(...page.items.map((e) => e.id));
        if (!page.next) break;
        cursor = page.next;
      }
      expect(seen).toEqual(all.map((e) => e.id));
      await expectKind(services.audit.list(admin, { limit: 0 }), 'invalid');
      await expectKind(services.audit.list(admin, { limit: 5, before: 'garbage' }), 'invalid');
    });
  });

  describe('sessions', () => {
    it('stores only the token hash and resolves the session', async () => {
      const { admin, orgId } = await createOrgWithAdmin(fixture.database, services);
      const result = await services.auth.signIn(admin.email.toUpperCase(), PASSWORD, {
        ip: '10.0.0.1',
        userAgent: 'vitest',
      });
      expect(result.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const rows = await fixture.database.db
        .select()
        .from(schema.sessions)
        .where(eq(schema.sessions.id, hashToken(result.sessionToken)));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ orgId, ip: '10.0.0.1', userAgent: 'vitest' });
      const plain = await fixture.database.db
        .select()
        .from(schema.sessions)
        .where(eq(schema.sessions.id, result.sessionToken));
      expect(plain).toHaveLength(0);
      const resolved = await services.auth.resolveSession(result.sessionToken);
      expect(resolved?.actor).toEqual({ userId: admin.userId, orgId, role: 'admin', email: admin.email });
      const hours = (Date.parse(result.expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(11.9);
      expect(hours).toBeLessThanOrEqual(12);
    });

    it('rejects bad credentials the same way for unknown emails', async () => {
      const { admin } = await createOrgWithAdmin(fixture.database, services);
      await expectKind(services.auth.signIn(admin.email, 'wrong password', {}), 'unauthorized');
      await expectKind(services.auth.signIn('nobody@example.test', PASSWORD, {}), 'unauthorized');
      expect(await services.auth.resolveSession('not-a-token')).toBeNull();
    });

    it('rejects and deletes an expired session', async () => {
      const { admin } = await createOrgWithAdmin(fixture.database, services);
      const { sessionToken } = await services.auth.signIn(admin.email, PASSWORD, {});
      clockOffsetMs = 12 * 3_600_000 + 1000;
      try {
        expect(await services.auth.resolveSession(sessionToken)).toBeNull();
      } finally {
        clockOffsetMs = 0;
      }
      const left = await fixture.database.db
        .select()
        .from(schema.sessions)
        .where(eq(schema.sessions.id, hashToken(sessionToken)));
      expect(left).toHaveLength(0);
      // Deleted, not merely hidden: even with the clock back it stays gone.
      expect(await services.auth.resolveSession(sessionToken)).toBeNull();
    });

    it('audits sign-in and sign-out without storing the session token', async () => {
      const { admin } = await createOrgWithAdmin(fixture.database, services);
      const { sessionToken } = await services.auth.signIn(admin.email, PASSWORD, { ip: '127.0.0.9' });
      await services.auth.signOut(sessionToken);
      const { items } = await services.audit.list(admin, { limit: 10 });
      const [signOut, signIn] = items;
      expect(signOut?.action).toBe('session.sign_out');
      expect(signIn?.action).toBe('session.sign_in');
      expect(signIn?.actor.email).toBe(admin.email);
      expect(signIn?.after).toMatchObject({ ip: '127.0.0.9' });
      const stored = JSON.stringify(items);
      expect(stored).not.toContain(sessionToken);
      expect(stored).not.toContain(hashToken(sessionToken));
    });

    it('signs out, and follows role changes and removal on the next request', async () => {
      const { admin } = await createOrgWithAdmin(fixture.database, services);
      const viewer = await addMember(services, admin, 'viewer');
      const { sessionToken } = await services.auth.signIn(viewer.email, PASSWORD, {});
      await services.users.setRole(admin, viewer.userId, 'editor');
      expect((await services.auth.resolveSession(sessionToken))?.role).toBe('editor');
      await services.users.remove(admin, viewer.userId);
      expect(await services.auth.resolveSession(sessionToken)).toBeNull();

      const again = await services.auth.signIn(admin.email, PASSWORD, {});
      await services.auth.signOut(again.sessionToken);
      expect(await services.auth.resolveSession(again.sessionToken)).toBeNull();
      // A removed user can no longer sign in.
      await expectKind(signInActor(services, viewer.email), 'unauthorized');
    });
  });
});
