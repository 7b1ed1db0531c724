/** The plans API under /api/orgs/{slug}/plans (docs/api-contract-plans.md). */
import type { ApiApp, RouteDeps } from './deps.ts';
import { registerPlanTrackingRoutes } from './plan-tracking.ts';
import { registerPlanPortfolioRoutes } from './plans-portfolio.ts';

export function registerPlanRoutes(app: ApiApp, deps: RouteDeps): void {
  registerPlanPortfolioRoutes(app, deps);
  registerPlanTrackingRoutes(app, deps);
}
