import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  doublePrecision,
  integer,
  pgTable,
  serial,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './tenancy.ts';

/**
 * Survey insights (issue 6, migration 0005_survey_insights): the innovation-capacity peer pools
 * of an organisation and their reference figures. A pool is `published` (figures quoted from a
 * source, e.g. seed 002, with the source line) or `illustrative` (invented demo peers). A figure
 * is the share and/or number of the pool's cities that gave one answer to one question; either may
 * be null when the source does not state it, and `denominator` is null when the source does not
 * say how many cities were surveyed.
 */
export const surveyPeerPools = pgTable(
  'survey_peer_pools',
  {
    id: serial('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    labelEn: text('label_en').notNull(),
    labelKo: text('label_ko').notNull(),
    origin: text('origin').notNull(),
    waveEn: text('wave_en').notNull(),
    waveKo: text('wave_ko').notNull(),
    denominator: integer('denominator'),
    source: text('source').notNull(),
    noteEn: text('note_en').notNull().default(''),
    noteKo: text('note_ko').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    unique('survey_peer_pools_org_code').on(t.orgId, t.code),
    check('survey_peer_pools_origin', sql`${t.origin} in ('published', 'illustrative')`),
    check('survey_peer_pools_denominator', sql`${t.denominator} is null or ${t.denominator} > 0`),
  ],
);

export const surveyPeerFigures = pgTable(
  'survey_peer_figures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    poolId: integer('pool_id')
      .notNull()
      .references(() => surveyPeerPools.id, { onDelete: 'cascade' }),
    /** Question name of the innovation-capacity questionnaire. */
    question: text('question').notNull(),
    /** Option value; `true`/`false` for yes/no questions. */
    value: text('value').notNull(),
    share: doublePrecision('share'),
    count: integer('count'),
    statementEn: text('statement_en').notNull().default(''),
    statementKo: text('statement_ko').notNull().default(''),
    /** The source's own sentence, for published figures. */
    sourceLine: text('source_line'),
  },
  (t) => [
    unique('survey_peer_figures_one').on(t.poolId, t.question, t.value),
    check('survey_peer_figures_share', sql`${t.share} is null or (${t.share} >= 0 and ${t.share} <= 1)`),
    check('survey_peer_figures_count', sql`${t.count} is null or ${t.count} >= 0`),
  ],
);
