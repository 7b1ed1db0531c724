/** Survey analytics, exports, innovation-capacity profile, into the index (docs/api-contract-surveys.md). */
import type { ApiApp, RouteDeps } from './deps.ts';

export function registerSurveyInsightRoutes(_app: ApiApp, _deps: RouteDeps): void {}
