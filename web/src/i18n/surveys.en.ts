/** English strings of the surveys module; merged into the app dictionary by en.ts. */
export const enSurveys = {
  'surveys.title': 'Surveys',
} as const;
