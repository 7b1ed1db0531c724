import type { Database } from '../../db/index.ts';
import type { PlanServices } from '../contract-plans.ts';
import { createPlanTrackingService } from '../plan-tracking/service.ts';
import { createPlanPortfolioService } from './portfolio-service.ts';

/** The plans use cases over one open database: the portfolio half and the tracking half. */
export function createPlanService(database: Database): PlanServices {
  return { ...createPlanPortfolioService(database), ...createPlanTrackingService(database) };
}
