/**
 * Tables of the plans module, portfolio half (migration 0002_plans): a plan (growth strategy,
 * informatization master plan, other) with a tree of items of any depth and the items' budget
 * lines by year and funding source. Money is KRW in `bigint` (exact, never a float).
 *
 * An item's `envelope` is a stated total for the item and its subtree (seed 003's per-strategy
 * amounts) that is never added to itemised lines; see src/engine/planning/rollup.ts.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './tenancy.ts';

export const PLAN_KINDS = ['growth_strategy', 'informatization_master_plan', 'other'] as const;
export const PLAN_STATUSES = ['draft', 'adopted', 'in_progress', 'completed', 'archived'] as const;
export const PLAN_ITEM_STATUSES = [
  'proposed',
  'planned',
  'in_progress',
  'completed',
  'on_hold',
  'cancelled',
] as const;

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Set only for plans loaded from data/plans (the demo seed's idempotency key); null otherwise. */
    sourceKey: text('source_key'),
    kind: text('kind').notNull(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull(),
    periodFrom: integer('period_from'),
    periodTo: integer('period_to'),
    visionEn: text('vision_en').notNull().default(''),
    visionKo: text('vision_ko').notNull().default(''),
    /** Alignment tags of the whole plan (national initiatives); every item inherits them. */
    alignment: text('alignment').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('draft'),
    provenance: text('provenance').notNull().default(''),
    /** Facts about the plan that are not items (legal basis, planning study, kickoff agenda…). */
    details: jsonb('details').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('plans_org_source_key').on(t.orgId, t.sourceKey),
    index('plans_org_idx').on(t.orgId),
    check('plans_kind', sql`${t.kind} in ('growth_strategy', 'informatization_master_plan', 'other')`),
    check('plans_status', sql`${t.status} in ('draft', 'adopted', 'in_progress', 'completed', 'archived')`),
    check(
      'plans_period',
      sql`${t.periodFrom} is null or ${t.periodTo} is null or ${t.periodFrom} <= ${t.periodTo}`,
    ),
  ],
);

export const planItems = pgTable(
  'plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** Null for top-level items (children of the plan itself). */
    parentId: uuid('parent_id').references((): AnyPgColumn => planItems.id, { onDelete: 'cascade' }),
    /** Unique within the plan; the row key of import and export. */
    code: text('code').notNull(),
    /** Order among siblings (0-based). */
    position: integer('position').notNull(),
    /** Free-form level name: strategy, initiative, project, task… */
    level: text('level').notNull(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull().default(''),
    /** True when the Korean name is CityBench's translation, not the source's wording. */
    koTranslated: boolean('ko_translated').notNull().default(false),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionKo: text('description_ko').notNull().default(''),
    projectType: text('project_type'),
    alignment: text('alignment').array().notNull().default(sql`'{}'::text[]`),
    leadDepartment: text('lead_department').notNull().default(''),
    partners: text('partners').array().notNull().default(sql`'{}'::text[]`),
    anchorCompanies: text('anchor_companies').array().notNull().default(sql`'{}'::text[]`),
    /** Roadmap phase; the tracking half's prioritisation may update it. */
    horizon: text('horizon'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    status: text('status').notNull().default('planned'),
    /** Stated total for the item and its subtree, in won. */
    envelope: bigint('envelope', { mode: 'bigint' }),
    illustrative: boolean('illustrative').notNull().default(false),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('plan_items_plan_code').on(t.planId, t.code),
    index('plan_items_plan_idx').on(t.planId),
    index('plan_items_parent_idx').on(t.parentId),
    check(
      'plan_items_project_type',
      sql`${t.projectType} is null or ${t.projectType} in ('new', 'upgraded', 'expanded')`,
    ),
    check('plan_items_horizon', sql`${t.horizon} is null or ${t.horizon} in ('short', 'mid', 'long')`),
    check(
      'plan_items_status',
      sql`${t.status} in ('proposed', 'planned', 'in_progress', 'completed', 'on_hold', 'cancelled')`,
    ),
    check('plan_items_envelope', sql`${t.envelope} is null or ${t.envelope} >= 0`),
    check(
      'plan_items_dates',
      sql`${t.startDate} is null or ${t.endDate} is null or ${t.startDate} <= ${t.endDate}`,
    ),
    check('plan_items_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const planBudgetLines = pgTable(
  'plan_budget_lines',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    source: text('source').notNull(),
    /** Whole won. */
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.year, t.source] }),
    check('plan_budget_lines_source', sql`${t.source} in ('national', 'municipal', 'private', 'other')`),
    check('plan_budget_lines_year', sql`${t.year} between 1900 and 2200`),
    check('plan_budget_lines_amount', sql`${t.amount} >= 0`),
  ],
);

export type PlanRow = typeof plans.$inferSelect;
export type PlanItemRow = typeof planItems.$inferSelect;
export type PlanBudgetLineRow = typeof planBudgetLines.$inferSelect;
