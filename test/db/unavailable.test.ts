import { describe, expect, it } from 'vitest';
import { createServices } from '../../src/services/create-services.ts';
import { createOperatorServices } from '../../src/services/operator.ts';
import { createTestDatabase, drivers, reportSkippedDrivers } from './support/databases.ts';
import { expectKind } from './support/fixtures.ts';

reportSkippedDrivers();

describe.each(drivers)('a lost database on %s', (driver) => {
  it('surfaces as `unavailable` from health and from every other use case', async () => {
    const fixture = await createTestDatabase(driver);
    const services = createServices(fixture.database);
    const operator = createOperatorServices(fixture.database);
    expect(await services.health()).toEqual({ database: 'ok' });
    // Closing is the portable way to lose the connection (PostgreSQL is then dropped as well).
    await fixture.dispose();
    await expectKind(services.health(), 'unavailable');
    await expectKind(services.organisations.publicBySlug('busan'), 'unavailable');
    await expectKind(services.auth.signIn('a@b.test', 'password', {}), 'unavailable');
    await expectKind(operator.exportOrganisation('busan'), 'unavailable');
  });
});
