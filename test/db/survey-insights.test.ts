/** The survey-insights tables and repositories (migration 0005) on PGlite and, with DATABASE_URL, PostgreSQL. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.ts';
import {
  findOrgSurvey,
  insertPeerPool,
  listPeerFigures,
  listPeerPools,
  listSubmittedResponses,
  listSurveyDefinitions,
} from '../../src/db/repositories/survey-insights-index.ts';
import { createTestDatabase, drivers, reportSkippedDrivers, type TestDatabase } from './support/databases.ts';

reportSkippedDrivers();

const pool = (orgId: string, code: string, position: number) => ({
  orgId,
  code,
  labelEn: `Pool ${code}`,
  labelKo: `집단 ${code}`,
  origin: 'published',
  waveEn: 'not stated',
  waveKo: '미기재',
  denominator: null,
  source: 'test',
  position,
});

describe.each(drivers)('survey-insights tables on %s', (driver) => {
  let fixture: TestDatabase;
  let orgId: string;

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    const [org] = await fixture.database.db
      .insert(schema.organisations)
      .values({ slug: 'insights-db', name: 'Insights', nameKo: '인사이트', city: 'Busan', isPublic: false })
      .returning();
    orgId = org!.id;
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('stores pools with figures, lists them in order, and keeps exact shares and nulls', async () => {
    const { db } = fixture.database;
    await insertPeerPool(db, pool(orgId, 'b', 1), [
      {
        question: 'q',
        value: 'x',
        share: null,
        count: 79,
        statementEn: '79 cities',
        statementKo: '79개 도시',
        sourceLine: 'line',
      },
    ]);
    await insertPeerPool(db, pool(orgId, 'a', 0), [
      { question: 'explicit_strategy', value: 'true', share: 0.5, count: null, sourceLine: 'Along with 50%' },
      { question: 'dedicated_funding', value: 'true', share: 0.81, count: null },
    ]);
    const pools = await listPeerPools(db, orgId);
    expect(pools.map((p) => p.code)).toEqual(['a', 'b']);
    const figures = await listPeerFigures(
      db,
      pools.map((p) => p.id),
    );
    expect(figures).toHaveLength(3);
    expect(figures.find((f) => f.question === 'dedicated_funding')).toMatchObject({
      share: 0.81,
      count: null,
      statementEn: '',
    });
    expect(figures.find((f) => f.value === 'x')).toMatchObject({
      share: null,
      count: 79,
      sourceLine: 'line',
    });
    expect(await listPeerFigures(db, [])).toEqual([]);
  });

  it('rejects a share above 1, an unknown origin, a duplicate figure and a duplicate pool code', async () => {
    const { db } = fixture.database;
    await expect(
      insertPeerPool(db, pool(orgId, 'c', 2), [{ question: 'q', value: 'v', share: 1.5, count: null }]),
    ).rejects.toThrow();
    await expect(insertPeerPool(db, { ...pool(orgId, 'd', 3), origin: 'rumour' }, [])).rejects.toThrow();
    await expect(
      insertPeerPool(db, pool(orgId, 'e', 4), [
        { question: 'q', value: 'v', share: 0.1, count: null },
        { question: 'q', value: 'v', share: 0.2, count: null },
      ]),
    ).rejects.toThrow();
    await expect(insertPeerPool(db, pool(orgId, 'a', 5), [])).rejects.toThrow();
  });

  it('reads surveys only of their organisation, and only submitted responses', async () => {
    const { db } = fixture.database;
    const [survey] = await db
      .insert(schema.surveys)
      .values({ orgId, kind: 'expert_assessment', titleEn: 'S', titleKo: '설', status: 'closed' })
      .returning();
    const [version] = await db
      .insert(schema.surveyVersions)
      .values({ surveyId: survey!.id, version: 1, definition: { pages: [] } })
      .returning();
    await db.insert(schema.surveyResponses).values([
      { surveyId: survey!.id, versionId: version!.id, answers: { a: 1 }, status: 'in_progress' },
      {
        surveyId: survey!.id,
        versionId: version!.id,
        answers: { a: 2 },
        status: 'submitted',
        respondentGroup: 'g',
        submittedAt: new Date('2026-11-01T09:00:00Z'),
      },
    ]);
    expect(await findOrgSurvey(db, orgId, survey!.id)).toMatchObject({ titleEn: 'S' });
    expect(await findOrgSurvey(db, orgId, 'not-a-uuid')).toBeNull();
    expect(await findOrgSurvey(db, '00000000-0000-4000-8000-000000000000', survey!.id)).toBeNull();
    expect(await listSurveyDefinitions(db, survey!.id)).toEqual([
      { id: version!.id, version: 1, definition: { pages: [] } },
    ]);
    expect(await listSubmittedResponses(db, survey!.id)).toEqual([
      {
        id: expect.any(String),
        versionId: version!.id,
        group: 'g',
        submittedAt: '2026-11-01T09:00:00.000Z',
        answers: { a: 2 },
      },
    ]);
  });

  it('deletes pools and figures with their organisation', async () => {
    const { db } = fixture.database;
    await db.delete(schema.organisations).where(eq(schema.organisations.id, orgId));
    expect(await db.select().from(schema.surveyPeerPools)).toEqual([]);
    expect(await db.select().from(schema.surveyPeerFigures)).toEqual([]);
  });
});
