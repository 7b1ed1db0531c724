import type { Database } from '../../db/index.ts';
import type { SurveyCollectionServices } from '../contract-surveys.ts';

/** Definitions, versions, templates, distribution and answering over one open database. */
export function createSurveyCollectionService(_database: Database): SurveyCollectionServices {
  return {};
}
