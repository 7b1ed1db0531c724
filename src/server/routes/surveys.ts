/**
 * The surveys API (docs/api-contract-surveys.md): management under /api/orgs/{slug}/surveys and
 * the public answering routes under /api/respond.
 */
import type { ApiApp, RouteDeps } from './deps.ts';

export function registerSurveyRoutes(_app: ApiApp, _deps: RouteDeps): void {}
