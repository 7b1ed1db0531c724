/**
 * The use cases that the server and the CLI share. `src/services` implements this interface;
 * `src/server` and `src/cli` call only this (never `src/db` directly), which keeps routes thin.
 *
 * Every method that reads or writes tenant data takes an `Actor` and scopes by `actor.orgId`.
 * Every state change writes an audit record in the same transaction as the change.
 * Errors are thrown as `ServiceError` (see errors.ts) and mapped once, in the server, to problem+json.
 */

import type { FamParams } from '../engine/fam/types.ts';
import type { PlanServices } from './contract-plans.ts';
import type { SurveyServices } from './contract-surveys.ts';

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

// ---- Benchmark editions (docs/api-contract-benchmark.md) ----

/**
 * Who asks for benchmark data: a signed-in user, nobody (a signed-out visitor of a public
 * organisation) or `'system'` (the operator through the CLI: full rights, audited with a null actor).
 */
export type BenchmarkCaller = Actor | null | 'system';

export interface BenchmarkArea {
  code: string;
  nameEn: string;
  nameKo: string;
}

export type BenchmarkDimension = BenchmarkArea;

export interface BenchmarkFactor {
  code: string;
  nameEn: string;
  nameKo: string;
  /** Area code. */
  area: string;
  source: string;
  unit: string;
  /** The unit in Korean; null when not known (show `unit`). */
  unitKo: string | null;
  polarity: 1 | -1;
  dataYear: number | null;
  level: 'city' | 'national';
  synthetic: boolean;
}

export interface BenchmarkCity {
  code: string;
  nameEn: string;
  nameKo: string;
  country: string;
  countryKo: string;
  region: string;
  lat: number | null;
  lon: number | null;
}

export interface BenchmarkFramework {
  areas: BenchmarkArea[];
  dimensions: BenchmarkDimension[];
  factors: BenchmarkFactor[];
  synthetic: boolean;
  provenance: string;
}

export type EditionStatus = 'draft' | 'published';

export interface EditionSummary {
  number: number;
  label: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  frameworkVersion: string;
  status: EditionStatus;
  synthetic: boolean;
  provenance: string;
  counts: { cities: number; ranked: number; factors: number; respondents: number; assessments: number };
}

export interface CityResult {
  /** City code. */
  city: string;
  /** 1..1000; null when the city has no ratings at all. */
  score: number | null;
  /** 1..10; null when the city has no ratings at all. */
  rating: number | null;
  /** Null for associates (too few assessments from other cities). */
  rank: number | null;
  regionRank: number | null;
  associate: boolean;
  assessmentsFromOthers: number;
  rankP05: number | null;
  rankP95: number | null;
  areas: Record<string, { score: number | null; rank: number | null }>;
  dimensions: Record<string, number | null>;
  /** The overall rank published for this edition label and city name (published_ranks), if any. */
  publishedRank: number | null;
  /** This city's result in the previous edition (by number) the caller can see. */
  previous: { rank: number | null; score: number | null } | null;
}

export interface EditionDetail {
  edition: EditionSummary;
  params: FamParams;
  /** Ordered by rank, associates last. */
  results: CityResult[];
}

/** Everything the browser needs to run the engine's prepareEdition + whatIf for one edition. */
export interface EditionModelInput {
  cityIds: string[];
  cityRegion: string[];
  /** Area codes, in framework order (the engine's area index). */
  areaNames: string[];
  /** Dimension codes, in framework order. */
  dimensionNames: string[];
  nRespondents: number;
  factors: {
    nFactors: number;
    /** Factor code of each column, so a client can match columns to the framework by code. */
    codes: string[];
    values: Array<number | null>;
    polarity: number[];
    area: number[];
  };
  assessments: {
    respondent: number[];
    respondentHome: number[];
    city: number[];
    dimension: number[];
    rating: number[];
    ageDays: number[];
  };
  params: FamParams;
}

