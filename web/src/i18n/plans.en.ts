/** English strings of the plans module; merged into the app dictionary by en.ts. */
export const enPlans = {
  'plans.title': 'Plans',
} as const;
