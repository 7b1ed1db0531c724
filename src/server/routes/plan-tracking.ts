/** Workspace, prioritisation, roadmap, tracking, meetings, benchmark effect (docs/api-contract-plan-tracking.md). */
import type { PlanTrackingServices } from '../../services/contract-plan-tracking.ts';
import type { ApiApp, RouteDeps } from './deps.ts';
import { registerPlanTrackingMeetingRoutes } from './plan-tracking-meetings.ts';
import { registerPlanTrackingProgressRoutes } from './plan-tracking-progress.ts';
import { registerPlanTrackingWorkspaceRoutes } from './plan-tracking-workspace.ts';

export function registerPlanTrackingRoutes(app: ApiApp, { services }: RouteDeps): void {
  const tracking: PlanTrackingServices = services.plans;
  registerPlanTrackingWorkspaceRoutes(app, tracking);
  registerPlanTrackingProgressRoutes(app, tracking);
  registerPlanTrackingMeetingRoutes(app, tracking);
}
