import type { enSurveys } from './surveys.en.ts';

/** Korean strings of the surveys module: every English key must be here (a compile error otherwise). */
export const koSurveys: { readonly [K in keyof typeof enSurveys]: string } = {
  'surveys.title': '설문조사',
};
