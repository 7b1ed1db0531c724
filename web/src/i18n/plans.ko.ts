import type { enPlans } from './plans.en.ts';

/** Korean strings of the plans module: every English key must be here (a compile error otherwise). */
export const koPlans: { readonly [K in keyof typeof enPlans]: string } = {
  'plans.title': '계획',
};
