/** The survey collection API over the real services: management, distribution and public answering. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/db/index.ts';
import type {
  IssuedInvitation,
  RespondView,
  SurveyDetail,
  SurveyLinkView,
  SurveyStats,
} from '../../../src/services/contract-surveys.ts';
import { parseCsvRecords } from '../../../src/services/csv.ts';
import { drivers, reportSkippedDrivers } from '../../db/support/databases.ts';
import { openSurveyApi, type SurveyApi } from './collection-support.ts';

reportSkippedDrivers();

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: Record<string, string[]>;
}

describe.each(drivers)('survey collection API on %s', (driver) => {
  let api: SurveyApi;
  let base: string;
  let survey: SurveyDetail;

  beforeAll(async () => {
    api = await openSurveyApi(driver);
    base = `/api/orgs/${api.slug}/surveys`;
  }, 180_000);
  afterAll(async () => {
    await api?.fixture.dispose();
  });

  it('creates a survey from a template, rejects a bad definition by element, publishes and opens it', async () => {
    const templates = await api.json<{ items: Array<{ code: string }> }>(`${base}/templates`, {
      session: api.admin,
    });
    expect(templates.status).toBe(200);
    expect(templates.body.items).toHaveLength(4);

    const created = await api.json<SurveyDetail>(base, {
      session: api.admin,
      body: { template: 'citizen-master-plan' },
    });
    expect(created.status).toBe(201);
    survey = created.body;
    expect(survey).toMatchObject({ kind: 'citizen', status: 'draft', latestVersion: 1 });

    const bad = await api.json<Problem>(`${base}/${survey.id}`, {
      method: 'PATCH',
      session: api.admin,
      body: {
        definition: {
          pages: [{ name: 'p', elements: [{ type: 'rating', name: 'r', rateMin: 3, rateMax: 2 }] }],
        },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.['definition.pages[0].elements[0] (r)']).toEqual([
      'rateMin must be less than rateMax',
    ]);

    expect(
      (await api.request(`${base}/${survey.id}/publish`, { method: 'POST', session: api.admin })).status,
    ).toBe(200);
    const opened = await api.json<SurveyDetail>(`${base}/${survey.id}/status`, {
      session: api.admin,
      body: { status: 'open' },
    });
    expect(opened.body).toMatchObject({ status: 'open', publishedVersion: 1 });
    const list = await api.json<{ items: Array<{ id: string }> }>(base, { session: api.admin });
    expect(list.body.items.map((s) => s.id)).toContain(survey.id);
  });

  it('invites from CSV, answers with save, resume and an idempotent submit', async () => {
    const invited = await api.json<{ issued: IssuedInvitation[] }>(`${base}/${survey.id}/invitations`, {
      session: api.admin,
      text: {
        type: 'text/csv',
        body: 'name,email,group,locale\n김민지,minji@example.kr,citizens,ko\nAlex,alex@example.kr,citizens,en\n',
      },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const token = invited.body.issued[0]?.token ?? '';
    const respond = `/api/respond/${token}`;

    // Public: no session needed to read.
    const view = await api.json<RespondView>(respond);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      via: 'invitation',
      group: 'citizens',
      invitation: { name: '김민지', locale: 'ko' },
    });
    expect(view.body.definition.pages).toBeDefined();

    // CSRF still applies to the public writes.
    const noCsrf = await api.request(respond, {
      method: 'PUT',
      body: { answers: { age_group: '30s' } },
      csrf: false,
    });
    expect(noCsrf.status).toBe(403);
    const saved = await api.json<{ responseId: string; resumeToken: string | null }>(respond, {
      method: 'PUT',
      body: { answers: { age_group: '30s' }, locale: 'ko' },
    });
    expect(saved.status).toBe(200);
    const resumed = await api.json<RespondView>(respond);
    expect(resumed.body.response).toMatchObject({ id: saved.body.responseId, answers: { age_group: '30s' } });

    const badValue = await api.json<Problem>(respond, {
      method: 'PUT',
      body: { answers: { age_group: '300s' } },
    });
    expect(badValue.status).toBe(400);
    expect(badValue.body.errors?.age_group?.[0]).toMatch(/not one of the choices/);

    const answers = {
      age_group: '30s',
      district: 'haeundae',
      usage: 'monthly',
      satisfaction: 4,
      priority_domains: ['transport', 'safety'],
      ai_comfort: 3,
      ai_city_importance: 5,
    };
    const noKey = await api.json<Problem>(respond, { body: { answers } });
    expect(noKey.status).toBe(400);
    const key = 'b1d1f0c2-0000-4000-8000-000000000001';
    const first = await api.json<{ responseId: string; created: boolean }>(respond, {
      body: { answers },
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ responseId: saved.body.responseId, created: true });
    const retry = await api.json<{ responseId: string; created: boolean }>(respond, {
      body: { answers },
      headers: { 'idempotency-key': key },
    });
    expect(retry.status).toBe(200);
    expect(retry.body.responseId).toBe(first.body.responseId);
    const again = await api.json<Problem>(respond, {
      body: { answers },
      headers: { 'idempotency-key': 'another-key-0002' },
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already been submitted/);

    const rows = await api.fixture.database.db
      .select()
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.surveyId, survey.id));
    expect(rows.filter((r) => r.status === 'submitted')).toHaveLength(1);
  });

  it('shows live figures by group and exports who has not answered', async () => {
    const stats = await api.json<SurveyStats>(`${base}/${survey.id}/stats`, { session: api.admin });
    expect(stats.status).toBe(200);
    expect(stats.body.groups).toEqual([
      { group: 'citizens', invited: 2, started: 1, submitted: 1, responseRate: 0.5, quota: null },
    ]);
    const pending = await api.json<{ items: Array<{ name: string }> }>(`${base}/${survey.id}/reminders`, {
      session: api.admin,
    });
    expect(pending.body.items.map((i) => i.name)).toEqual(['Alex']);
    const reminded = await api.json<{ reminded: number }>(`${base}/${survey.id}/reminders`, {
      session: api.admin,
      body: {},
    });
    expect(reminded.body.reminded).toBe(1);
    const csv = await api.request(`${base}/${survey.id}/reminders/export`, { session: api.admin });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="survey-.*-reminders\.csv"/);
    const records = parseCsvRecords(await csv.text());
    expect(records.map((r) => [r.name, r.email, r.reminders])).toEqual([['Alex', 'alex@example.kr', '1']]);
  });

  it('rate-limits an open link per client with 429 and Retry-After', async () => {
    const link = await api.json<SurveyLinkView>(`${base}/${survey.id}/links`, {
      session: api.admin,
      body: { label: 'Poster QR', group: 'walk-in', ratePerMinute: 2 },
    });
    expect(link.status).toBe(201);
    const path = `/api/respond/${link.body.token}`;
    expect((await api.request(path)).status).toBe(200);
    expect((await api.request(path)).status).toBe(200);
    const limited = await api.request(path);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Invitation tokens are not rate-limited like open links.
    const other = await api.json<SurveyLinkView>(`${base}/${survey.id}/links`, {
      session: api.admin,
      body: { ratePerMinute: 100 },
    });
    expect((await api.request(`/api/respond/${other.body.token}`)).status).toBe(200);
  });

  it('checks roles and organisations', async () => {
    await api.request('/api/users', {
      session: api.admin,
      body: {
        email: `viewer@${api.slug}.test`,
        name: 'V',
        role: 'viewer',
        password: 'correct horse battery',
      },
    });
    const viewer = await api.signIn(`viewer@${api.slug}.test`);
    expect((await api.request(base, { session: viewer })).status).toBe(403);
    expect((await api.request(base)).status).toBe(401);
    expect(
      (await api.request(`/api/orgs/not-this-org/surveys/${survey.id}`, { session: api.admin })).status,
    ).toBe(404);
    expect((await api.request(`${base}/${survey.id}/versions/9`, { session: api.admin })).status).toBe(404);
    expect(await api.request('/api/respond/unknown-token-0000000')).toMatchObject({ status: 404 });
  });
});
