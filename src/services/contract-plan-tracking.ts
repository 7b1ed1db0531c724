/**
 * Plan tracking use cases (issue 5): master-plan workspace (notes, SWOT, vision, proposals),
 * prioritisation (scoring, AHP), roadmap and baselines, KPIs, progress, milestones, earned value,
 * meetings, the annual report, and the projected effect of items on the benchmark. Types only
 * (the web imports them too). HTTP shapes: docs/api-contract-plan-tracking.md.
 *
 * Conventions
 * - Every method takes a caller and the organisation slug and plan id; the plan must belong to
 *   that organisation, every item id to that plan (else `not_found`, never `forbidden`).
 * - Members of the organisation read (any role); editor and admin write; others: `not_found`.
 *   `'system'` is the operator through the CLI (full rights, audited with a null actor).
 * - Money is KRW in whole won as a decimal string (`"175000000"`), never a JSON number.
 * - Dates are ISO `YYYY-MM-DD`; times of day `HH:MM` (24 h, local time of the meeting).
 * - Rows CityBench invented for the demo carry `illustrative: true` and a `note`.
 */
import type { Actor, ExportedFile } from './contract.ts';

/** A signed-in member, or the operator through the CLI. */
export type TrackingCaller = Actor | 'system';

/** Whole won as a decimal string, e.g. "175000000" (negative values start with "-"). */
export type MoneyString = string;
export type IsoDate = string;

export interface Bilingual {
  en: string;
  ko: string;
}

/** Shared by every row that can be demo data. */
export interface Provenance {
  illustrative: boolean;
  /** Why the row is illustrative, or any other remark; empty when none. */
  note: string;
}

// ---- 3. Workspace: environment / as-is notes, vision, organisational proposals ----

/**
 * `environment` 환경분석 (external), `as-is` 현황분석 (internal), `vision` (the vision statement
 * elaborated: goals, values, strategic directions), `proposal` organisational and institutional
 * improvement proposals. The plan's one-line vision itself is the plan's `visionEn`/`visionKo`
 * (contract-plans.ts), shown here read-only.
 */
export const NOTE_KINDS = ['environment', 'as-is', 'vision', 'proposal'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface WorkspaceNote extends Provenance {
  id: string;
  kind: NoteKind;
  title: Bilingual;
  body: Bilingual;
  position: number;
  updatedAt: string;
}

export interface WorkspaceView {
  planId: string;
  /** The plan's vision statement (edited with the plan itself, contract-plans.ts). */
  vision: Bilingual;
  /** Every note, by kind (NOTE_KINDS order) then position. */
  notes: WorkspaceNote[];
}

export interface WorkspaceNoteInput {
  kind: NoteKind;
  title: Bilingual;
  body: Bilingual;
  /** Default: after the last note of its kind. */
  position?: number;
  illustrative?: boolean;
  note?: string;
}

// ---- 3. SWOT board with traceability to plan items ----

export const SWOT_QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];

export interface SwotItem extends Provenance {
  id: string;
  quadrant: SwotQuadrant;
  text: Bilingual;
  position: number;
  /** Plan items (strategies, tasks) this SWOT item justifies. */
  itemIds: string[];
}

export interface SwotBoard {
  planId: string;
  items: SwotItem[];
  /** The other direction of the same links: plan item id → SWOT item ids (only items with links). */
  byItem: Record<string, string[]>;
}

export interface SwotItemInput {
  quadrant: SwotQuadrant;
  text: Bilingual;
  position?: number;
  /** Replaces the links (each must be an item of this plan). */
  itemIds?: string[];
  illustrative?: boolean;
  note?: string;
}

// ---- 4. Prioritisation: weighted scoring and AHP ----

export interface CriterionView extends Provenance {
  id: string;
  /** Stable short code, e.g. `importance`, unique in the plan. */
  code: string;
  name: Bilingual;
  weight: number;
  /** `cost` for inverse criteria (cost, risk): a lower score is better. */
  direction: 'benefit' | 'cost';
  scaleMin: number;
  scaleMax: number;
  position: number;
}

export interface CriterionInput {
  code: string;
  name: Bilingual;
  weight: number;
  direction: 'benefit' | 'cost';
  scaleMin: number;
  scaleMax: number;
  illustrative?: boolean;
  note?: string;
}

export interface ScoreCell {
  itemId: string;
  criterion: string;
  score: number;
}

export interface CriteriaView {
  planId: string;
  criteria: CriterionView[];
  scores: ScoreCell[];
}

