/**
 * Strategic plans use cases (issue 5), the part of the Services contract for plans: kept apart
 * from contract.ts so the module can grow without touching the shared file. Types only (the web
 * imports them too). Two halves: the portfolio (plans, item trees, budgets, roll-ups, import and
 * export; this file) and tracking (workspace, prioritisation, roadmap, KPIs, meetings, link to
 * the benchmark; contract-plan-tracking.ts).
 *
 * Money: KRW amounts travel as decimal strings of whole won (`KrwText`, e.g. "1927000000000"),
 * never as JSON numbers, so no amount is ever rounded; parse them with `BigInt(text)` and format
 * them with src/engine/planning/money.ts (조/억 for ko, billions for en).
 */
import type { Actor, ExportedFile, UploadedTable } from './contract.ts';
import type { PlanTrackingServices } from './contract-plan-tracking.ts';

/** Whole won as a decimal string (no separators, may be "0"; negative only for unallocated). */
export type KrwText = string;

/** A signed-in user, or `'system'` (the operator through the CLI: full rights, audit actor null). */
export type PlanCaller = Actor | 'system';

export const PLAN_KIND_VALUES = ['growth_strategy', 'informatization_master_plan', 'other'] as const;
export type PlanKind = (typeof PLAN_KIND_VALUES)[number];

export const PLAN_STATUS_VALUES = ['draft', 'adopted', 'in_progress', 'completed', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUS_VALUES)[number];

export const PLAN_ITEM_STATUS_VALUES = [
  'proposed',
  'planned',
  'in_progress',
  'completed',
  'on_hold',
  'cancelled',
] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUS_VALUES)[number];

export const PROJECT_TYPE_VALUES = ['new', 'upgraded', 'expanded'] as const;
export type PlanProjectType = (typeof PROJECT_TYPE_VALUES)[number];

export const HORIZON_VALUES = ['short', 'mid', 'long'] as const;
export type PlanHorizon = (typeof HORIZON_VALUES)[number];

export const FUNDING_SOURCE_VALUES = ['national', 'municipal', 'private', 'other'] as const;
export type PlanFundingSource = (typeof FUNDING_SOURCE_VALUES)[number];

export interface PlanBudgetLineView {
  year: number;
  source: PlanFundingSource;
  amount: KrwText;
}

/** Facts about a plan that are not items, in both languages where the source allows. */
export interface PlanDetails {
  /** Where the plan's facts come from (e.g. "Seed 004: …"). */
  sources?: string[];
  legalBasis?: { en: string; ko: string }[];
  predecessor?: { ordinal: number; from: number; to: number; description: string };
  nationalAlignment?: { en: string; ko: string }[];
  /** The study commissioned to draft the plan (seed 004). */
  study?: {
    title: string;
    from: string; // YYYY-MM
    to: string; // YYYY-MM
    months: number;
    durationNote?: string;
    budget: KrwText;
    contractor?: { name: string; ceo?: string; basedIn?: string };
    scope: string[];
    contents?: string[];
    methods?: string[];
  };
  /** A meeting about the plan (seed 004's kickoff, seed 003's briefing). */
  meetings?: {
    title: string;
    date: string; // YYYY-MM-DD
    dateNote?: string;
    start?: string; // HH:MM
    venue?: string;
    participants?: string;
    agenda?: { start: string; end: string; minutes: number; content: string }[];
  }[];
  /** Free notes (e.g. who prepared the draft). */
  notes?: string[];
}

