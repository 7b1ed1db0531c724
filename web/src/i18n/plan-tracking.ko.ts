import type { enPlanTracking } from './plan-tracking.en.ts';

/** Korean strings of the plan-tracking pages: every English key must be here (a compile error otherwise). */
export const koPlanTracking: { readonly [K in keyof typeof enPlanTracking]: string } = {
  'planTracking.title': '계획 추적',
};
