/** The plans portfolio API over the real services (PGlite, and PostgreSQL when DATABASE_URL is set). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/db/index.ts';
import { createApp } from '../../../src/server/app.ts';
import { createJsonLogger } from '../../../src/server/logger.ts';
import type {
  PlanDetail,
  PlanImportResult,
  PlanItemView,
  PlanSummary,
  PlanView,
} from '../../../src/services/contract-plans.ts';
import { createServices } from '../../../src/services/create-services.ts';
import { createOperatorServices } from '../../../src/services/operator.ts';
import {
  createTestDatabase,
  drivers,
  reportSkippedDrivers,
  type TestDatabase,
} from '../../db/support/databases.ts';
import { seedDemoPlansInto } from '../../services/plans-support.ts';
import { cookieFrom } from '../support/harness.ts';

reportSkippedDrivers();

const PASSWORD = 'plans portfolio password';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(drivers)('plans portfolio API on %s', (driver) => {
  let fixture: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let admin: string;
  let viewer: string;
  let outsider: string;
  const BASE = '/api/orgs/plan-city/plans';

  async function request(
    path: string,
    init: { method?: string; body?: string | Uint8Array; type?: string; session?: string } = {},
  ) {
    const method = init.method ?? 'GET';
    if (method === 'GET') return app.request(path, { headers: init.session ? { cookie: init.session } : {} });
    const csrf = await app.request('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    return app.request(path, {
      method,
      headers: {
        'content-type': init.type ?? 'application/json',
        cookie: [`cb_csrf=${csrfToken}`, ...(init.session ? [init.session] : [])].join('; '),
        'x-csrf-token': csrfToken,
      },
      ...(init.body === undefined ? {} : { body: init.body as NonNullable<RequestInit['body']> }),
    });
  }

  async function signIn(email: string): Promise<string> {
    const response = await request('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const cookie = cookieFrom(response, 'cb_session');
    if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
    return cookie;
  }

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    const services = createServices(fixture.database);
    const operator = createOperatorServices(fixture.database);
    for (const slug of ['plan-city', 'other-city'])
      await fixture.database.db
        .insert(schema.organisations)
        .values({ slug, name: slug, nameKo: slug, city: 'Testville', isPublic: true });
    await operator.createAdmin({ email: 'admin@plan.test', password: PASSWORD, orgSlug: 'plan-city' });
    await operator.createAdmin({ email: 'admin@other.test', password: PASSWORD, orgSlug: 'other-city' });
    await seedDemoPlansInto(fixture.database, 'plan-city');
    app = createApp({ services, webDir: null, logger: createJsonLogger({ level: 'silent' }) });
    admin = await signIn('admin@plan.test');
    outsider = await signIn('admin@other.test');
    const created = await request('/api/users', {
      method: 'POST',
      body: JSON.stringify({ email: 'viewer@plan.test', name: 'Viewer', role: 'viewer', password: PASSWORD }),
      session: admin,
    });
    expect(created.status).toBe(201);
    viewer = await signIn('viewer@plan.test');
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  async function growthId(): Promise<string> {
    const { items } = (await (await request(BASE, { session: viewer })).json()) as { items: PlanSummary[] };
    const plan = items.find((p) => p.kind === 'growth_strategy');
    if (!plan) throw new Error('no growth plan');
    return plan.id;
  }

  it('serves plans to members only: signed out 401, other organisation 404', async () => {
    expect((await request(BASE)).status).toBe(401);
    expect((await request(BASE, { session: outsider })).status).toBe(404);
    const id = await growthId();
    expect((await request(`${BASE}/${id}`, { session: outsider })).status).toBe(404);
    expect((await request(`/api/orgs/other-city/plans/${id}`, { session: outsider })).status).toBe(404);
    const detail = (await (await request(`${BASE}/${id}`, { session: viewer })).json()) as PlanDetail;
    expect(detail.items).toHaveLength(4);
    expect(detail.items[0]?.envelope).toBe('1927000000000');
    expect(detail.items[0]?.children[0]?.children).toHaveLength(7);
    const rollup = (await (
      await request(`${BASE}/${id}/rollup`, { session: viewer })
    ).json()) as PlanDetail['rollup'];
    expect(rollup.envelopes.stated).toBe('4888200000000');
    expect(rollup.levels.map((l) => [l.level, l.items])).toEqual([
      ['strategy', 4],
      ['initiative', 10],
      ['project', 71],
    ]);
  });

  it('lets editors write (viewers get 403), with strict bodies and CSRF', async () => {
    const body = JSON.stringify({ kind: 'other', nameEn: 'API plan', nameKo: 'API 계획', periodFrom: 2026 });
    expect((await request(BASE, { method: 'POST', body, session: viewer })).status).toBe(403);
    const unknownField = JSON.stringify({ kind: 'other', nameEn: 'x', colour: 'red' });
    expect((await request(BASE, { method: 'POST', body: unknownField, session: admin })).status).toBe(400);
    const created = await request(BASE, { method: 'POST', body, session: admin });
    expect(created.status).toBe(201);
    const plan = (await created.json()) as PlanView;
    expect(plan).toMatchObject({ nameKo: 'API 계획', periodFrom: 2026, periodTo: null, stated: '0' });

    const item = await request(`${BASE}/${plan.id}/items`, {
      method: 'POST',
      session: admin,
      body: JSON.stringify({
        level: 'task',
        nameEn: 'Open data portal',
        code: 'T1',
        horizon: 'mid',
        budget: [{ year: 2027, source: 'municipal', amount: '250000000' }],
      }),
    });
    expect(item.status).toBe(201);
    const task = (await item.json()) as PlanItemView;
    expect(task).toMatchObject({ code: 'T1', depth: 1, rollup: { itemised: '250000000' } });
    // Money must be text: a JSON number is a 400.
    const numeric = await request(`${BASE}/${plan.id}/items/${task.id}`, {
      method: 'PATCH',
      session: admin,
      body: JSON.stringify({ envelope: 1000 }),
    });
    expect(numeric.status).toBe(400);
    const patched = await request(`${BASE}/${plan.id}/items/${task.id}`, {
      method: 'PATCH',
      session: admin,
      body: JSON.stringify({ envelope: '1000000000', nameKo: '공공데이터 포털' }),
    });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as PlanItemView).rollup.unallocated).toBe('750000000');
    const sub = (await (
      await request(`${BASE}/${plan.id}/items`, {
        method: 'POST',
        session: admin,
        body: JSON.stringify({ level: 'task', nameEn: 'Sub task' }),
      })
    ).json()) as PlanItemView;
    const moved = await request(`${BASE}/${plan.id}/items/${sub.id}/move`, {
      method: 'POST',
      session: admin,
      body: JSON.stringify({ parentId: task.id }),
    });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as PlanItemView).depth).toBe(2);
    const removed = await request(`${BASE}/${plan.id}/items/${task.id}`, {
      method: 'DELETE',
      session: admin,
    });
    expect(await removed.json()).toEqual({ deleted: 2 });
    expect((await request(`${BASE}/${plan.id}`, { method: 'DELETE', session: viewer })).status).toBe(403);
    expect((await request(`${BASE}/${plan.id}`, { method: 'DELETE', session: admin })).status).toBe(204);
    expect((await request(`${BASE}/${plan.id}`, { session: admin })).status).toBe(404);
  });

  it('exports CSV and XLSX that import into a new plan and export again unchanged', async () => {
    const id = await growthId();
    const csv = await request(`${BASE}/${id}/export?format=csv`, { session: viewer });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const csvText = await csv.text();
    const imported = await request(`${BASE}/import`, {
      method: 'POST',
      type: 'text/csv',
      body: csvText,
      session: admin,
    });
    expect(imported.status).toBe(201);
    const result = (await imported.json()) as PlanImportResult;
    expect(result).toMatchObject({ items: 85, budgetLines: 0, plan: { stated: '4888200000000' } });
    const again = await (
      await request(`${BASE}/${result.plan.id}/export?format=csv`, { session: viewer })
    ).text();
    expect(again).toBe(csvText);

    const xlsx = await request(`${BASE}/${id}/export?format=xlsx`, { session: viewer });
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    const replaced = await request(`${BASE}/${result.plan.id}/import`, {
      method: 'POST',
      type: XLSX,
      body: bytes,
      session: admin,
    });
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as PlanImportResult).items).toBe(85);
    const third = await (
      await request(`${BASE}/${result.plan.id}/export?format=csv`, { session: viewer })
    ).text();
    expect(third).toBe(csvText);
  });

  it('names every bad row of an import and stores nothing', async () => {
    const before = ((await (await request(BASE, { session: viewer })).json()) as { items: unknown[] }).items
      .length;
    const bad = [
      'code,parent_code,level,kind,name_en,budget_2026_national',
      ',,plan,other,Bad plan,',
      'A,,strategy,,Fine,100',
      'B,Z,project,,Orphan,',
      'A,,project,,Duplicate,-5',
    ].join('\n');
    const response = await request(`${BASE}/import`, {
      method: 'POST',
      type: 'text/csv',
      body: bad,
      session: admin,
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toEqual(['row 4', 'row 5']);
    expect(problem.errors['row 4']?.join(' ')).toContain('parent_code');
    expect(problem.errors['row 5']?.join(' ')).toMatch(/already used on row 3/);
    expect(problem.errors['row 5']?.join(' ')).toMatch(/budget_2026_national/);
    const after = ((await (await request(BASE, { session: viewer })).json()) as { items: unknown[] }).items
      .length;
    expect(after).toBe(before);
    const wrongType = await request(`${BASE}/import`, {
      method: 'POST',
      type: 'text/plain',
      body: 'x',
      session: admin,
    });
    expect(wrongType.status).toBe(400);
  });

  it('renders the print document as self-contained HTML in either language', async () => {
    const id = await growthId();
    const en = await request(`${BASE}/${id}/document?lang=en`, { session: viewer });
    expect(en.status).toBe(200);
    expect(en.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await en.text();
    expect(html).toContain('KRW 1,927 billion');
    expect(html).toContain('@page');
    expect(html).not.toMatch(/<script|<link |https?:\/\//);
    const ko = await (await request(`${BASE}/${id}/document`, { session: viewer })).text();
    expect(ko).toContain('7,824억 원');
    expect((await request(`${BASE}/${id}/document?lang=fr`, { session: viewer })).status).toBe(400);
  });
});
