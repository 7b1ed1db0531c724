/** English strings of the survey-insights pages; merged into the app dictionary by en.ts. */
export const enSurveyInsights = {
  'surveyInsights.title': 'survey insights',
} as const;
