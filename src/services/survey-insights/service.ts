import type { Database } from '../../db/index.ts';
import type { SurveyInsightServices } from '../contract-survey-insights.ts';

/** Analytics, exports, the innovation-capacity profile and surveys into the index, over one database. */
export function createSurveyInsightService(_database: Database): SurveyInsightServices {
  return {};
}
