/** The survey tables' constraints: what the database itself refuses, on PGlite and PostgreSQL. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.ts';
import { createTestDatabase, drivers, reportSkippedDrivers, type TestDatabase } from './support/databases.ts';

reportSkippedDrivers();

async function rejects(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (err) {
    let e: unknown = err;
    while (e && !(e as { code?: string }).code) e = (e as { cause?: unknown }).cause;
    return (e as { code?: string })?.code ?? 'error';
  }
  throw new Error('expected the database to refuse');
}

describe.each(drivers)('survey tables on %s', (driver) => {
  let fixture: TestDatabase;
  let orgId: string;
  const ids: { a: string; b: string; va: string; vb: string; inv: string } = {
    a: '',
    b: '',
    va: '',
    vb: '',
    inv: '',
  };

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    const { db } = fixture.database;
    const [org] = await db
      .insert(schema.organisations)
      .values({ slug: 'survey-db', name: 'S', nameKo: '에스', city: 'Busan' })
      .returning();
    orgId = org?.id ?? '';
    const [a, b] = await db
      .insert(schema.surveys)
      .values([
        { orgId, kind: 'citizen', titleEn: 'A', titleKo: '가' },
        { orgId, kind: 'other', titleEn: 'B', titleKo: '나' },
      ])
      .returning();
    ids.a = a?.id ?? '';
    ids.b = b?.id ?? '';
    const [va, vb] = await db
      .insert(schema.surveyVersions)
      .values([
        { surveyId: ids.a, version: 1, definition: {} },
        { surveyId: ids.b, version: 1, definition: {} },
      ])
      .returning();
    ids.va = va?.id ?? '';
    ids.vb = vb?.id ?? '';
    const [inv] = await db
      .insert(schema.surveyInvitations)
      .values({ surveyId: ids.a, name: 'Kim', tokenHash: 'h1' })
      .returning();
    ids.inv = inv?.id ?? '';
  }, 120_000);
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('keeps an idempotency key unique per survey, and one response per invitation', async () => {
    const { db } = fixture.database;
    const submitted = { status: 'submitted', submittedAt: new Date() };
    await db
      .insert(schema.surveyResponses)
      .values({ surveyId: ids.a, versionId: ids.va, idempotencyKey: 'k1', ...submitted });
    // The same key in another survey is another response.
    await db
      .insert(schema.surveyResponses)
      .values({ surveyId: ids.b, versionId: ids.vb, idempotencyKey: 'k1', ...submitted });
    expect(
      await rejects(
        db
          .insert(schema.surveyResponses)
          .values({ surveyId: ids.a, versionId: ids.va, idempotencyKey: 'k1', ...submitted }),
      ),
    ).toBe('23505');
    await db
      .insert(schema.surveyResponses)
      .values({ surveyId: ids.a, versionId: ids.va, invitationId: ids.inv });
    expect(
      await rejects(
        db
          .insert(schema.surveyResponses)
          .values({ surveyId: ids.a, versionId: ids.va, invitationId: ids.inv }),
      ),
    ).toBe('23505');
    // Responses without a key (saved, not submitted) do not collide.
    await db.insert(schema.surveyResponses).values([
      { surveyId: ids.a, versionId: ids.va },
      { surveyId: ids.a, versionId: ids.va },
    ]);
  });

  it('refuses a submitted response without a time, unknown kinds and statuses, and duplicate token hashes', async () => {
    const { db } = fixture.database;
    expect(
      await rejects(
        db.insert(schema.surveyResponses).values({ surveyId: ids.a, versionId: ids.va, status: 'submitted' }),
      ),
    ).toBe('23514');
    expect(
      await rejects(db.insert(schema.surveys).values({ orgId, kind: 'poll', titleEn: 'x', titleKo: 'x' })),
    ).toBe('23514');
    expect(
      await rejects(
        db
          .insert(schema.surveys)
          .values({ orgId, kind: 'other', titleEn: 'x', titleKo: 'x', status: 'live' }),
      ),
    ).toBe('23514');
    expect(
      await rejects(
        db.insert(schema.surveyInvitations).values({ surveyId: ids.b, name: 'Lee', tokenHash: 'h1' }),
      ),
    ).toBe('23505');
    expect(
      await rejects(db.insert(schema.surveyVersions).values({ surveyId: ids.a, version: 1, definition: {} })),
    ).toBe('23505');
  });

  it('deletes a survey with its versions, invitations and responses', async () => {
    const { db } = fixture.database;
    await db.delete(schema.surveys).where(eq(schema.surveys.id, ids.a));
    expect(
      await db.select().from(schema.surveyResponses).where(eq(schema.surveyResponses.surveyId, ids.a)),
    ).toEqual([]);
    expect(
      await db.select().from(schema.surveyInvitations).where(eq(schema.surveyInvitations.surveyId, ids.a)),
    ).toEqual([]);
    expect(
      await db.select().from(schema.surveyVersions).where(eq(schema.surveyVersions.surveyId, ids.a)),
    ).toEqual([]);
  });
});
