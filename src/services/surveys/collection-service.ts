import type { Database } from '../../db/index.ts';
import type { SurveyCollectionServices } from '../contract-surveys.ts';
import { createSurveyDistribution } from './distribution.ts';
import { createSurveyManagement } from './management.ts';
import { createSurveyRespond } from './respond.ts';

/** Definitions, versions, templates, distribution and answering over one open database. */
export function createSurveyCollectionService(database: Database): SurveyCollectionServices {
  return {
    ...createSurveyManagement(database),
    ...createSurveyDistribution(database),
    ...createSurveyRespond(database),
  };
}