export interface AhpComputation {
  weights: number[];
  lambdaMax: number;
  ci: number;
  ri: number;
  cr: number;
  /** CR above `threshold` (0.1): show a warning and point at `mostInconsistentPair`. */
  inconsistent: boolean;
  /** Criterion codes of the judgement farthest from the weights, or null. */
  mostInconsistentPair: { row: string; column: string; judgement: number; implied: number } | null;
}

export interface AhpMatrixView {
  id: string;
  /** Who judged, e.g. "Expert A" or a person's name; unique in the plan. */
  expert: string;
  /** Criterion codes in the matrix's row order. */
  criteria: string[];
  matrix: number[][];
  /** False when the plan's criteria changed since the matrix was entered (codes differ). */
  current: boolean;
  result: AhpComputation;
  updatedAt: string;
}

export interface AhpView {
  planId: string;
  /** The plan's criterion codes in order: what a new matrix must cover. */
  criteria: string[];
  threshold: number;
  /** Random Index for n = 1…15 (Saaty; reference §3.2). */
  randomIndex: number[];
  matrices: AhpMatrixView[];
  /** Element-wise geometric mean of the current matrices, with its weights; null without any. */
  group: { experts: number; matrix: number[][]; result: AhpComputation } | null;
}

export interface AhpMatrixInput {
  expert: string;
  /** Criterion codes, in the order of the rows (must be the plan's criteria, any order). */
  criteria: string[];
  /** Square, reciprocal, Saaty 1–9 scale (a_ji = 1/a_ij). */
  matrix: number[][];
}

export interface RankedItem {
  itemId: string;
  /** Weighted total on 0–1. */
  total: number;
  rank: number;
  tied: boolean;
  /** Normalised contribution per criterion code (weight × normalised score / Σ weights). */
  contributions: Record<string, number>;
  horizon: Horizon | null;
}

export type Horizon = 'short' | 'mid' | 'long';

export interface PrioritiesView {
  planId: string;
  /** Where the criteria weights came from: entered, or applied from the AHP group result. */
  weightsFrom: 'entered' | 'ahp';
  ranked: RankedItem[];
  /** Items with at least one score but not all: excluded from the ranking until complete. */
  incomplete: string[];
}

export type HorizonRuleInput =
  | { by: 'rank'; shortMaxRank: number; midMaxRank: number }
  | { by: 'score'; shortMinTotal: number; midMinTotal: number };

export interface HorizonAssignment {
  itemId: string;
  from: Horizon | null;
  to: Horizon;
}

// ---- 5. Roadmap (Gantt) and baselines ----

export interface GanttRow {
  itemId: string;
  parentId: string | null;
  name: Bilingual;
  level: string;
  horizon: Horizon | null;
  start: IsoDate | null;
  end: IsoDate | null;
  /** Σ budget lines of the item itself. */
  budget: MoneyString;
  /** Budget per year of the item itself (years with a line only). */
  budgetByYear: Record<string, MoneyString>;
  milestones: { id: string; name: Bilingual; dueOn: IsoDate; doneOn: IsoDate | null }[];
}

export interface GanttView {
  planId: string;
  /** The years the rows span (from the plan period or the rows' dates). */
  years: number[];
  rows: GanttRow[];
}

export interface BaselineSummary {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string | null;
  items: number;
  budget: MoneyString;
}

export type BaselineChange = 'unchanged' | 'changed' | 'added' | 'removed';

export interface BaselineComparisonRow {
  itemId: string;
  name: Bilingual;
  change: BaselineChange;
  baseline: {
    start: IsoDate | null;
    end: IsoDate | null;
    horizon: Horizon | null;
    budget: MoneyString;
  } | null;
  current: {
    start: IsoDate | null;
    end: IsoDate | null;
    horizon: Horizon | null;
    budget: MoneyString;
  } | null;
  /** Days the start / end moved (positive = later); null when either side is missing. */
  startShiftDays: number | null;
  endShiftDays: number | null;
  budgetDelta: MoneyString;
}

export interface BaselineComparison {
  baseline: BaselineSummary;
  rows: BaselineComparisonRow[];
  totals: { baseline: MoneyString; current: MoneyString; delta: MoneyString };
  counts: Record<BaselineChange, number>;
}

// ---- 6. Tracking: KPIs, progress, milestones, costs, earned value ----

export type KpiDirection = 'higher-is-better' | 'lower-is-better';
export type RagStatus = 'red' | 'amber' | 'green';

export interface KpiYear {
  year: number;
  target: number | null;
  actual: number | null;
  /** Null unless both target and actual exist (rules: src/engine/planning/kpi.ts). */
  status: RagStatus | null;
  progress: number | null;
}

