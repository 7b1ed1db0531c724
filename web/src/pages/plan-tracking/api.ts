/**
 * The plan-tracking routes of docs/api-contract-plan-tracking.md (under
 * /api/orgs/{slug}/plans/{planId}) and the plan detail they refer to, typed with the service
 * contract.
 */

import type { PlanDetail } from '../../../../src/services/contract-plans.ts';
import { apiRequest } from '../../api/http.ts';
import type {
  AhpMatrixInput,
  AhpView,
  BaselineComparison,
  BaselineSummary,
  CostEntry,
  CostInput,
  CriteriaView,
  EarnedValueQuery,
  EarnedValueView,
  FactorLink,
  FactorLinkInput,
  GanttView,
  HorizonAssignment,
  HorizonRuleInput,
  KpiInput,
  KpiView,
  MeetingInput,
  MeetingRecordInput,
  MeetingSummary,
  MeetingView,
  MilestoneInput,
  MilestoneView,
  PrioritiesView,
  ProgressInput,
  ProgressUpdate,
  ProjectedEffect,
  ReportQuery,
  SwotBoard,
  SwotItem,
  SwotItemInput,
  TrackingView,
  WorkspaceNote,
  WorkspaceNoteInput,
  WorkspaceView,
} from './contract.ts';

export const plansBase = (slug: string) => `/api/orgs/${encodeURIComponent(slug)}/plans`;
const base = (slug: string, planId: string) => `${plansBase(slug)}/${encodeURIComponent(planId)}`;
const id = encodeURIComponent;

/** Lists arrive as `{ items: [...] }` (the API's convention); a bare array is accepted too. */
export function asItems<T>(body: T[] | { items: T[] }): T[] {
  return Array.isArray(body) ? body : body.items;
}

export const getPlanDetail = (slug: string, planId: string) =>
  apiRequest<PlanDetail>('GET', base(slug, planId));

// Workspace
export const getWorkspace = (slug: string, planId: string) =>
  apiRequest<WorkspaceView>('GET', `${base(slug, planId)}/workspace`);
export const createNote = (slug: string, planId: string, input: WorkspaceNoteInput) =>
  apiRequest<WorkspaceNote>('POST', `${base(slug, planId)}/workspace/notes`, input);
export const deleteNote = (slug: string, planId: string, noteId: string) =>
  apiRequest<void>('DELETE', `${base(slug, planId)}/workspace/notes/${id(noteId)}`);

// SWOT
export const getSwot = (slug: string, planId: string) =>
  apiRequest<SwotBoard>('GET', `${base(slug, planId)}/swot`);
export const createSwot = (slug: string, planId: string, input: SwotItemInput) =>
  apiRequest<SwotItem>('POST', `${base(slug, planId)}/swot`, input);
export const updateSwot = (slug: string, planId: string, swotId: string, input: SwotItemInput) =>
  apiRequest<SwotItem>('PUT', `${base(slug, planId)}/swot/${id(swotId)}`, input);
export const deleteSwot = (slug: string, planId: string, swotId: string) =>
  apiRequest<void>('DELETE', `${base(slug, planId)}/swot/${id(swotId)}`);

// Prioritisation
export const getCriteria = (slug: string, planId: string) =>
  apiRequest<CriteriaView>('GET', `${base(slug, planId)}/criteria`);
export const saveScores = (
  slug: string,
  planId: string,
  cells: { itemId: string; criterion: string; score: number | null }[],
) => apiRequest<CriteriaView>('PUT', `${base(slug, planId)}/scores`, { cells });
export const getAhp = (slug: string, planId: string) =>
  apiRequest<AhpView>('GET', `${base(slug, planId)}/ahp`);
export const saveAhpMatrix = (slug: string, planId: string, input: AhpMatrixInput) =>
  apiRequest<AhpView>('PUT', `${base(slug, planId)}/ahp`, input);
export const applyAhpWeights = (slug: string, planId: string) =>
  apiRequest<CriteriaView>('POST', `${base(slug, planId)}/ahp/apply`);
export const getPriorities = (slug: string, planId: string) =>
  apiRequest<PrioritiesView>('GET', `${base(slug, planId)}/priorities`);
export const assignHorizons = (slug: string, planId: string, rule: HorizonRuleInput) =>
  apiRequest<{ assignments: HorizonAssignment[]; priorities: PrioritiesView }>(
    'POST',
    `${base(slug, planId)}/priorities/horizons`,
    rule,
  );

