/**
 * Tables of plan tracking (issue 5, migration 0004_plan_tracking): the master-plan workspace
 * (notes, SWOT with links to items), prioritisation (criteria, scores, AHP matrices), roadmap
 * baselines, tracking (KPIs by year, progress, milestones, executed spend), meetings (timed
 * agenda, feedback and decisions linked to items) and benchmark factor links. Every row hangs off
 * a plan (and, where it concerns one item, off that item) with on delete cascade. Money is KRW in
 * `bigint`.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { planItems, plans } from './plans.ts';

const planId = () =>
  uuid('plan_id')
    .notNull()
    .references(() => plans.id, { onDelete: 'cascade' });
const itemId = () =>
  uuid('item_id')
    .notNull()
    .references(() => planItems.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const illustrative = () => boolean('illustrative').notNull().default(false);
const note = () => text('note').notNull().default('');

export const planNotes = pgTable(
  'plan_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    kind: text('kind').notNull(),
    titleEn: text('title_en').notNull(),
    titleKo: text('title_ko').notNull(),
    bodyEn: text('body_en').notNull(),
    bodyKo: text('body_ko').notNull(),
    position: integer('position').notNull(),
    illustrative: illustrative(),
    note: note(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_notes_plan_idx').on(t.planId),
    check('plan_notes_kind', sql`${t.kind} in ('environment', 'as-is', 'vision', 'proposal')`),
  ],
);

export const planSwotItems = pgTable(
  'plan_swot_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    quadrant: text('quadrant').notNull(),
    textEn: text('text_en').notNull(),
    textKo: text('text_ko').notNull(),
    position: integer('position').notNull(),
    illustrative: illustrative(),
    note: note(),
    createdAt: createdAt(),
  },
  (t) => [
    index('plan_swot_items_plan_idx').on(t.planId),
    check(
      'plan_swot_items_quadrant',
      sql`${t.quadrant} in ('strength', 'weakness', 'opportunity', 'threat')`,
    ),
  ],
);

export const planSwotLinks = pgTable(
  'plan_swot_links',
  {
    swotId: uuid('swot_id')
      .notNull()
      .references(() => planSwotItems.id, { onDelete: 'cascade' }),
    itemId: itemId(),
  },
  (t) => [primaryKey({ columns: [t.swotId, t.itemId] }), index('plan_swot_links_item_idx').on(t.itemId)],
);

export const planCriteria = pgTable(
  'plan_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull(),
    weight: doublePrecision('weight').notNull(),
    /** `entered` by hand or applied from the `ahp` group result. */
    weightSource: text('weight_source').notNull().default('entered'),
    direction: text('direction').notNull(),
    scaleMin: doublePrecision('scale_min').notNull(),
    scaleMax: doublePrecision('scale_max').notNull(),
    position: integer('position').notNull(),
    illustrative: illustrative(),
    note: note(),
  },
  (t) => [
    unique('plan_criteria_plan_code').on(t.planId, t.code),
    check('plan_criteria_direction', sql`${t.direction} in ('benefit', 'cost')`),
    check('plan_criteria_weight_source', sql`${t.weightSource} in ('entered', 'ahp')`),
    check('plan_criteria_weight', sql`${t.weight} >= 0`),
    check('plan_criteria_scale', sql`${t.scaleMax} > ${t.scaleMin}`),
  ],
);

export const planScores = pgTable(
  'plan_scores',
  {
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => planCriteria.id, { onDelete: 'cascade' }),
    itemId: itemId(),
    score: doublePrecision('score').notNull(),
  },
  (t) => [primaryKey({ columns: [t.criterionId, t.itemId] }), index('plan_scores_item_idx').on(t.itemId)],
);

export const planAhpMatrices = pgTable(
  'plan_ahp_matrices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    expert: text('expert').notNull(),
    /** Criterion codes in row order. */
    criteria: jsonb('criteria').$type<string[]>().notNull(),
    matrix: jsonb('matrix').$type<number[][]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('plan_ahp_matrices_plan_expert').on(t.planId, t.expert)],
);

/** Item state as saved in a baseline snapshot (money as decimal text). */
export interface BaselineSnapshotItem {
  itemId: string;
  code: string;
  nameEn: string;
  nameKo: string;
  horizon: string | null;
  start: string | null;
  end: string | null;
  budget: string;
}

export const planBaselines = pgTable(
  'plan_baselines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    name: text('name').notNull(),
    createdBy: text('created_by'),
    snapshot: jsonb('snapshot').$type<BaselineSnapshotItem[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('plan_baselines_plan_idx').on(t.planId)],
);

export const planKpis = pgTable(
  'plan_kpis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    itemId: itemId(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull(),
    unit: text('unit').notNull(),
    direction: text('direction').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    baselineYear: integer('baseline_year'),
    greenAt: doublePrecision('green_at').notNull().default(1),
    amberAt: doublePrecision('amber_at').notNull().default(0.5),
    illustrative: illustrative(),
    note: note(),
    createdAt: createdAt(),
  },
  (t) => [
    index('plan_kpis_plan_idx').on(t.planId),
    index('plan_kpis_item_idx').on(t.itemId),
    check('plan_kpis_direction', sql`${t.direction} in ('higher-is-better', 'lower-is-better')`),
    check('plan_kpis_thresholds', sql`${t.amberAt} <= ${t.greenAt}`),
  ],
);

export const planKpiYears = pgTable(
  'plan_kpi_years',
  {
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => planKpis.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    target: doublePrecision('target'),
    actual: doublePrecision('actual'),
  },
  (t) => [
    primaryKey({ columns: [t.kpiId, t.year] }),
    check('plan_kpi_years_year', sql`${t.year} between 1900 and 2200`),
  ],
);