export interface PlanSummary {
  id: string;
  kind: PlanKind;
  nameEn: string;
  nameKo: string;
  periodFrom: number | null;
  periodTo: number | null;
  status: PlanStatus;
  /** Number of items (the plan itself excluded). */
  itemCount: number;
  /** Sum of the outermost envelopes. */
  stated: KrwText;
  /** Sum of all budget lines. */
  itemised: KrwText;
  /** True when any item is illustrative (a placeholder CityBench made up). */
  hasIllustrative: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PlanView extends PlanSummary {
  visionEn: string;
  visionKo: string;
  /** Alignment tags of the whole plan; every item inherits them in the roll-up by tag. */
  alignment: string[];
  provenance: string;
  details: PlanDetails;
}

/** Editable fields of an item (what create/update/import take). */
export interface PlanItemFields {
  level: string;
  nameEn: string;
  nameKo: string;
  koTranslated: boolean;
  descriptionEn: string;
  descriptionKo: string;
  projectType: PlanProjectType | null;
  alignment: string[];
  leadDepartment: string;
  partners: string[];
  anchorCompanies: string[];
  horizon: PlanHorizon | null;
  /** YYYY-MM-DD. */
  startDate: string | null;
  endDate: string | null;
  status: PlanItemStatus;
  envelope: KrwText | null;
  illustrative: boolean;
  note: string;
  budget: PlanBudgetLineView[];
}

/** The engine's roll-up of one item (its subtree), money as text. */
export interface PlanItemRollupView {
  /** Sum of the budget lines on the item and all its descendants. */
  itemised: KrwText;
  /** envelope − itemised, only when the item has an envelope. */
  unallocated: KrwText | null;
  descendantsByLevel: Record<string, number>;
  descendantsByType: Record<PlanProjectType | 'unspecified', number>;
}

export interface PlanItemView extends PlanItemFields {
  id: string;
  planId: string;
  parentId: string | null;
  code: string;
  /** Order among siblings (0-based). */
  position: number;
  /** 1 for top-level items. */
  depth: number;
  rollup: PlanItemRollupView;
}

export interface PlanItemNode extends PlanItemView {
  children: PlanItemNode[];
}

export type RollupTypeKey = PlanProjectType | 'unspecified';
export type RollupHorizonKey = PlanHorizon | 'unspecified';

export interface PlanRollupView {
  /** Levels in order of first appearance (the plan's own level `plan` excluded). */
  levels: {
    level: string;
    items: number;
    byType: Record<RollupTypeKey, number>;
    byHorizon: Record<RollupHorizonKey, number>;
    envelope: KrwText;
    itemised: KrwText;
  }[];
  itemised: {
    total: KrwText;
    byYear: { year: number; amount: KrwText }[];
    bySource: Record<PlanFundingSource, KrwText>;
    byType: Record<RollupTypeKey, KrwText>;
    byHorizon: Record<RollupHorizonKey, KrwText>;
    /** Overlapping: a line counts under every tag it inherits from its item and ancestors. */
    byTag: { tag: string; amount: KrwText }[];
    untagged: KrwText;
    /** By year and source together (the table of the print document). */
    byYearSource: { year: number; source: PlanFundingSource; amount: KrwText }[];
  };
  envelopes: {
    stated: KrwText;
    itemisedWithin: KrwText;
    unallocated: KrwText;
    itemisedOutside: KrwText;
  };
  /** Item counts by alignment tag (own or inherited), sorted by tag. */
  itemsByTag: { tag: string; items: number }[];
}

export interface PlanDetail {
  plan: PlanView;
  /** Top-level items with their subtrees, in order. */
  items: PlanItemNode[];
  rollup: PlanRollupView;
}

export interface PlanInput {
  kind: PlanKind;
  nameEn: string;
  nameKo?: string;
  periodFrom?: number | null;
  periodTo?: number | null;
  visionEn?: string;
  visionKo?: string;
  alignment?: string[];
  status?: PlanStatus;
  provenance?: string;
  details?: PlanDetails;
}

export type PlanPatch = Partial<PlanInput>;

/** A new item: `parentId` null for top level; `position` defaults to the end; `code` is generated when absent. */
export type PlanItemInput = Partial<PlanItemFields> &
  Pick<PlanItemFields, 'level' | 'nameEn'> & {
    parentId?: string | null;
    code?: string;
    position?: number;
  };

/** Fields to change; `budget`, when given, replaces all the item's lines. */
export type PlanItemPatch = Partial<PlanItemFields> & { code?: string };

export interface PlanImportResult {
  plan: PlanView;
  /** Items stored. */
  items: number;
  /** Budget lines stored. */
  budgetLines: number;
}

/** A type alias (not an interface) so guardService can wrap it like the other services. */
export type PlanPortfolioServices = {
  /** Members (viewer and up) of the organisation; newest first. */
  listPlans(caller: PlanCaller, slug: string): Promise<PlanSummary[]>;
  /** The plan with its item tree and roll-ups. */
  getPlan(caller: PlanCaller, slug: string, planId: string): Promise<PlanDetail>;
  getRollup(caller: PlanCaller, slug: string, planId: string): Promise<PlanRollupView>;
  createPlan(caller: PlanCaller, slug: string, input: PlanInput): Promise<PlanView>;
  updatePlan(caller: PlanCaller, slug: string, planId: string, patch: PlanPatch): Promise<PlanView>;
  /** Deletes the plan, its items and budget lines. */
  deletePlan(caller: PlanCaller, slug: string, planId: string): Promise<void>;
  getItem(caller: PlanCaller, slug: string, planId: string, itemId: string): Promise<PlanItemView>;
  createItem(caller: PlanCaller, slug: string, planId: string, input: PlanItemInput): Promise<PlanItemView>;
  updateItem(
    caller: PlanCaller,
    slug: string,
    planId: string,
    itemId: string,
    patch: PlanItemPatch,
  ): Promise<PlanItemView>;
  /** Moves an item (with its subtree) under another parent (null = top level) at a position (default: end). */
  moveItem(
    caller: PlanCaller,
    slug: string,
    planId: string,
    itemId: string,
    to: { parentId: string | null; position?: number },
  ): Promise<PlanItemView>;
  /** Deletes the item and its subtree; returns how many items went. */
  deleteItem(caller: PlanCaller, slug: string, planId: string, itemId: string): Promise<{ deleted: number }>;
  /** The plan as one table (docs/api-contract-plans.md, "Plan table"). */
  exportPlan(caller: PlanCaller, slug: string, planId: string, format: 'csv' | 'xlsx'): Promise<ExportedFile>;
  /** A new plan from a plan table; every bad row named, nothing stored on any error. */
  importNewPlan(caller: PlanCaller, slug: string, table: UploadedTable): Promise<PlanImportResult>;
  /**
   * Replaces the plan's fields (from the table's plan row) and all its items, all or nothing. Items
   * whose code is in the table keep their id (so tracking data stays attached); the rest are deleted.
   */
  importIntoPlan(
    caller: PlanCaller,
    slug: string,
    planId: string,
    table: UploadedTable,
  ): Promise<PlanImportResult>;
  /** A print-ready HTML document (no external assets), in Korean (조/억) or English (billions). */
  planDocument(caller: PlanCaller, slug: string, planId: string, lang: 'ko' | 'en'): Promise<string>;
};

export type PlanServices = PlanPortfolioServices & PlanTrackingServices;
