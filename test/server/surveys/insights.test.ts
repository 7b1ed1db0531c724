/** The survey-insights API over the real services on a seeded in-memory PGlite (or PostgreSQL when DATABASE_URL is set). */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPERT_SURVEY_TITLE } from '../../../data/surveys/innovation-capacity/demo-expert-survey.ts';
import { loadConfig } from '../../../src/config.ts';
import { createApp } from '../../../src/server/app.ts';
import { createJsonLogger } from '../../../src/server/logger.ts';
import type {
  InnovationProfile,
  IntoIndexPreview,
  SurveyAnalytics,
} from '../../../src/services/contract-survey-insights.ts';
import { openRuntime, type Runtime } from '../../../src/services/index.ts';
import { createScratchPostgres } from '../../db/support/databases.ts';
import { cookieFrom } from '../support/harness.ts';

const ADMIN = { email: 'admin@insights.example', password: 'insights password' };
const VIEWER = { email: 'viewer@insights.example', password: 'viewer password' };
const STARTUP_TIMEOUT_MS = 480_000;

let runtime: Runtime;
let app: ReturnType<typeof createApp>;
let admin: string;
let viewer: string;
let base: string;
let dropScratch: (() => Promise<void>) | null = null;

async function write(path: string, init: { body?: string; session?: string; csrf?: boolean }) {
  const csrf = await app.request('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const withCsrf = init.csrf ?? true;
  return app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: [`cb_csrf=${csrfToken}`, ...(init.session ? [init.session] : [])].join('; '),
      ...(withCsrf ? { 'x-csrf-token': csrfToken } : {}),
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

async function signIn(account: { email: string; password: string }): Promise<string> {
  const response = await write('/api/auth/sign-in', { body: JSON.stringify(account) });
  const cookie = cookieFrom(response, 'cb_session');
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

const get = (path: string, session?: string) =>
  app.request(path, session ? { headers: { cookie: session } } : {});

beforeAll(async () => {
  let databaseUrl: string | null = null;
  if (loadConfig().databaseUrl) {
    const scratch = await createScratchPostgres();
    databaseUrl = scratch.url;
    dropScratch = scratch.drop;
  }
  runtime = await openRuntime({ dataDir: 'unused', databaseUrl, sessionTtlHours: 12 }, { inMemory: true });
  await runtime.operator.seedDemo();
  await runtime.operator.createAdmin({ ...ADMIN, orgSlug: 'busan' });
  app = createApp({
    services: runtime.services,
    webDir: null,
    logger: createJsonLogger({ level: 'silent' }),
  });
  admin = await signIn(ADMIN);
  const created = await write('/api/users', {
    body: JSON.stringify({ ...VIEWER, name: 'Viewer', role: 'viewer' }),
    session: admin,
  });
  expect(created.status).toBe(201);
  viewer = await signIn(VIEWER);
  const surveys = await runtime.services.surveys.listSurveys('system', 'busan');
  const expert = surveys.find((s) => s.title.en === DEMO_EXPERT_SURVEY_TITLE.en);
  if (!expert) throw new Error('the demo expert survey was not seeded');
  base = `/api/orgs/busan/surveys/${expert.id}`;
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await runtime?.close();
  await dropScratch?.();
});

describe('survey insights over HTTP', () => {
  it('serves analytics in Korean to members with role analyst or above, not to viewers or strangers', async () => {
    const ok = await get(`${base}/analytics?lang=ko`, admin);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as SurveyAnalytics;
    expect(body.lang).toBe('ko');
    expect(body.survey.synthetic).toBe(true);
    expect(body.denominator.responses).toBe(160);
    expect(body.questions.find((q) => q.name === 'home_city')?.title).toBe('근무(거주) 도시는 어디입니까?');

    expect((await get(`${base}/analytics`, viewer)).status).toBe(403);
    expect((await get(`${base}/analytics`)).status).toBe(401);
    expect(
      (await get('/api/orgs/busan/surveys/00000000-0000-4000-8000-000000000000/analytics', admin)).status,
    ).toBe(404);
    expect((await get(`${base}/analytics?lang=fr`, admin)).status).toBe(400);
  });

  it('answers cross-tabs and free text, and refuses a question without options', async () => {
    const tab = await get(`${base}/analytics/crosstab?question=sector&by=respondent_group`, admin);
    expect(tab.status).toBe(200);
    expect(((await tab.json()) as { total: number }).total).toBe(160);
    expect((await get(`${base}/analytics/crosstab?question=comments`, admin)).status).toBe(400);
    const free = await get(`${base}/analytics/free-text?lang=en`, admin);
    expect(free.status).toBe(200);
  });

  it('exports XLSX with Korean labels and a print-ready summary', async () => {
    const file = await get(`${base}/export?format=xlsx&lang=ko`, admin);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(file.headers.get('content-disposition')).toMatch(/attachment; filename=".*-ko\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file.arrayBuffer()) as ArrayBuffer);
    expect(workbook.worksheets[0]?.name).toBe('응답');
    expect(workbook.worksheets[0]?.rowCount).toBe(161);

    const summary = await get(`${base}/summary?lang=ko`, admin);
    expect(summary.status).toBe(200);
    expect(summary.headers.get('content-type')).toMatch(/text\/html/);
    const html = await summary.text();
    expect(html).toContain('예시(합성) 데이터');
    expect(html).not.toMatch(/<script|<link|https?:\/\//i);
  });

  it('previews into-index and writes only with CSRF, as an editor, into a draft', async () => {
    const preview = await get(`${base}/into-index/preview?edition=11`, admin);
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as IntoIndexPreview;
    expect(body.rules.minAssessments).toBe(7);
    expect(body.counts.responses).toBe(160);

    const payload = JSON.stringify({ edition: 11 });
    expect((await write(`${base}/into-index`, { body: payload, session: admin, csrf: false })).status).toBe(
      403,
    );
    expect((await write(`${base}/into-index`, { body: payload, session: viewer })).status).toBe(403);
    expect((await write(`${base}/into-index`, { body: payload, session: admin })).status).toBe(409);
    expect(
      (await write(`${base}/into-index`, { body: JSON.stringify({ edition: 11, extra: 1 }), session: admin }))
        .status,
    ).toBe(400);
  });

  it("serves Busan's innovation profile to anyone, since the organisation is public", async () => {
    const response = await get('/api/orgs/busan/innovation-profile');
    expect(response.status).toBe(200);
    const profile = (await response.json()) as InnovationProfile;
    expect(profile.city.nameEn).toBe('Busan');
    const funding = profile.sections.flatMap((s) => s.questions).find((q) => q.name === 'dedicated_funding');
    expect(funding?.answers[0]?.peers[0]).toMatchObject({
      origin: 'published',
      share: 0.81,
      statementEn: 'Like 81% of cities surveyed',
    });
    expect((await get('/api/orgs/nowhere/innovation-profile')).status).toBe(404);
  });
});
