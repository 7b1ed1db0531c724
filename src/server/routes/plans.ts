/** The plans API under /api/orgs/{slug}/plans (docs/api-contract-plans.md). */
import type { ApiApp, RouteDeps } from './deps.ts';

export function registerPlanRoutes(_app: ApiApp, _deps: RouteDeps): void {}
