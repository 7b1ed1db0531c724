/** Survey definitions, distribution and public answering (docs/api-contract-surveys.md). */
import type { ApiApp, RouteDeps } from './deps.ts';

export function registerSurveyCollectionRoutes(_app: ApiApp, _deps: RouteDeps): void {}
