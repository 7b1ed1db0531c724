/** Plan-tracking tables: cascades from plans and items, and the CHECK constraints (PGlite and PostgreSQL). */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.ts';
import { createTestDatabase, drivers, reportSkippedDrivers, type TestDatabase } from './support/databases.ts';

reportSkippedDrivers();

describe.each(drivers)('plan-tracking tables on %s', (driver) => {
  let fixture: TestDatabase;
  let planId: string;
  let itemId: string;

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    const { db } = fixture.database;
    const [org] = await db
      .insert(schema.organisations)
      .values({ slug: 'pt-db', name: 'PT', nameKo: '피티', city: 'Busan' })
      .returning();
    const [plan] = await db
      .insert(schema.plans)
      .values({ orgId: org?.id ?? '', kind: 'other', nameEn: 'Plan', nameKo: '계획' })
      .returning();
    planId = plan?.id ?? '';
    const [item] = await db
      .insert(schema.planItems)
      .values({ planId, code: 't1', position: 0, level: 'task', nameEn: 'Task' })
      .returning();
    itemId = item?.id ?? '';
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('rejects out-of-range values', async () => {
    const { db } = fixture.database;
    await expect(
      db
        .insert(schema.planProgress)
        .values({ planId, itemId, reportedOn: '2026-01-01', percentComplete: 101 }),
    ).rejects.toThrow();
    await expect(
      db
        .insert(schema.planCosts)
        .values({ planId, itemId, spentOn: '2026-01-01', amount: -1n, source: 'municipal' }),
    ).rejects.toThrow();
    await expect(
      db
        .insert(schema.planSwotItems)
        .values({ planId, quadrant: 'maybe', textEn: 'x', textKo: 'x', position: 0 }),
    ).rejects.toThrow();
  });

  it('keeps money exact in bigint and deletes tracking rows with their item and plan', async () => {
    const { db } = fixture.database;
    const amount = 9_007_199_254_740_993n; // above 2^53: a float would round it
    await db
      .insert(schema.planCosts)
      .values({ planId, itemId, spentOn: '2026-02-01', amount, source: 'national' });
    const [cost] = await db.select().from(schema.planCosts).where(eq(schema.planCosts.planId, planId));
    expect(cost?.amount).toBe(amount);
    const [swot] = await db
      .insert(schema.planSwotItems)
      .values({ planId, quadrant: 'strength', textEn: 'S', textKo: '강점', position: 0 })
      .returning();
    await db.insert(schema.planSwotLinks).values({ swotId: swot?.id ?? '', itemId });
    await db
      .insert(schema.planItemFactors)
      .values({ planId, itemId, factorCode: 'TE07', kind: 'delta', amount: 3 });
    await db.delete(schema.planItems).where(eq(schema.planItems.id, itemId));
    expect(await db.select().from(schema.planCosts)).toHaveLength(0);
    expect(await db.select().from(schema.planSwotLinks)).toHaveLength(0);
    expect(await db.select().from(schema.planItemFactors)).toHaveLength(0);
    expect(await db.select().from(schema.planSwotItems)).toHaveLength(1);
    await db.delete(schema.plans).where(eq(schema.plans.id, planId));
    expect(await db.select().from(schema.planSwotItems)).toHaveLength(0);
  });
});
