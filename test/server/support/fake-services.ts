/**
 * An in-memory `Services` for server tests: two organisations, a few users, sessions with a
 * controllable clock. It enforces organisation scoping like the real services (cross-organisation
 * ids are not_found) so the server's mapping of those errors can be tested.
 */
import type {
  Actor,
  AuditEntry,
  MemberView,
  OrganisationView,
  PublishedHistory,
  Role,
  Services,
  SessionView,
  SignInResult,
} from '../../../src/services/contract.ts';
import { ServiceError } from '../../../src/services/errors.ts';

interface FakeUser {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  createdAt: string;
}

export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

export const BUSAN: OrganisationView = {
  id: 'org-busan',
  slug: 'busan',
  name: 'Busan Metropolitan City',
  nameKo: '부산광역시',
  city: 'Busan',
  isPublic: true,
};

export const SEOUL: OrganisationView = {
  id: 'org-seoul',
  slug: 'seoul',
  name: 'Seoul Metropolitan Government',
  nameKo: '서울특별시',
  city: 'Seoul',
  isPublic: false,
};

/** Every seeded user's password; tests sign in with it. */
export const PASSWORD = 'correct horse battery';

const SEED_USERS: FakeUser[] = [
  { id: 'u-busan-admin', orgId: BUSAN.id, email: 'admin@busan.test', name: 'Busan Admin', role: 'admin' },
  { id: 'u-busan-viewer', orgId: BUSAN.id, email: 'viewer@busan.test', name: 'Busan Viewer', role: 'viewer' },
  { id: 'u-seoul-admin', orgId: SEOUL.id, email: 'admin@seoul.test', name: 'Seoul Admin', role: 'admin' },
].map((user) => ({
  ...user,
  role: user.role as Role,
  password: PASSWORD,
  createdAt: '2026-01-01T00:00:00.000Z',
}));

export const BUSAN_HISTORY: PublishedHistory = {
  centre: 'Busan',
  editions: [
    {
      edition: 'SCI 1',
      number: 1,
      published: '2025-01-01',
      instrumentalFactors: 100,
      centresRanked: 10,
      source: 'fake',
    },
  ],
  ranks: [
    {
      edition: 'SCI 1',
      number: 1,
      centre: 'Busan',
      country: 'South Korea',
      region: 'Asia/Pacific',
      area: 'overall',
      rank: 3,
      rating: 700,
      source: 'fake',
    },
  ],
  provenance: 'fake data for server tests',
};

export interface FakeControls {
  /** Thrown by `health()` when set. */
  healthError: Error | null;
  /** Thrown by `published.history()` when set (to provoke unexpected failures). */
  publishedError: Error | null;
  /** The fake clock; sessions expire relative to it. */
  now: Date;
}

export interface FakeServices extends Services {
  controls: FakeControls;
  /** Calls received by signIn, for asserting on what the server passed along. */
  signInCalls: Array<{ email: string; meta: { ip?: string; userAgent?: string } }>;
  usersById: Map<string, FakeUser>;
}