export interface KpiView extends Provenance {
  id: string;
  itemId: string;
  name: Bilingual;
  unit: string;
  direction: KpiDirection;
  baseline: number;
  baselineYear: number | null;
  /** Achievement ratio at or above which a year is green / amber (defaults 1 and 0.5). */
  greenAt: number;
  amberAt: number;
  years: KpiYear[];
  /** Status of the latest year with an actual value. */
  latest: KpiYear | null;
}

export interface KpiInput {
  name: Bilingual;
  unit: string;
  direction: KpiDirection;
  baseline: number;
  baselineYear?: number | null;
  greenAt?: number;
  amberAt?: number;
  years: { year: number; target: number | null; actual: number | null }[];
  illustrative?: boolean;
  note?: string;
}

export interface ProgressUpdate {
  id: string;
  itemId: string;
  reportedOn: IsoDate;
  /** Whole percent 0–100 of the item's work done at that date. */
  percentComplete: number;
  note: string;
  author: string | null;
  createdAt: string;
}

export interface ProgressInput {
  itemId: string;
  reportedOn: IsoDate;
  percentComplete: number;
  note?: string;
}

export interface MilestoneView extends Provenance {
  id: string;
  itemId: string;
  name: Bilingual;
  dueOn: IsoDate;
  doneOn: IsoDate | null;
  /** Relative to today (server clock): done, late (due passed, not done) or open. */
  state: 'done' | 'late' | 'open';
}

export interface MilestoneInput {
  itemId: string;
  name: Bilingual;
  dueOn: IsoDate;
  doneOn?: IsoDate | null;
  illustrative?: boolean;
  note?: string;
}

export interface CostEntry {
  id: string;
  itemId: string;
  spentOn: IsoDate;
  amount: MoneyString;
  /** Funding source label as in the budget lines (e.g. national, municipal, private). */
  source: string;
  note: string;
  createdAt: string;
}

export interface CostInput {
  itemId: string;
  spentOn: IsoDate;
  amount: MoneyString;
  source: string;
  note?: string;
}

export type EacFormula =
  | 'bac-over-cpi'
  | 'ac-plus-remaining-over-cpi'
  | 'ac-plus-remaining-over-cpi-spi'
  | 'ac-plus-remaining';

export interface EarnedValueFigures {
  bac: MoneyString;
  pv: MoneyString;
  ev: MoneyString;
  ac: MoneyString;
  sv: MoneyString;
  cv: MoneyString;
  spi: number | null;
  cpi: number | null;
  eac: MoneyString | null;
  etc: MoneyString | null;
  vac: MoneyString | null;
  /** Share of the BAC scheduled by `asOf` (0–1). */
  plannedShare: number;
  /** Latest reported percent complete at or before `asOf`, 0 when none. */
  percentComplete: number;
  /** Engine notes on undefined ratios (codes, e.g. `spi-undefined`). */
  notes: string[];
}

export interface EarnedValueView {
  planId: string;
  asOf: IsoDate;
  formula: EacFormula;
  /**
   * How PV is scheduled: each budget line of year Y is planned evenly over Y (1 Jan–31 Dec), so
   * PV = Σ lines of years before asOf + the asOf year's lines × elapsed share of that year.
   */
  method: string;
  items: (EarnedValueFigures & { itemId: string; name: Bilingual })[];
  total: EarnedValueFigures;
}

export interface EarnedValueQuery {
  /** Default: today (server clock). */
  asOf?: IsoDate;
  formula?: EacFormula;
}

export interface TrackingView {
  planId: string;
  kpis: KpiView[];
  progress: ProgressUpdate[];
  milestones: MilestoneView[];
  costs: CostEntry[];
}

// ---- 6. Annual implementation plan and performance report (실행계획 / 추진실적) ----

export type ReportFormat = 'xlsx' | 'html';
export type ReportLanguage = 'ko' | 'en';

export interface ReportQuery {
  /** The implementation-plan year; the performance part covers year − 1. */
  year: number;
  format: ReportFormat;
  lang: ReportLanguage;
}

// ---- 8. Meetings ----

