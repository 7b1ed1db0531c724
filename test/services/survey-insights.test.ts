/** Survey insights over the real services on a seeded database (PGlite; PostgreSQL when DATABASE_URL is set). */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPERT_SURVEY_TITLE } from '../../data/surveys/innovation-capacity/demo-expert-survey.ts';
import { schema } from '../../src/db/index.ts';
import type { Actor, Services } from '../../src/services/contract.ts';
import { createServices } from '../../src/services/create-services.ts';
import { parseCsv } from '../../src/services/csv.ts';
import { createOperatorServices } from '../../src/services/operator.ts';
import {
  createTestDatabase,
  drivers,
  reportSkippedDrivers,
  type TestDatabase,
} from '../db/support/databases.ts';
import { addMember, createOrgWithAdmin, expectKind, PASSWORD, signInActor } from '../db/support/fixtures.ts';

reportSkippedDrivers();

/** Seeding builds four benchmark editions with the engine: about 20 s per database, minutes on a loaded machine. */
const SEED_TIMEOUT_MS = 480_000;

describe.each(drivers)('survey insights on %s', (driver) => {
  let fixture: TestDatabase;
  let services: Services;
  let admin: Actor;
  let analyst: Actor;
  let viewer: Actor;
  let expertId: string;
  let innovationId: string;

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    services = createServices(fixture.database);
    const operator = createOperatorServices(fixture.database);
    await operator.seedDemo();
    await operator.seedDemo(); // idempotent
    await operator.createAdmin({ email: 'insights-admin@busan.test', password: PASSWORD, orgSlug: 'busan' });
    admin = await signInActor(services, 'insights-admin@busan.test');
    analyst = await addMember(services, admin, 'analyst');
    viewer = await addMember(services, admin, 'viewer');
    const rows = await fixture.database.db.select().from(schema.surveys);
    expertId = rows.find((s) => s.titleEn === DEMO_EXPERT_SURVEY_TITLE.en)!.id;
    innovationId = rows.find((s) => s.kind === 'innovation_capacity' && s.titleEn.includes('Busan'))!.id;
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('seeds the peer pools, Busan’s answers and the synthetic expert survey once', async () => {
    const { db } = fixture.database;
    expect(await db.select().from(schema.surveyPeerPools)).toHaveLength(2);
    const seeded = (await db.select().from(schema.surveys)).filter(
      (s) => s.titleEn === DEMO_EXPERT_SURVEY_TITLE.en || s.id === innovationId,
    );
    expect(seeded).toHaveLength(2);
    expect(seeded.find((s) => s.id === expertId)).toMatchObject({
      status: 'closed',
      illustrative: true,
      kind: 'expert_assessment',
    });
  });

  it("serves Busan's innovation-capacity profile publicly, with seed 002's figures exact", async () => {
    const profile = await services.surveys.innovationProfile(null, 'busan');
    expect(profile.city).toMatchObject({
      nameKo: '부산',
      mayorEn: 'Oh Keo-don',
      population: { value: 3_500_000, year: 2019 },
    });
    const questions = profile.sections.flatMap((s) => s.questions);
    const strategy = questions.find((q) => q.name === 'explicit_strategy')!;
    expect(strategy.titleKo).toBe('시에 명시적인 혁신 전략이 있습니까?');
    expect(strategy.answers[0]?.labelKo).toBe('예');
    const published = strategy.answers[0]?.peers.find((p) => p.origin === 'published');
    expect(published).toMatchObject({
      share: 0.5,
      denominator: null,
      statementKo: '조사 도시의 50%와 마찬가지로',
    });
    const funding = questions.find((q) => q.name === 'dedicated_funding')!;
    expect(funding.answers[0]?.peers.find((p) => p.origin === 'published')?.sourceLine).toBe(
      'Like 81% of cities surveyed, Busan has dedicated funding to support innovation capacity.',
    );
    expect(questions.find((q) => q.name === 'policy_areas')?.answers.map((a) => a.labelEn)).toEqual([
      'Tourism',
      'Digital governance',
    ]);
    expect(profile.peerPools.map((p) => [p.code, p.origin, p.denominator])).toEqual([
      ['oecd-bloomberg-published', 'published', null],
      ['illustrative', 'illustrative', 40],
    ]);
    expect(profile.containsIllustrative).toBe(true);
  });

  it('gives analysts the distributions, cross-tabs, free text, exports and a printable summary', async () => {
    const analytics = await services.surveys.surveyAnalytics(analyst, 'busan', expertId, 'ko');
    expect(analytics.survey).toMatchObject({ kind: 'expert_assessment', synthetic: true, version: 1 });
    expect(analytics.denominator.responses).toBe(160);
    const ratings = analytics.questions.find((q) => q.name === 'ratings')!;
    expect(ratings.kind).toBe('matrix');
    expect(ratings.rows).toHaveLength(76);
    expect(ratings.rows.find((r) => r.value === 'BUS')?.label).toBe('부산');
    const sector = analytics.questions.find((q) => q.name === 'sector')!;
    expect(sector.choices.reduce((n, c) => n + c.count, 0)).toBe(160);

    const tab = await services.surveys.surveyCrossTab(analyst, 'busan', expertId, {
      question: 'sector',
      by: 'respondent_group',
      lang: 'en',
    });
    expect(tab.total).toBe(160);
    // Every respondent's group is their sector: the table is diagonal.
    for (const [i, row] of tab.rows.entries())
      for (const [j, col] of tab.columns.entries())
        if (row.value !== col.value) expect(tab.counts[i]?.[j]).toBe(0);
    await expectKind(
      services.surveys.surveyCrossTab(analyst, 'busan', expertId, {
        question: 'comments',
        by: 'respondent_group',
        lang: 'en',
      }),
      'invalid',
    );

    const free = await services.surveys.surveyFreeText(analyst, 'busan', expertId, 'en');
    expect(free.questions.find((q) => q.name === 'comments')?.answers.length).toBeGreaterThan(0);

    const csv = await services.surveys.exportSurveyResponses(analyst, 'busan', expertId, 'csv', 'ko');
    const rows = parseCsv(new TextDecoder().decode(csv.body)).filter((r) => r.length > 1);
    expect(rows).toHaveLength(161);
    expect(rows[0]?.[1]).toBe('응답자 그룹');
    expect(rows[0]).toContain('근무(거주) 도시는 어디입니까?');

    const html = await services.surveys.surveySummaryHtml(analyst, 'busan', expertId, 'en');
    expect(html).toContain('SYNTHETIC DEMO DATA');
    expect(html).not.toMatch(/<script|<link/i);
  });

  it('checks roles and organisations', async () => {
    await expectKind(services.surveys.surveyAnalytics(viewer, 'busan', expertId, 'en'), 'forbidden');
    await expectKind(services.surveys.surveyAnalytics(null, 'busan', expertId, 'en'), 'unauthorized');
    await expectKind(services.surveys.surveyAnalytics(analyst, 'busan', 'not-a-uuid', 'en'), 'not_found');
    const other = await createOrgWithAdmin(fixture.database, services);
    await expectKind(services.surveys.surveyAnalytics(other.admin, 'busan', expertId, 'en'), 'not_found');
    await expectKind(services.surveys.surveyAnalytics(other.admin, other.slug, expertId, 'en'), 'not_found');
    await expectKind(services.surveys.innovationProfile(null, other.slug), 'not_found');
    await expectKind(services.surveys.intoIndex(analyst, 'busan', expertId, { edition: 11 }), 'forbidden');
  });

  it('previews the expert responses as assessments with the model rules shown', async () => {
    const preview = await services.surveys.intoIndexPreview(analyst, 'busan', expertId, 11);
    expect(preview.rules).toEqual({ windowMonths: 24, excludeHomeCity: true, minAssessments: 7 });
    expect(preview.edition).toMatchObject({ number: 11, status: 'published' });
    const c = preview.counts;
    expect(c.responses).toBe(160);
    expect(c.usedResponses + preview.skipped.length).toBe(160);
    expect(c.counted).toBe(c.assessments - c.outsideWindow - c.excludedHomeCity);
    expect(c.excludedHomeCity).toBeGreaterThan(0);
    expect(preview.rated + preview.associates).toBe(preview.cities.length);
    for (const city of preview.cities) expect(city.status).toBe(city.fromOthers >= 7 ? 'rated' : 'associate');
    await expectKind(services.surveys.intoIndexPreview(analyst, 'busan', innovationId, 11), 'invalid');
    await expectKind(services.surveys.intoIndexPreview(analyst, 'busan', expertId, 99), 'not_found');
  });

  it('rebuilds a draft edition from the closed survey, all or nothing, audited', async () => {
    await expectKind(services.surveys.intoIndex(admin, 'busan', expertId, { edition: 11 }), 'conflict');
    await services.benchmark.createEdition(admin, 'busan', {
      number: 12,
      label: 'SCI 12 (survey)',
      publishedOn: '2026-11-30',
    });
    // A bad source edition fails the whole call: nothing is stored.
    await expectKind(
      services.surveys.intoIndex(admin, 'busan', expertId, { edition: 12, factorValuesFrom: 99 }),
      'not_found',
    );
    expect(
      (await services.benchmark.editions(admin, 'busan')).find((e) => e.number === 12)?.counts.assessments,
    ).toBe(0);

    const result = await services.surveys.intoIndex(admin, 'busan', expertId, {
      edition: 12,
      factorValuesFrom: 11,
    });
    expect(result.imported).toBe(result.counts.assessments);
    expect(result.respondents).toBe(result.counts.usedResponses);
    expect(result.factorValuesCopied).toBeGreaterThan(9000);
    const summary = (await services.benchmark.editions(admin, 'busan')).find((e) => e.number === 12)!;
    expect(summary.counts).toMatchObject({
      assessments: result.imported,
      respondents: result.respondents,
      factors: 135,
    });

    const built = await services.benchmark.build(admin, 'busan', 12);
    const ranked = built.results.filter((r) => r.rank !== null);
    expect(ranked.length).toBe(result.rated);
    for (const r of built.results) {
      const city = result.cities.find((x) => x.code === r.city);
      if (city) expect(r.assessmentsFromOthers).toBe(city.fromOthers);
    }

    const audit = await fixture.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'survey.into-index')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorEmail).toBe('insights-admin@busan.test');

    // An open survey cannot go into the index.
    await fixture.database.db
      .update(schema.surveys)
      .set({ status: 'open' })
      .where(eq(schema.surveys.id, expertId));
    await expectKind(services.surveys.intoIndex(admin, 'busan', expertId, { edition: 12 }), 'conflict');
    await fixture.database.db
      .update(schema.surveys)
      .set({ status: 'closed' })
      .where(eq(schema.surveys.id, expertId));
  });
});