export function createFakeServices(): FakeServices {
  const controls: FakeControls = {
    healthError: null,
    publishedError: null,
    now: new Date('2026-06-01T09:00:00Z'),
  };
  const organisations = new Map([BUSAN, SEOUL].map((org) => [org.id, { ...org }]));
  const users = new Map(SEED_USERS.map((user) => [user.id, { ...user }]));
  const sessions = new Map<string, { userId: string; expiresAt: Date }>();
  const audit: AuditEntry[] = [];
  const signInCalls: FakeServices['signInCalls'] = [];
  let counter = 0;

  const organisationOf = (orgId: string): OrganisationView => {
    const org = organisations.get(orgId);
    if (!org) throw new Error(`fake: no organisation ${orgId}`);
    return { ...org };
  };
  const member = (user: FakeUser): MemberView => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    createdAt: user.createdAt,
  });
  const requireAdmin = (actor: Actor) => {
    if (actor.role !== 'admin') throw new ServiceError('forbidden', 'admins only');
  };
  const userInOrg = (actor: Actor, userId: string): FakeUser => {
    const user = users.get(userId);
    if (!user || user.orgId !== actor.orgId) throw new ServiceError('not_found', 'No such user.');
    return user;
  };
  const sessionView = (user: FakeUser, expiresAt: Date): SessionView => ({
    user: { id: user.id, email: user.email, name: user.name },
    organisation: organisationOf(user.orgId),
    role: user.role,
    expiresAt: expiresAt.toISOString(),
  });
  const record = (actor: Actor, action: string, entityId: string | null) => {
    counter += 1;
    audit.unshift({
      id: `a-${counter}`,
      at: controls.now.toISOString(),
      actor: { id: actor.userId, email: actor.email },
      action,
      entity: 'user',
      entityId,
      before: null,
      after: null,
    });
  };

  return {
    controls,
    signInCalls,
    usersById: users,

    async health() {
      if (controls.healthError) throw controls.healthError;
      return { database: 'ok' };
    },

    auth: {
      async signIn(email, password, meta): Promise<SignInResult> {
        signInCalls.push({ email, meta });
        const user = [...users.values()].find((candidate) => candidate.email === email.toLowerCase());
        if (!user || user.password !== password) {
          throw new ServiceError('unauthorized', 'Wrong email or password.');
        }
        counter += 1;
        const sessionToken = `token-${counter}-${user.id}`;
        const expiresAt = new Date(controls.now.getTime() + SESSION_LIFETIME_MS);
        sessions.set(sessionToken, { userId: user.id, expiresAt });
        return { ...sessionView(user, expiresAt), sessionToken };
      },
      async resolveSession(sessionToken) {
        const session = sessions.get(sessionToken);
        if (!session) return null;
        if (session.expiresAt <= controls.now) {
          sessions.delete(sessionToken);
          return null;
        }
        const user = users.get(session.userId);
        if (!user) return null;
        const actor: Actor = { userId: user.id, orgId: user.orgId, role: user.role, email: user.email };
        return { ...sessionView(user, session.expiresAt), actor };
      },
      async signOut(sessionToken) {
        sessions.delete(sessionToken);
      },
    },

    organisations: {
      async current(actor) {
        return organisationOf(actor.orgId);
      },
      async update(actor, patch) {
        requireAdmin(actor);
        const org = organisations.get(actor.orgId);
        if (!org) throw new ServiceError('not_found', 'No such organisation.');
        Object.assign(org, patch);
        return { ...org };
      },
      async publicBySlug(slug) {
        const org = [...organisations.values()].find(
          (candidate) => candidate.slug === slug && candidate.isPublic,
        );
        if (!org) throw new ServiceError('not_found', 'No such public organisation.');
        return { ...org };
      },
    },

    users: {
      async list(actor) {
        requireAdmin(actor);
        return [...users.values()].filter((user) => user.orgId === actor.orgId).map(member);
      },
      async create(actor, input) {
        requireAdmin(actor);
        if ([...users.values()].some((user) => user.email === input.email.toLowerCase())) {
          throw new ServiceError('conflict', 'A user with this email exists.');
        }
        counter += 1;
        const user: FakeUser = {
          id: `u-${counter}`,
          orgId: actor.orgId,
          email: input.email.toLowerCase(),
          name: input.name,
          role: input.role,
          password: input.password,
          createdAt: controls.now.toISOString(),
        };
        users.set(user.id, user);
        record(actor, 'user.create', user.id);
        return member(user);
      },
      async setRole(actor, userId, role) {
        requireAdmin(actor);
        const user = userInOrg(actor, userId);
        user.role = role;
        record(actor, 'user.set-role', user.id);
        return member(user);
      },
      async remove(actor, userId) {
        requireAdmin(actor);
        const user = userInOrg(actor, userId);
        users.delete(user.id);
        record(actor, 'user.remove', user.id);
      },
    },

    audit: {
      async list(actor, query) {
        requireAdmin(actor);
        const start = query.before ? audit.findIndex((entry) => entry.id === query.before) + 1 : 0;
        const items = audit.slice(start, start + query.limit);
        const last = items.at(-1);
        return { items, next: last && start + query.limit < audit.length ? last.id : null };
      },
    },

    published: {
      async history(centre) {
        if (controls.publishedError) throw controls.publishedError;
        if (centre !== 'Busan') throw new ServiceError('not_found', `No published data for ${centre}.`);
        return BUSAN_HISTORY;
      },
    },

    // The benchmark, plans and survey routes are tested against the real services on a database
    // (test/server/benchmark.test.ts and the plans/surveys suites); here they only need to exist
    // so that every route is registered and documented.
    benchmark: notInFake<Services['benchmark']>('benchmark'),
    plans: notInFake<Services['plans']>('plans'),
    surveys: notInFake<Services['surveys']>('surveys'),
  };
}

/** A service area whose every method fails with 503: for routes this fake does not model. */
function notInFake<T extends object>(area: string): T {
  return new Proxy({} as T, {
    get: (_target, method) =>
      typeof method === 'string'
        ? async () => {
            throw new ServiceError(
              'unavailable',
              `${area}.${method} is not modelled by the server test fake`,
            );
          }
        : undefined,
  });
}
