/** Workspace, prioritisation, roadmap, tracking, meetings, benchmark effect (docs/api-contract-plans.md). */
import type { ApiApp, RouteDeps } from './deps.ts';

export function registerPlanTrackingRoutes(_app: ApiApp, _deps: RouteDeps): void {}