// Roadmap
export const getRoadmap = (slug: string, planId: string) =>
  apiRequest<GanttView>('GET', `${base(slug, planId)}/roadmap`);
export const getBaselines = async (slug: string, planId: string) =>
  asItems(
    await apiRequest<BaselineSummary[] | { items: BaselineSummary[] }>(
      'GET',
      `${base(slug, planId)}/baselines`,
    ),
  );
export const saveBaseline = (slug: string, planId: string, name: string) =>
  apiRequest<BaselineSummary>('POST', `${base(slug, planId)}/baselines`, { name });
export const compareBaseline = (slug: string, planId: string, baselineId: string) =>
  apiRequest<BaselineComparison>('GET', `${base(slug, planId)}/baselines/${id(baselineId)}/compare`);

// Tracking
export const getTracking = (slug: string, planId: string) =>
  apiRequest<TrackingView>('GET', `${base(slug, planId)}/tracking`);
export const createKpi = (slug: string, planId: string, itemId: string, input: KpiInput) =>
  apiRequest<KpiView>('POST', `${base(slug, planId)}/items/${id(itemId)}/kpis`, input);
export const addProgress = (slug: string, planId: string, input: ProgressInput) =>
  apiRequest<ProgressUpdate>('POST', `${base(slug, planId)}/progress`, input);
export const createMilestone = (slug: string, planId: string, input: MilestoneInput) =>
  apiRequest<MilestoneView>('POST', `${base(slug, planId)}/milestones`, input);
export const updateMilestone = (slug: string, planId: string, milestoneId: string, input: MilestoneInput) =>
  apiRequest<MilestoneView>('PUT', `${base(slug, planId)}/milestones/${id(milestoneId)}`, input);
export const addCost = (slug: string, planId: string, input: CostInput) =>
  apiRequest<CostEntry>('POST', `${base(slug, planId)}/costs`, input);
export function getEarnedValue(slug: string, planId: string, query: EarnedValueQuery = {}) {
  const params = new URLSearchParams();
  if (query.asOf) params.set('asOf', query.asOf);
  if (query.formula) params.set('formula', query.formula);
  const qs = params.size > 0 ? `?${params}` : '';
  return apiRequest<EarnedValueView>('GET', `${base(slug, planId)}/evm${qs}`);
}
export function reportPath(slug: string, planId: string, query: ReportQuery): string {
  const params = new URLSearchParams({ year: String(query.year), format: query.format, lang: query.lang });
  return `${base(slug, planId)}/report?${params}`;
}

// Meetings
export const getMeetings = async (slug: string, planId: string) =>
  asItems(
    await apiRequest<MeetingSummary[] | { items: MeetingSummary[] }>('GET', `${base(slug, planId)}/meetings`),
  );
export const getMeeting = (slug: string, planId: string, meetingId: string) =>
  apiRequest<MeetingView>('GET', `${base(slug, planId)}/meetings/${id(meetingId)}`);
export const createMeeting = (slug: string, planId: string, input: MeetingInput) =>
  apiRequest<MeetingView>('POST', `${base(slug, planId)}/meetings`, input);
export const addMeetingRecord = (
  slug: string,
  planId: string,
  meetingId: string,
  input: MeetingRecordInput,
) => apiRequest<MeetingView>('POST', `${base(slug, planId)}/meetings/${id(meetingId)}/records`, input);

// Benchmark link
export const getPlanFactors = async (slug: string, planId: string) =>
  asItems(await apiRequest<FactorLink[] | { items: FactorLink[] }>('GET', `${base(slug, planId)}/factors`));
export const saveItemFactors = async (
  slug: string,
  planId: string,
  itemId: string,
  links: FactorLinkInput[],
) =>
  asItems(
    await apiRequest<FactorLink[] | { items: FactorLink[] }>(
      'PUT',
      `${base(slug, planId)}/items/${id(itemId)}/factors`,
      {
        links,
      },
    ),
  );
export function getEffect(slug: string, planId: string, itemId: string | null) {
  const qs = itemId ? `?${new URLSearchParams({ itemId })}` : '';
  return apiRequest<ProjectedEffect>('GET', `${base(slug, planId)}/effect${qs}`);
}
