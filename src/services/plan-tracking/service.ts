import type { Database } from '../../db/index.ts';
import type { PlanTrackingServices } from '../contract-plan-tracking.ts';
import { planReadAccess } from './access.ts';
import { factorMethods } from './effect.ts';
import { meetingMethods } from './meetings.ts';
import { priorityMethods } from './priorities.ts';
import { loadAnnualReport, renderReport } from './report.ts';
import { roadmapMethods } from './roadmap.ts';
import { trackingMethods } from './tracking.ts';
import { integerIn, oneOf, today } from './validate.ts';
import { workspaceMethods } from './workspace.ts';

/** Workspace, prioritisation, roadmap, tracking, meetings and benchmark effect over one database. */
export function createPlanTrackingService(database: Database): PlanTrackingServices {
  const { db } = database;
  return {
    ...workspaceMethods(database),
    ...priorityMethods(database),
    ...roadmapMethods(database),
    ...trackingMethods(database),
    ...meetingMethods(database),
    ...factorMethods(database),

    async annualReport(caller, slug, planId, query) {
      const { org, plan } = await planReadAccess(db, caller, slug, planId);
      const year = integerIn(query.year, 'year', 1900, 2200);
      const format = oneOf(query.format, ['xlsx', 'html'] as const, 'format');
      const lang = oneOf(query.lang, ['ko', 'en'] as const, 'lang');
      return renderReport(await loadAnnualReport(db, org, plan, year, today()), format, lang);
    },
  };
}
