import type { Database } from '../../db/index.ts';
import type { PlanPortfolioServices } from '../contract-plans.ts';

/** Plans, item trees, budgets, roll-ups, import and export over one open database. */
export function createPlanPortfolioService(_database: Database): PlanPortfolioServices {
  return {};
}
