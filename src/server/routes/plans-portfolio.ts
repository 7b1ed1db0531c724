/** Plans, item trees, budgets, roll-ups, import and export (docs/api-contract-plans.md). */
import type { ApiApp, RouteDeps } from './deps.ts';

export function registerPlanPortfolioRoutes(_app: ApiApp, _deps: RouteDeps): void {}