export const MEETING_KINDS = ['briefing', 'kickoff', 'meeting', 'workshop', 'review'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export interface AgendaSlotView {
  position: number;
  start: string;
  end: string;
  minutes: number;
  title: Bilingual;
  presenter: string;
  notes: string;
}

export interface MeetingParticipants {
  /** Head count as reported; `approximate` for "approx. 30". */
  count: number | null;
  approximate: boolean;
  /** Groups attending, e.g. "City officials". */
  groups: Bilingual[];
  /** Named attendees, when known. */
  people: { name: string; affiliation: string; role: string }[];
}

export const MEETING_RECORD_KINDS = ['feedback', 'decision', 'action', 'question'] as const;
export type MeetingRecordKind = (typeof MEETING_RECORD_KINDS)[number];

export interface MeetingRecord {
  id: string;
  kind: MeetingRecordKind;
  text: Bilingual;
  /** Plan items this feedback or decision concerns. */
  itemIds: string[];
  createdAt: string;
}

export interface MeetingSummary extends Provenance {
  id: string;
  kind: MeetingKind;
  title: Bilingual;
  heldOn: IsoDate;
  startsAt: string | null;
  venue: Bilingual;
  records: number;
}

export interface MeetingView extends MeetingSummary {
  purpose: Bilingual;
  participants: MeetingParticipants;
  agenda: AgendaSlotView[];
  /** Σ agenda minutes, and whether the slots follow each other without gap or overlap. */
  agendaMinutes: number;
  agendaContiguous: boolean;
  recordList: MeetingRecord[];
}

export interface AgendaSlotInput {
  start: string;
  end: string;
  title: Bilingual;
  presenter?: string;
  notes?: string;
}

export interface MeetingInput {
  kind: MeetingKind;
  title: Bilingual;
  heldOn: IsoDate;
  startsAt?: string | null;
  venue: Bilingual;
  purpose?: Bilingual;
  participants?: MeetingParticipants;
  /** Replaces the agenda; each slot's end after its start; minutes are derived. */
  agenda?: AgendaSlotInput[];
  illustrative?: boolean;
  note?: string;
}

export interface MeetingRecordInput {
  kind: MeetingRecordKind;
  text: Bilingual;
  itemIds?: string[];
}

// ---- 7. Link to the benchmark ----

export type FactorChangeKind = 'delta' | 'percent';

export interface FactorLink extends Provenance {
  itemId: string;
  /** Benchmark factor code of the organisation's framework. */
  factor: string;
  /** `delta`: add `amount` in the factor's unit; `percent`: change by `amount` %. */
  kind: FactorChangeKind;
  amount: number;
}

export interface FactorLinkInput {
  factor: string;
  kind: FactorChangeKind;
  amount: number;
  illustrative?: boolean;
  note?: string;
}

export interface EffectScore {
  rating: number;
  score: number;
  /** Null when the city is not ranked (associate). */
  rank: number | null;
}

export interface EffectFactorChange {
  factor: string;
  name: Bilingual;
  area: string;
  unit: string;
  current: number | null;
  projected: number | null;
  itemIds: string[];
}

export interface ProjectedEffect {
  planId: string;
  /** Null: the whole plan (every item's links summed). */
  itemId: string | null;
  edition: { number: number; label: string; synthetic: boolean; provenance: string };
  city: { code: string; name: Bilingual };
  changes: EffectFactorChange[];
  /** Linked factor codes that are not in the edition's framework (ignored). */
  unknownFactors: string[];
  before: EffectScore;
  after: EffectScore;
  areas: { area: string; before: EffectScore; after: EffectScore }[];
  /** True when any link or the edition itself is illustrative / synthetic. */
  illustrative: boolean;
}

// ---- The service ----

/** Plan tracking methods, merged into `PlanServices` (contract-plans.ts). */
export interface PlanTrackingServices {
  // Workspace
  workspace(caller: TrackingCaller, slug: string, planId: string): Promise<WorkspaceView>;
  createWorkspaceNote(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    input: WorkspaceNoteInput,
  ): Promise<WorkspaceNote>;
  updateWorkspaceNote(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    noteId: string,
    input: WorkspaceNoteInput,
  ): Promise<WorkspaceNote>;
  deleteWorkspaceNote(caller: TrackingCaller, slug: string, planId: string, noteId: string): Promise<void>;

  // SWOT
  swotBoard(caller: TrackingCaller, slug: string, planId: string): Promise<SwotBoard>;
  createSwotItem(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    input: SwotItemInput,
  ): Promise<SwotItem>;
  updateSwotItem(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    swotId: string,
    input: SwotItemInput,
  ): Promise<SwotItem>;
  deleteSwotItem(caller: TrackingCaller, slug: string, planId: string, swotId: string): Promise<void>;

  // Prioritisation
  criteria(caller: TrackingCaller, slug: string, planId: string): Promise<CriteriaView>;
  /** Replaces the plan's criteria (scores of removed criteria go with them). */
  saveCriteria(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    criteria: CriterionInput[],
  ): Promise<CriteriaView>;
  /** Upserts score cells; `score: null` removes a cell. */
  saveScores(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    cells: { itemId: string; criterion: string; score: number | null }[],
  ): Promise<CriteriaView>;
  ahp(caller: TrackingCaller, slug: string, planId: string): Promise<AhpView>;
  /** Creates or replaces the matrix of `input.expert`; rejects a malformed matrix (`invalid`). */
  saveAhpMatrix(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    input: AhpMatrixInput,
  ): Promise<AhpView>;
  deleteAhpMatrix(caller: TrackingCaller, slug: string, planId: string, matrixId: string): Promise<AhpView>;
  /** Sets the criteria weights to the AHP group weights (conflict when there is no current matrix). */
  applyAhpWeights(caller: TrackingCaller, slug: string, planId: string): Promise<CriteriaView>;
  priorities(caller: TrackingCaller, slug: string, planId: string): Promise<PrioritiesView>;
  /** Assigns horizons to the ranked items by the rule and writes them to the plan items. */
  assignHorizons(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    rule: HorizonRuleInput,
  ): Promise<{ assignments: HorizonAssignment[]; priorities: PrioritiesView }>;

  // Roadmap and baselines
  gantt(caller: TrackingCaller, slug: string, planId: string): Promise<GanttView>;
  baselines(caller: TrackingCaller, slug: string, planId: string): Promise<BaselineSummary[]>;
  saveBaseline(caller: TrackingCaller, slug: string, planId: string, name: string): Promise<BaselineSummary>;
  deleteBaseline(caller: TrackingCaller, slug: string, planId: string, baselineId: string): Promise<void>;
  compareBaseline(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    baselineId: string,
  ): Promise<BaselineComparison>;

  // Tracking
  tracking(caller: TrackingCaller, slug: string, planId: string): Promise<TrackingView>;
  itemKpis(caller: TrackingCaller, slug: string, planId: string, itemId: string): Promise<KpiView[]>;
  createKpi(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    itemId: string,
    input: KpiInput,
  ): Promise<KpiView>;
  updateKpi(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    kpiId: string,
    input: KpiInput,
  ): Promise<KpiView>;
  deleteKpi(caller: TrackingCaller, slug: string, planId: string, kpiId: string): Promise<void>;
  addProgress(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    input: ProgressInput,
  ): Promise<ProgressUpdate>;
  deleteProgress(caller: TrackingCaller, slug: string, planId: string, progressId: string): Promise<void>;
  createMilestone(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    input: MilestoneInput,
  ): Promise<MilestoneView>;
  updateMilestone(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    milestoneId: string,
    input: MilestoneInput,
  ): Promise<MilestoneView>;
  deleteMilestone(caller: TrackingCaller, slug: string, planId: string, milestoneId: string): Promise<void>;
  addCost(caller: TrackingCaller, slug: string, planId: string, input: CostInput): Promise<CostEntry>;
  deleteCost(caller: TrackingCaller, slug: string, planId: string, costId: string): Promise<void>;
  earnedValue(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    query: EarnedValueQuery,
  ): Promise<EarnedValueView>;
  /** The annual 실행계획 (year) and 추진실적 (year − 1) as an XLSX workbook or print-ready HTML. */
  annualReport(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    query: ReportQuery,
  ): Promise<ExportedFile>;

  // Meetings
  meetings(caller: TrackingCaller, slug: string, planId: string): Promise<MeetingSummary[]>;
  meeting(caller: TrackingCaller, slug: string, planId: string, meetingId: string): Promise<MeetingView>;
  createMeeting(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    input: MeetingInput,
  ): Promise<MeetingView>;
  updateMeeting(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    meetingId: string,
    input: MeetingInput,
  ): Promise<MeetingView>;
  deleteMeeting(caller: TrackingCaller, slug: string, planId: string, meetingId: string): Promise<void>;
  addMeetingRecord(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    meetingId: string,
    input: MeetingRecordInput,
  ): Promise<MeetingView>;
  deleteMeetingRecord(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    meetingId: string,
    recordId: string,
  ): Promise<MeetingView>;

  // Benchmark link
  itemFactors(caller: TrackingCaller, slug: string, planId: string, itemId: string): Promise<FactorLink[]>;
  /** Replaces the item's factor links. */
  saveItemFactors(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    itemId: string,
    links: FactorLinkInput[],
  ): Promise<FactorLink[]>;
  /** Every factor link of the plan. */
  planFactors(caller: TrackingCaller, slug: string, planId: string): Promise<FactorLink[]>;
  /** Rating and rank before/after in the latest published edition, for one item or the whole plan. */
  projectedEffect(
    caller: TrackingCaller,
    slug: string,
    planId: string,
    itemId: string | null,
  ): Promise<ProjectedEffect>;
}