export const planProgress = pgTable(
  'plan_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    itemId: itemId(),
    reportedOn: date('reported_on').notNull(),
    percentComplete: smallint('percent_complete').notNull(),
    note: note(),
    author: text('author'),
    createdAt: createdAt(),
  },
  (t) => [
    index('plan_progress_plan_idx').on(t.planId),
    index('plan_progress_item_idx').on(t.itemId, t.reportedOn),
    check('plan_progress_percent', sql`${t.percentComplete} between 0 and 100`),
  ],
);

export const planMilestones = pgTable(
  'plan_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    itemId: itemId(),
    nameEn: text('name_en').notNull(),
    nameKo: text('name_ko').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    illustrative: illustrative(),
    note: note(),
    createdAt: createdAt(),
  },
  (t) => [index('plan_milestones_plan_idx').on(t.planId), index('plan_milestones_item_idx').on(t.itemId)],
);

export const planCosts = pgTable(
  'plan_costs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    itemId: itemId(),
    spentOn: date('spent_on').notNull(),
    /** Whole won. */
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
    source: text('source').notNull(),
    note: note(),
    createdAt: createdAt(),
  },
  (t) => [
    index('plan_costs_plan_idx').on(t.planId),
    index('plan_costs_item_idx').on(t.itemId),
    check('plan_costs_amount', sql`${t.amount} >= 0`),
    check('plan_costs_source', sql`${t.source} in ('national', 'municipal', 'private', 'other')`),
  ],
);

/** Who attended: a head count (approximate or not), groups and named people. */
export interface MeetingParticipantsJson {
  count: number | null;
  approximate: boolean;
  groups: { en: string; ko: string }[];
  people: { name: string; affiliation: string; role: string }[];
}

export const planMeetings = pgTable(
  'plan_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planId(),
    /** Set only for meetings loaded by the demo seed (its idempotency key). */
    sourceKey: text('source_key'),
    kind: text('kind').notNull(),
    titleEn: text('title_en').notNull(),
    titleKo: text('title_ko').notNull(),
    heldOn: date('held_on').notNull(),
    startsAt: text('starts_at'),
    venueEn: text('venue_en').notNull(),
    venueKo: text('venue_ko').notNull(),
    purposeEn: text('purpose_en').notNull().default(''),
    purposeKo: text('purpose_ko').notNull().default(''),
    participants: jsonb('participants').$type<MeetingParticipantsJson>().notNull(),
    illustrative: illustrative(),
    note: note(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_meetings_plan_idx').on(t.planId),
    unique('plan_meetings_plan_source_key').on(t.planId, t.sourceKey),
    check('plan_meetings_kind', sql`${t.kind} in ('briefing', 'kickoff', 'meeting', 'workshop', 'review')`),
    check(
      'plan_meetings_starts_at',
      sql`${t.startsAt} is null or ${t.startsAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
  ],
);

export const planMeetingAgenda = pgTable(
  'plan_meeting_agenda',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => planMeetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    minutes: integer('minutes').notNull(),
    titleEn: text('title_en').notNull(),
    titleKo: text('title_ko').notNull(),
    presenter: text('presenter').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.position] }),
    check('plan_meeting_agenda_minutes', sql`${t.minutes} > 0`),
  ],
);

export const planMeetingRecords = pgTable(
  'plan_meeting_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => planMeetings.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    textEn: text('text_en').notNull(),
    textKo: text('text_ko').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('plan_meeting_records_meeting_idx').on(t.meetingId),
    check('plan_meeting_records_kind', sql`${t.kind} in ('feedback', 'decision', 'action', 'question')`),
  ],
);

export const planMeetingRecordItems = pgTable(
  'plan_meeting_record_items',
  {
    recordId: uuid('record_id')
      .notNull()
      .references(() => planMeetingRecords.id, { onDelete: 'cascade' }),
    itemId: itemId(),
  },
  (t) => [
    primaryKey({ columns: [t.recordId, t.itemId] }),
    index('plan_meeting_record_items_item_idx').on(t.itemId),
  ],
);

export const planItemFactors = pgTable(
  'plan_item_factors',
  {
    planId: planId(),
    itemId: itemId(),
    /** Benchmark factor code of the organisation's framework (not a foreign key: frameworks are versioned). */
    factorCode: text('factor_code').notNull(),
    kind: text('kind').notNull(),
    amount: doublePrecision('amount').notNull(),
    illustrative: illustrative(),
    note: note(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.factorCode] }),
    index('plan_item_factors_plan_idx').on(t.planId),
    check('plan_item_factors_kind', sql`${t.kind} in ('delta', 'percent')`),
  ],
);

export type PlanNoteRow = typeof planNotes.$inferSelect;
export type PlanSwotItemRow = typeof planSwotItems.$inferSelect;
export type PlanCriterionRow = typeof planCriteria.$inferSelect;
export type PlanAhpMatrixRow = typeof planAhpMatrices.$inferSelect;
export type PlanBaselineRow = typeof planBaselines.$inferSelect;
export type PlanKpiRow = typeof planKpis.$inferSelect;
export type PlanKpiYearRow = typeof planKpiYears.$inferSelect;
export type PlanProgressRow = typeof planProgress.$inferSelect;
export type PlanMilestoneRow = typeof planMilestones.$inferSelect;
export type PlanCostRow = typeof planCosts.$inferSelect;
export type PlanMeetingRow = typeof planMeetings.$inferSelect;
export type PlanMeetingAgendaRow = typeof planMeetingAgenda.$inferSelect;
export type PlanMeetingRecordRow = typeof planMeetingRecords.$inferSelect;
export type PlanItemFactorRow = typeof planItemFactors.$inferSelect;
