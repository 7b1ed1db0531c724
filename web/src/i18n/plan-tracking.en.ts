/** English strings of the plan-tracking pages; merged into the app dictionary by en.ts. */
export const enPlanTracking = {
  'planTracking.title': 'plan tracking',
} as const;
