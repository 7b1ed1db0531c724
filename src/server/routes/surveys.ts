/**
 * The surveys API (docs/api-contract-surveys.md): management under /api/orgs/{slug}/surveys and
 * the public answering routes under /api/respond.
 */
import type { ApiApp, RouteDeps } from './deps.ts';
import { registerSurveyInsightRoutes } from './survey-insights.ts';
import { registerSurveyCollectionRoutes } from './surveys-collection.ts';

export function registerSurveyRoutes(app: ApiApp, deps: RouteDeps): void {
  registerSurveyCollectionRoutes(app, deps);
  registerSurveyInsightRoutes(app, deps);
}
