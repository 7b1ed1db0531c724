import { desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.ts';
import type { Actor, BenchmarkServices, Services } from '../../src/services/contract.ts';
import { createServices } from '../../src/services/create-services.ts';
import { parseCsvRecords } from '../../src/services/csv.ts';
import { createOperatorServices } from '../../src/services/operator.ts';
import {
  createTestDatabase,
  drivers,
  reportSkippedDrivers,
  type TestDatabase,
} from '../db/support/databases.ts';
import { addMember, createOrgWithAdmin, expectKind, PASSWORD, signInActor } from '../db/support/fixtures.ts';
import { assessmentsCsv, factorValuesCsv } from './benchmark-support.ts';

reportSkippedDrivers();

/** Seeding builds four editions of 76 cities with the engine: about 20 s per database. */
const SEED_TIMEOUT_MS = 240_000;

describe.each(drivers)('benchmark editions on %s', (driver) => {
  let fixture: TestDatabase;
  let services: Services;
  let benchmark: BenchmarkServices;
  let admin: Actor;

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    services = createServices(fixture.database);
    benchmark = services.benchmark;
    const operator = createOperatorServices(fixture.database);
    await operator.seedDemo();
    await operator.createAdmin({ email: 'bench-admin@busan.test', password: PASSWORD, orgSlug: 'busan' });
    admin = await signInActor(services, 'bench-admin@busan.test');
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('seeds four published synthetic editions of 76 cities, once', async () => {
    await createOperatorServices(fixture.database).seedDemo();
    const editions = await benchmark.editions(null, 'busan');
    expect(editions.map((e) => e.number)).toEqual([11, 10, 9, 8]);
    for (const e of editions) {
      expect(e).toMatchObject({ status: 'published', synthetic: true, frameworkVersion: 'demo-1' });
      expect(e.provenance).toMatch(/^SYNTHETIC/);
      expect(e.counts).toMatchObject({ cities: 76, factors: 135, respondents: 2000 });
      expect(e.counts.assessments).toBeGreaterThan(25_000);
    }
    expect(await benchmark.cities(null, 'busan')).toHaveLength(76);
    const framework = await benchmark.framework(null, 'busan');
    expect(framework.areas.map((a) => a.code)).toEqual(['BE', 'HC', 'IN', 'FS', 'RE', 'TE']);
    expect(framework.dimensions.map((d) => d.code)).toEqual(['IS', 'CI', 'DC']);
    expect(framework.factors).toHaveLength(135);
    expect(framework.synthetic).toBe(true);
  });

  it('ranks 1..n by rank, with the published rank beside the model rank', async () => {
    const detail = await benchmark.edition(null, 'busan', 11);
    const ranked = detail.results.filter((r) => r.rank !== null);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    expect(detail.results.every((r) => (r.rank === null) === r.associate)).toBe(true);
    const busan = detail.results.find((r) => r.city === 'BUS');
    expect(busan?.publishedRank).toBe(12);
    expect(busan?.rank).toBeGreaterThanOrEqual(1);
    expect(busan?.previous?.rank).toBe(
      (await benchmark.edition(null, 'busan', 10)).results.find((r) => r.city === 'BUS')?.rank,
    );
    expect(Object.keys(busan?.areas ?? {}).sort()).toEqual(['BE', 'FS', 'HC', 'IN', 'RE', 'TE']);
    expect(detail.params.minAssessments).toBe(7);
  });

  it('reproduces stored results when recomputed from the stored data', async () => {
    const stored = await benchmark.edition(null, 'busan', 9);
    const again = await benchmark.recompute('system', 'busan', 9);
    expect(again.results).toEqual(stored.results);
  });

  it('explains a city and compares editions', async () => {
    const profile = await benchmark.cityProfile(null, 'busan', 'BUS');
    expect(profile.history.map((h) => h.publishedRank)).toEqual([15, 14, 13, 12]);
    expect(profile.contributions).toHaveLength(135);
    expect(profile.peers).toHaveLength(5);
    expect(profile.peers.map((p) => p.city)).not.toContain('BUS');
    const comparison = await benchmark.compare(null, 'busan', { from: 10, to: 11, top: 20 });
    const top = (await benchmark.edition(null, 'busan', 11)).results.filter(
      (r) => r.rank !== null && r.rank <= 20,
    );
    expect(comparison.streaks.map((s) => s.city)).toEqual(top.map((r) => r.city));
    expect(comparison.streaks.every((s) => s.editions >= 1 && s.editions <= 4)).toBe(true);
    // Moving in and out of a top 20 without ties swaps cities one for one.
    expect(comparison.enteredTop.length).toBe(comparison.leftTop.length);
    // Entrants and leavers of the ranking itself, recomputed from the two editions' results.
    const ranked = async (n: number) =>
      new Set(
        (await benchmark.edition(null, 'busan', n)).results.filter((r) => r.rank !== null).map((r) => r.city),
      );
    const [ranked10, ranked11] = [await ranked(10), await ranked(11)];
    expect(new Set(comparison.entrants)).toEqual(new Set([...ranked11].filter((c) => !ranked10.has(c))));
    expect(new Set(comparison.leavers)).toEqual(new Set([...ranked10].filter((c) => !ranked11.has(c))));
    expect(comparison.movers.length).toBeGreaterThan(70);
  });

  it('exports CSV that parses back to the same ranks', async () => {
    const detail = await benchmark.edition(null, 'busan', 11);
    const file = await benchmark.exportResults(null, 'busan', 11, 'csv');
    const rows = parseCsvRecords(new TextDecoder().decode(file.body));
    expect(rows.map((r) => [r.city, r.rank === '' ? null : Number(r.rank)])).toEqual(
      detail.results.map((r) => [r.city, r.rank]),
    );
    expect(rows.find((r) => r.city === 'BUS')?.published_rank).toBe('12');
    expect(rows.every((r) => r.synthetic === 'true')).toBe(true);
    const xlsx = await benchmark.exportResults(null, 'busan', 11, 'xlsx');
    expect(xlsx.body.byteLength).toBeGreaterThan(1000);
  });

  describe('a draft edition', () => {
    const asOf = '2025-05-15';
    let factorCodes: string[];

    beforeAll(async () => {
      factorCodes = (await benchmark.framework(admin, 'busan')).factors.map((f) => f.code);
    });

    it('is created by an editor, visible to analysts, hidden from viewers and the public', async () => {
      const editor = await addMember(services, admin, 'editor');
      const created = await benchmark.createEdition(editor, 'busan', {
        number: 12,
        label: 'SCI 12',
        publishedOn: asOf,
      });
      expect(created).toMatchObject({ number: 12, status: 'draft', synthetic: false });
      await expectKind(
        benchmark.createEdition(editor, 'busan', { number: 12, label: 'again', publishedOn: asOf }),
        'conflict',
      );
      const analyst = await addMember(services, admin, 'analyst');
      expect((await benchmark.editions(analyst, 'busan')).map((e) => e.number)).toContain(12);
      const viewer = await addMember(services, admin, 'viewer');
      expect((await benchmark.editions(viewer, 'busan')).map((e) => e.number)).not.toContain(12);
      await expectKind(benchmark.edition(null, 'busan', 12), 'not_found');
      await expectKind(benchmark.build(viewer, 'busan', 12), 'forbidden');
      await expectKind(benchmark.build(null, 'busan', 12), 'unauthorized');
    });

    it('rejects a file with several bad rows, naming each, and stores nothing', async () => {
      const csv = [
        'respondent,home_city,region,sector,city,dimension,rating,date',
        'R1,BUS,Asia/Pacific,Technology,LON,IS,7,2025-01-10',
        'R1,BUS,Asia/Pacific,Technology,XXX,IS,7,2025-01-10',
        'R2,,Elsewhere,Technology,LON,ZZ,11,2025-01-10',
        'R3,,Elsewhere,Technology,LON,CI,seven,2025-02-30',
        'R1,BUS,Asia/Pacific,Technology,LON,IS,8,2025-01-11',
        'R4,,Elsewhere,Technology,NYC,DC,5,2025-03-01',
      ].join('\n');
      const err = await benchmark.importAssessments(admin, 'busan', 12, { format: 'csv', text: csv }).then(
        () => null,
        (e: unknown) => e as { kind: string; fields: Record<string, string[]> },
      );
      expect(err?.kind).toBe('invalid');
      expect(Object.keys(err?.fields ?? {})).toEqual(['row 3', 'row 4', 'row 5', 'row 6']);
      expect(err?.fields['row 3']?.join()).toMatch(/unknown city code 'XXX'/);
      expect(err?.fields['row 4']?.join()).toMatch(/unknown dimension code 'ZZ'/);
      expect(err?.fields['row 4']?.join()).toMatch(/rating '11'/);
      expect(err?.fields['row 5']?.join()).toMatch(/rating 'seven'.*date '2025-02-30'/);
      expect(err?.fields['row 6']?.join()).toMatch(/duplicate of row 2/);
      const values = 'city,factor,value\nBUS,BE01,1.5\nBUS,NOPE,2\nSEL,BE01,abc\nBUS,BE01,3\n';
      const valueErr = await benchmark
        .importFactorValues(admin, 'busan', 12, { format: 'csv', text: values })
        .then(
          () => null,
          (e: unknown) => e as { fields: Record<string, string[]> },
        );
      expect(Object.keys(valueErr?.fields ?? {})).toEqual(['row 3', 'row 4', 'row 5']);
      const draft = (await benchmark.editions(admin, 'busan')).find((e) => e.number === 12);
      expect(draft?.counts).toEqual({ cities: 0, ranked: 0, factors: 0, respondents: 0, assessments: 0 });
    });

    it('reads XLSX uploads, spreadsheet dates included, and names bad rows there too', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('survey');
      sheet.addRow(['respondent', 'home_city', 'region', 'sector', 'city', 'dimension', 'rating', 'date']);
      sheet.addRow([
        'X1',
        'BUS',
        'Asia/Pacific',
        'Technology',
        'LON',
        'IS',
        7,
        new Date(Date.UTC(2025, 0, 10)),
      ]);
      sheet.addRow([
        'X1',
        'BUS',
        'Asia/Pacific',
        'Technology',
        'LON',
        'CI',
        0,
        new Date(Date.UTC(2025, 0, 10)),
      ]);
      const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      const err = await benchmark.importAssessments(admin, 'busan', 12, { format: 'xlsx', bytes }).then(
        () => null,
        (e: unknown) => e as { fields: Record<string, string[]> },
      );
      expect(err?.fields).toEqual({ 'row 3': ["rating '0' must be a whole number from 1 to 10"] });
      sheet.spliceRows(3, 1);
      const good = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      expect(await benchmark.importAssessments(admin, 'busan', 12, { format: 'xlsx', bytes: good })).toEqual({
        imported: 1,
      });
      await expectKind(
        benchmark.importAssessments(admin, 'busan', 12, { format: 'xlsx', bytes: new Uint8Array([1, 2, 3]) }),
        'invalid',
      );
    });

    it('imports, builds with an associate last and unranked, publishes, then freezes', async () => {
      const source = await benchmark.modelInput(admin, 'busan', 11);
      const values = await benchmark.importFactorValues(admin, 'busan', 12, {
        format: 'csv',
        text: factorValuesCsv(source, factorCodes),
      });
      expect(values.imported).toBe(source.factors.values.filter((v) => v !== null).length);
      const survey = await benchmark.importAssessments(admin, 'busan', 12, {
        format: 'csv',
        text: assessmentsCsv(source, asOf, { city: 'LIS', keep: 3 }),
      });
      expect(survey.imported).toBeGreaterThan(20_000);

      const built = await benchmark.build(admin, 'busan', 12);
      const lis = built.results.at(-1);
      expect(lis).toMatchObject({ city: 'LIS', associate: true, rank: null });
      const ranked = built.results.filter((r) => r.rank !== null);
      expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
      expect(built.edition.counts).toMatchObject({ cities: 76, ranked: 75 });

      const editor = await addMember(services, admin, 'editor');
      await expectKind(benchmark.publish(editor, 'busan', 12), 'forbidden');
      const published = await benchmark.publish(admin, 'busan', 12);
      expect(published.status).toBe('published');
      await expectKind(benchmark.build(admin, 'busan', 12), 'conflict');
      await expectKind(benchmark.publish(admin, 'busan', 12), 'conflict');
      await expectKind(
        benchmark.importFactorValues(admin, 'busan', 12, {
          format: 'csv',
          text: 'city,factor,value\nBUS,BE01,1\n',
        }),
        'conflict',
      );
      expect((await benchmark.edition(null, 'busan', 12)).results).toEqual(built.results);

      const { db } = fixture.database;
      const audit = await db
        .select({ action: schema.auditLog.action })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.entity, 'benchmark_edition'))
        .orderBy(desc(schema.auditLog.seq))
        .limit(5);
      expect(audit.map((a) => a.action)).toEqual([
        'benchmark.edition.publish',
        'benchmark.edition.build',
        'benchmark.assessments.import',
        'benchmark.factor-values.import',
        'benchmark.assessments.import',
      ]);
    });
  });

  it("hides a private organisation's benchmark from other organisations (404)", async () => {
    const other = await createOrgWithAdmin(fixture.database, services);
    await benchmark.createEdition(other.admin, other.slug, {
      number: 1,
      label: 'E1',
      publishedOn: '2025-01-01',
    });
    await expectKind(benchmark.editions(admin, other.slug), 'not_found');
    await expectKind(benchmark.edition(null, other.slug, 1), 'not_found');
    await expectKind(benchmark.build(admin, other.slug, 1), 'not_found');
    expect((await benchmark.editions(other.admin, other.slug)).map((e) => e.number)).toEqual([1]);
    // A public organisation's data are readable, but only its members may change them.
    await expectKind(
      benchmark.createEdition(other.admin, 'busan', { number: 99, label: 'x', publishedOn: '2025-01-01' }),
      'forbidden',
    );
  });
});
