/**
 * Survey use cases (issue 6), the part of the Services contract for surveys: kept apart from
 * contract.ts so the module can grow without touching the shared file. Types only (the web
 * imports them too). Two halves: collection (definitions, versions, templates, distribution,
 * answering; this file) and insights (analytics, exports, the innovation-capacity profile, and
 * expert assessments into an index edition; contract-survey-insights.ts).
 */
import type { SurveyInsightServices } from './contract-survey-insights.ts';

export type SurveyCollectionServices = Record<never, never>;

export type SurveyServices = SurveyCollectionServices & SurveyInsightServices;
