/** The benchmark tables and repositories on both drivers: constraints and bulk round trips. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.ts';
import {
  insertAssessments,
  insertBenchmarkAreas,
  insertBenchmarkCities,
  insertBenchmarkDimensions,
  insertBenchmarkEdition,
  insertBenchmarkFactors,
  insertFactorValues,
  insertRespondents,
  listAssessments,
  listFactorValues,
  listRespondents,
  loadBenchmarkFramework,
} from '../../src/db/repositories/benchmark-index.ts';
import { createTestDatabase, drivers, reportSkippedDrivers, type TestDatabase } from './support/databases.ts';
import { uniqueSlug } from './support/fixtures.ts';

reportSkippedDrivers();

describe.each(drivers)('benchmark tables on %s', (driver) => {
  let fixture: TestDatabase;
  let orgId: string;
  let editionId: string;
  let cityIds: number[];
  let dimensionId: number;

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    const { db } = fixture.database;
    const slug = uniqueSlug();
    const [org] = await db
      .insert(schema.organisations)
      .values({ slug, name: slug, nameKo: slug, city: 'Testville' })
      .returning();
    orgId = org!.id;
    const [area] = await insertBenchmarkAreas(db, [
      { orgId, code: 'A', nameEn: 'A', nameKo: 'A', position: 0 },
    ]);
    const [dimension] = await insertBenchmarkDimensions(db, [
      { orgId, code: 'D', nameEn: 'D', nameKo: 'D', position: 0 },
    ]);
    dimensionId = dimension!.id;
    await insertBenchmarkFactors(db, [
      {
        orgId,
        code: 'F1',
        nameEn: 'F',
        nameKo: 'F',
        areaId: area!.id,
        source: 's',
        unit: 'u',
        polarity: -1,
        level: 'city',
        position: 0,
      },
    ]);
    const cities = await insertBenchmarkCities(
      db,
      ['X', 'Y'].map((code, position) => ({
        orgId,
        code,
        nameEn: code,
        nameKo: code,
        country: 'C',
        countryKo: 'C',
        region: 'R',
        position,
      })),
    );
    cityIds = cities.map((c) => c.id);
    const edition = await insertBenchmarkEdition(db, {
      orgId,
      number: 1,
      label: 'E1',
      publishedOn: '2025-05-15',
      frameworkVersion: 'v1',
      provenance: 'test',
      params: {},
    });
    editionId = edition.id;
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('loads the framework in position order', async () => {
    const framework = await loadBenchmarkFramework(fixture.database.db, orgId);
    expect(framework.cities.map((c) => c.code)).toEqual(['X', 'Y']);
    expect(framework.factors[0]?.polarity).toBe(-1);
  });

  it('round-trips bulk respondents, assessments and factor values in insertion order', async () => {
    const { db } = fixture.database;
    const n = 12_000; // more than one insert chunk
    const ids = await insertRespondents(
      db,
      editionId,
      Array.from({ length: n }, (_, i) => ({
        externalId: `R${i}`,
        homeCityId: i % 2 ? (cityIds[0] ?? null) : null,
        region: 'R',
        sector: 'O\'Brien & "Co"',
      })),
    );
    expect(ids).toHaveLength(n);
    expect(new Set(ids).size).toBe(n);
    const stored = await listRespondents(db, editionId);
    expect(stored.map((r) => r.externalId).slice(0, 3)).toEqual(['R0', 'R1', 'R2']);
    expect(stored[1]?.sector).toBe('O\'Brien & "Co"');
    await insertAssessments(
      db,
      editionId,
      ids.map((respondentId, i) => ({
        respondentId,
        cityId: cityIds[i % 2]!,
        dimensionId,
        rating: 1 + (i % 10),
        assessedOn: i % 2 ? '2025-05-05' : '2025-05-15',
      })),
    );
    const assessments = await listAssessments(db, editionId, '2025-05-15');
    expect(assessments).toHaveLength(n);
    expect(assessments.slice(0, 2).map((a) => [a.respondentId, a.rating, a.ageDays])).toEqual([
      [ids[0], 1, 0],
      [ids[1], 2, 10],
    ]);
    await insertFactorValues(db, editionId, [
      {
        cityId: cityIds[0]!,
        factorId: (await loadBenchmarkFramework(db, orgId)).factors[0]!.id,
        value: 0.1 + 0.2,
      },
    ]);
    expect((await listFactorValues(db, editionId))[0]?.value).toBe(0.1 + 0.2);
  });

  it('enforces ratings 1..10, one number per organisation and known statuses', async () => {
    const { db } = fixture.database;
    const [respondentId] = await insertRespondents(db, editionId, [
      { externalId: 'late', homeCityId: null, region: 'R', sector: 'S' },
    ]);
    await expect(
      insertAssessments(db, editionId, [
        {
          respondentId: respondentId!,
          cityId: cityIds[0]!,
          dimensionId,
          rating: 11,
          assessedOn: '2025-01-01',
        },
      ]),
    ).rejects.toThrow();
    await expect(
      insertBenchmarkEdition(db, {
        orgId,
        number: 1,
        label: 'again',
        publishedOn: '2025-01-01',
        frameworkVersion: 'v',
        provenance: 'p',
        params: {},
      }),
    ).rejects.toThrow();
    await expect(
      insertBenchmarkEdition(db, {
        orgId,
        number: 2,
        label: 'E2',
        publishedOn: '2025-01-01',
        frameworkVersion: 'v',
        provenance: 'p',
        params: {},
        status: 'frozen',
      }),
    ).rejects.toThrow();
  });
});
