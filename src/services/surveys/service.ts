import type { Database } from '../../db/index.ts';
import type { SurveyServices } from '../contract-surveys.ts';

/** The survey use cases over one open database. */
export function createSurveyService(_database: Database): SurveyServices {
  return {};
}
