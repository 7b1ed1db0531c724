import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './tenancy.ts';

/**
 * Benchmark editions (issue 4): an organisation's framework (areas, survey dimensions,
 * instrumental factors), its cities, and per edition the factor values, respondents,
 * assessments and the model's results. `position` keeps the framework's own order, which is
 * also the order of the engine's input arrays.
 */
export const benchmarkAreas = pgTable(
  'benchmark_areas',
  {
    id: serial('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [unique('benchmark_areas_org_code').on(t.orgId, t.code)],
);

export const benchmarkDimensions = pgTable(
  'benchmark_dimensions',
  {
    id: serial('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [unique('benchmark_dimensions_org_code').on(t.orgId, t.code)],
);

export const benchmarkFactors = pgTable(
  'benchmark_factors',
  {
    id: serial('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull(),
    areaId: integer('area_id')
      .notNull()
      .references(() => benchmarkAreas.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    unit: text('unit').notNull(),
    /** The unit in Korean; null when only the English unit is known (the UI falls back to it). */
    unitKo: text('unit_ko'),
    polarity: smallint('polarity').notNull(),
    dataYear: integer('data_year'),
    level: text('level').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    position: integer('position').notNull(),
  },
  (t) => [
    unique('benchmark_factors_org_code').on(t.orgId, t.code),
    check('benchmark_factors_polarity', sql`${t.polarity} in (-1, 1)`),
    check('benchmark_factors_level', sql`${t.level} in ('city', 'national')`),
  ],
);

export const benchmarkCities = pgTable(
  'benchmark_cities',
  {
    id: serial('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull(),
    country: text('country').notNull(),
    countryKo: text('country_ko').notNull(),
    region: text('region').notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    position: integer('position').notNull(),
  },
  (t) => [unique('benchmark_cities_org_code').on(t.orgId, t.code)],
);

export const benchmarkEditions = pgTable(
  'benchmark_editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    label: text('label').notNull(),
    publishedOn: date('published_on').notNull(),
    frameworkVersion: text('framework_version').notNull(),
    status: text('status').notNull().default('draft'),
    synthetic: boolean('synthetic').notNull().default(false),
    provenance: text('provenance').notNull(),
    /** The model parameters of the last build (defaults until the first build). */
    params: jsonb('params').notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('benchmark_editions_org_number').on(t.orgId, t.number),
    check('benchmark_editions_status', sql`${t.status} in ('draft', 'published')`),
  ],
);

export const benchmarkFactorValues = pgTable(
  'benchmark_factor_values',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => benchmarkEditions.id, { onDelete: 'cascade' }),
    cityId: integer('city_id')
      .notNull()
      .references(() => benchmarkCities.id, { onDelete: 'cascade' }),
    factorId: integer('factor_id')
      .notNull()
      .references(() => benchmarkFactors.id, { onDelete: 'cascade' }),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.cityId, t.factorId] })],
);

export const benchmarkRespondents = pgTable(
  'benchmark_respondents',
  {
    id: serial('id').primaryKey(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => benchmarkEditions.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    homeCityId: integer('home_city_id').references(() => benchmarkCities.id, { onDelete: 'set null' }),
    region: text('region').notNull(),
    sector: text('sector').notNull(),
  },
  (t) => [unique('benchmark_respondents_edition_external').on(t.editionId, t.externalId)],
);

export const benchmarkAssessments = pgTable(
  'benchmark_assessments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => benchmarkEditions.id, { onDelete: 'cascade' }),
    respondentId: integer('respondent_id')
      .notNull()
      .references(() => benchmarkRespondents.id, { onDelete: 'cascade' }),
    cityId: integer('city_id')
      .notNull()
      .references(() => benchmarkCities.id, { onDelete: 'cascade' }),
    dimensionId: integer('dimension_id')
      .notNull()
      .references(() => benchmarkDimensions.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    assessedOn: date('assessed_on').notNull(),
  },
  (t) => [
    unique('benchmark_assessments_one_answer').on(t.editionId, t.respondentId, t.cityId, t.dimensionId),
    check('benchmark_assessments_rating', sql`${t.rating} between 1 and 10`),
  ],
);

export const benchmarkResults = pgTable(
  'benchmark_results',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => benchmarkEditions.id, { onDelete: 'cascade' }),
    cityId: integer('city_id')
      .notNull()
      .references(() => benchmarkCities.id, { onDelete: 'cascade' }),
    score: doublePrecision('score'),
    rating: doublePrecision('rating'),
    /** Null for associates (below the assessment threshold). */
    rank: integer('rank'),
    regionRank: integer('region_rank'),
    associate: boolean('associate').notNull(),
    assessmentsFromOthers: integer('assessments_from_others').notNull(),
    rankP05: doublePrecision('rank_p05'),
    rankP95: doublePrecision('rank_p95'),
    /** `{ [areaCode]: { score, rank } }` */
    areas: jsonb('areas').notNull(),
    /** `{ [dimensionCode]: rating }` */
    dimensions: jsonb('dimensions').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.editionId, t.cityId] }),
    index('benchmark_results_rank_idx').on(t.editionId, t.rank),
  ],
);
