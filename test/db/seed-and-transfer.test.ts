import { readFileSync } from 'node:fs';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, schema } from '../../src/db/index.ts';
import type { OperatorServices, OrganisationExport, Services } from '../../src/services/contract.ts';
import { createServices } from '../../src/services/create-services.ts';
import { parseCsvRecords } from '../../src/services/csv.ts';
import { createOperatorServices } from '../../src/services/operator.ts';
import { hashPassword } from '../../src/services/passwords.ts';
import { createTestDatabase, drivers, reportSkippedDrivers, type TestDatabase } from './support/databases.ts';
import { addMember, createOrgWithAdmin, expectKind, PASSWORD } from './support/fixtures.ts';

reportSkippedDrivers();

const csv = (name: string) =>
  parseCsvRecords(readFileSync(new URL(`../../data/sci-published/${name}`, import.meta.url), 'utf8'));

async function tableCounts(database: Database) {
  const { db } = database;
  const one = async (table: typeof schema.organisations | typeof schema.users | typeof schema.auditLog) =>
    Number((await db.select({ n: count() }).from(table))[0]?.n ?? 0);
  return {
    organisations: await one(schema.organisations),
    users: await one(schema.users),
    audit: await one(schema.auditLog),
  };
}

const withoutExportedAt = ({ exportedAt: _, ...rest }: OrganisationExport) => rest;

