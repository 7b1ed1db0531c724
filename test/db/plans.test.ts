/** The plans tables (migration 0002_plans) and repositories on PGlite and PostgreSQL. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.ts';
import {
  deletePlanItemRows,
  findPlanBySourceKey,
  insertBudgetLineRows,
  insertPlanItemRows,
  insertPlanRow,
  listPlanBudgetLineRows,
  listPlanItemRows,
  listSiblingRows,
  type PlanRow,
  replaceItemBudgetLineRows,
} from '../../src/db/repositories/plans-index.ts';
import { createTestDatabase, drivers, reportSkippedDrivers, type TestDatabase } from './support/databases.ts';

reportSkippedDrivers();

/** 2^53 + 1: a JavaScript number cannot hold it; a bigint column must. */
const BEYOND_DOUBLE = 9_007_199_254_740_993n;

describe.each(drivers)('plans tables on %s', (driver) => {
  let fixture: TestDatabase;
  let orgId: string;
  let plan: PlanRow;
  const ids = {
    s: '00000000-0000-4000-8000-000000000001',
    p: '00000000-0000-4000-8000-000000000002',
    q: '00000000-0000-4000-8000-000000000003',
  };

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    const [org] = await fixture.database.db
      .insert(schema.organisations)
      .values({ slug: 'plans-db', name: 'Plans', nameKo: '계획', city: 'Busan' })
      .returning();
    orgId = org?.id ?? '';
    plan = await insertPlanRow(fixture.database.db, {
      orgId,
      sourceKey: 'demo',
      kind: 'growth_strategy',
      nameEn: 'Plan',
      nameKo: '계획',
      alignment: ['national'],
      details: { study: { budget: '175000000' } },
    });
    await insertPlanItemRows(fixture.database.db, [
      {
        id: ids.s,
        planId: plan.id,
        code: 'S',
        position: 0,
        level: 'strategy',
        nameEn: 'S',
        envelope: BEYOND_DOUBLE,
      },
      {
        id: ids.p,
        planId: plan.id,
        parentId: ids.s,
        code: 'P',
        position: 1,
        level: 'project',
        nameEn: 'P',
        alignment: ['a', 'b; c'],
        partners: ['Busan Port Authority'],
      },
      { id: ids.q, planId: plan.id, parentId: ids.s, code: 'Q', position: 0, level: 'project', nameEn: 'Q' },
    ]);
    await insertBudgetLineRows(fixture.database.db, [
      { itemId: ids.p, year: 2026, source: 'national', amount: BEYOND_DOUBLE },
      { itemId: ids.p, year: 2026, source: 'municipal', amount: 1n },
    ]);
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('stores won exactly beyond 2^53, text lists and jsonb details', async () => {
    const items = await listPlanItemRows(fixture.database.db, plan.id);
    expect(items.find((i) => i.code === 'S')?.envelope).toBe(BEYOND_DOUBLE);
    expect(items.find((i) => i.code === 'P')).toMatchObject({
      alignment: ['a', 'b; c'],
      partners: ['Busan Port Authority'],
      anchorCompanies: [],
      status: 'planned',
      horizon: null,
    });
    const lines = await listPlanBudgetLineRows(fixture.database.db, plan.id);
    expect(lines.map((l) => [l.source, l.amount])).toEqual([
      ['municipal', 1n],
      ['national', BEYOND_DOUBLE],
    ]);
    expect((await findPlanBySourceKey(fixture.database.db, orgId, 'demo'))?.details).toEqual({
      study: { budget: '175000000' },
    });
    expect((await listSiblingRows(fixture.database.db, plan.id, ids.s)).map((i) => i.code)).toEqual([
      'Q',
      'P',
    ]);
  });

  it('rejects what the model forbids: bad kinds, types, horizons, sources, negative money, duplicate codes', async () => {
    const db = fixture.database.db;
    const item = (values: Record<string, unknown>) =>
      db
        .insert(schema.planItems)
        .values({ planId: plan.id, code: 'X', position: 9, level: 't', nameEn: 'x', ...values });
    await expect(insertPlanRow(db, { orgId, kind: 'wish', nameEn: 'x', nameKo: 'x' })).rejects.toThrow();
    await expect(
      insertPlanRow(db, { orgId, kind: 'other', nameEn: 'x', nameKo: 'x', periodFrom: 2030, periodTo: 2026 }),
    ).rejects.toThrow();
    await expect(
      insertPlanRow(db, { orgId, sourceKey: 'demo', kind: 'other', nameEn: 'x', nameKo: 'x' }),
    ).rejects.toThrow();
    await expect(item({ projectType: 'old' })).rejects.toThrow();
    await expect(item({ horizon: 'soon' })).rejects.toThrow();
    await expect(item({ envelope: -1n })).rejects.toThrow();
    await expect(item({ code: 'P' })).rejects.toThrow();
    await expect(item({ startDate: '2027-01-01', endDate: '2026-01-01' })).rejects.toThrow();
    await expect(
      insertBudgetLineRows(db, [{ itemId: ids.q, year: 2026, source: 'lottery', amount: 1n }]),
    ).rejects.toThrow();
    await expect(
      insertBudgetLineRows(db, [{ itemId: ids.q, year: 2026, source: 'other', amount: -1n }]),
    ).rejects.toThrow();
    await expect(
      insertBudgetLineRows(db, [{ itemId: ids.p, year: 2026, source: 'national', amount: 5n }]),
    ).rejects.toThrow();
    expect(await listPlanItemRows(db, plan.id)).toHaveLength(3);
  });

  it('replaces budget lines and deletes subtrees and plans by cascade', async () => {
    const db = fixture.database.db;
    await replaceItemBudgetLineRows(db, ids.q, [{ year: 2027, source: 'private', amount: 7n }]);
    expect((await listPlanBudgetLineRows(db, plan.id)).length).toBe(3);
    await deletePlanItemRows(db, [ids.s]);
    expect(await listPlanItemRows(db, plan.id)).toEqual([]);
    expect(await listPlanBudgetLineRows(db, plan.id)).toEqual([]);
    await db.delete(schema.organisations).where(eq(schema.organisations.id, orgId));
    expect(await db.select().from(schema.plans).where(eq(schema.plans.id, plan.id))).toEqual([]);
  });
});
