import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationBySlug, schema } from '../../src/db/index.ts';
import type { Actor, Services } from '../../src/services/contract.ts';
import type { SurveyDefinition } from '../../src/services/contract-surveys.ts';
import { createServices } from '../../src/services/create-services.ts';
import { parseCsvRecords } from '../../src/services/csv.ts';
import { ServiceError } from '../../src/services/errors.ts';
import { seedSurveysDemo } from '../../src/services/surveys/seed-demo.ts';
import { hashToken } from '../../src/services/tokens.ts';
import {
  createTestDatabase,
  drivers,
  reportSkippedDrivers,
  type TestDatabase,
} from '../db/support/databases.ts';
import { addMember, auditCount, createOrgWithAdmin, expectKind } from '../db/support/fixtures.ts';

reportSkippedDrivers();

const L = (en: string, ko: string) => ({ default: en, ko });

/** A small survey: a required rating 1-10, a required choice and an optional comment shown for 'other'. */
const SMALL: SurveyDefinition = {
  title: L('Small survey', '작은 설문'),
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'score',
          title: L('Score', '점수'),
          isRequired: true,
          rateMin: 1,
          rateMax: 10,
        },
        {
          type: 'radiogroup',
          name: 'colour',
          title: L('Colour', '색'),
          isRequired: true,
          choices: [
            { value: 'red', text: L('Red', '빨강') },
            { value: 'blue', text: L('Blue', '파랑') },
          ],
          showOtherItem: true,
        },
        {
          type: 'comment',
          name: 'why',
          title: L('Why?', '왜?'),
          isRequired: true,
          visibleIf: "{colour} = 'other'",
        },
      ],
    },
  ],
};

async function serviceError(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ServiceError) return err;
    throw err;
  }
  throw new Error('expected a ServiceError');
}

