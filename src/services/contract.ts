/**
 * The use cases that the server and the CLI share. `src/services` implements this interface;
 * `src/server` and `src/cli` call only this (never `src/db` directly), which keeps routes thin.
 *
 * Every method that reads or writes tenant data takes an `Actor` and scopes by `actor.orgId`.
 * Every state change writes an audit record in the same transaction as the change.
 * Errors are thrown as `ServiceError` (see errors.ts) and mapped once, in the server, to problem+json.
 */

export const ROLES = ['admin', 'editor', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  orgId: string;
  role: Role;
  email: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
}

export interface OrganisationView {
  id: string;
  slug: string;
  name: string;
  nameKo: string;
  /** The city this organisation governs, as named in the published index data (e.g. "Busan"). */
  city: string;
  isPublic: boolean;
}

export interface MemberView extends UserView {
  role: Role;
  createdAt: string;
}

export interface SessionView {
  user: UserView;
  organisation: OrganisationView;
  role: Role;
  /** ISO timestamp when the session stops being valid. */
  expiresAt: string;
}

export interface SignInResult extends SessionView {
  /** Opaque random token; the server stores only its hash and puts the token in an HttpOnly cookie. */
  sessionToken: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string | null; email: string | null };
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface PublishedEdition {
  edition: string;
  number: number;
  published: string | null;
  instrumentalFactors: number | null;
  centresRanked: number | null;
  source: string;
}

export interface PublishedRank {
  edition: string;
  number: number;
  centre: string;
  country: string;
  region: string;
  /** `overall`, an area of competitiveness, a survey dimension or a regional rank, as published. */
  area: string;
  rank: number;
  rating: number | null;
  source: string;
}

export interface PublishedHistory {
  centre: string;
  editions: PublishedEdition[];
  /** Ranks of this centre, every area, ordered by edition number then area. */
  ranks: PublishedRank[];
  provenance: string;
}

/** Versioned export of one organisation's data; `import` must reproduce it exactly. */
export interface OrganisationExport {
  format: 'citybench.organisation';
  version: 1;
  exportedAt: string;
  organisation: OrganisationView;
  members: Array<{ email: string; name: string; role: Role; passwordHash: string; createdAt: string }>;
  audit: AuditEntry[];
}

export interface Services {
  health(): Promise<{ database: 'ok' }>;

  auth: {
    signIn(email: string, password: string, meta: { ip?: string; userAgent?: string }): Promise<SignInResult>;
    /** Resolves a session token; null when unknown or expired (expired sessions are deleted). */
    resolveSession(sessionToken: string): Promise<(SessionView & { actor: Actor }) | null>;
    signOut(sessionToken: string): Promise<void>;
  };

  organisations: {
    current(actor: Actor): Promise<OrganisationView>;
    update(
      actor: Actor,
      patch: { name?: string; nameKo?: string; isPublic?: boolean },
    ): Promise<OrganisationView>;
    /** Public organisations only; throws not_found for private or unknown slugs. */
    publicBySlug(slug: string): Promise<OrganisationView>;
  };

  users: {
    list(actor: Actor): Promise<MemberView[]>;
    create(
      actor: Actor,
      input: { email: string; name: string; role: Role; password: string },
    ): Promise<MemberView>;
    setRole(actor: Actor, userId: string, role: Role): Promise<MemberView>;
    remove(actor: Actor, userId: string): Promise<void>;
  };

  audit: {
    list(
      actor: Actor,
      query: { limit: number; before?: string },
    ): Promise<{ items: AuditEntry[]; next: string | null }>;
  };

  published: {
    /** The Smart Centres Index as published, for one centre (e.g. "Busan"). */
    history(centre: string): Promise<PublishedHistory>;
  };
}

/**
 * Operator use cases: run by the CLI (and `serve` at start-up), never exposed over HTTP.
 * They act as the system (audit actor null) rather than as a signed-in user.
 */
export interface OperatorServices {
  /** Idempotent: creates the demo organisation `busan` and loads the published SCI data once. */
  seedDemo(): Promise<{ organisationCreated: boolean; publishedLoaded: boolean }>;
  /** When no organisation has an admin, creates `admin@citybench.local` and returns its one-time password. */
  ensureAdmin(): Promise<{ email: string; password: string } | null>;
  /** Adds an admin to an organisation; generates a password when none is given and returns it. */
  createAdmin(input: {
    email: string;
    name?: string;
    password?: string;
    orgSlug: string;
  }): Promise<{ member: MemberView; generatedPassword: string | null }>;
  exportOrganisation(slug: string): Promise<OrganisationExport>;
  /** Validates the whole file first, then creates everything in one transaction (all or nothing). */
  importOrganisation(data: unknown): Promise<OrganisationView>;
}
