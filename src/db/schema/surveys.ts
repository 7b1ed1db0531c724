import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './tenancy.ts';

/**
 * Surveys (issue 6, migration 0003_surveys): a survey has numbered versions of a SurveyJS JSON
 * definition (a published version is frozen: changes go into a new draft version), invitations
 * with single-use tokens (only the sha256 of a token is stored), open links (rate-limited,
 * optional quota) and responses. A response is `in_progress` while the respondent saves and
 * resumes and `submitted` once; `idempotency_key` is unique per survey so a retried submit
 * cannot store a second row, and `invitation_id` is unique so an invitation answers once.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    titleEn: text('title_en').notNull(),
    titleKo: text('title_ko').notNull(),
    status: text('status').notNull().default('draft'),
    /** Code of the built-in template the survey was created from, if any. */
    template: text('template'),
    /** Invented for the demo (shown as illustrative in the UI). */
    illustrative: boolean('illustrative').notNull().default(false),
    /** Most submitted responses in total; null = no limit. */
    quotaTotal: integer('quota_total'),
    /** `{ [group]: most submitted responses }`; groups not named have no limit. */
    quotaByGroup: jsonb('quota_by_group').$type<Record<string, number>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('surveys_org_idx').on(t.orgId),
    check(
      'surveys_kind',
      sql`${t.kind} in ('expert_assessment', 'innovation_capacity', 'citizen', 'public_servant', 'other')`,
    ),
    check('surveys_status', sql`${t.status} in ('draft', 'open', 'closed')`),
    check('surveys_quota_total', sql`${t.quotaTotal} is null or ${t.quotaTotal} >= 0`),
  ],
);

export const surveyVersions = pgTable(
  'survey_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The SurveyJS JSON definition. */
    definition: jsonb('definition').notNull(),
    /** Set once on publish; a published version is frozen. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('survey_versions_survey_version').on(t.surveyId, t.version)],
);

export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    respondentGroup: text('respondent_group'),
    /** `ko` or `en`: the language the invitation is sent in. */
    locale: text('locale').notNull().default('ko'),
    /** sha256 (hex) of the token; the token itself is returned once, on creation. */
    tokenHash: text('token_hash').notNull().unique('survey_invitations_token_hash'),
    /** When the invitation's response was submitted. */
    usedAt: timestamp('used_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    reminderCount: integer('reminder_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('survey_invitations_survey_idx').on(t.surveyId),
    check('survey_invitations_locale', sql`${t.locale} in ('ko', 'en')`),
  ],
);

export const surveyLinks = pgTable(
  'survey_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /** Public by design (it is the link): stored as is so managers can copy it again. */
    token: text('token').notNull().unique('survey_links_token'),
    label: text('label').notNull(),
    respondentGroup: text('respondent_group'),
    /** Token bucket per client IP and link: this many requests per minute (and burst). */
    ratePerMinute: integer('rate_per_minute').notNull().default(30),
    /** Most submitted responses through this link; null = no limit. */
    quota: integer('quota'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('survey_links_survey_idx').on(t.surveyId),
    check('survey_links_rate', sql`${t.ratePerMinute} between 1 and 10000`),
    check('survey_links_quota', sql`${t.quota} is null or ${t.quota} >= 0`),
  ],
);

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => surveyVersions.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id').references(() => surveyInvitations.id, { onDelete: 'set null' }),
    linkId: uuid('link_id').references(() => surveyLinks.id, { onDelete: 'set null' }),
    respondentGroup: text('respondent_group'),
    /** SurveyJS answer data: `{ [questionName]: value }`. */
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').notNull().default('in_progress'),
    /** `ko` or `en`: the language the respondent answered in. */
    locale: text('locale'),
    /** sha256 (hex) of the resume token of an open-link response (invitations resume by their token). */
    resumeTokenHash: text('resume_token_hash').unique('survey_responses_resume_token_hash'),
    /** The client's Idempotency-Key of the submit that stored this response. */
    idempotencyKey: text('idempotency_key'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_responses_idempotency').on(t.surveyId, t.idempotencyKey),
    uniqueIndex('survey_responses_invitation').on(t.invitationId),
    index('survey_responses_survey_status_idx').on(t.surveyId, t.status),
    check('survey_responses_status', sql`${t.status} in ('in_progress', 'submitted')`),
    check('survey_responses_submitted_at', sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`),
  ],
);
