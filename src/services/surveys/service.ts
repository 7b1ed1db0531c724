import type { Database } from '../../db/index.ts';
import type { SurveyServices } from '../contract-surveys.ts';
import { createSurveyInsightService } from '../survey-insights/service.ts';
import { createSurveyCollectionService } from './collection-service.ts';

/** The survey use cases over one open database: the collection half and the insights half. */
export function createSurveyService(database: Database): SurveyServices {
  return { ...createSurveyCollectionService(database), ...createSurveyInsightService(database) };
}
