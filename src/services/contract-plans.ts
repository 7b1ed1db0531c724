/**
 * Strategic plans use cases (issue 5), the part of the Services contract for plans: kept apart
 * from contract.ts so the module can grow without touching the shared file. Types only (the web
 * imports them too). Two halves: the portfolio (plans, item trees, budgets, roll-ups, import and
 * export; this file) and tracking (workspace, prioritisation, roadmap, KPIs, meetings, link to
 * the benchmark; contract-plan-tracking.ts).
 */
import type { PlanTrackingServices } from './contract-plan-tracking.ts';

export type PlanPortfolioServices = Record<never, never>;

export type PlanServices = PlanPortfolioServices & PlanTrackingServices;