describe.each(drivers)('seed, published data and export/import on %s', (driver) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let services: Services;
  let operator: OperatorServices;
  let targetOperator: OperatorServices;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(driver), createTestDatabase(driver)]);
    services = createServices(source.database);
    operator = createOperatorServices(source.database);
    targetOperator = createOperatorServices(target.database);
  });
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()]);
  });

  it('seeds the demo organisation and the published data once', async () => {
    expect(await operator.seedDemo()).toEqual({ organisationCreated: true, publishedLoaded: true });
    expect(await operator.seedDemo()).toEqual({ organisationCreated: false, publishedLoaded: false });
    const busan = await services.organisations.publicBySlug('busan');
    expect(busan).toMatchObject({
      name: 'Busan Metropolitan City',
      nameKo: '부산광역시',
      city: 'Busan',
      isPublic: true,
    });
    const { db } = source.database;
    expect(Number((await db.select({ n: count() }).from(schema.publishedEditions))[0]?.n)).toBe(
      csv('editions.csv').length,
    );
    expect(Number((await db.select({ n: count() }).from(schema.publishedRanks))[0]?.n)).toBe(
      csv('ranks.csv').length,
    );
  });

  it('keeps every published column, empty cells as NULL and sources verbatim', async () => {
    const { db } = source.database;
    const rows = await db.select().from(schema.publishedEditions).orderBy(schema.publishedEditions.number);
    const file = csv('editions.csv');
    expect(rows.map((r) => r.edition)).toEqual(file.map((r) => r.edition));
    rows.forEach((row, i) => {
      const line = file[i]!;
      const asText = (v: number | string | null) => (v === null ? '' : String(v));
      expect(row.published ?? '').toBe(line.published);
      expect(asText(row.instrumentalFactors)).toBe(line.instrumental_factors);
      expect(asText(row.assessments)).toBe(line.assessments);
      expect(asText(row.respondents)).toBe(line.respondents);
      expect(asText(row.centresResearched)).toBe(line.centres_researched);
      expect(asText(row.centresRanked)).toBe(line.centres_ranked);
      expect(row.averageRatingChangePct === null ? '' : Number(row.averageRatingChangePct)).toBe(
        line.average_rating_change_pct === '' ? '' : Number(line.average_rating_change_pct),
      );
      expect(row.source).toBe(line.source);
    });
  });

  it("returns Busan's published history as in the CSV", async () => {
    const history = await services.published.history('Busan');
    const overall = history.ranks.filter((r) => r.area === 'overall');
    expect(overall.map((r) => r.number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(overall.map((r) => r.rank)).toEqual([62, 41, 27, 22, 19, 15, 14, 13, 12]);
    const busanLines = csv('ranks.csv').filter((r) => r.centre === 'Busan');
    expect(history.ranks).toHaveLength(busanLines.length);
    for (const line of busanLines) {
      const match = history.ranks.find(
        (r) => r.edition === line.edition && r.area === line.area && r.source === line.source,
      );
      expect(match, `${line.edition} ${line.area}`).toBeDefined();
      expect(match!.rank).toBe(Number(line.rank));
      expect(match!.rating).toBe(line.rating === '' ? null : Number(line.rating));
    }
    expect(history.ranks.find((r) => r.edition === 'SCI 11' && r.area === 'overall')?.rating).toBe(688);
    expect(history.editions.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(history.editions[0]).toMatchObject({
      edition: 'SCI 1',
      instrumentalFactors: null,
      centresRanked: 51,
    });
    expect(history.provenance).toMatch(/Smart Centres Index/);
    await expectKind(services.published.history('Atlantis'), 'not_found');
  });

  it('creates the first admin once and returns its password', async () => {
    const first = await operator.ensureAdmin();
    expect(first?.email).toBe('admin@citybench.local');
    expect(first?.password.length).toBeGreaterThanOrEqual(20);
    expect(await operator.ensureAdmin()).toBeNull();
    const session = await services.auth.signIn(first!.email, first!.password, {});
    expect(session.organisation.slug).toBe('busan');
    expect(session.role).toBe('admin');
  });

  it('round-trips an organisation exactly through export and import into a fresh database', async () => {
    const { admin, slug } = await createOrgWithAdmin(source.database, services);
    const analyst = await addMember(services, admin, 'analyst');
    await services.users.setRole(admin, analyst.userId, 'editor');
    await services.organisations.update(admin, { name: '수정된 이름 "quoted"', isPublic: true });

    const exported = await operator.exportOrganisation(slug);
    expect(exported.format).toBe('citybench.organisation');
    expect(exported.members).toHaveLength(2);
    const changes = exported.audit.filter((e) => !e.action.startsWith('session.'));
    expect(changes.map((e) => e.action)).toEqual([
      'user.create',
      'user.create',
      'user.role',
      'organisation.update',
    ]);
    // Both members signed in once (the fixtures sign every new member in).
    expect(exported.audit.filter((e) => e.action === 'session.sign_in')).toHaveLength(2);
    // Through JSON text, as the CLI does.
    const imported = await targetOperator.importOrganisation(JSON.parse(JSON.stringify(exported)));
    expect(imported).toEqual(exported.organisation);
    const again = await targetOperator.exportOrganisation(slug);
    expect(JSON.stringify(withoutExportedAt(again), null, 2)).toBe(
      JSON.stringify(withoutExportedAt(exported), null, 2),
    );

    // Accounts keep working: the password hash travelled.
    const targetServices = createServices(target.database);
    const session = await targetServices.auth.signIn(admin.email, PASSWORD, {});
    expect(session.organisation.id).toBe(exported.organisation.id);
    // A second import of the same file is a conflict and changes nothing.
    const before = await tableCounts(target.database);
    await expectKind(targetOperator.importOrganisation(exported), 'conflict');
    expect(await tableCounts(target.database)).toEqual(before);
  });

  describe('rejects a bad file and changes nothing', () => {
    const valid = async (): Promise<OrganisationExport> => ({
      format: 'citybench.organisation',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      organisation: {
        id: '7d9f2a0e-4b1c-4c55-9d3e-1f2a3b4c5d6e',
        slug: 'imported-city',
        name: 'Imported City',
        nameKo: '가져온 시',
        city: 'Imported',
        isPublic: false,
      },
      members: [
        {
          email: 'one@imported.test',
          name: 'One',
          role: 'admin',
          passwordHash: await hashPassword(PASSWORD),
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      audit: [
        {
          id: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
          at: '2026-01-01T00:00:00.000Z',
          actor: { id: null, email: null },
          action: 'user.create',
          entity: 'user',
          entityId: null,
          before: null,
          after: { email: 'one@imported.test' },
        },
      ],
    });

    const cases: Array<[string, (f: OrganisationExport) => unknown, RegExp]> = [
      ['wrong format', (f) => ({ ...f, format: 'something.else' }), /format/],
      ['wrong version', (f) => ({ ...f, version: 2 }), /version 2/],
      [
        'a missing field',
        ({ organisation: { name: _, ...org }, ...f }) => ({ ...f, organisation: org }),
        /organisation\.name/,
      ],
      ['a bad role', (f) => ({ ...f, members: [{ ...f.members[0]!, role: 'owner' }] }), /members\.0\.role/],
      [
        'duplicate emails',
        (f) => ({ ...f, members: [f.members[0]!, { ...f.members[0]!, name: 'Twin' }] }),
        /duplicate email/,
      ],
      ['an unknown field', (f) => ({ ...f, extra: true }), /extra/],
      [
        'a password in place of a hash',
        (f) => ({ ...f, members: [{ ...f.members[0]!, passwordHash: 'hunter22' }] }),
        /passwordHash/,
      ],
      ['not an object', () => 'hello', /expected a JSON object/],
    ];

    it.each(cases)('%s', async (_name, corrupt, reason) => {
      const before = await tableCounts(target.database);
      const err = await targetOperator.importOrganisation(corrupt(await valid())).then(
        () => null,
        (e: unknown) => e as { kind: string; message: string },
      );
      expect(err?.kind).toBe('invalid');
      expect(err?.message).toMatch(reason);
      expect(await tableCounts(target.database)).toEqual(before);
    });

    it('rolls back everything when a late insert fails', async () => {
      const file = await valid();
      // The audit id already exists in the target: the organisation and its user are inserted
      // before the audit rows clash, so only a single transaction leaves no trace.
      const [existing] = await target.database.db
        .select({ id: schema.auditLog.id })
        .from(schema.auditLog)
        .limit(1);
      expect(existing).toBeDefined();
      file.audit[0]!.id = existing!.id;
      const before = await tableCounts(target.database);
      await expectKind(targetOperator.importOrganisation(file), 'conflict');
      expect(await tableCounts(target.database)).toEqual(before);
      const leftovers = await target.database.db
        .select()
        .from(schema.organisations)
        .where(eq(schema.organisations.slug, 'imported-city'));
      expect(leftovers).toHaveLength(0);
    });

    it('accepts the valid file itself (the cases above fail for their reason only)', async () => {
      const view = await targetOperator.importOrganisation(await valid());
      expect(view.slug).toBe('imported-city');
      const audit = await target.database.db.execute(
        sql`select action from audit_log where org_id is null and action = 'organisation.import' and entity_id = ${view.id}`,
      );
      expect(JSON.stringify(audit)).toContain('organisation.import');
    });
  });
});
