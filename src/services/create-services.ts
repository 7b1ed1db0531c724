import type { Database } from '../db/index.ts';
import { createAuditService } from './audit.ts';
import { createAuthService } from './auth.ts';
import { createBenchmarkService } from './benchmark/service.ts';
import type { Services } from './contract.ts';
import { guardService } from './db-errors.ts';
import { resolveOptions, type ServiceOptions } from './options.ts';
import { createOrganisationService } from './organisations.ts';
import { createPlanService } from './plans/service.ts';
import { createPublishedService } from './published.ts';
import { createSurveyService } from './surveys/service.ts';
import { createUserService } from './users.ts';

/**
 * The Services of contract.ts over one open database (PGlite or PostgreSQL, same code). Every
 * method is guarded: a lost database is `unavailable`, a unique violation `conflict`.
 */
export function createServices(database: Database, options: Partial<ServiceOptions> = {}): Services {
  const resolved = resolveOptions(options);
  const health: Services['health'] = async () => {
    await database.ping();
    return { database: 'ok' };
  };
  return {
    health: guardService({ health }).health,
    auth: guardService(createAuthService(database, resolved)),
    organisations: guardService(createOrganisationService(database)),
    users: guardService(createUserService(database)),
    audit: guardService(createAuditService(database)),
    published: guardService(createPublishedService(database)),
    benchmark: guardService(createBenchmarkService(database)),
    plans: guardService(createPlanService(database)),
    surveys: guardService(createSurveyService(database)),
  };
}
