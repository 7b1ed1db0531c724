import type { Database } from '../../db/index.ts';
import type { PlanServices } from '../contract-plans.ts';

/** The plans use cases over one open database. */
export function createPlanService(_database: Database): PlanServices {
  return {};
}
