/**
 * Survey insight use cases (issue 6): analytics and exports of responses, the innovation-capacity
 * profile against peers, and closed expert-assessment surveys into an edition's assessments.
 * Types only.
 */
export type SurveyInsightServices = Record<never, never>;