describe.each(drivers)('survey collection on %s', (driver) => {
  let fixture: TestDatabase;
  let services: Services;
  let admin: Actor;
  let slug: string;
  let orgId: string;

  async function openSurvey(definition: SurveyDefinition = SMALL) {
    const created = await services.surveys.createSurvey(admin, slug, {
      kind: 'other',
      title: { en: 'Test', ko: '테스트' },
      definition,
    });
    await services.surveys.publishSurvey(admin, slug, created.id);
    return services.surveys.setSurveyStatus(admin, slug, created.id, 'open');
  }

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    services = createServices(fixture.database);
    ({ admin, slug, orgId } = await createOrgWithAdmin(fixture.database, services));
  }, 180_000);
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('lists the four built-in templates and creates a draft from each', async () => {
    const templates = await services.surveys.surveyTemplates(admin, slug);
    expect(templates.map((t) => t.code).sort()).toEqual([
      'citizen-master-plan',
      'expert-assessment',
      'innovation-capacity',
      'public-servant-master-plan',
    ]);
    for (const t of templates) {
      const created = await services.surveys.createSurvey(admin, slug, { template: t.code });
      expect(created).toMatchObject({ kind: t.kind, template: t.code, status: 'draft', latestVersion: 1 });
      expect(created.publishedVersion).toBeNull();
      expect(created.draft?.definition).toBeTruthy();
      expect(created.title.ko).not.toBe('');
    }
    await expectKind(services.surveys.createSurvey(admin, slug, { template: 'nope' }), 'invalid');
  });

  it('rejects a bad definition naming the bad element', async () => {
    const bad = {
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'rating', name: 'a', rateMin: 5, rateMax: 1 },
            { type: 'text', name: 'a' },
            { type: 'fancy', name: 'b' },
          ],
        },
      ],
    };
    const err = await serviceError(
      services.surveys.createSurvey(admin, slug, {
        kind: 'other',
        title: { en: 'x', ko: 'x' },
        definition: bad,
      }),
    );
    expect(err.kind).toBe('invalid');
    expect(Object.keys(err.fields ?? {})).toEqual(
      expect.arrayContaining([
        'definition.pages[0].elements[0] (a)',
        'definition.pages[0].elements[1] (a)',
        'definition.pages[0].elements[2] (b)',
      ]),
    );
    expect(err.fields?.['definition.pages[0].elements[2] (b)']?.[0]).toMatch(
      /unsupported question type 'fancy'/,
    );
    // survey-core's own reader catches unknown properties.
    const unknownProperty = {
      pages: [{ name: 'p', elements: [{ type: 'text', name: 'q1', colourOfSky: 'blue' }] }],
    };
    const err2 = await serviceError(
      services.surveys.createSurvey(admin, slug, {
        kind: 'other',
        title: { en: 'x', ko: 'x' },
        definition: unknownProperty,
      }),
    );
    expect(err2.fields?.['definition.q1']?.[0]).toMatch(/colourOfSky/);
  });

  it('freezes a published version; a change starts a new draft version', async () => {
    const created = await services.surveys.createSurvey(admin, slug, {
      kind: 'citizen',
      title: { en: 'Versions', ko: '버전' },
      definition: SMALL,
    });
    const published = await services.surveys.publishSurvey(admin, slug, created.id);
    expect(published.publishedVersion).toBe(1);
    expect(published.draft).toBeNull();
    await expectKind(services.surveys.publishSurvey(admin, slug, created.id), 'conflict');
    const changed = { ...SMALL, title: L('Changed', '변경') };
    const next = await services.surveys.updateSurvey(admin, slug, created.id, { definition: changed });
    expect(next.latestVersion).toBe(2);
    expect(next.publishedVersion).toBe(1);
    expect(next.draft?.version).toBe(2);
    // Version 1 is unchanged in the database.
    const v1 = await services.surveys.surveyVersion(admin, slug, created.id, 1);
    expect(v1.definition).toEqual(SMALL);
    expect(v1.publishedAt).not.toBeNull();
    // A second change edits the same draft rather than adding versions.
    const again = await services.surveys.updateSurvey(admin, slug, created.id, { definition: SMALL });
    expect(again.latestVersion).toBe(2);
    const republished = await services.surveys.publishSurvey(admin, slug, created.id);
    expect(republished.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(republished.publishedVersion).toBe(2);
  });

  it('opens only a published survey', async () => {
    const created = await services.surveys.createSurvey(admin, slug, {
      kind: 'other',
      title: { en: 'Unpublished', ko: '미게시' },
      definition: SMALL,
    });
    await expectKind(services.surveys.setSurveyStatus(admin, slug, created.id, 'open'), 'conflict');
  });

  it('answers through an invitation: save, resume, submit once, retry with the same key', async () => {
    const survey = await openSurvey();
    const { issued } = await services.surveys.addInvitations(admin, slug, survey.id, {
      format: 'json',
      invitations: [{ name: 'Kim', email: 'Kim@Example.test', group: 'experts', locale: 'en' }],
    });
    const token = issued[0]?.token ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // Only the hash is stored.
    const [stored] = await fixture.database.db
      .select()
      .from(schema.surveyInvitations)
      .where(eq(schema.surveyInvitations.surveyId, survey.id));
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const first = await services.surveys.respondGet(token);
    expect(first).toMatchObject({ via: 'invitation', group: 'experts', response: null, version: 1 });
    expect(first.invitation).toEqual({ name: 'Kim', locale: 'en' });

    const saved = await services.surveys.respondSave(token, { answers: { score: 7 } });
    expect(saved.resumeToken).toBeNull();
    const resumed = await services.surveys.respondGet(token);
    expect(resumed.response).toMatchObject({
      id: saved.responseId,
      status: 'in_progress',
      answers: { score: 7 },
    });

    // Validation as the respondent goes: out of range even in a partial save.
    const err = await serviceError(services.surveys.respondSave(token, { answers: { score: 11 } }));
    expect(err.kind).toBe('invalid');
    expect(err.fields?.score?.[0]).toMatch(/from 1 to 10/);
    // Submit needs every visible required answer.
    const missing = await serviceError(
      services.surveys.respondSubmit(token, { answers: { score: 7 }, idempotencyKey: 'key-aaaa-1' }),
    );
    expect(missing.fields?.colour).toEqual(['an answer is required']);
    const hiddenRequired = await serviceError(
      services.surveys.respondSubmit(token, {
        answers: { score: 7, colour: 'other' },
        idempotencyKey: 'key-aaaa-1',
      }),
    );
    expect(hiddenRequired.fields?.why).toEqual(['an answer is required']);

    const answers = { score: 7, colour: 'blue' };
    const done = await services.surveys.respondSubmit(token, {
      answers,
      idempotencyKey: 'key-aaaa-1',
      locale: 'en',
    });
    expect(done).toMatchObject({ responseId: saved.responseId, created: true });
    const retry = await services.surveys.respondSubmit(token, { answers, idempotencyKey: 'key-aaaa-1' });
    expect(retry).toEqual({ ...done, created: false });
    // Single use: another key is a conflict, and so is saving again.
    await expectKind(
      services.surveys.respondSubmit(token, { answers, idempotencyKey: 'key-bbbb-2' }),
      'conflict',
    );
    await expectKind(services.surveys.respondSave(token, { answers }), 'conflict');

    const rows = await fixture.database.db
      .select()
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.surveyId, survey.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'submitted', answers, locale: 'en', respondentGroup: 'experts' });
    const invitations = await services.surveys.listInvitations(admin, slug, survey.id);
    expect(invitations[0]).toMatchObject({ email: 'kim@example.test', state: 'submitted' });
    expect(invitations[0]?.usedAt).not.toBeNull();
  });

  it('answers through an open link with a resume token; keys do not cross respondents', async () => {
    const survey = await openSurvey();
    const link = await services.surveys.createLink(admin, slug, survey.id, {
      label: 'Public',
      group: 'citizens',
    });
    const saved = await services.surveys.respondSave(link.token, { answers: { score: 3 } });
    expect(saved.resumeToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const resume = await services.surveys.respondGet(link.token, { resumeToken: saved.resumeToken });
    expect(resume.response?.answers).toEqual({ score: 3 });
    const fresh = await services.surveys.respondGet(link.token);
    expect(fresh.response).toBeNull();
    await expectKind(services.surveys.respondGet(link.token, { resumeToken: 'x'.repeat(32) }), 'not_found');

    const done = await services.surveys.respondSubmit(
      link.token,
      { answers: { score: 3, colour: 'red' }, idempotencyKey: 'link-key-0001' },
      { resumeToken: saved.resumeToken },
    );
    expect(done.responseId).toBe(saved.responseId);
    // Anonymous submit without saving first.
    const other = await services.surveys.respondSubmit(link.token, {
      answers: { score: 9, colour: 'red' },
      idempotencyKey: 'link-key-0002',
    });
    expect(other.created).toBe(true);
    // The same key through an invitation of the same survey is not this respondent's response.
    const { issued } = await services.surveys.addInvitations(admin, slug, survey.id, {
      format: 'json',
      invitations: [{ name: 'Lee' }],
    });
    await expectKind(
      services.surveys.respondSubmit(issued[0]?.token ?? '', {
        answers: { score: 1, colour: 'red' },
        idempotencyKey: 'link-key-0002',
      }),
      'conflict',
    );
    const stats = await services.surveys.surveyStats(admin, slug, survey.id);
    expect(stats.links).toEqual([{ id: link.id, label: 'Public', submitted: 2, quota: null }]);
    expect(stats.groups.find((g) => g.group === 'citizens')).toMatchObject({
      started: 2,
      submitted: 2,
      invited: 0,
    });
  });

  it('enforces total, group and link quotas', async () => {
    const survey = await openSurvey();
    await services.surveys.setSurveyQuotas(admin, slug, survey.id, { total: 3, byGroup: { a: 1 } });
    const linkA = await services.surveys.createLink(admin, slug, survey.id, { group: 'a' });
    const linkB = await services.surveys.createLink(admin, slug, survey.id, { group: 'b', quota: 1 });
    const answers = { score: 5, colour: 'red' };
    await services.surveys.respondSubmit(linkA.token, { answers, idempotencyKey: 'quota-a-1' });
    const groupFull = await serviceError(
      services.surveys.respondSubmit(linkA.token, { answers, idempotencyKey: 'quota-a-2' }),
    );
    expect(groupFull.message).toMatch(/group 'a'/);
    await services.surveys.respondSubmit(linkB.token, { answers, idempotencyKey: 'quota-b-1' });
    const linkFull = await serviceError(
      services.surveys.respondSubmit(linkB.token, { answers, idempotencyKey: 'quota-b-2' }),
    );
    expect(linkFull.message).toMatch(/link/);
    const linkC = await services.surveys.createLink(admin, slug, survey.id, {});
    await services.surveys.respondSubmit(linkC.token, { answers, idempotencyKey: 'quota-c-1' });
    const totalFull = await serviceError(
      services.surveys.respondSubmit(linkC.token, { answers, idempotencyKey: 'quota-c-2' }),
    );
    expect(totalFull.message).toMatch(/quota reached/);
    // A retry of an acknowledged submit still answers once the quota is full.
    const retry = await services.surveys.respondSubmit(linkC.token, { answers, idempotencyKey: 'quota-c-1' });
    expect(retry.created).toBe(false);
    const stats = await services.surveys.surveyStats(admin, slug, survey.id);
    expect(stats.total).toMatchObject({ submitted: 3, quota: 3 });
    expect(stats.groups.find((g) => g.group === 'a')).toMatchObject({ submitted: 1, quota: 1 });
  });

  it('closes: no more answers, but a retried acknowledged submit still answers; closed links refuse', async () => {
    const survey = await openSurvey();
    const link = await services.surveys.createLink(admin, slug, survey.id, {});
    const answers = { score: 5, colour: 'red' };
    const done = await services.surveys.respondSubmit(link.token, { answers, idempotencyKey: 'close-key-1' });
    await services.surveys.setSurveyStatus(admin, slug, survey.id, 'closed');
    await expectKind(
      services.surveys.respondSubmit(link.token, { answers, idempotencyKey: 'close-key-2' }),
      'conflict',
    );
    expect(
      (await services.surveys.respondSubmit(link.token, { answers, idempotencyKey: 'close-key-1' }))
        .responseId,
    ).toBe(done.responseId);
    expect((await services.surveys.respondGet(link.token)).survey.status).toBe('closed');
    await services.surveys.setSurveyStatus(admin, slug, survey.id, 'open');
    await services.surveys.updateLink(admin, slug, survey.id, link.id, { active: false });
    await expectKind(services.surveys.respondGet(link.token), 'conflict');
    await expectKind(services.surveys.respondGet('not-a-real-token-at-all'), 'not_found');
  });

  it('imports invitations from CSV all or nothing, lists reminders and exports them', async () => {
    const survey = await openSurvey();
    const badCsv = 'name,email,group\nPark,park@example.test,officials\n,broken,officials\n';
    const err = await serviceError(
      services.surveys.addInvitations(admin, slug, survey.id, { format: 'csv', text: badCsv }),
    );
    expect(err.fields?.['line 3']).toEqual([
      'name must be 1 to 200 characters',
      "email 'broken' is not a valid address",
    ]);
    expect(await services.surveys.listInvitations(admin, slug, survey.id)).toHaveLength(0);

    const csv =
      'name,email,group,locale\nPark,park@example.test,officials,ko\nChoi,choi@example.test,officials,en\n=Evil,,citizens,ko\n';
    const { issued } = await services.surveys.addInvitations(admin, slug, survey.id, {
      format: 'csv',
      text: csv,
    });
    expect(issued.map((i) => i.name)).toEqual(['Park', 'Choi', '=Evil']);
    await expectKind(
      services.surveys.addInvitations(admin, slug, survey.id, {
        format: 'json',
        invitations: [{ name: 'Again', email: 'park@example.test' }],
      }),
      'invalid',
    );
    const park = issued[0]?.token ?? '';
    await services.surveys.respondSubmit(park, {
      answers: { score: 2, colour: 'red' },
      idempotencyKey: 'park-0001',
    });
    await services.surveys.respondSave(issued[1]?.token ?? '', { answers: { score: 2 } });

    const pending = await services.surveys.pendingInvitations(admin, slug, survey.id);
    // Oldest invitation first; one list shares its time, so then by name.
    expect(pending.map((p) => [p.name, p.state])).toEqual([
      ['=Evil', 'not_started'],
      ['Choi', 'in_progress'],
    ]);
    expect(await services.surveys.markReminded(admin, slug, survey.id)).toEqual({ reminded: 2 });
    const file = await services.surveys.exportReminders(admin, slug, survey.id);
    expect(file.contentType).toMatch(/^text\/csv/);
    const text = new TextDecoder().decode(file.body);
    const records = parseCsvRecords(text);
    expect(records.map((r) => [r.name, r.email, r.state, r.reminders])).toEqual([
      ["'=Evil", '', 'not_started', '1'],
      ['Choi', 'choi@example.test', 'in_progress', '1'],
    ]);

    const stats = await services.surveys.surveyStats(admin, slug, survey.id);
    expect(stats.groups.find((g) => g.group === 'officials')).toMatchObject({
      invited: 2,
      started: 2,
      submitted: 1,
      responseRate: 0.5,
    });
    expect(stats.total).toMatchObject({ invited: 3, submitted: 1 });
  });

  it('checks roles and organisations, and audits every management change', async () => {
    const viewer = await addMember(services, admin, 'viewer');
    const analyst = await addMember(services, admin, 'analyst');
    const editor = await addMember(services, admin, 'editor');
    await expectKind(services.surveys.listSurveys(viewer, slug), 'forbidden');
    expect((await services.surveys.listSurveys(analyst, slug)).length).toBeGreaterThan(0);
    await expectKind(
      services.surveys.createSurvey(analyst, slug, { template: 'citizen-master-plan' }),
      'forbidden',
    );
    const before = await auditCount(fixture.database, orgId);
    const created = await services.surveys.createSurvey(editor, slug, { template: 'citizen-master-plan' });
    await services.surveys.publishSurvey(editor, slug, created.id);
    await services.surveys.setSurveyStatus(editor, slug, created.id, 'open');
    await services.surveys.setSurveyQuotas(editor, slug, created.id, { total: 10, byGroup: {} });
    await services.surveys.createLink(editor, slug, created.id, {});
    expect(await auditCount(fixture.database, orgId)).toBe(before + 5);
    const audit = await fixture.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.orgId, orgId), eq(schema.auditLog.entityId, created.id)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'survey.create',
      'survey.open',
      'survey.publish',
      'survey.quotas',
    ]);

    const other = await createOrgWithAdmin(fixture.database, services);
    await expectKind(services.surveys.getSurvey(other.admin, slug, created.id), 'not_found');
    await expectKind(services.surveys.getSurvey(other.admin, other.slug, created.id), 'not_found');
    await expectKind(services.surveys.getSurvey(admin, slug, randomUUID()), 'not_found');
    await expectKind(services.surveys.getSurvey(admin, slug, 'not-a-uuid'), 'not_found');
    // The CLI acts as the system.
    expect((await services.surveys.listSurveys('system', slug)).length).toBeGreaterThan(0);
  });

  it('validates the expert assessment: ratings 1-10 of known cities only', async () => {
    const created = await services.surveys.createSurvey(admin, slug, { template: 'expert-assessment' });
    await services.surveys.publishSurvey(admin, slug, created.id);
    await services.surveys.setSurveyStatus(admin, slug, created.id, 'open');
    const link = await services.surveys.createLink(admin, slug, created.id, {});
    const profile = { sector: 'Technology', home_city: 'BUS', region: 'Asia/Pacific', role: 'Analyst' };
    const bad = await serviceError(
      services.surveys.respondSubmit(link.token, {
        answers: { ...profile, known_cities: ['LON'], ratings: { LON: { IS: 11 }, XXX: { IS: 5 } } },
        idempotencyKey: 'expert-0001',
      }),
    );
    expect(bad.fields?.['ratings.LON.IS']?.[0]).toMatch(/from 1 to 10/);
    expect(bad.fields?.['ratings.XXX']).toEqual(['is not a row of the matrix']);
    const ok = await services.surveys.respondSubmit(link.token, {
      answers: {
        ...profile,
        known_cities: ['LON', 'SIN'],
        ratings: { LON: { IS: 8, CI: 7, DC: 9 }, SIN: { IS: 6 } },
      },
      idempotencyKey: 'expert-0002',
    });
    expect(ok.created).toBe(true);
  });

  it('seeds one illustrative, open citizen survey with an open link, once', async () => {
    const org = await findOrganisationBySlug(fixture.database.db, slug);
    if (!org) throw new Error('no organisation');
    for (let i = 0; i < 2; i++)
      await fixture.database.db.transaction((tx) => seedSurveysDemo(tx, org, () => {}));
    const demo = (await services.surveys.listSurveys(admin, slug)).filter(
      (s) => s.template === 'citizen-master-plan' && s.illustrative,
    );
    expect(demo).toHaveLength(1);
    expect(demo[0]).toMatchObject({
      kind: 'citizen',
      status: 'open',
      publishedVersion: 1,
      counts: { submitted: 0 },
    });
    expect(demo[0]?.title.en).toMatch(/illustrative/);
    const detail = await services.surveys.getSurvey(admin, slug, demo[0]?.id ?? '');
    expect(detail.links).toHaveLength(1);
    const view = await services.surveys.respondGet(detail.links[0]?.token ?? '');
    expect(view).toMatchObject({ via: 'link', group: 'citizens', survey: { illustrative: true } });
  });
});
