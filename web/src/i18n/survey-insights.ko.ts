import type { enSurveyInsights } from './survey-insights.en.ts';

/** Korean strings of the survey-insights pages: every English key must be here (a compile error otherwise). */
export const koSurveyInsights: { readonly [K in keyof typeof enSurveyInsights]: string } = {
  'surveyInsights.title': '설문 분석',
};
