import {
  anyAdminExists,
  type Database,
  findOrganisationBySlug,
  findUserByEmail,
  insertOrganisation,
  LOCK_KEYS,
  lockForTransaction,
} from '../db/index.ts';
import { writeAudit } from './audit-log.ts';
import { seedBenchmarkDemo } from './benchmark/seed-demo.ts';
import { ServiceError } from './errors.ts';
import { insertMember } from './members.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { seedPlanTrackingDemo } from './plan-tracking/seed-demo.ts';
import { seedPlansDemo } from './plans/seed-demo.ts';
import { loadPublishedData } from './published-data.ts';
import { seedSurveyInsightsDemo } from './survey-insights/seed-demo.ts';
import { seedSurveysDemo } from './surveys/seed-demo.ts';
import { toOrganisationView } from './views.ts';

export const DEMO_ORGANISATION = {
  slug: 'busan',
  name: 'Busan Metropolitan City',
  nameKo: '부산광역시',
  city: 'Busan',
  isPublic: true,
} as const;

export const BOOTSTRAP_ADMIN_EMAIL = 'admin@citybench.local';

/** Idempotent: the demo organisation and the published SCI data, each created once. */
export async function seedDemo(database: Database, onProgress: (message: string) => void = () => {}) {
  return database.db.transaction(async (tx) => {
    // Two servers starting at once on one PostgreSQL database must not both seed.
    await lockForTransaction(tx, LOCK_KEYS.seed);
    let organisationCreated = false;
    if (!(await findOrganisationBySlug(tx, DEMO_ORGANISATION.slug))) {
      const org = await insertOrganisation(tx, DEMO_ORGANISATION);
      await writeAudit(tx, {
        orgId: org.id,
        actor: null,
        action: 'organisation.create',
        entity: 'organisation',
        entityId: org.id,
        before: null,
        after: toOrganisationView(org),
      });
      organisationCreated = true;
    }
    const publishedLoaded = await loadPublishedData(tx);
    const demoOrg = await findOrganisationBySlug(tx, DEMO_ORGANISATION.slug);
    if (demoOrg) {
      await seedBenchmarkDemo(tx, demoOrg, onProgress);
      await seedPlansDemo(tx, demoOrg, onProgress);
      await seedPlanTrackingDemo(tx, demoOrg, onProgress);
      await seedSurveysDemo(tx, demoOrg, onProgress);
      await seedSurveyInsightsDemo(tx, demoOrg, onProgress);
    }
    return { organisationCreated, publishedLoaded };
  });
}

/**
 * First start: when no organisation has an admin, create admin@citybench.local in the demo
 * organisation with a random password, returned once so `serve` can print it.
 */
export async function ensureAdmin(database: Database): Promise<{ email: string; password: string } | null> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return database.db.transaction(async (tx) => {
    await lockForTransaction(tx, LOCK_KEYS.seed);
    if (await anyAdminExists(tx)) return null;
    const org = await findOrganisationBySlug(tx, DEMO_ORGANISATION.slug);
    if (!org) throw new ServiceError('not_found', 'the demo organisation does not exist yet: seed first');
    if (await findUserByEmail(tx, BOOTSTRAP_ADMIN_EMAIL)) {
      throw new ServiceError(
        'conflict',
        `no organisation has an admin, but ${BOOTSTRAP_ADMIN_EMAIL} exists without the admin role; ` +
          'create one with `citybench admin create --email <address>`',
      );
    }
    await insertMember(
      tx,
      { orgId: org.id, email: BOOTSTRAP_ADMIN_EMAIL, name: 'Administrator', role: 'admin', passwordHash },
      null,
    );
    return { email: BOOTSTRAP_ADMIN_EMAIL, password };
  });
}