export interface CityProfile {
  city: BenchmarkCity;
  history: Array<{
    edition: number;
    label: string;
    score: number | null;
    rank: number | null;
    rankP05: number | null;
    rankP95: number | null;
    publishedRank: number | null;
  }>;
  latest: CityResult;
  contributions: Array<{ factor: string; area: string; delta: number }>;
  peers: Array<{ city: string; distance: number }>;
  /** Whether the figures come from synthetic demo editions, and where they come from. */
  synthetic: boolean;
  provenance: string;
}

export interface EditionComparison {
  from: number;
  to: number;
  movers: Array<{ city: string; fromRank: number; toRank: number; rankChange: number; scoreChange: number }>;
  /** Ranked in `to` but not in `from` (new to the index, or up from the associates). */
  entrants: string[];
  /** Ranked in `from` but not in `to`. */
  leavers: string[];
  /** Entered / left the top N between the two editions. */
  enteredTop: string[];
  leftTop: string[];
  streaks: Array<{ city: string; editions: number }>;
  regionalChange: Array<{ region: string; meanScoreChangePct: number }>;
  synthetic: boolean;
  provenance: string;
}

/** An uploaded table: CSV text or XLSX bytes (first worksheet, row 1 = header). */
export type UploadedTable = { format: 'csv'; text: string } | { format: 'xlsx'; bytes: Uint8Array };

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: Uint8Array;
}

/** A type alias (not an interface) so guardService can wrap it like the other services. */
export type BenchmarkServices = {
  framework(caller: BenchmarkCaller, slug: string): Promise<BenchmarkFramework>;
  cities(caller: BenchmarkCaller, slug: string): Promise<BenchmarkCity[]>;
  /** Newest first; drafts only for members with role analyst or above. */
  editions(caller: BenchmarkCaller, slug: string): Promise<EditionSummary[]>;
  edition(caller: BenchmarkCaller, slug: string, number: number): Promise<EditionDetail>;
  modelInput(caller: BenchmarkCaller, slug: string, number: number): Promise<EditionModelInput>;
  cityProfile(caller: BenchmarkCaller, slug: string, code: string): Promise<CityProfile>;
  compare(
    caller: BenchmarkCaller,
    slug: string,
    query: { from: number; to: number; top: number },
  ): Promise<EditionComparison>;
  createEdition(
    caller: BenchmarkCaller,
    slug: string,
    input: { number: number; label: string; publishedOn: string; frameworkVersion?: string },
  ): Promise<EditionSummary>;
  /** Replaces the edition's factor values; every row is checked first, nothing stored on any error. */
  importFactorValues(
    caller: BenchmarkCaller,
    slug: string,
    number: number,
    table: UploadedTable,
  ): Promise<{ imported: number }>;
  /** Replaces the edition's respondents and assessments, all or nothing like importFactorValues. */
  importAssessments(
    caller: BenchmarkCaller,
    slug: string,
    number: number,
    table: UploadedTable,
  ): Promise<{ imported: number }>;
  build(caller: BenchmarkCaller, slug: string, number: number): Promise<EditionDetail>;
  /**
   * Runs the model again on the stored data of any visible edition (published ones too) and
   * returns the results without storing them: how the CLI shows that stored numbers reproduce.
   */
  recompute(caller: BenchmarkCaller, slug: string, number: number): Promise<EditionDetail>;
  publish(caller: BenchmarkCaller, slug: string, number: number): Promise<EditionSummary>;
  exportResults(
    caller: BenchmarkCaller,
    slug: string,
    number: number,
    format: 'csv' | 'xlsx',
  ): Promise<ExportedFile>;
};

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

  /** Benchmark editions (docs/api-contract-benchmark.md). */
  benchmark: BenchmarkServices;

  /** Strategic plans (docs/api-contract-plans.md); types in contract-plans.ts. */
  plans: PlanServices;

  /** Surveys (docs/api-contract-surveys.md); types in contract-surveys.ts. */
  surveys: SurveyServices;
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
