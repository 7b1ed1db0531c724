import type { Database } from '../../db/index.ts';
import type { PlanTrackingServices } from '../contract-plan-tracking.ts';

/** Workspace, prioritisation, roadmap, tracking, meetings and benchmark effect over one database. */
export function createPlanTrackingService(_database: Database): PlanTrackingServices {
  return {};
}
